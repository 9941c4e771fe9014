#pragma once

#include "outboxentry.h"
#include "presencechange.h"
#include "queuetypes.h"
#include "staffuser.h"

#include <ticket.h>
#include <ticketlistmodel.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace izdesk {

class ChangeFeed;
class SessionController;
struct ApiReply;

// The ticket queue of the signed-in user, kept as a local replica: on sign-in shows the
// replica at once, then follows the server's change feed (ChangeFeed: catch-up from the stored
// cursor, then one long poll always outstanding) and applies each change row by row to the
// model and to the replica. When the server has no change feed it falls back to fetching
// every page on a timer (Settings::queueRefreshSeconds). Keeps the rows while offline.
// Creates and updates tickets through the durable Outbox (Idempotency-Key on POST, If-Match
// on PATCH), so writes made offline are kept and sent later. GUI-thread object; never blocks.
class TicketQueueController : public QObject
{
    Q_OBJECT

public:
    explicit TicketQueueController(SessionController *session, QObject *parent = nullptr);

    TicketListModel *model() { return &m_model; } // owned by the controller
    QList<StaffUser> staff() const { return m_staff; }
    // The organization directory for the ticket editor's "Organization / facility" picker.
    QList<OrganizationInfo> directory() const { return m_directory; }
    bool isOnline() const { return m_online; }
    // True while the change feed is followed (changes from other desks arrive within a second).
    bool isLive() const { return m_live; }
    QDateTime lastRefresh() const { return m_lastRefresh; }

    void refresh();
    void createTicket(const QJsonObject &body);
    // PATCH with If-Match = the ETag of the version the user edited: baseVersion when given
    // (> 0), otherwise the version currently in the model.
    void updateTicket(qint64 id, const QJsonObject &patch, int baseVersion = -1);

Q_SIGNALS:
    void liveChanged(bool live);
    // Presence changes from the feed (PresenceController keeps them).
    void presenceReceived(const QList<izdesk::PresenceChange> &changes);
    // The write is kept in the outbox and will be sent when the server can be reached.
    void writeQueued(qint64 seq, bool offline);
    void refreshStarted();
    void refreshFinished(const QDateTime &at);
    void staffLoaded(const QList<izdesk::StaffUser> &staff);
    void directoryLoaded(const QList<izdesk::OrganizationInfo> &organizations);
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
    void loadDirectory(const QString &cursor = {}, QList<OrganizationInfo> collected = {});
    void startFeed();
    void onFeedPage(const QList<Ticket> &tickets, const QList<PresenceChange> &presence, const QString &cursor,
                    bool more);
    void onFeedUnsupported();
    void onOutboxSent(const OutboxEntry &entry, const ApiReply &reply);
    // Shows and caches a ticket a write answered with, unless the queue already has a newer
    // version: the answer replayed for a repeated Idempotency-Key is the first attempt's.
    void keepServerCopy(const Ticket &ticket);
    void setLive(bool live);
    // Tickets created offline show in the queue as "not yet sent" rows (negative local id)
    // while their create waits in the outbox and the server cannot be reached.
    QList<Ticket> unsentTickets() const;
    void showUnsentTickets();
    void replaceTickets(QList<Ticket> tickets); // setTickets that keeps the unsent rows

    SessionController *m_session;
    TicketListModel m_model;
    QList<StaffUser> m_staff;
    QList<OrganizationInfo> m_directory;
    ChangeFeed *m_feed;
    QTimer m_refreshTimer;
    QDateTime m_lastRefresh;
    bool m_online = false;
    bool m_refreshing = false;
    bool m_live = false;
    bool m_feedUnsupported = false;
    bool m_serverLoaded = false; // a server answer supersedes a late cache read
    quint64 m_generation = 0;    // bumped on sign-in/out: stale replies are dropped
    QSet<qint64> m_unsentIds;    // rows in the model that are unsent creates
};

} // namespace izdesk
