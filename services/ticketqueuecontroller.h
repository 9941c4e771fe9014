#pragma once

#include "staffuser.h"

#include <ticket.h>
#include <ticketlistmodel.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

namespace izdesk {

class SessionController;
struct ApiReply;

// The ticket queue of the signed-in user: on sign-in shows the cached queue at once, then
// fetches every page from the server, updates the model row by row and writes the cache;
// refreshes on a timer (Settings::queueRefreshSeconds, default 30 s); keeps the cached rows
// while offline and refreshes when the server answers again. Creates and updates tickets
// (Idempotency-Key on POST, If-Match on PATCH). GUI-thread object; never blocks.
class TicketQueueController : public QObject
{
    Q_OBJECT

public:
    explicit TicketQueueController(SessionController *session, QObject *parent = nullptr);

    TicketListModel *model() { return &m_model; } // owned by the controller
    QList<StaffUser> staff() const { return m_staff; }
    bool isOnline() const { return m_online; }
    QDateTime lastRefresh() const { return m_lastRefresh; }

    void refresh();
    void createTicket(const QJsonObject &body);
    // PATCH with If-Match = the ETag of the version the user edited: baseVersion when given
    // (> 0), otherwise the version currently in the model.
    void updateTicket(qint64 id, const QJsonObject &patch, int baseVersion = -1);

Q_SIGNALS:
    void refreshStarted();
    void refreshFinished(const QDateTime &at);
    void staffLoaded(const QList<izdesk::StaffUser> &staff);
    void ticketSaved(const izdesk::Ticket &ticket, bool created);
    void saveFailed(const QString &message, const QList<izdesk::FieldError> &errors);
    void saveConflicted(const izdesk::Ticket &current); // 412: someone else changed it
    void onlineChanged(bool online);
    void errorOccurred(const QString &message);

private:
    void onSignedIn(bool offline);
    void onSignedOut();
    void onConnectivityChanged(bool online);
    void onSaveReply(const ApiReply &reply, bool created);
    void loadStaff();

    SessionController *m_session;
    TicketListModel m_model;
    QList<StaffUser> m_staff;
    QTimer m_refreshTimer;
    QDateTime m_lastRefresh;
    bool m_online = false;
    bool m_refreshing = false;
    bool m_serverLoaded = false; // a server answer supersedes a late cache read
    quint64 m_generation = 0;    // bumped on sign-in/out: stale replies are dropped
};

} // namespace izdesk
