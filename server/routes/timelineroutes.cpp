#include "routes/timelineroutes.h"

#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "idempotency/idempotentwrite.h"
#include "tickets/keysetcursor.h"
#include "tickets/ticketcommands.h"
#include "tickets/ticketstore.h"
#include "timeline/entryinput.h"
#include "timeline/entrystore.h"

#include "ticket.h"

#include <QJsonArray>

namespace izdesk::server {

namespace {

HttpResponse listEntries(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such ticket"));
    QString error;
    const auto page = KeysetCursor::parsePage(ctx.request().query, 1, &error);
    if (!page)
        return Problem::badRequest(error);
    bool ok = false;
    if (!TicketStore(ctx.db(), ctx.dialect(), &ctx.sla(), ctx.now()).find(*id, &ok))
        return ok ? Problem::notFound(QStringLiteral("no such ticket")) : Problem::internal();
    QList<EntryStore::Entry> entries;
    if (!EntryStore(ctx.db(), ctx.dialect()).list(*id, page->after ? page->after->at(0) : 0, page->limit, &entries))
        return Problem::internal();
    const bool more = entries.size() > page->limit;
    if (more)
        entries.resize(page->limit);
    QJsonArray items;
    for (const auto &e : std::as_const(entries))
        items.append(e.toJson());
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("items"), items},
                         {QStringLiteral("next_cursor"),
                          more ? QJsonValue(KeysetCursor::encode({entries.last().id})) : QJsonValue()}});
}

HttpResponse addEntry(RequestContext &ctx)
{
    return TicketCommands::withTicketBody(ctx, [&](qint64 id, const QJsonObject &body) {
        QList<FieldError> errors;
        EntryStore::Entry entry = parseTimelineEntry(body, &errors);
        if (!errors.isEmpty())
            return Problem::validation(errors);

        return IdempotentWrite::run(ctx, [&ctx, &entry, id]() -> HttpResponse {
            QSqlDatabase db = ctx.db();
            TicketStore tickets(db, ctx.dialect(), &ctx.sla(), ctx.now());
            bool ok = false;
            const auto ticket = tickets.find(id, &ok);
            if (!ok)
                return Problem::internal();
            if (!ticket)
                return Problem::notFound(QStringLiteral("no such ticket"));
            const auto entryId = addTimelineEntry(ctx, tickets, id, entry);
            if (!entryId)
                return Problem::internal();
            EntryStore store(db, ctx.dialect());
            const auto stored = store.find(*entryId, &ok);
            if (!stored)
                return Problem::internal();
            return HttpResponse::json(201, stored->toJson());
        });
    });
}

} // namespace

void registerTimelineRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/tickets/{id}/entries"), &listEntries);
    router.add("POST", QStringLiteral("/api/v1/tickets/{id}/entries"), &addEntry);
}

} // namespace izdesk::server
