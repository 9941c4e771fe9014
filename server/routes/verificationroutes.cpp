#include "routes/verificationroutes.h"

#include "accounts/accountroutesupport.h"
#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "serverconfig.h"
#include "storage/writetransaction.h"
#include "verification/alertstore.h"
#include "verification/patientfacts.h"
#include "verification/releasehandlers.h"
#include "verification/releaselocks.h"
#include "verification/verificationworkflow.h"

#include <QJsonArray>

namespace izdesk::server {

namespace {

using accounts::pathId;

HttpResponse policy(RequestContext &ctx)
{
    return HttpResponse::json(200, ctx.config().verification().toJson());
}

// A handler that runs `run` on the path parameter `name` as an id; 404 with `missing` otherwise.
Handler onPathId(const QString &name, const QString &missing, HttpResponse (*run)(RequestContext &, qint64))
{
    return [name, missing, run](RequestContext &ctx) {
        const auto id = pathId(ctx, name);
        return id ? run(ctx, *id) : Problem::notFound(missing);
    };
}

HttpResponse listAlerts(RequestContext &ctx)
{
    const QString open = ctx.request().query.value(QStringLiteral("open"));
    if (!open.isEmpty() && open != QLatin1String("true") && open != QLatin1String("false"))
        return Problem::badRequest(QStringLiteral("open must be true or false"));
    QJsonArray items;
    if (!AlertStore(ctx.db(), ctx.dialect()).list(open == QLatin1String("true"), 500, &items))
        return Problem::internal();
    // Referral notes may name a caller: reading them is a PHI read.
    if (!ctx.audit(QStringLiteral("alerts.read"), QStringLiteral("alert"), QString(),
                   QJsonObject{{QStringLiteral("returned"), items.size()}}))
        return Problem::internal();
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

HttpResponse acknowledgeAlert(RequestContext &ctx)
{
    const auto id = pathId(ctx, QStringLiteral("id"));
    if (!id)
        return Problem::notFound(QStringLiteral("no such alert"));
    QSqlDatabase db = ctx.db();
    WriteTransaction tx(db, ctx.dialect());
    if (!tx.begun())
        return Problem::internal();
    AlertStore alerts(db, ctx.dialect());
    bool found = false;
    QHash<qint64, QJsonObject> json;
    if (!alerts.acknowledge(*id, ctx.principal().userId, ctx.now(), &found))
        return Problem::internal();
    if (!found)
        return Problem::notFound(QStringLiteral("no such alert"));
    if (!ctx.audit(QStringLiteral("alert.acknowledge"), QStringLiteral("alert"), QString::number(*id))
        || !alerts.byIds({*id}, &json) || !tx.commit())
        return Problem::internal();
    return HttpResponse::json(200, json.value(*id));
}

HttpResponse liftLock(RequestContext &ctx)
{
    const auto patientId = pathId(ctx, QStringLiteral("pid"));
    if (!patientId)
        return Problem::notFound(QStringLiteral("no such patient"));
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) -> HttpResponse {
        const QString reason = body.value(QStringLiteral("reason")).toString().trimmed();
        if (reason.isEmpty() || reason.size() > 2000)
            return Problem::validation(
                {{QStringLiteral("reason"),
                  QStringLiteral("required: why the lock is lifted (at most 2000 characters)")}});
        const auto facts = PatientFacts::load(ctx.db(), *patientId);
        if (!facts)
            return Problem::internal();
        if (!facts->found)
            return Problem::notFound(QStringLiteral("no such patient"));
        QSqlDatabase db = ctx.db();
        WriteTransaction tx(db, ctx.dialect());
        if (!tx.begun())
            return Problem::internal();
        bool lifted = false;
        // The reason is kept on the lock row for supervisors; the audit holds ids only.
        if (!ReleaseLocks(db, ctx.dialect()).lift(*patientId, ctx.principal().userId, reason, ctx.now(), &lifted)
            || (lifted
                && !ctx.audit(QStringLiteral("release.unlock"), QStringLiteral("patient"),
                              QString::number(*patientId))))
            return Problem::internal();
        if (!lifted)
            return Problem::notFound(QStringLiteral("phone release is not locked for this patient"));
        if (!tx.commit())
            return Problem::internal();
        return HttpResponse::noContent();
    });
}

} // namespace

void registerVerificationRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/verification/policy"), &policy);
    router.add("POST", QStringLiteral("/api/v1/tickets/{id}/verifications"),
               onPathId(QStringLiteral("id"), QStringLiteral("no such ticket"), &VerificationWorkflow::start));
    router.add("GET", QStringLiteral("/api/v1/tickets/{id}/verifications"),
               onPathId(QStringLiteral("id"), QStringLiteral("no such ticket"), &VerificationWorkflow::list));
    router.add(
        "POST", QStringLiteral("/api/v1/verifications/{vid}/factors"),
        onPathId(QStringLiteral("vid"), QStringLiteral("no such verification"), &VerificationWorkflow::checkFactor));
    router.add("POST", QStringLiteral("/api/v1/verifications/{vid}/refer"),
               onPathId(QStringLiteral("vid"), QStringLiteral("no such verification"), &VerificationWorkflow::refer));
    router.add("GET", QStringLiteral("/api/v1/tickets/{tid}/patients/{pid}/history"), &ReleaseHandlers::history);
    router.add("POST", QStringLiteral("/api/v1/tickets/{tid}/patients/{pid}/releases"), &ReleaseHandlers::release);
    router.add("GET", QStringLiteral("/api/v1/patients/{pid}/disclosures"), &ReleaseHandlers::disclosures);
    router.add("GET", QStringLiteral("/api/v1/alerts"), &listAlerts);
    router.add("POST", QStringLiteral("/api/v1/alerts/{id}/acknowledge"), &acknowledgeAlert);
    router.add("DELETE", QStringLiteral("/api/v1/patients/{pid}/release-lock"), &liftLock);
}

} // namespace izdesk::server
