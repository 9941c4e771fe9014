#include "changefeed.h"

#include "apiclient.h"
#include "logcategories.h"

#include <QJsonArray>

namespace izdesk {

namespace {
constexpr int kPageSize = 500;
constexpr int kMaxBackoffMs = 30000;
} // namespace

PresenceChange PresenceChange::fromJson(const QJsonObject &change)
{
    PresenceChange p;
    p.ticketId = change.value(QStringLiteral("ticket_id")).toInteger();
    const QJsonArray users = change.value(QStringLiteral("users")).toArray();
    for (const QJsonValue &v : users) {
        const QJsonObject u = v.toObject();
        p.users.append({u.value(QStringLiteral("username")).toString(), u.value(QStringLiteral("mode")).toString()});
    }
    return p;
}

ChangeFeed::ChangeFeed(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    qRegisterMetaType<QList<izdesk::Ticket>>();
    qRegisterMetaType<QList<izdesk::PresenceChange>>();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ChangeFeed::poll);
}

void ChangeFeed::start(const QString &cursor)
{
    stop();
    m_cursor = cursor;
    m_running = true;
    m_caughtUp = false;
    m_failures = 0;
    poll();
}

void ChangeFeed::stop()
{
    // A long poll in flight cannot be cancelled through the transport; its answer is dropped
    // by the generation check.
    ++m_generation;
    m_running = false;
    m_inFlight = false;
    m_retryTimer.stop();
}

void ChangeFeed::poll()
{
    if (!m_running || m_inFlight)
        return;
    m_inFlight = true;
    const quint64 generation = m_generation;
    // Catching up pages without waiting; once current, one long poll stays outstanding.
    const int wait = m_caughtUp ? m_waitSeconds : 0;
    m_api->changes(m_cursor, kPageSize, wait,
                   [this, generation](const ApiReply &reply) { onReply(reply, generation); });
}

void ChangeFeed::onReply(const ApiReply &reply, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_inFlight = false;
    if (reply.status() == 404) {
        qCInfo(lcQueue) << "the server has no change feed; falling back to periodic refresh";
        m_running = false;
        Q_EMIT unsupported();
        return;
    }
    if (!reply.ok()) {
        ++m_failures;
        const int delay = std::min(kMaxBackoffMs, 500 * (1 << std::min(m_failures, 6)));
        qCInfo(lcQueue) << "change feed request failed, status" << reply.status() << "- retrying in" << delay << "ms";
        if (!reply.isNetworkError())
            Q_EMIT failed(reply.errorMessage());
        m_retryTimer.start(delay);
        return;
    }
    m_failures = 0;
    const QJsonObject page = reply.object();
    QList<Ticket> tickets;
    QList<PresenceChange> presence;
    const QJsonArray changes = page.value(QStringLiteral("changes")).toArray();
    tickets.reserve(changes.size());
    for (const QJsonValue &v : changes) {
        const QJsonObject change = v.toObject();
        const QString kind = change.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("ticket")) {
            QString error;
            if (auto t = Ticket::fromJson(change.value(QStringLiteral("ticket")).toObject(), &error))
                tickets.append(*t);
            else
                qCWarning(lcQueue) << "skipping a malformed change:" << error;
        } else if (kind == QLatin1String("presence")) {
            presence.append(PresenceChange::fromJson(change));
        }
    }
    const QString cursor = page.value(QStringLiteral("cursor")).toString();
    if (!cursor.isEmpty())
        m_cursor = cursor;
    const bool more = page.value(QStringLiteral("more")).toBool();
    if (!tickets.isEmpty() || !presence.isEmpty() || cursor != QString())
        Q_EMIT pageReceived(tickets, presence, m_cursor, more);
    if (generation != m_generation)
        return; // a handler stopped or restarted the feed
    if (!more && !m_caughtUp) {
        m_caughtUp = true;
        Q_EMIT caughtUp();
        if (generation != m_generation)
            return;
    }
    poll();
}

} // namespace izdesk
