#include "ticketcommands.h"

#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "idempotency/idempotencystore.h"
#include "idempotency/idempotentpost.h"
#include "tickets/ticketchange.h"
#include "storage/sqlutil.h"
#include "tickets/ticketstore.h"
#include "timeline/entryinput.h"
#include "timeline/entrystore.h"

#include "catalog.h"
#include "ticketlifecycle.h"
#include "ticketrules.h"

#include <QJsonArray>
#include <QJsonDocument>
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

// Replays a repeated ticket POST; a stored 201 also gets its Location and ETag back.
HttpResponse replay(const IdempotencyStore::Entry &entry, const QByteArray &requestHash)
{
    HttpResponse response = IdempotentPost::replay(entry, requestHash);
    if (entry.requestHash == requestHash && entry.responseStatus == 201) {
        const QJsonObject stored = QJsonDocument::fromJson(entry.responseBody).object();
        Ticket ticket;
        ticket.id = stored.value(QStringLiteral("id")).toInteger();
        ticket.version = stored.value(QStringLiteral("version")).toInt();
        response.setHeader("Location", locationOf(ticket.id)).setHeader("ETag", ticket.etag());
    }
    return response;
}

QJsonObject auditDetail(const QStringList &fields)
{
    // Field names only: the values (subject, requester, …) can be PHI.
    QJsonObject detail;
    detail.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    return detail;
}

// Runs after a failed reserve or commit: the concurrent request with the same key has
// committed by now, so replay it.
HttpResponse replayAfterRace(IdempotencyStore &idempotency, qint64 userId, const QString &key,
                             const QByteArray &requestHash)
{
    bool ok = false;
    const auto entry = idempotency.find(userId, key, &ok);
    if (!ok || !entry)
        return Problem::internal();
    return replay(*entry, requestHash);
}

} // namespace

std::optional<qint64> TicketCommands::ticketId(const RequestContext &ctx)
{
    bool ok = false;
    const qint64 id = ctx.request().pathParams.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

bool TicketCommands::ifMatchAccepts(const QByteArray &ifMatch, const QByteArray &etag)
{
    for (const QByteArray &candidate : ifMatch.split(',')) {
        const QByteArray tag = candidate.trimmed();
        if (tag == "*" || tag == etag)
            return true;
    }
    return false;
}

HttpResponse TicketCommands::create(RequestContext &ctx)
{
    const HttpRequest &request = ctx.request();
    const bool hasKey = request.headers.contains("idempotency-key");
    const QString key = QString::fromUtf8(request.header("idempotency-key")).trimmed();
    if (hasKey && (key.isEmpty() || key.size() > IdempotencyStore::kMaxKeyLength))
        return Problem::badRequest(
            QStringLiteral("Idempotency-Key must be 1 to %1 characters").arg(IdempotencyStore::kMaxKeyLength));

    QSqlDatabase db = ctx.db();
    const qint64 userId = ctx.principal().userId;
    IdempotencyStore idempotency(db, ctx.dialect());
    const QByteArray requestHash = IdempotencyStore::requestHash(request.method, request.path, request.body);
    if (hasKey) {
        bool ok = false;
        const auto entry = idempotency.find(userId, key, &ok);
        if (!ok)
            return Problem::internal();
        if (entry)
            return replay(*entry, requestHash);
    }

    auto parsed = parseJsonObject(request);
    if (auto *problem = std::get_if<HttpResponse>(&parsed))
        return *problem;
    QJsonObject body = std::get<QJsonObject>(parsed);
    // An inbound call captured with the ticket ("call") is logged in the same transaction, so a
    // ticket replayed from an offline outbox never arrives without its call or twice with it.
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

    TicketStore store(db, ctx.dialect(), &ctx.sla(), ctx.now());
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

    if (!beginWriteTransaction(db, ctx.dialect()))
        return Problem::internal();
    // The key is reserved first, so that a concurrent twin blocks (PostgreSQL) or waits for
    // the write lock (SQLite) here and then fails on the unique constraint.
    if (hasKey && !idempotency.reserve(userId, key, request.method, request.path, requestHash, ctx.now())) {
        db.rollback();
        return replayAfterRace(idempotency, userId, key, requestHash);
    }
    const auto id = store.insert(values, userId, ctx.now());
    if (id && call && !addTimelineEntry(ctx, store, *id, *call)) {
        db.rollback();
        return Problem::internal();
    }
    bool ok = false;
    const auto ticket = id ? store.find(*id, &ok) : std::nullopt;
    if (!ticket || !ctx.audit(QStringLiteral("ticket.create"), QStringLiteral("ticket"), QString::number(*id),
                              auditDetail(fields))) {
        db.rollback();
        return Problem::internal();
    }
    const HttpResponse response = createdResponse(*ticket);
    if (hasKey && !idempotency.complete(userId, key, response.status, response.body)) {
        db.rollback();
        return Problem::internal();
    }
    if (!db.commit()) {
        db.rollback();
        return hasKey ? replayAfterRace(idempotency, userId, key, requestHash) : Problem::internal();
    }
    return response;
}

HttpResponse TicketCommands::update(RequestContext &ctx)
{
    const auto id = ticketId(ctx);
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

    QSqlDatabase db = ctx.db();
    TicketStore store(db, ctx.dialect(), &ctx.sla(), ctx.now());
    bool ok = false;
    std::optional<qint64> currentAssignee;
    const auto current = store.find(*id, &ok, &currentAssignee);
    if (!ok)
        return Problem::internal();
    if (!current)
        return Problem::notFound(QStringLiteral("no such ticket"));
    const auto stale = [](const Ticket &ticket) {
        QJsonObject extra;
        extra.insert(QStringLiteral("current"), ticket.toJson());
        return Problem::preconditionFailed(QStringLiteral("the ticket was changed by someone else"), extra)
            .setHeader("ETag", ticket.etag());
    };
    if (!ifMatchAccepts(ifMatch, current->etag()))
        return stale(*current);

    TicketStore::Values values = TicketStore::valuesOf(*current, currentAssignee);
    QStringList changed;
    bool dbOk = false;
    errors = TicketChange(store).apply(patch, &values, &changed, &dbOk);
    if (!dbOk)
        return Problem::internal();
    if (!errors.isEmpty())
        return Problem::validation(errors);
    // A closed ticket is a record of finished work: only reopening it (a status change alone)
    // is allowed; any other change conflicts with its state.
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

    if (!beginWriteTransaction(db, ctx.dialect()))
        return Problem::internal();
    // The UPDATE is the transaction's first statement and carries the version the client saw,
    // so of two concurrent PATCHes with the same If-Match exactly one matches a row.
    switch (store.update(*id, current->version, values, ctx.now(), ctx.principal().userId)) {
    case TicketStore::UpdateResult::Error:
        db.rollback();
        return Problem::internal();
    case TicketStore::UpdateResult::Stale: {
        db.rollback();
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
                               auditDetail(changed))
        || !db.commit()) {
        db.rollback();
        return Problem::internal();
    }
    return HttpResponse::json(200, updated->toJson()).setHeader("ETag", updated->etag());
}

} // namespace izdesk::server
