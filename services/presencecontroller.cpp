#include "presencecontroller.h"

#include "apiclient.h"
#include "sessioncontroller.h"
#include "ticketqueuecontroller.h"

namespace izdesk {

namespace {
constexpr int kHeartbeatMs = 20000; // the server forgets presence after 45 s

QString modeName(PresenceController::Mode mode)
{
    return mode == PresenceController::Mode::Editing ? QStringLiteral("editing") : QStringLiteral("viewing");
}
} // namespace

PresenceController::PresenceController(SessionController *session, TicketQueueController *queue, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<QList<izdesk::TicketViewer>>();
    m_heartbeat.setInterval(kHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &PresenceController::heartbeat);
    connect(queue, &TicketQueueController::presenceReceived, this, &PresenceController::onPresence);
    connect(m_session, &SessionController::signedOut, this, &PresenceController::clearAll);
    connect(m_session, &SessionController::connectivityChanged, this, [this](bool online) {
        if (online && m_ticketId > 0)
            heartbeat(); // the server may have expired us during the outage
    });
}

void PresenceController::openTicket(qint64 ticketId, Mode mode)
{
    if (ticketId == m_ticketId && mode == m_mode)
        return;
    if (m_ticketId > 0 && ticketId != m_ticketId)
        closeTicket();
    m_ticketId = ticketId;
    m_mode = mode;
    if (ticketId <= 0)
        return;
    heartbeat();
    m_heartbeat.start();
}

void PresenceController::setMode(Mode mode)
{
    if (m_ticketId > 0)
        openTicket(m_ticketId, mode);
}

void PresenceController::closeTicket()
{
    m_heartbeat.stop();
    const qint64 id = m_ticketId;
    m_ticketId = 0;
    if (id > 0 && m_session->isSignedIn() && m_session->isOnline())
        m_session->api()->deletePresence(id, {});
}

QList<TicketViewer> PresenceController::others(qint64 ticketId) const
{
    QList<TicketViewer> list = m_viewers.value(ticketId);
    const QString me = m_session->currentUser().username;
    list.removeIf([&me](const TicketViewer &v) { return v.username.compare(me, Qt::CaseInsensitive) == 0; });
    return list;
}

void PresenceController::heartbeat()
{
    if (m_ticketId <= 0 || !m_session->isSignedIn() || !m_session->isOnline())
        return;
    // Best effort: a lost heartbeat only means others see us a little later.
    m_session->api()->putPresence(m_ticketId, modeName(m_mode), {});
}

void PresenceController::onPresence(const QList<PresenceChange> &changes)
{
    for (const PresenceChange &c : changes) {
        if (m_viewers.value(c.ticketId) == c.users)
            continue;
        if (c.users.isEmpty())
            m_viewers.remove(c.ticketId);
        else
            m_viewers.insert(c.ticketId, c.users);
        Q_EMIT presenceChanged(c.ticketId, c.users);
    }
}

void PresenceController::clearAll()
{
    m_heartbeat.stop();
    m_ticketId = 0;
    const QList<qint64> ids = m_viewers.keys();
    m_viewers.clear();
    for (qint64 id : ids)
        Q_EMIT presenceChanged(id, {});
}

} // namespace izdesk
