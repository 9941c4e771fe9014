#pragma once

#include <duplicaterecords.h>
#include <mergerules.h>

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

namespace izdesk {

class SessionController;
struct ApiReply;

// The desk's side of duplicate review and patient merge (contracts-duplicates.md,
// contracts-merge.md): the candidate-pair worklist with its filters and cursor paging, claim
// and "not a duplicate", one pair with its waterfall and both patients, the merge preview
// (debounced while choices change; the newest request wins), the merge itself and its undo.
// The server decides every rule (vetoes need a supervisor); refusals arrive as sentences.
// Patient data stays in memory and never reaches a log. GUI-thread object: every call
// returns at once, results arrive by signal.
class DuplicatesController : public QObject
{
    Q_OBJECT

public:
    // Which request a failure belongs to, so the view that asked can show it.
    enum class Action { List, Clusters, Claim, NotDuplicate, LoadPair, Preview, Merge, Unmerge };
    Q_ENUM(Action)

    using Filter = DuplicateFilter;

    static constexpr int previewDebounceMs = 400;

    explicit DuplicatesController(SessionController *session, QObject *parent = nullptr);

    // The first page with these filters (replaces the list); loadMorePairs() appends the next.
    void loadPairs(const Filter &filter);
    void loadMorePairs();
    bool hasMorePairs() const { return !m_pairPages.cursor.isEmpty(); }

    // Clusters of three or more (every member scored against every other), from the open
    // pairs at minGrade or better ("" = possible); loadMoreClusters() appends the next page.
    void loadClusters(const QString &minGrade, const QString &facility);
    void loadMoreClusters();
    bool hasMoreClusters() const { return !m_clusterPages.cursor.isEmpty(); }

    void claim(qint64 pairId);
    void markNotDuplicate(qint64 pairId, const QString &reason);
    // The pair with its waterfall, then both patients (low, high).
    void loadPair(qint64 pairId);

    // A preview previewDebounceMs after the last call; previewNow() at once.
    void requestPreview(qint64 targetId, qint64 sourceId, const FieldChoices &choices);
    void previewNow(qint64 targetId, qint64 sourceId, const FieldChoices &choices);
    // Applies the merge. Sending the same request again after a failure reuses its
    // Idempotency-Key, so a merge the server did apply is not applied twice.
    void merge(qint64 targetId, qint64 sourceId, const FieldChoices &choices, const QString &reason);
    void unmerge(qint64 mergeId);

    // The display name of a staff member (claimed by), "" while unknown.
    QString staffName(qint64 staffId) const { return m_staff.value(staffId); }

Q_SIGNALS:
    void pairsLoaded(const QList<izdesk::DuplicatePair> &pairs, bool appended, bool more);
    void clustersLoaded(const QList<izdesk::DuplicateCluster> &clusters, bool appended, bool more);
    void pairClaimed(const izdesk::DuplicatePair &pair);
    void pairDecided(const izdesk::DuplicatePair &pair);
    void pairLoaded(const izdesk::DuplicatePair &pair, const izdesk::PatientRecord &low,
                    const izdesk::PatientRecord &high);
    void mergePreviewed(const izdesk::MergePreview &preview);
    void merged(const izdesk::MergeRecord &record);
    void unmerged(const izdesk::MergeRecord &record);
    void requestFailed(izdesk::DuplicatesController::Action action, const QString &message);
    // Signed out: every patient shown must go from the screen now.
    void sessionEnded();

private:
    // One cursor-paged list: the next page's cursor, and which request is the newest (a
    // newer list, other filters, supersedes one still in flight).
    struct Paging
    {
        QString cursor;
        quint64 generation = 0;
        bool inFlight = false;
    };
    void fetchPairs(bool append);
    void fetchClusters(bool append);
    // GET path with query (plus the cursor when appending); onPage gets the page's items.
    void fetchPage(const QString &path, QUrlQuery query, bool append, Paging *paging, Action action,
                   std::function<void(const QJsonArray &items)> onPage);
    void loadStaff();
    void sendPreview();
    bool accepted(quint64 generation, const ApiReply &reply, Action action);
    QJsonObject mergeBody(qint64 sourceId, const FieldChoices &choices, Action action, bool *ok);

    SessionController *m_session;
    Filter m_filter;
    Paging m_pairPages;
    QString m_clusterGrade, m_clusterFacility;
    Paging m_clusterPages;
    QHash<qint64, QString> m_staff;
    QTimer m_previewTimer;
    qint64 m_previewTarget = 0;
    qint64 m_previewSource = 0;
    FieldChoices m_previewChoices;
    quint64 m_previewGeneration = 0;
    QByteArray m_mergeBody; // the last merge request sent and its key, reused when sent again
    QByteArray m_mergeKey;
    quint64 m_generation = 0; // replies from before a sign-out are dropped
};

} // namespace izdesk

Q_DECLARE_METATYPE(izdesk::DuplicatesController::Action)
