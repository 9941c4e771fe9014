#include "routes/linkroutes.h"

#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "idempotency/idempotentwrite.h"
#include "patients/patientaccesspolicy.h"
#include "patients/patientreader.h"
#include "storage/sqlutil.h"
#include "storage/writetransaction.h"
#include "tickets/linkstore.h"
#include "tickets/ticketcommands.h"
#include "tickets/ticketstore.h"

#include <QSqlQuery>

namespace izdesk::server {

namespace {

HttpResponse addLink(RequestContext &ctx)
{
    return TicketCommands::withTicketBody(ctx, [&](qint64 id, const QJsonObject &body) {
        TicketLink link;
        link.kind = body.value(QStringLiteral("kind")).toString();
        const QJsonValue target = body.value(QStringLiteral("target"));
        link.target = target.isDouble() ? QString::number(target.toInteger()) : target.toString().trimmed();
        QList<FieldError> errors;
        if (!LinkStore::kinds().contains(link.kind))
            errors.append({QStringLiteral("kind"),
                           QStringLiteral("must be one of: %1").arg(LinkStore::kinds().join(QStringLiteral(", ")))});
        if (link.target.isEmpty() || link.target.size() > 100)
            errors.append({QStringLiteral("target"), QStringLiteral("must be the id of the linked record")});
        if (link.kind == QLatin1String("ticket") && link.target == QString::number(id))
            errors.append({QStringLiteral("target"), QStringLiteral("a ticket cannot link to itself")});
        if (!errors.isEmpty())
            return Problem::validation(errors);
        // A patient the caller does not find is refused like a missing one, before the write so the
        // refusal's audit row is kept.
        if (link.kind == QLatin1String("patient")) {
            bool numeric = false;
            const qint64 patientId = link.target.toLongLong(&numeric);
            const auto v = numeric ? PatientReader(ctx.db(), ctx.dialect()).visibility(patientId)
                                   : std::optional<PatientReader::Visibility>(PatientReader::Visibility{});
            if (!v)
                return Problem::internal();
            if (!v->found
                || !PatientAccessPolicy::finds(PatientAccessPolicy::seesSharingLocked(ctx.principal()), v->fullOptOut,
                                               v->sharingLock))
                return PatientAccessPolicy::refuse(
                    ctx, QStringLiteral("ticket.link_add"), QStringLiteral("patient"),
                    numeric ? QString::number(patientId) : QString(), QStringLiteral("not_found"),
                    Problem::validation({{QStringLiteral("target"), QStringLiteral("no patient has this id")}}),
                    QJsonObject{{QStringLiteral("ticket_id"), id}});
        }

        return IdempotentWrite::run(ctx, [&ctx, &link, id]() -> HttpResponse {
            QSqlDatabase db = ctx.db();
            TicketStore tickets(db, ctx.dialect(), &ctx.sla(), ctx.now());
            LinkStore links(db, ctx.dialect());
            bool ok = false;
            if (!tickets.find(id, &ok))
                return ok ? Problem::notFound(QStringLiteral("no such ticket")) : Problem::internal();
            const auto label = links.resolve(link.kind, link.target, &ok);
            if (!ok)
                return Problem::internal();
            if (!label)
                return Problem::validation(
                    {{QStringLiteral("target"), QStringLiteral("no %1 has this id").arg(link.kind)}});
            link.label = *label;
            bool added = false;
            if (!links.add(id, link, ctx.now(), &added))
                return Problem::internal();
            if (added
                && (tickets.touch(id, ctx.now()) != TicketStore::UpdateResult::Updated
                    || !ctx.audit(QStringLiteral("ticket.link_add"), QStringLiteral("ticket"), QString::number(id),
                                  QJsonObject{{QStringLiteral("kind"), link.kind}})))
                return Problem::internal();
            return HttpResponse::json(added ? 201 : 200, link.toJson());
        });
    });
}

HttpResponse removeLink(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such ticket"));
    const QString kind = ctx.request().pathParams.value(QStringLiteral("kind"));
    const QString target = ctx.request().pathParams.value(QStringLiteral("target"));
    QSqlDatabase db = ctx.db();
    WriteTransaction tx(db, ctx.dialect());
    if (!tx.begun())
        return Problem::internal();
    bool removed = false;
    TicketStore tickets(db, ctx.dialect(), &ctx.sla(), ctx.now());
    if (!LinkStore(db, ctx.dialect()).remove(*id, kind, target, &removed)
        || (removed
            && (tickets.touch(*id, ctx.now()) != TicketStore::UpdateResult::Updated
                || !ctx.audit(QStringLiteral("ticket.link_remove"), QStringLiteral("ticket"), QString::number(*id),
                              QJsonObject{{QStringLiteral("kind"), kind}}))))
        return Problem::internal();
    if (!removed)
        return Problem::notFound(QStringLiteral("the ticket has no such link"));
    if (!tx.commit())
        return Problem::internal();
    return HttpResponse::noContent();
}

// The source is closed with merged_into set, a ticket link is added both ways and both tickets
// change in the feed; its entries are then listed on the target too. One transaction.
HttpResponse merge(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such ticket"));
    const QByteArray ifMatch = ctx.request().header("if-match").trimmed();
    if (ifMatch.isEmpty())
        return Problem::preconditionRequired(QStringLiteral("send If-Match with the ETag of the ticket being merged"));
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) -> HttpResponse {
        const qint64 into = body.value(QStringLiteral("into")).toInteger(0);
        if (into <= 0 || into == *id)
            return Problem::validation({{QStringLiteral("into"), QStringLiteral("must be the id of another ticket")}});

        QSqlDatabase db = ctx.db();
        TicketStore tickets(db, ctx.dialect(), &ctx.sla(), ctx.now());
        WriteTransaction tx(db, ctx.dialect());
        if (!tx.begun())
            return Problem::internal();
        bool ok = false;
        std::optional<qint64> assignee;
        const auto source = tickets.find(*id, &ok, &assignee);
        if (!source)
            return ok ? Problem::notFound(QStringLiteral("no such ticket")) : Problem::internal();
        if (!ifMatchAccepts(ifMatch, source->etag()))
            return Problem::preconditionFailed(QStringLiteral("the ticket was changed by someone else"),
                                               QJsonObject{{QStringLiteral("current"), source->toJson()}});
        if (source->status == QLatin1String("closed"))
            return Problem::conflict(QStringLiteral("%1 is closed and cannot be merged").arg(source->displayNumber()));
        const auto target = tickets.find(into, &ok);
        if (!target)
            return ok ? Problem::validation({{QStringLiteral("into"), QStringLiteral("no ticket has this id")}})
                      : Problem::internal();
        if (target->status == QLatin1String("closed") || target->mergedInto)
            return Problem::conflict(
                QStringLiteral("%1 is closed and cannot take a merge").arg(target->displayNumber()));

        TicketStore::Values values = TicketStore::valuesOf(*source, assignee);
        values.status = QStringLiteral("closed");
        if (tickets.update(*id, source->version, values, ctx.now(), ctx.principal().userId)
            != TicketStore::UpdateResult::Updated)
            return Problem::preconditionFailed(QStringLiteral("the ticket was changed by someone else"));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE tickets SET merged_into = ? WHERE id = ?"));
        q.addBindValue(into);
        q.addBindValue(*id);
        LinkStore links(db, ctx.dialect());
        bool added = false;
        if (!execQuery(q)
            || !links.add(*id, TicketLink{QStringLiteral("ticket"), QString::number(into), target->displayNumber()},
                          ctx.now(), &added)
            || !links.add(into, TicketLink{QStringLiteral("ticket"), QString::number(*id), source->displayNumber()},
                          ctx.now(), &added)
            || tickets.touch(into, ctx.now()) != TicketStore::UpdateResult::Updated
            || !ctx.audit(QStringLiteral("ticket.merge"), QStringLiteral("ticket"), QString::number(*id),
                          QJsonObject{{QStringLiteral("into"), into}}))
            return Problem::internal();
        const auto merged = tickets.find(*id, &ok);
        if (!merged || !tx.commit())
            return Problem::internal();
        return HttpResponse::json(200, merged->toJson()).setHeader("ETag", merged->etag());
    });
}

} // namespace

void registerLinkRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/tickets/{id}/links"), &addLink);
    router.add("DELETE", QStringLiteral("/api/v1/tickets/{id}/links/{kind}/{target}"), &removeLink);
    router.add("POST", QStringLiteral("/api/v1/tickets/{id}/merge"), &merge);
}

} // namespace izdesk::server
