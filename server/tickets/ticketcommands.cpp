#include "ticketcommands.h"

#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "idempotency/idempotentwrite.h"
#include "tickets/ticketchange.h"
#include "tickets/ticketstore.h"
#include "timeline/entryinput.h"
#include "timeline/entrystore.h"

#include "catalog.h"
#include "ticketlifecycle.h"
#include "ticketrules.h"

#include <QJsonArray>
#include <QSqlDatabase>

namespace izdesk::server {

namespace {

QByteArray locationOf(qint64 id)
{
    return "/api/v1/tickets/" + QByteArray::number(id);
}

HttpResponse createdResponse(const Ticket &ticket)
{
    return HttpResponse::json(201, ticket.toJson())
        .setHeader("Location", locationOf(ticket.id))
        .setHeader("ETag", ticket.etag());
}

// A 412 with the ticket as it is now, so the client can show what changed.
HttpResponse stale(const Ticket &ticket)
{
    QJsonObject extra;
    extra.insert(QStringLiteral("current"), ticket.toJson());
    return Problem::preconditionFailed(QStringLiteral("the ticket was changed by someone else"), extra)
        .setHeader("ETag", ticket.etag());
}

QJsonObject auditDetail(const QStringList &fields)
{
    // Field names only: the values (subject, requester, …) can be PHI.
    QJsonObject detail;
    detail.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    return detail;
}

} // namespace

HttpResponse TicketCommands::withTicketBody(RequestContext &ctx,
                                            const std::function<HttpResponse(qint64, const QJsonObject &)> &handler)
{
    const auto id = pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such ticket"));
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) { return handler(*id, body); });
}

HttpResponse TicketCommands::create(RequestContext &ctx)
{
    return IdempotentWrite::run(ctx, [&ctx]() -> HttpResponse {
        auto parsed = parseJsonObject(ctx.request());
        if (auto *problem = std::get_if<HttpResponse>(&parsed))
            return *problem;
        QJsonObject body = std::get<QJsonObject>(parsed);
        // An inbound call captured with the ticket ("call") is logged in the same transaction,
        // so a ticket replayed from an offline outbox never arrives without its call or twice
        // with it.
        std::optional<EntryStore::Entry> call;
        QList<FieldError> callErrors;
        if (body.contains(QStringLiteral("call"))) {
            const QJsonValue value = body.take(QStringLiteral("call"));
            if (!value.isObject()) {
                callErrors.append({QStringLiteral("call"), QStringLiteral("must be an object describing the call")});
            } else {
                QJsonObject callBody = value.toObject();
                if (!callBody.contains(QStringLiteral("kind")))
                    callBody.insert(QStringLiteral("kind"), QStringLiteral("call"));
                call = parseTimelineEntry(callBody, &callErrors, QStringLiteral("call."));
                if (call->kind != QLatin1String("call") && callErrors.isEmpty())
                    callErrors.append({QStringLiteral("call.kind"), QStringLiteral("must be call")});
            }
        }
        QList<FieldError> errors = TicketRules::validateCreate(body) + callErrors;
        if (!errors.isEmpty())
            return Problem::validation(errors);

        TicketStore store(ctx.db(), ctx.dialect(), &ctx.sla(), ctx.now());
        TicketStore::Values values;
        values.status = Catalog::defaultStatus();
        values.priority = Catalog::defaultPriority();
        values.channel = Catalog::defaultChannel();
        QStringList fields;
        bool dbOk = false;
        errors = TicketChange(store).apply(body, &values, &fields, &dbOk);
        if (!dbOk)
            return Problem::internal();
        if (!errors.isEmpty())
            return Problem::validation(errors);
        if (!TicketChange::mayAssign(ctx.principal(), std::nullopt, values.assigneeId))
            return Problem::forbidden(QStringLiteral("a specialist may only assign a ticket to themselves"));

        const auto id = store.insert(values, ctx.principal().userId, ctx.now());
        if (!id || (call && !addTimelineEntry(ctx, store, *id, *call)))
            return Problem::internal();
        bool ok = false;
        const auto ticket = store.find(*id, &ok);
        if (!ticket || !ctx.audit(QStringLiteral("ticket.create"), QStringLiteral("ticket"), QString::number(*id),
                                  auditDetail(fields)))
            return Problem::internal();
        return createdResponse(*ticket);
    });
}

HttpResponse TicketCommands::update(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such ticket"));
    const QByteArray ifMatch = ctx.request().header("if-match").trimmed();
    if (ifMatch.isEmpty())
        return Problem::preconditionRequired(
            QStringLiteral("send If-Match with the ETag of the ticket you are changing"));
    auto parsed = parseJsonObject(ctx.request());
    if (auto *problem = std::get_if<HttpResponse>(&parsed))
        return *problem;
    const QJsonObject patch = std::get<QJsonObject>(parsed);
    QList<FieldError> errors = TicketRules::validatePatch(patch);
    if (!errors.isEmpty())
        return Problem::validation(errors);

    // The stored answer of a PATCH whose Idempotency-Key was seen before is replayed first, so
    // a write retried after its answer was lost does not meet its own change as a conflict.
    return IdempotentWrite::run(ctx, [&ctx, &patch, &ifMatch, id]() -> HttpResponse {
        TicketStore store(ctx.db(), ctx.dialect(), &ctx.sla(), ctx.now());
        bool ok = false;
        std::optional<qint64> currentAssignee;
        const auto current = store.find(*id, &ok, &currentAssignee);
        if (!ok)
            return Problem::internal();
        if (!current)
            return Problem::notFound(QStringLiteral("no such ticket"));
        if (!ifMatchAccepts(ifMatch, current->etag()))
            return stale(*current);

        TicketStore::Values values = TicketStore::valuesOf(*current, currentAssignee);
        QStringList changed;
        bool dbOk = false;
        const QList<FieldError> changeErrors = TicketChange(store).apply(patch, &values, &changed, &dbOk);
        if (!dbOk)
            return Problem::internal();
        if (!changeErrors.isEmpty())
            return Problem::validation(changeErrors);
        // A closed ticket is a record of finished work: only reopening it (a status change
        // alone) is allowed; any other change conflicts with its state.
        if (current->status == QLatin1String("closed") && values.status == QLatin1String("closed") && !changed.isEmpty())
            return Problem::conflict(QStringLiteral("%1 is closed: reopen it (set status to open) before changing it")
                                         .arg(current->displayNumber()));
        if (const auto refused = TicketLifecycle::check(current->status, values.status, ctx.principal().role))
            return Problem::validation({*refused});
        if (!TicketChange::mayAssign(ctx.principal(), currentAssignee, values.assigneeId))
            return Problem::forbidden(
                QStringLiteral("a specialist may only assign a ticket to themselves or unassign themselves"));
        if (changed.isEmpty()) // nothing to write: the version (and ETag) stay as they are
            return HttpResponse::json(200, current->toJson()).setHeader("ETag", current->etag());

        // The UPDATE carries the version read above, so of two concurrent PATCHes with the same
        // If-Match exactly one matches a row (SQLite's write lock already serialises them;
        // PostgreSQL's row lock makes the second find the new version).
        switch (store.update(*id, current->version, values, ctx.now(), ctx.principal().userId)) {
        case TicketStore::UpdateResult::Error:
            return Problem::internal();
        case TicketStore::UpdateResult::Stale: {
            const auto now = store.find(*id, &ok);
            if (!ok)
                return Problem::internal();
            return now ? stale(*now) : Problem::notFound(QStringLiteral("no such ticket"));
        }
        case TicketStore::UpdateResult::Updated:
            break;
        }
        const auto updated = store.find(*id, &ok);
        if (!updated || !ctx.audit(QStringLiteral("ticket.update"), QStringLiteral("ticket"), QString::number(*id),
                                   auditDetail(changed)))
            return Problem::internal();
        return HttpResponse::json(200, updated->toJson()).setHeader("ETag", updated->etag());
    });
}

} // namespace izdesk::server
