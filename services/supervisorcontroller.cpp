#include "supervisorcontroller.h"

#include "apiclient.h"
#include "outbox.h"
#include "sessioncontroller.h"

#include <QJsonArray>

namespace izdesk {

namespace {
QList<Ticket> ticketsOf(const ApiReply &reply)
{
    QList<Ticket> list;
    for (const QJsonValue &v : reply.object().value(QStringLiteral("items")).toArray()) {
        if (auto t = Ticket::fromJson(v.toObject()))
            list.append(*t);
    }
    return list;
}
} // namespace

SupervisorController::SupervisorController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<QList<izdesk::StaffBoardEntry>>();
    qRegisterMetaType<izdesk::AssignmentPlan>();
    qRegisterMetaType<QList<izdesk::Ticket>>();
    Outbox *outbox = m_session->outbox();
    connect(outbox, &Outbox::entrySent, this, [this](const OutboxEntry &entry, const ApiReply &reply) {
        if (entry.kind == QLatin1String("bulk_update"))
            Q_EMIT bulkUpdated(ticketsOf(reply));
        else if (entry.kind == QLatin1String("apply_assignment"))
            Q_EMIT assignmentApplied(ticketsOf(reply));
    });
    connect(outbox, &Outbox::entryDeferred, this, [this](const OutboxEntry &entry) {
        if (entry.kind == QLatin1String("bulk_update") || entry.kind == QLatin1String("apply_assignment"))
            Q_EMIT writeQueued();
    });
    connect(outbox, &Outbox::entryRejected, this, [this](const OutboxEntry &entry, const QString &message) {
        if (entry.kind == QLatin1String("bulk_update") || entry.kind == QLatin1String("apply_assignment"))
            Q_EMIT operationFailed(message);
    });
}

void SupervisorController::reportFailure(const ApiReply &reply)
{
    Q_EMIT operationFailed(reply.errorMessage());
}

void SupervisorController::loadStaffBoard()
{
    m_session->api()->staffBoard([this](const ApiReply &reply) {
        if (!reply.ok()) {
            reportFailure(reply);
            return;
        }
        QList<StaffBoardEntry> board;
        for (const QJsonValue &v : reply.object().value(QStringLiteral("items")).toArray())
            board.append(StaffBoardEntry::fromJson(v.toObject()));
        Q_EMIT staffBoardLoaded(board);
    });
}

void SupervisorController::updateStaff(const QString &username, bool onShift, const QStringList &skills)
{
    const QJsonObject body{{QStringLiteral("on_shift"), onShift}, {QStringLiteral("skills"), QJsonArray::fromStringList(skills)}};
    m_session->api()->send("PATCH", QStringLiteral("/staff/%1").arg(username), {}, &body, {},
                           [this, username](const ApiReply &reply) {
                               if (reply.ok())
                                   Q_EMIT staffUpdated(username);
                               else
                                   reportFailure(reply);
                           });
}

void SupervisorController::bulkUpdate(const QList<qint64> &ids, const QJsonObject &changes)
{
    if (ids.isEmpty() || ids.size() > 500) {
        Q_EMIT operationFailed(tr("Select between 1 and 500 tickets for a bulk change."));
        return;
    }
    QJsonArray idArray;
    for (qint64 id : ids)
        idArray.append(id);
    OutboxEntry entry;
    entry.kind = QStringLiteral("bulk_update");
    entry.method = "POST";
    entry.path = QStringLiteral("/tickets/bulk");
    entry.body = {{QStringLiteral("ids"), idArray}, {QStringLiteral("changes"), changes}};
    m_session->outbox()->enqueue(entry, [this](const OutboxEntry &, const ApiReply &reply) {
        if (!reply.ok() && reply.status() == 422)
            reportFailure(reply); // interactive: nothing applied, the dialog shows why
    });
}

void SupervisorController::previewAssignment(Strategy strategy, const QList<qint64> &ticketIds)
{
    QJsonObject body{{QStringLiteral("strategy"),
                      strategy == Strategy::RoundRobin ? QStringLiteral("round_robin") : QStringLiteral("least_loaded")}};
    if (ticketIds.isEmpty()) {
        body.insert(QStringLiteral("ticket_ids"), QJsonValue());
    } else {
        QJsonArray ids;
        for (qint64 id : ticketIds)
            ids.append(id);
        body.insert(QStringLiteral("ticket_ids"), ids);
    }
    m_session->api()->previewAssignment(body, [this](const ApiReply &reply) {
        if (reply.ok())
            Q_EMIT assignmentPreviewed(AssignmentPlan::fromJson(reply.object()));
        else
            reportFailure(reply);
    });
}

void SupervisorController::applyAssignment(const AssignmentPlan &plan)
{
    OutboxEntry entry;
    entry.kind = QStringLiteral("apply_assignment");
    entry.method = "POST";
    entry.path = QStringLiteral("/assignments/apply");
    entry.body = plan.toApplyBody();
    m_session->outbox()->enqueue(entry, [this](const OutboxEntry &, const ApiReply &reply) {
        if (reply.status() == 412)
            Q_EMIT assignmentStale(tr("Tickets changed since the preview; nothing was assigned. Preview again."));
        else if (!reply.ok() && reply.status() == 422)
            reportFailure(reply);
    });
}

void SupervisorController::createCannedResponse(const CannedResponse &response)
{
    const QJsonObject body = response.toJson();
    m_session->api()->send("POST", QStringLiteral("/canned-responses"), {}, &body, {}, [this](const ApiReply &reply) {
        if (reply.ok())
            Q_EMIT cannedResponsesChanged();
        else
            reportFailure(reply);
    });
}

void SupervisorController::updateCannedResponse(const CannedResponse &response)
{
    const QJsonObject body = response.toJson();
    m_session->api()->send("PATCH", QStringLiteral("/canned-responses/%1").arg(response.id), {}, &body,
                           {{"If-Match", response.etag()}}, [this](const ApiReply &reply) {
                               if (reply.ok())
                                   Q_EMIT cannedResponsesChanged();
                               else
                                   reportFailure(reply);
                           });
}

void SupervisorController::deleteCannedResponse(qint64 id)
{
    m_session->api()->send("DELETE", QStringLiteral("/canned-responses/%1").arg(id), {}, nullptr, {},
                           [this](const ApiReply &reply) {
                               if (reply.ok())
                                   Q_EMIT cannedResponsesChanged();
                               else
                                   reportFailure(reply);
                           });
}

void SupervisorController::loadSlaPolicy()
{
    m_session->api()->slaPolicy([this](const ApiReply &reply) {
        if (!reply.ok()) {
            reportFailure(reply);
            return;
        }
        m_slaPolicy = reply.object();
        Q_EMIT slaPolicyLoaded(m_slaPolicy);
    });
}

} // namespace izdesk
