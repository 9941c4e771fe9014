#include "routes/supervisionroutes.h"

#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "storage/writetransaction.h"
#include "supervision/assignmentcommands.h"
#include "supervision/staffdirectory.h"
#include "tickets/ticketpatch.h"
#include "tickets/ticketstore.h"

#include "catalog.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

namespace izdesk::server {

namespace {

constexpr int kMaxBatch = 500;

// A list of distinct positive ticket ids, 1..kMaxBatch long; errors on `field`.
std::optional<QList<qint64>> parseIds(const QJsonValue &value, const QString &field, QList<FieldError> *errors)
{
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.isEmpty() || array.size() > kMaxBatch) {
        errors->append({field, QStringLiteral("must be a list of 1 to %1 ticket ids").arg(kMaxBatch)});
        return std::nullopt;
    }
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const auto &v : array) {
        const qint64 id = v.toInteger(0);
        if (!v.isDouble() || id <= 0 || seen.contains(id)) {
            errors->append({field, QStringLiteral("must hold distinct positive ticket ids")});
            return std::nullopt;
        }
        seen.insert(id);
        ids.append(id);
    }
    return ids;
}

// Ends a multi-ticket write: rolls back and answers the problem of ticket `id`.
HttpResponse rollbackWith(QSqlDatabase db, const TicketPatch::Outcome &outcome, qint64 id)
{
    db.rollback();
    if (outcome.problem)
        return *outcome.problem;
    QList<FieldError> errors;
    for (const FieldError &e : outcome.errors)
        errors.append({e.field, QStringLiteral("ticket %1: %2").arg(id).arg(e.message)});
    return Problem::validation(errors);
}

HttpResponse bulkUpdate(RequestContext &ctx)
{
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) -> HttpResponse {
        QList<FieldError> errors;
        const auto ids = parseIds(body.value(QStringLiteral("ids")), QStringLiteral("ids"), &errors);
        const QJsonObject changes = body.value(QStringLiteral("changes")).toObject();
        if (!body.value(QStringLiteral("changes")).isObject() || changes.isEmpty())
            errors.append({QStringLiteral("changes"), QStringLiteral("must be an object of ticket fields to set")});
        if (!errors.isEmpty())
            return Problem::validation(errors);

        QSqlDatabase db = ctx.db();
        TicketStore store(db, ctx.dialect(), &ctx.sla(), ctx.now());
        if (!beginWriteTransaction(db, ctx.dialect()))
            return Problem::internal();
        QJsonArray items;
        for (const qint64 id : *ids) {
            const auto outcome
                = TicketPatch::apply(ctx, store, id, changes, std::nullopt, QStringLiteral("ticket.bulk_update"));
            if (!outcome.ticket)
                return rollbackWith(db, outcome, id);
            items.append(outcome.ticket->toJson());
        }
        if (!db.commit()) {
            db.rollback();
            return Problem::internal();
        }
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
    });
}

HttpResponse staffBoard(RequestContext &ctx)
{
    QList<StaffDirectory::Member> members;
    if (!StaffDirectory(ctx.db(), ctx.dialect()).members(ctx.now(), &members))
        return Problem::internal();
    QJsonArray items;
    for (const auto &m : std::as_const(members))
        items.append(StaffDirectory::toJson(m));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

HttpResponse patchStaff(RequestContext &ctx)
{
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) -> HttpResponse {
        QList<FieldError> errors;
        std::optional<bool> onShift;
        std::optional<QStringList> skills;
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.key() == QLatin1String("on_shift")) {
                if (!it.value().isBool())
                    errors.append({it.key(), QStringLiteral("must be true or false")});
                onShift = it.value().toBool();
            } else if (it.key() == QLatin1String("skills")) {
                QStringList list;
                const QJsonArray array = it.value().toArray();
                for (const auto &v : array) {
                    if (!Catalog::contains(Catalog::ticketCategories(), v.toString()))
                        errors.append(
                            {it.key(),
                             QStringLiteral("must be a list of categories: %1")
                                 .arg(Catalog::keys(Catalog::ticketCategories()).join(QStringLiteral(", ")))});
                    else if (!list.contains(v.toString()))
                        list.append(v.toString());
                }
                if (!it.value().isArray())
                    errors.append({it.key(), QStringLiteral("must be a list of categories")});
                skills = list;
            } else {
                errors.append({it.key(), QStringLiteral("is not a field a client may set (on_shift, skills)")});
            }
        }
        if (!onShift && !skills && errors.isEmpty())
            errors.append({QString(), QStringLiteral("give on_shift or skills")});
        if (!errors.isEmpty())
            return Problem::validation(errors);

        const QString username = ctx.request().pathParams.value(QStringLiteral("username"));
        QSqlDatabase db = ctx.db();
        StaffDirectory directory(db, ctx.dialect());
        WriteTransaction tx(db, ctx.dialect());
        if (!tx.begun())
            return Problem::internal();
        bool found = false;
        QStringList fields;
        if (onShift)
            fields << QStringLiteral("on_shift");
        if (skills)
            fields << QStringLiteral("skills");
        if (!directory.update(username, onShift, skills, &found)
            || (found
                && !ctx.audit(QStringLiteral("staff.update"), QStringLiteral("staff"), username,
                              QJsonObject{{QStringLiteral("fields"), QJsonArray::fromStringList(fields)}})))
            return Problem::internal();
        if (!found)
            return Problem::notFound(QStringLiteral("no active staff member has this username"));
        if (!tx.commit())
            return Problem::internal();
        QList<StaffDirectory::Member> members;
        if (!directory.members(ctx.now(), &members))
            return Problem::internal();
        for (const auto &m : std::as_const(members)) {
            if (m.username == username)
                return HttpResponse::json(200, StaffDirectory::toJson(m));
        }
        return Problem::internal();
    });
}

} // namespace

void registerSupervisionRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/tickets/bulk"), &bulkUpdate);
    router.add("GET", QStringLiteral("/api/v1/staff/board"), &staffBoard);
    router.add("PATCH", QStringLiteral("/api/v1/staff/{username}"), &patchStaff);
    router.add("POST", QStringLiteral("/api/v1/assignments/preview"), &AssignmentCommands::preview);
    router.add("POST", QStringLiteral("/api/v1/assignments/apply"), &AssignmentCommands::apply);
}

} // namespace izdesk::server
