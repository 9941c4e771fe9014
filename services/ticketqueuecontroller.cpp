#include "ticketqueuecontroller.h"

#include "apiclient.h"
#include "logcategories.h"
#include "sessioncontroller.h"
#include "settings.h"
#include "ticketcache.h"

#include <QJsonArray>

namespace izdesk {

TicketQueueController::TicketQueueController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<izdesk::Ticket>();
    qRegisterMetaType<QList<izdesk::FieldError>>();
    qRegisterMetaType<QList<izdesk::StaffUser>>();
    connect(&m_refreshTimer, &QTimer::timeout, this, &TicketQueueController::refresh);
    connect(m_session, &SessionController::signedIn, this,
            [this](const StaffUser &, const EnvironmentProfile &, bool offline) { onSignedIn(offline); });
    connect(m_session, &SessionController::signedOut, this, &TicketQueueController::onSignedOut);
    connect(m_session, &SessionController::connectivityChanged, this, &TicketQueueController::onConnectivityChanged);
}

void TicketQueueController::onSignedIn(bool offline)
{
    const quint64 generation = ++m_generation;
    m_model.clear();
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
        m_model.setTickets(rows);
        qCInfo(lcQueue) << "cached queue shown:" << rows.size() << "tickets";
    });
    const int seconds = std::max(5, m_session->settings()->queueRefreshSeconds());
    m_refreshTimer.start(seconds * 1000);
    if (!offline) {
        loadStaff();
        refresh();
    }
}

void TicketQueueController::onSignedOut()
{
    ++m_generation;
    m_refreshTimer.stop();
    m_refreshing = false;
    m_model.clear();
    m_staff.clear();
    Q_EMIT staffLoaded(m_staff);
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
        refresh();
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
        m_model.setTickets(tickets);
        m_session->cache()->saveQueue(tickets);
        m_lastRefresh = QDateTime::currentDateTimeUtc();
        qCInfo(lcQueue) << "queue refreshed:" << tickets.size() << "tickets";
        Q_EMIT refreshFinished(m_lastRefresh);
    });
}

void TicketQueueController::createTicket(const QJsonObject &body)
{
    if (!m_session->isSignedIn() || !m_online) {
        Q_EMIT saveFailed(tr("You are offline: the ticket was not created. Try again when the server can be "
                             "reached."),
                          {});
        return;
    }
    const quint64 generation = m_generation;
    m_session->api()->createTicket(body, [this, generation](const ApiReply &reply) {
        if (generation == m_generation)
            onSaveReply(reply, true);
    });
}

void TicketQueueController::updateTicket(qint64 id, const QJsonObject &patch, int baseVersion)
{
    if (!m_session->isSignedIn() || !m_online) {
        Q_EMIT saveFailed(tr("You are offline: the change was not saved. Try again when the server can be "
                             "reached."),
                          {});
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
    const quint64 generation = m_generation;
    m_session->api()->updateTicket(id, patch, base.etag(), [this, generation](const ApiReply &reply) {
        if (generation == m_generation)
            onSaveReply(reply, false);
    });
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
        m_model.upsertTicket(*ticket);
        m_session->cache()->upsertTicket(*ticket);
        Q_EMIT ticketSaved(*ticket, created);
        return;
    }
    if (reply.status() == 412) {
        const auto current = Ticket::fromJson(reply.object().value(QStringLiteral("current")).toObject());
        if (current) {
            m_model.upsertTicket(*current);
            m_session->cache()->upsertTicket(*current);
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
