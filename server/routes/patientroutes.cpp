#include "routes/patientroutes.h"

#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/ratelimiter.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "patients/patientaccesspolicy.h"
#include "patients/patientquery.h"
#include "patients/patientreader.h"
#include "patients/patientsearch.h"
#include "serverconfig.h"

#include <QJsonArray>

namespace izdesk::server {

namespace {

HttpResponse searchPatients(RequestContext &ctx, const QueryParams &params)
{
    const Principal &p = ctx.principal();
    if (auto refused
        = RateLimiter::enforce(ctx, ctx.config().rateLimits().patientSearchPerSession, QString::number(p.sessionId),
                               {p.userId, p.username, QStringLiteral("session"), QString::number(p.sessionId)}))
        return *refused;
    QList<FieldError> errors;
    const auto query = PatientQuery::parse(params, ctx.now().date().year(), &errors);
    if (!query)
        return Problem::validation(errors);
    const bool seesLocked = PatientAccessPolicy::seesSharingLocked(ctx.principal());
    PatientSearch search(ctx.db(), ctx.dialect());
    search.setNicknames(ctx.config().nicknameTable());
    const auto hits = search.run(*query, seesLocked);
    if (!hits)
        return Problem::internal();
    QList<qint64> ids;
    for (const auto &hit : *hits)
        ids << hit.patientId;
    PatientReader reader(ctx.db(), ctx.dialect());
    const auto summaries = reader.summaries(ids);
    if (!summaries)
        return Problem::internal();
    QJsonArray items;
    QJsonArray returned;
    for (const auto &hit : *hits) {
        QJsonObject item = summaries->value(hit.patientId);
        item.insert(QStringLiteral("score"), hit.match.score);
        item.insert(QStringLiteral("grade"), matching::MatchScorer::gradeName(hit.match.grade));
        item.insert(QStringLiteral("explanation"), matching::MatchScorer::explanation(hit.match));
        QStringList badges = hit.match.badges;
        if (hit.sharingLock)
            badges << QStringLiteral("sharing_lock");
        item.insert(QStringLiteral("badges"), QJsonArray::fromStringList(badges));
        item.insert(QStringLiteral("vetoes"), QJsonArray::fromStringList(hit.match.vetoes));
        items.append(item);
        returned.append(hit.patientId);
    }
    // The audit names who searched, with which kinds of criteria, and what came back —
    // never the search text or values (PHI).
    QJsonObject detail;
    detail.insert(QStringLiteral("criteria"), QJsonArray::fromStringList(query->criteria));
    detail.insert(QStringLiteral("returned_patient_ids"), returned);
    if (!ctx.audit(QStringLiteral("patient.search"), QStringLiteral("patient"), QString(), detail))
        return Problem::internal();
    QJsonObject body;
    body.insert(QStringLiteral("items"), items);
    body.insert(QStringLiteral("limit"), query->limit);
    return HttpResponse::json(200, body);
}

// GET /patients?q=…: the query string reaches access logs of proxies on the way; the client
// sends POST /patients/search instead. Kept for scripts and older clients.
HttpResponse searchPatientsByQuery(RequestContext &ctx)
{
    return searchPatients(ctx, ctx.request().query);
}

HttpResponse searchPatientsByBody(RequestContext &ctx)
{
    return withJsonParams(ctx.request(), [&ctx](const QueryParams &params) { return searchPatients(ctx, params); });
}

HttpResponse getPatient(RequestContext &ctx)
{
    bool ok = false;
    const qint64 id = ctx.request().pathParams.value(QStringLiteral("id")).toLongLong(&ok);
    // Only a number goes to the audit: a path is free text and could hold a name.
    const auto notFound = [&ctx, &ok, id] {
        return PatientAccessPolicy::refuse(ctx, QStringLiteral("patient.read"), QStringLiteral("patient"),
                                           ok ? QString::number(id) : QString(), QStringLiteral("not_found"),
                                           Problem::notFound(QStringLiteral("no such patient")));
    };
    if (!ok || id <= 0)
        return notFound();
    PatientReader reader(ctx.db(), ctx.dialect());
    const auto visibility = reader.visibility(id);
    if (!visibility)
        return Problem::internal();
    // A locked (full opt-out) record answers exactly like a missing one, and so does a
    // sharing-locked one to those who may not see it.
    if (!visibility->found
        || !PatientAccessPolicy::finds(PatientAccessPolicy::seesSharingLocked(ctx.principal()), visibility->fullOptOut,
                                       visibility->sharingLock))
        return notFound();
    const bool withHistory = PatientAccessPolicy::mayReleaseHistory(ctx, id);
    const auto patient = reader.detail(id, withHistory);
    if (!patient)
        return Problem::internal();
    if (patient->isEmpty())
        return Problem::notFound(QStringLiteral("no such patient"));
    QJsonObject body = *patient;
    body.insert(QStringLiteral("history_withheld"), !withHistory);
    QJsonObject detail;
    detail.insert(QStringLiteral("history_released"), withHistory);
    if (!ctx.audit(QStringLiteral("patient.read"), QStringLiteral("patient"), QString::number(id), detail))
        return Problem::internal();
    return HttpResponse::json(200, body);
}

} // namespace

void registerPatientRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/patients"), &searchPatientsByQuery);
    router.add("POST", QStringLiteral("/api/v1/patients/search"), &searchPatientsByBody);
    router.add("GET", QStringLiteral("/api/v1/patients/{id}"), &getPatient);
}

} // namespace izdesk::server
