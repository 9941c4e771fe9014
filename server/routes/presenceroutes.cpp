#include "routes/presenceroutes.h"

#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "storage/sqlutil.h"
#include "storage/writetransaction.h"
#include "supervision/presencestore.h"
#include "tickets/ticketcommands.h"

#include <QSqlQuery>

namespace izdesk::server {

namespace {

// 404 unless the ticket exists; nullopt when it does.
std::optional<HttpResponse> requireTicket(RequestContext &ctx, qint64 id)
{
    QSqlQuery q(ctx.db());
    q.prepare(QStringLiteral("SELECT 1 FROM tickets WHERE id = ?"));
    q.addBindValue(id);
    if (!execQuery(q))
        return Problem::internal();
    if (!q.next())
        return Problem::notFound(QStringLiteral("no such ticket"));
    return std::nullopt;
}

// 404 unless the ticket exists; then `op` in one write transaction with its audit row; 204.
HttpResponse changePresence(RequestContext &ctx, qint64 id,
                            const std::function<PresenceStore::Result(PresenceStore &)> &op, const QString &action,
                            const QString &mode)
{
    if (auto problem = requireTicket(ctx, id))
        return *problem;
    WriteTransaction tx(ctx.db(), ctx.dialect());
    if (!tx.begun())
        return Problem::internal();
    PresenceStore store(ctx.db(), ctx.dialect());
    const PresenceStore::Result result = op(store);
    // Audit who entered or left a ticket, not every heartbeat.
    if (result == PresenceStore::Result::Error
        || (result == PresenceStore::Result::Changed
            && !ctx.audit(action, QStringLiteral("ticket"), QString::number(id),
                          mode.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("mode"), mode}}))
        || !tx.commit())
        return Problem::internal();
    return HttpResponse::noContent();
}

HttpResponse putPresence(RequestContext &ctx)
{
    return TicketCommands::withTicketBody(ctx, [&](qint64 id, const QJsonObject &body) {
        const QString mode = body.value(QStringLiteral("mode")).toString();
        if (mode != QLatin1String("viewing") && mode != QLatin1String("editing"))
            return Problem::validation({{QStringLiteral("mode"), QStringLiteral("must be viewing or editing")}});
        return changePresence(
            ctx, id, [&](PresenceStore &store) { return store.put(id, ctx.principal().userId, mode, ctx.now()); },
            QStringLiteral("ticket.presence_enter"), mode);
    });
}

HttpResponse deletePresence(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such ticket"));
    return changePresence(
        ctx, *id, [&](PresenceStore &store) { return store.remove(*id, ctx.principal().userId, ctx.now()); },
        QStringLiteral("ticket.presence_leave"), QString());
}

} // namespace

void registerPresenceRoutes(Router &router)
{
    router.add("PUT", QStringLiteral("/api/v1/tickets/{id}/presence"), &putPresence);
    router.add("DELETE", QStringLiteral("/api/v1/tickets/{id}/presence"), &deletePresence);
}

} // namespace izdesk::server
