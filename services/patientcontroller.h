#pragma once

#include <patientrecord.h>

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

namespace izdesk {

class PatientResultModel;
class SessionController;
struct ApiReply;

// Patient lookup for the desk: free-text search with a short debounce while the user types
// (the newest query always wins: replies to older ones are dropped), loading one patient's
// record, linking a patient to a ticket, and the CVX vaccine names. Patient data is kept in
// memory only — never cached on disk, never logged. Everything is cleared on sign-out.
// GUI-thread object; every call returns at once, results arrive by signal.
class PatientController : public QObject
{
    Q_OBJECT

public:
    static constexpr int debounceMs = 300;
    static constexpr int resultLimit = 25;

    explicit PatientController(SessionController *session, QObject *parent = nullptr);

    PatientResultModel *model() const { return m_model; }

    // Searches debounceMs after the last call (typing); an empty text clears the results.
    void search(const QString &text);
    // Searches at once (Enter), superseding any pending or running search.
    void searchNow(const QString &text);
    void cancelSearch();
    QString lastSearchText() const { return m_shownText; }
    bool isSearching() const { return m_searchInFlight || m_debounce.isActive(); }

    void loadRecord(qint64 patientId);
    void linkToTicket(qint64 ticketId, qint64 patientId);
    void loadVaccineNames();
    QHash<QString, QString> vaccineNames() const { return m_cvxNames; }

Q_SIGNALS:
    void searchStarted(const QString &text);
    void searchFinished(const QString &text, int count);
    void searchFailed(const QString &text, const QString &message);
    void searchCleared();
    void recordLoadStarted(qint64 patientId);
    void recordLoaded(const izdesk::PatientRecord &record);
    void recordFailed(qint64 patientId, const QString &message);
    void patientLinked(qint64 ticketId, qint64 patientId);
    void linkFailed(qint64 ticketId, qint64 patientId, const QString &message);
    void vaccineNamesLoaded(const QHash<QString, QString> &names);
    // Signed out: every patient shown must go from the screen now.
    void sessionEnded();

private:
    void startSearch();
    void clearAll();

    SessionController *m_session;
    PatientResultModel *m_model;
    QTimer m_debounce;
    QString m_pendingText;
    QString m_shownText;
    quint64 m_searchGeneration = 0;
    quint64 m_recordGeneration = 0;
    quint64 m_sessionGeneration = 0;
    bool m_searchInFlight = false;
    QHash<QString, QString> m_cvxNames;
};

} // namespace izdesk
