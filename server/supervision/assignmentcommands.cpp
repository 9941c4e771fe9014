#include "supervision/assignmentcommands.h"

#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "storage/sqlutil.h"
#include "supervision/assignmentplanner.h"
#include "supervision/staffdirectory.h"
#include "tickets/ticketpatch.h"
#include "tickets/ticketstore.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace izdesk::server {

namespace {

constexpr int kMaxBatch = 500;
const QString kRoundRobin = QStringLiteral("round_robin");

QString lastRoundRobin(QSqlDatabase db, bool *ok)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT s.username FROM assignment_cursor c JOIN staff_users s ON s.id = c.last_user_id "
                             "WHERE c.strategy = ?"));
    q.addBindValue(kRoundRobin);
    *ok = execQuery(q);
    return *ok && q.next() ? q.value(0).toString() : QString();
}

bool saveRoundRobin(QSqlDatabase db, const QString &username)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO assignment_cursor (strategy, last_user_id) "
                             "SELECT ?, id FROM staff_users WHERE username = ? "
                             "ON CONFLICT (strategy) DO UPDATE SET last_user_id = excluded.last_user_id"));
    q.addBindValue(kRoundRobin);
    q.addBindValue(username);
    return execQuery(q);
}

AssignmentPlanner::TicketRef refOf(const Ticket &t)
{
    return AssignmentPlanner::TicketRef{t.id, t.version, t.category, t.status, !t.assignee.isEmpty()};
}

} // namespace

HttpResponse AssignmentCommands::preview(RequestContext &ctx)
{
    auto parsed = parseJsonObject(ctx.request());
    if (auto *problem = std::get_if<HttpResponse>(&parsed))
        return *problem;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    QList<FieldError> errors;
    const auto strategy = AssignmentPlanner::parseStrategy(body.value(QStringLiteral("strategy")).toString());
    if (!strategy)
        errors.append({QStringLiteral("strategy"), QStringLiteral("must be round_robin or least_loaded")});
    const QJsonValue idsValue = body.value(QStringLiteral("ticket_ids"));
    QList<qint64> ids;
    if (!idsValue.isNull() && !idsValue.isUndefined()) {
        const QJsonArray array = idsValue.toArray();
        if (!idsValue.isArray() || array.size() > kMaxBatch)
            errors.append({QStringLiteral("ticket_ids"),
                           QStringLiteral("must be null or a list of up to %1 ticket ids").arg(kMaxBatch)});
        for (const auto &v : array) {
            if (!v.isDouble() || v.toInteger(0) <= 0) {
                errors.append({QStringLiteral("ticket_ids"), QStringLiteral("must hold positive ticket ids")});
                break;
            }
            if (!ids.contains(v.toInteger()))
                ids.append(v.toInteger());
        }
    }
    if (!errors.isEmpty())
        return Problem::validation(errors);

    QSqlDatabase db = ctx.db();
    TicketStore store(db, ctx.dialect(), &ctx.sla(), ctx.now());
    QList<Ticket> tickets;
    QList<AssignmentPlanner::Skip> skipped;
    if (ids.isEmpty() && (idsValue.isNull() || idsValue.isUndefined())) {
        TicketStore::Filter filter;
        filter.statuses = {QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("pending_caller"),
                           QStringLiteral("pending_internal")};
        filter.assignee = QString();
        TicketStore::Page page;
        if (!store.list(filter, kMaxBatch, std::nullopt, &page))
            return Problem::internal();
        tickets = page.items;
    } else if (!store.findMany(ids, &tickets)) {
        return Problem::internal();
    }
    // Oldest first: the callers who waited longest get someone first.
    std::sort(tickets.begin(), tickets.end(), [](const Ticket &a, const Ticket &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    QSet<qint64> found;
    QList<AssignmentPlanner::TicketRef> refs;
    for (const Ticket &t : std::as_const(tickets)) {
        found.insert(t.id);
        refs.append(refOf(t));
    }
    for (const qint64 id : std::as_const(ids)) {
        if (!found.contains(id))
            skipped.append({id, QStringLiteral("no such ticket")});
    }
    QList<StaffDirectory::Member> staff;
    bool ok = false;
    const QString last = lastRoundRobin(db, &ok);
    if (!ok || !StaffDirectory(db, ctx.dialect()).members(ctx.now(), &staff))
        return Problem::internal();
    QList<AssignmentPlanner::PlanItem> plan;
    AssignmentPlanner::plan(*strategy, refs, staff, last, &plan, &skipped);

    QJsonArray planJson;
    for (const auto &item : std::as_const(plan))
        planJson.append(item.toJson());
    QJsonArray skippedJson;
    for (const auto &skip : std::as_const(skipped))
        skippedJson.append(skip.toJson());
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("plan"), planJson}, {QStringLiteral("skipped"), skippedJson}});
}

HttpResponse AssignmentCommands::apply(RequestContext &ctx)
{
    auto parsed = parseJsonObject(ctx.request());
    if (auto *problem = std::get_if<HttpResponse>(&parsed))
        return *problem;
    const QJsonArray plan = std::get<QJsonObject>(parsed).value(QStringLiteral("plan")).toArray();
    if (plan.isEmpty() || plan.size() > kMaxBatch)
        return Problem::validation(
            {{QStringLiteral("plan"), QStringLiteral("must be a list of 1 to %1 plan items").arg(kMaxBatch)}});
    QSet<qint64> seen;
    for (const auto &v : plan) {
        const QJsonObject item = v.toObject();
        const qint64 id = item.value(QStringLiteral("ticket_id")).toInteger(0);
        if (id <= 0 || item.value(QStringLiteral("version")).toInt(0) <= 0
            || item.value(QStringLiteral("assignee")).toString().isEmpty() || seen.contains(id))
            return Problem::validation(
                {{QStringLiteral("plan"),
                  QStringLiteral("each item needs a distinct ticket_id, its version and an assignee")}});
        seen.insert(id);
    }

    QSqlDatabase db = ctx.db();
    TicketStore store(db, ctx.dialect(), &ctx.sla(), ctx.now());
    if (!beginWriteTransaction(db, ctx.dialect()))
        return Problem::internal();
    QJsonArray items;
    for (const auto &v : plan) {
        const QJsonObject item = v.toObject();
        const qint64 id = item.value(QStringLiteral("ticket_id")).toInteger();
        const auto outcome = TicketPatch::apply(
            ctx, store, id, QJsonObject{{QStringLiteral("assignee"), item.value(QStringLiteral("assignee"))}},
            item.value(QStringLiteral("version")).toInt(), QStringLiteral("ticket.auto_assign"));
        if (!outcome.ticket) {
            db.rollback();
            if (outcome.problem)
                return *outcome.problem;
            QList<FieldError> errors;
            for (const FieldError &e : outcome.errors)
                errors.append({e.field, QStringLiteral("ticket %1: %2").arg(id).arg(e.message)});
            return Problem::validation(errors);
        }
        items.append(outcome.ticket->toJson());
    }
    if (!saveRoundRobin(db, plan.last().toObject().value(QStringLiteral("assignee")).toString()) || !db.commit()) {
        db.rollback();
        return Problem::internal();
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

} // namespace izdesk::server
