#include "routes/ticketroutes.h"

#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "jsonwriter.h"
#include "storage/sqlutil.h"
#include "tickets/keysetcursor.h"
#include "tickets/ticketcommands.h"
#include "tickets/ticketstore.h"

#include "catalog.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>

namespace izdesk::server {

namespace {

// Reads the queue filters; nullopt + *error on an unknown status or category.
std::optional<TicketStore::Filter> parseFilter(const RequestContext &ctx, QString *error)
{
    const QueryParams &query = ctx.request().query;
    TicketStore::Filter filter;
    const QStringList statusParams = query.values(QStringLiteral("status"));
    for (const QString &param : statusParams) {
        for (const QString &part : param.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString status = part.trimmed();
            if (!Catalog::contains(Catalog::ticketStatuses(), status)) {
                *error = QStringLiteral("status must be one of: %1")
                             .arg(Catalog::keys(Catalog::ticketStatuses()).join(QStringLiteral(", ")));
                return std::nullopt;
            }
            if (!filter.statuses.contains(status))
                filter.statuses.append(status);
        }
    }
    if (query.contains(QStringLiteral("assignee"))) {
        const QString assignee = query.value(QStringLiteral("assignee")).trimmed();
        if (assignee.isEmpty()) {
            *error = QStringLiteral("assignee must be a username, me or none");
            return std::nullopt;
        }
        if (assignee == QLatin1String("none"))
            filter.assignee = QString();
        else if (assignee == QLatin1String("me"))
            filter.assignee = ctx.principal().username;
        else
            filter.assignee = assignee;
    }
    if (query.contains(QStringLiteral("category"))) {
        filter.category = query.value(QStringLiteral("category")).trimmed();
        if (!Catalog::contains(Catalog::ticketCategories(), filter.category)) {
            *error = QStringLiteral("category must be one of: %1")
                         .arg(Catalog::keys(Catalog::ticketCategories()).join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    const QString sort = query.value(QStringLiteral("sort")).trimmed();
    if (!sort.isEmpty() && sort != QLatin1String("breach") && sort != QLatin1String("updated")) {
        *error = QStringLiteral("sort must be breach or updated");
        return std::nullopt;
    }
    filter.breachOrder = sort == QLatin1String("breach");
    filter.text = query.value(QStringLiteral("q")).trimmed();
    if (filter.text.size() > 200) {
        *error = QStringLiteral("q must be at most 200 characters");
        return std::nullopt;
    }
    return filter;
}

HttpResponse listTickets(RequestContext &ctx)
{
    QString error;
    const auto filter = parseFilter(ctx, &error);
    if (!filter)
        return Problem::badRequest(error);
    const auto page = KeysetCursor::parsePage(ctx.request().query, 2, &error);
    if (!page)
        return Problem::badRequest(error);

    TicketStore store(ctx.db(), ctx.dialect(), &ctx.sla(), ctx.now());
    TicketStore::Page result;
    if (!store.list(*filter, page->limit, page->after, &result))
        return Problem::internal();

    // The queue page is the busiest response: written as text directly rather than built as
    // QJsonObjects and serialized again (same JSON; see JsonWriter).
    HttpResponse response;
    response.status = 200;
    response.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    response.body.reserve(1024 + 900 * result.items.size());
    JsonWriter w(response.body);
    w.beginObject();
    w.key("items").beginArray();
    for (const Ticket &ticket : std::as_const(result.items))
        ticket.writeJson(w);
    w.endArray();
    w.key("next_cursor");
    if (result.hasMore && !result.items.isEmpty())
        w.value(KeysetCursor::encode(filter->breachOrder ? TicketStore::breachCursorKey(result.items.last())
                                                         : TicketStore::cursorKey(result.items.last())));
    else
        w.null();
    w.key("total").value(qint64(result.total));
    w.endObject();
    return response;
}

HttpResponse getTicket(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such ticket"));
    TicketStore store(ctx.db(), ctx.dialect(), &ctx.sla(), ctx.now());
    bool ok = false;
    const auto ticket = store.find(*id, &ok);
    if (!ok)
        return Problem::internal();
    if (!ticket)
        return Problem::notFound(QStringLiteral("no such ticket"));
    return HttpResponse::json(200, ticket->toJson()).setHeader("ETag", ticket->etag());
}

// Phone-first capture: up to 10 tickets of the last 90 days from the same phone number
// (compared as 10 digits) or organization, newest first.
HttpResponse recentTickets(RequestContext &ctx, const QueryParams &query)
{
    constexpr int kLimit = 10;
    const QString phoneText = query.value(QStringLiteral("phone")).trimmed();
    const QString orgText = query.value(QStringLiteral("organization_id")).trimmed();
    const QString phone = TicketStore::phoneDigits(phoneText);
    bool orgOk = false;
    const qint64 org = orgText.toLongLong(&orgOk);
    if (!phoneText.isEmpty() && phone.isEmpty())
        return Problem::badRequest(QStringLiteral("phone must be a 10-digit phone number"));
    if (!orgText.isEmpty() && (!orgOk || org <= 0))
        return Problem::badRequest(QStringLiteral("organization_id must be a positive id"));
    if (phone.isEmpty() && orgText.isEmpty())
        return Problem::badRequest(QStringLiteral("give phone or organization_id"));

    QStringList conditions;
    QVariantList binds;
    if (!phone.isEmpty()) {
        conditions << QStringLiteral("requester_phone = ?");
        binds << phone;
    }
    if (!orgText.isEmpty()) {
        conditions << QStringLiteral("organization_id = ?");
        binds << org;
    }
    QSqlQuery q(ctx.db());
    q.prepare(QStringLiteral("SELECT id FROM tickets WHERE (") + conditions.join(QStringLiteral(" OR "))
              + QStringLiteral(") AND created_at >= ? ORDER BY created_at DESC, id DESC LIMIT %1").arg(kLimit));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(toDbTimestamp(ctx.now().addDays(-90), ctx.dialect()));
    if (!execQuery(q))
        return Problem::internal();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<Ticket> tickets;
    if (!TicketStore(ctx.db(), ctx.dialect(), &ctx.sla(), ctx.now()).findMany(ids, &tickets))
        return Problem::internal();
    std::sort(tickets.begin(), tickets.end(), [](const Ticket &a, const Ticket &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });
    QJsonArray items;
    for (const Ticket &t : std::as_const(tickets))
        items.append(t.toJson());
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

// GET …?phone=: the caller's number in the query string reaches proxy logs; the client sends
// it in a POST body instead. Kept for scripts and older clients.
HttpResponse recentTicketsByQuery(RequestContext &ctx)
{
    return recentTickets(ctx, ctx.request().query);
}

HttpResponse recentTicketsByBody(RequestContext &ctx)
{
    return withJsonParams(ctx.request(), [&ctx](const QueryParams &params) { return recentTickets(ctx, params); });
}

} // namespace

void registerTicketRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/tickets"), &listTickets);
    router.add("POST", QStringLiteral("/api/v1/tickets"), &TicketCommands::create);
    // Before /tickets/{id}: the first matching pattern wins.
    router.add("GET", QStringLiteral("/api/v1/tickets/recent"), &recentTicketsByQuery);
    router.add("POST", QStringLiteral("/api/v1/tickets/recent"), &recentTicketsByBody);
    router.add("GET", QStringLiteral("/api/v1/tickets/{id}"), &getTicket);
    router.add("PATCH", QStringLiteral("/api/v1/tickets/{id}"), &TicketCommands::update);
}

} // namespace izdesk::server
