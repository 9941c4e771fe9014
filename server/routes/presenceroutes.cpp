#include "routes/presenceroutes.h"

#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "storage/sqlutil.h"
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

HttpResponse finish(RequestContext &ctx, PresenceStore::Result result, qint64 id, const QString &action,
                    const QString &mode)
{
    QSqlDatabase db = ctx.db();
    // Audit who entered or left a ticket, not every heartbeat.
    if (result == PresenceStore::Result::Error
        || (result == PresenceStore::Result::Changed
            && !ctx.audit(action, QStringLiteral("ticket"), QString::number(id),
                          mode.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("mode"), mode}}))
        || !db.commit()) {
        db.rollback();
        return Problem::internal();
    }
    return HttpResponse::noContent();
}

HttpResponse putPresence(RequestContext &ctx)
{
    const auto id = TicketCommands::ticketId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such ticket"));
    auto parsed = parseJsonObject(ctx.request());
    if (auto *problem = std::get_if<HttpResponse>(&parsed))
        return *problem;
    const QString mode = std::get<QJsonObject>(parsed).value(QStringLiteral("mode")).toString();
    if (mode != QLatin1String("viewing") && mode != QLatin1String("editing"))
        return Problem::validation({{QStringLiteral("mode"), QStringLiteral("must be viewing or editing")}});
    if (auto problem = requireTicket(ctx, *id))
        return *problem;
    QSqlDatabase db = ctx.db();
    if (!beginWriteTransaction(db, ctx.dialect()))
        return Problem::internal();
    const auto result = PresenceStore(db, ctx.dialect()).put(*id, ctx.principal().userId, mode, ctx.now());
    return finish(ctx, result, *id, QStringLiteral("ticket.presence_enter"), mode);
}

HttpResponse deletePresence(RequestContext &ctx)
{
    const auto id = TicketCommands::ticketId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such ticket"));
    if (auto problem = requireTicket(ctx, *id))
        return *problem;
    QSqlDatabase db = ctx.db();
    if (!beginWriteTransaction(db, ctx.dialect()))
        return Problem::internal();
    const auto result = PresenceStore(db, ctx.dialect()).remove(*id, ctx.principal().userId, ctx.now());
    return finish(ctx, result, *id, QStringLiteral("ticket.presence_leave"), QString());
}

} // namespace

void registerPresenceRoutes(Router &router)
{
    router.add("PUT", QStringLiteral("/api/v1/tickets/{id}/presence"), &putPresence);
    router.add("DELETE", QStringLiteral("/api/v1/tickets/{id}/presence"), &deletePresence);
}

} // namespace izdesk::server
