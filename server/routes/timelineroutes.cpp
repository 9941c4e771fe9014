#include "routes/timelineroutes.h"

#include "http/access.h"
#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "idempotency/idempotentpost.h"
#include "tickets/keysetcursor.h"
#include "tickets/ticketcommands.h"
#include "tickets/ticketstore.h"
#include "timeline/entrystore.h"

#include "ticket.h"

#include <QJsonArray>

namespace izdesk::server {

namespace {

constexpr int kMaxBody = 20000;
constexpr int kMaxPhone = 40;

const QStringList &writerRoles()
{
    static const QStringList roles{QStringLiteral("specialist"), QStringLiteral("supervisor"),
                                   QStringLiteral("trainer"), QStringLiteral("admin")};
    return roles;
}

// The entry a POST body describes, or the field errors.
EntryStore::Entry parseEntry(const QJsonObject &body, QList<FieldError> *errors)
{
    static const QStringList known{QStringLiteral("kind"),  QStringLiteral("body"),       QStringLiteral("direction"),
                                   QStringLiteral("phone"), QStringLiteral("started_at"), QStringLiteral("ended_at")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            errors->append({it.key(), QStringLiteral("is not a field of an entry")});
    }
    EntryStore::Entry e;
    e.kind = body.value(QStringLiteral("kind")).toString();
    if (e.kind != QLatin1String("note") && e.kind != QLatin1String("reply") && e.kind != QLatin1String("call"))
        errors->append({QStringLiteral("kind"), QStringLiteral("must be note, reply or call")});
    e.body = body.value(QStringLiteral("body")).toString();
    if (e.body.size() > kMaxBody)
        errors->append({QStringLiteral("body"), QStringLiteral("must be at most %1 characters").arg(kMaxBody)});
    if (e.kind != QLatin1String("call")) {
        if (e.body.trimmed().isEmpty())
            errors->append({QStringLiteral("body"), QStringLiteral("must not be empty")});
        for (const QString &field : {QStringLiteral("direction"), QStringLiteral("phone"), QStringLiteral("started_at"),
                                     QStringLiteral("ended_at")}) {
            if (body.contains(field) && !body.value(field).isNull())
                errors->append({field, QStringLiteral("is only for a call")});
        }
        return e;
    }
    e.direction = body.value(QStringLiteral("direction")).toString();
    if (e.direction != QLatin1String("inbound") && e.direction != QLatin1String("outbound"))
        errors->append({QStringLiteral("direction"), QStringLiteral("must be inbound or outbound")});
    e.phone = body.value(QStringLiteral("phone")).toString().trimmed();
    if (e.phone.size() > kMaxPhone)
        errors->append({QStringLiteral("phone"), QStringLiteral("must be at most %1 characters").arg(kMaxPhone)});
    e.startedAt = fromIsoUtc(body.value(QStringLiteral("started_at")).toString());
    e.endedAt = fromIsoUtc(body.value(QStringLiteral("ended_at")).toString());
    if (!e.startedAt.isValid())
        errors->append({QStringLiteral("started_at"), QStringLiteral("must be a UTC time YYYY-MM-DDTHH:MM:SS(.mmm)Z")});
    if (!e.endedAt.isValid())
        errors->append({QStringLiteral("ended_at"), QStringLiteral("must be a UTC time YYYY-MM-DDTHH:MM:SS(.mmm)Z")});
    else if (e.startedAt.isValid() && e.endedAt < e.startedAt)
        errors->append({QStringLiteral("ended_at"), QStringLiteral("must not be before started_at")});
    if (e.startedAt.isValid() && e.endedAt.isValid())
        e.durationSeconds = e.startedAt.secsTo(e.endedAt);
    return e;
}

HttpResponse listEntries(RequestContext &ctx)
{
    const auto id = TicketCommands::ticketId(ctx);
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
    const auto id = TicketCommands::ticketId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such ticket"));
    auto parsed = parseJsonObject(ctx.request());
    if (auto *problem = std::get_if<HttpResponse>(&parsed))
        return *problem;
    QList<FieldError> errors;
    EntryStore::Entry entry = parseEntry(std::get<QJsonObject>(parsed), &errors);
    if (!errors.isEmpty())
        return Problem::validation(errors);
    entry.ticketId = *id;
    entry.createdAt = ctx.now();

    return IdempotentPost::run(ctx, [&ctx, &entry, id]() -> HttpResponse {
        QSqlDatabase db = ctx.db();
        TicketStore tickets(db, ctx.dialect(), &ctx.sla(), ctx.now());
        bool ok = false;
        const auto ticket = tickets.find(*id, &ok);
        if (!ok)
            return Problem::internal();
        if (!ticket)
            return Problem::notFound(QStringLiteral("no such ticket"));
        EntryStore store(db, ctx.dialect());
        const auto entryId = store.insert(entry, ctx.principal().userId);
        // A reply or call answers the caller: the first one meets the first-response clock.
        const bool responds = entry.kind != QLatin1String("note");
        if (!entryId || (responds && !tickets.recordFirstResponse(*id, ctx.now()))
            || !ctx.audit(QStringLiteral("ticket.entry_add"), QStringLiteral("ticket"), QString::number(*id),
                          QJsonObject{{QStringLiteral("entry_id"), *entryId}, {QStringLiteral("kind"), entry.kind}}))
            return Problem::internal();
        const auto stored = store.find(*entryId, &ok);
        if (!stored)
            return Problem::internal();
        return HttpResponse::json(201, stored->toJson());
    });
}

} // namespace

void registerTimelineRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/tickets/{id}/entries"), Access::anyStaff(), &listEntries);
    router.add("POST", QStringLiteral("/api/v1/tickets/{id}/entries"), Access::roles(writerRoles()), &addEntry);
}

} // namespace izdesk::server
