#include "ticketqueuecontroller.h"

#include "apiclient.h"
#include "catalog.h"
#include "changefeed.h"
#include "logcategories.h"
#include "outbox.h"
#include "sessioncontroller.h"
#include "settings.h"
#include "ticketcache.h"

#include <QJsonArray>

namespace izdesk {

TicketQueueController::TicketQueueController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_feed(new ChangeFeed(session->api(), this))
{
    qRegisterMetaType<izdesk::Ticket>();
    qRegisterMetaType<QList<izdesk::FieldError>>();
    qRegisterMetaType<QList<izdesk::StaffUser>>();
    m_model.setClock(session->api()->serverClock().source());
    connect(&m_refreshTimer, &QTimer::timeout, this, &TicketQueueController::refresh);
    connect(m_session, &SessionController::signedIn, this,
            [this](const StaffUser &, const EnvironmentProfile &, bool offline) { onSignedIn(offline); });
    connect(m_session, &SessionController::signedOut, this, &TicketQueueController::onSignedOut);
    connect(m_session, &SessionController::connectivityChanged, this, &TicketQueueController::onConnectivityChanged);
    connect(m_feed, &ChangeFeed::pageReceived, this, &TicketQueueController::onFeedPage);
    connect(m_feed, &ChangeFeed::unsupported, this, &TicketQueueController::onFeedUnsupported);
    connect(m_feed, &ChangeFeed::caughtUp, this, [this] {
        m_serverLoaded = true;
        m_lastRefresh = QDateTime::currentDateTimeUtc();
        setLive(true);
        qCInfo(lcQueue) << "replica in sync:" << m_model.rowCount() << "tickets";
        Q_EMIT refreshFinished(m_lastRefresh);
    });
    connect(m_session->outbox(), &Outbox::entrySent, this, &TicketQueueController::onOutboxSent);
    connect(m_session->outbox(), &Outbox::entryDeferred, this, [this](const OutboxEntry &entry) {
        if (entry.kind == QLatin1String("create_ticket") || entry.kind == QLatin1String("update_ticket"))
            Q_EMIT writeQueued(entry.seq, true);
        showUnsentTickets();
    });
    connect(m_session->outbox(), &Outbox::pendingCountChanged, this, &TicketQueueController::showUnsentTickets);
    connect(this, &TicketQueueController::onlineChanged, this, &TicketQueueController::showUnsentTickets);
}

QList<Ticket> TicketQueueController::unsentTickets() const
{
    QList<Ticket> rows;
    if (!m_session->isSignedIn())
        return rows;
    const QString me = m_session->currentUser().username;
    const QList<OutboxEntry> pending = m_session->outbox()->pending();
    for (const OutboxEntry &e : pending) {
        // Online, a create is answered in a moment; only one that waits gets a row.
        if (e.kind != QLatin1String("create_ticket") || (m_online && e.attempts == 0))
            continue;
        const auto text = [&e](const char *key, const QString &fallback = {}) {
            const QString value = e.body.value(QLatin1String(key)).toString();
            return value.isEmpty() ? fallback : value;
        };
        Ticket t;
        t.id = -e.seq;
        t.subject = text("subject");
        t.description = text("description");
        t.status = text("status", Catalog::defaultStatus());
        t.priority = text("priority", Catalog::defaultPriority());
        t.category = text("category");
        t.channel = text("channel", Catalog::defaultChannel());
        t.requesterName = text("requester_name");
        t.requesterContact = text("requester_contact");
        t.assignee = text("assignee");
        t.createdBy = me;
        t.createdAt = e.createdAt;
        t.updatedAt = e.createdAt;
        rows.append(t);
    }
    return rows;
}

void TicketQueueController::showUnsentTickets()
{
    const QList<Ticket> rows = unsentTickets();
    QSet<qint64> ids;
    for (const Ticket &t : rows) {
        ids.insert(t.id);
        m_model.upsertTicket(t);
    }
    for (const qint64 gone : std::as_const(m_unsentIds)) {
        if (!ids.contains(gone))
            m_model.removeTicket(gone);
    }
    m_unsentIds = ids;
}

void TicketQueueController::replaceTickets(QList<Ticket> tickets)
{
    const QList<Ticket> unsent = unsentTickets();
    m_unsentIds.clear();
    for (const Ticket &t : unsent)
        m_unsentIds.insert(t.id);
    tickets += unsent;
    m_model.setTickets(tickets);
}

void TicketQueueController::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    Q_EMIT liveChanged(live);
}

void TicketQueueController::startFeed()
{
    if (m_feedUnsupported) {
        refresh();
        return;
    }
    const quint64 generation = m_generation;
    Q_EMIT refreshStarted();
    if (!m_feed->cursor().isEmpty()) {
        m_feed->start(m_feed->cursor());
        return;
    }
    m_session->cache()->loadFeedCursor([this, generation](const QString &cursor) {
        if (generation != m_generation || !m_online)
            return;
        qCInfo(lcQueue) << (cursor.isEmpty() ? "full replica sync" : "replica catch-up from the stored cursor");
        m_feed->start(cursor);
    });
}

void TicketQueueController::onFeedPage(const QList<Ticket> &tickets, const QList<PresenceChange> &presence,
                                       const QString &cursor, bool more)
{
    Q_UNUSED(more)
    if (m_model.rowCount() == 0 && !tickets.isEmpty())
        replaceTickets(tickets); // first fill of an empty queue: one insertion
    else
        for (const Ticket &t : tickets)
            m_model.upsertTicket(t);
    m_session->cache()->applyChanges(tickets, cursor);
    if (!presence.isEmpty())
        Q_EMIT presenceReceived(presence);
}

void TicketQueueController::onFeedUnsupported()
{
    m_feedUnsupported = true;
    setLive(false);
    const int seconds = std::max(5, m_session->settings()->queueRefreshSeconds());
    m_refreshTimer.start(seconds * 1000);
    refresh();
}

void TicketQueueController::onOutboxSent(const OutboxEntry &entry, const ApiReply &reply)
{
    Q_UNUSED(entry)
    // Whatever the write returned (one ticket, or items of a bulk change) is the newest copy.
    const QJsonObject body = reply.object();
    QList<Ticket> changed;
    if (body.contains(QStringLiteral("status")) && body.contains(QStringLiteral("version"))) {
        if (auto t = Ticket::fromJson(body))
            changed.append(*t);
    }
    const QJsonArray items = body.value(QStringLiteral("items")).toArray();
    for (const QJsonValue &v : items) {
        if (auto t = Ticket::fromJson(v.toObject()))
            changed.append(*t);
    }
    for (const Ticket &t : std::as_const(changed))
        keepServerCopy(t);
}

void TicketQueueController::keepServerCopy(const Ticket &ticket)
{
    if (const auto shown = m_model.ticketById(ticket.id); shown && shown->version > ticket.version)
        return;
    m_model.upsertTicket(ticket);
    m_session->cache()->upsertTicket(ticket);
}

void TicketQueueController::onSignedIn(bool offline)
{
    const quint64 generation = ++m_generation;
    m_model.clear();
    m_unsentIds.clear();
    m_staff.clear();
    m_serverLoaded = false;
    m_refreshing = false;
    m_online = !offline;
    Q_EMIT onlineChanged(m_online);
    // The cached queue first, so the desk sees its work at once.
    m_session->cache()->loadQueue([this, generation](const QList<Ticket> &tickets, bool phiMissing) {
        if (generation != m_generation || m_serverLoaded)
            return;
        QList<Ticket> rows = tickets;
        if (phiMissing) {
            for (Ticket &t : rows) {
                if (t.subject.isEmpty())
                    t.subject = tr("(cached details unavailable)");
            }
            Q_EMIT errorOccurred(tr("Cached details unavailable: ticket details are only kept on this computer "
                                    "when a system keychain is available. They will show once the server answers."));
        }
        replaceTickets(rows);
        qCInfo(lcQueue) << "cached queue shown:" << rows.size() << "tickets";
    });
    m_feed->reset(); // the previous user's cursor does not apply
    m_feedUnsupported = false;
    setLive(false);
    if (!offline) {
        loadStaff();
        loadDirectory();
        startFeed();
    }
}

void TicketQueueController::onSignedOut()
{
    ++m_generation;
    m_refreshTimer.stop();
    m_feed->stop();
    setLive(false);
    m_refreshing = false;
    m_model.clear();
    m_unsentIds.clear();
    m_staff.clear();
    Q_EMIT staffLoaded(m_staff);
    m_directory.clear();
    Q_EMIT directoryLoaded(m_directory);
    if (m_online) {
        m_online = false;
        Q_EMIT onlineChanged(false);
    }
}

void TicketQueueController::onConnectivityChanged(bool online)
{
    if (!m_session->isSignedIn() || online == m_online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
    if (online) {
        if (m_staff.isEmpty())
            loadStaff();
        if (m_directory.isEmpty())
            loadDirectory();
        startFeed();
    } else {
        m_feed->stop();
        setLive(false);
    }
}

void TicketQueueController::loadStaff()
{
    const quint64 generation = m_generation;
    m_session->api()->staff([this, generation](const ApiReply &reply) {
        if (generation != m_generation || !reply.ok())
            return;
        QList<StaffUser> list;
        const QJsonArray items = reply.object().value(QStringLiteral("items")).toArray();
        for (const QJsonValue &v : items)
            list.append(StaffUser::fromJson(v.toObject()));
        m_staff = list;
        Q_EMIT staffLoaded(m_staff);
    });
}

void TicketQueueController::loadDirectory(const QString &cursor, QList<OrganizationInfo> collected)
{
    const quint64 generation = m_generation;
    m_session->api()->organizations(cursor, [this, generation, collected](const ApiReply &reply) mutable {
        if (generation != m_generation || !reply.ok())
            return;
        const QJsonObject page = reply.object();
        for (const QJsonValue &v : page.value(QStringLiteral("items")).toArray())
            collected.append(OrganizationInfo::fromJson(v.toObject()));
        const QString next = page.value(QStringLiteral("next_cursor")).toString();
        // The directory is bounded by the state's organizations (hundreds to a few thousand);
        // stop at 20,000 so a server bug cannot make this loop forever.
        if (!next.isEmpty() && collected.size() < 20000) {
            loadDirectory(next, std::move(collected));
            return;
        }
        m_directory = std::move(collected);
        Q_EMIT directoryLoaded(m_directory);
    });
}

void TicketQueueController::refresh()
{
    if (!m_session->isSignedIn() || !m_online || m_refreshing)
        return;
    m_refreshing = true;
    const quint64 generation = m_generation;
    Q_EMIT refreshStarted();
    m_session->api()->allTickets({}, [this, generation](const QList<Ticket> &tickets, const ApiReply &last) {
        if (generation != m_generation)
            return;
        m_refreshing = false;
        if (!last.ok()) {
            // Network failures switch the session offline (it probes and tells us when the
            // server is back); other failures are shown.
            if (!last.isNetworkError())
                Q_EMIT errorOccurred(last.errorMessage());
            return;
        }
        m_serverLoaded = true;
        replaceTickets(tickets);
        m_session->cache()->saveQueue(tickets);
        m_lastRefresh = QDateTime::currentDateTimeUtc();
        qCInfo(lcQueue) << "queue refreshed:" << tickets.size() << "tickets";
        Q_EMIT refreshFinished(m_lastRefresh);
    });
}

void TicketQueueController::createTicket(const QJsonObject &body)
{
    if (!m_session->isSignedIn()) {
        Q_EMIT saveFailed(tr("Sign in to create tickets."), {});
        return;
    }
    OutboxEntry entry;
    entry.kind = QStringLiteral("create_ticket");
    entry.method = "POST";
    entry.path = QStringLiteral("/tickets");
    entry.body = body;
    const quint64 generation = m_generation;
    const qint64 seq = m_session->outbox()->enqueue(entry, [this, generation](const OutboxEntry &, const ApiReply &reply) {
        if (generation == m_generation)
            onSaveReply(reply, true);
    });
    if (!m_online)
        Q_EMIT writeQueued(seq, true);
}

void TicketQueueController::updateTicket(qint64 id, const QJsonObject &patch, int baseVersion)
{
    if (!m_session->isSignedIn()) {
        Q_EMIT saveFailed(tr("Sign in to change tickets."), {});
        return;
    }
    Ticket base;
    base.id = id;
    if (baseVersion > 0) {
        base.version = baseVersion;
    } else if (auto current = m_model.ticketById(id)) {
        base.version = current->version;
    } else {
        Q_EMIT saveFailed(tr("Ticket %1 is not in the queue.").arg(id), {});
        return;
    }
    OutboxEntry entry;
    entry.kind = QStringLiteral("update_ticket");
    entry.method = "PATCH";
    entry.path = QStringLiteral("/tickets/%1").arg(id);
    entry.body = patch;
    entry.ifMatch = base.etag();
    entry.ticketId = id;
    const quint64 generation = m_generation;
    const qint64 seq = m_session->outbox()->enqueue(entry, [this, generation](const OutboxEntry &, const ApiReply &reply) {
        if (generation == m_generation)
            onSaveReply(reply, false);
    });
    if (!m_online)
        Q_EMIT writeQueued(seq, true);
}

void TicketQueueController::onSaveReply(const ApiReply &reply, bool created)
{
    if (reply.ok()) {
        QString error;
        const auto ticket = Ticket::fromJson(reply.object(), &error);
        if (!ticket) {
            Q_EMIT saveFailed(tr("The server sent an unexpected answer."), {});
            return;
        }
        keepServerCopy(*ticket);
        Q_EMIT ticketSaved(*ticket, created);
        return;
    }
    if (reply.status() == 412) {
        const auto current = Ticket::fromJson(reply.object().value(QStringLiteral("current")).toObject());
        if (current) {
            keepServerCopy(*current);
            Q_EMIT saveConflicted(*current);
            return;
        }
    }
    if (reply.isNetworkError()) {
        Q_EMIT saveFailed(reply.errorMessage() + QLatin1Char('\n') + tr("The change was not saved."), {});
        return;
    }
    Q_EMIT saveFailed(reply.errorMessage(), reply.status() == 422 ? reply.fieldErrors() : QList<FieldError>());
}

} // namespace izdesk
