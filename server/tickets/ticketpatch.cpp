#include "tickets/ticketpatch.h"

#include "http/problem.h"
#include "http/requestcontext.h"
#include "tickets/ticketchange.h"

#include "ticketlifecycle.h"
#include "ticketrules.h"

#include <QJsonArray>

namespace izdesk::server {

TicketPatch::Outcome TicketPatch::apply(RequestContext &ctx, TicketStore &store, qint64 id, const QJsonObject &patch,
                                        std::optional<int> expectedVersion, const QString &auditAction)
{
    Outcome out;
    out.errors = TicketRules::validatePatch(patch);
    if (!out.errors.isEmpty())
        return out;
    bool ok = false;
    std::optional<qint64> currentAssignee;
    const auto current = store.find(id, &ok, &currentAssignee);
    if (!ok) {
        out.problem = Problem::internal();
        return out;
    }
    if (!current) {
        out.problem = Problem::notFound(QStringLiteral("no ticket %1").arg(id));
        return out;
    }
    if (expectedVersion && *expectedVersion != current->version) {
        out.problem = Problem::preconditionFailed(
            QStringLiteral("%1 was changed by someone else").arg(current->displayNumber()),
            QJsonObject{{QStringLiteral("ticket_id"), id}, {QStringLiteral("current"), current->toJson()}});
        return out;
    }
    TicketStore::Values values = TicketStore::valuesOf(*current, currentAssignee);
    QStringList changed;
    bool dbOk = false;
    out.errors = TicketChange(store).apply(patch, &values, &changed, &dbOk);
    if (!dbOk) {
        out.problem = Problem::internal();
        return out;
    }
    if (const auto refused = TicketLifecycle::check(current->status, values.status, ctx.principal().role))
        out.errors.append(*refused);
    if (!out.errors.isEmpty())
        return out;
    if (current->status == QLatin1String("closed") && values.status == QLatin1String("closed") && !changed.isEmpty()) {
        out.problem = Problem::conflict(
            QStringLiteral("%1 is closed: reopen it before changing it").arg(current->displayNumber()));
        return out;
    }
    if (!TicketChange::mayAssign(ctx.principal(), currentAssignee, values.assigneeId)) {
        out.problem = Problem::forbidden(QStringLiteral("a specialist may only assign a ticket to themselves"));
        return out;
    }
    if (changed.isEmpty()) {
        out.ticket = current;
        return out;
    }
    switch (store.update(id, current->version, values, ctx.now(), ctx.principal().userId)) {
    case TicketStore::UpdateResult::Error: out.problem = Problem::internal(); return out;
    case TicketStore::UpdateResult::Stale:
        out.problem = Problem::preconditionFailed(
            QStringLiteral("%1 was changed by someone else").arg(current->displayNumber()),
            QJsonObject{{QStringLiteral("ticket_id"), id}});
        return out;
    case TicketStore::UpdateResult::Updated: break;
    }
    // Field names only: the values can be PHI.
    if (!ctx.audit(auditAction, QStringLiteral("ticket"), QString::number(id),
                   QJsonObject{{QStringLiteral("fields"), QJsonArray::fromStringList(changed)}})) {
        out.problem = Problem::internal();
        return out;
    }
    out.ticket = store.find(id, &ok);
    if (!out.ticket)
        out.problem = Problem::internal();
    return out;
}

} // namespace izdesk::server
