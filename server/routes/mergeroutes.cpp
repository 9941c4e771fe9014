#include "routes/mergeroutes.h"

#include "accounts/accountroutesupport.h"
#include "duplicates/duplicatedetector.h"
#include "duplicates/duplicatestore.h"
#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "permissions.h"
#include "idempotency/idempotentwrite.h"
#include "merge/mergeservice.h"
#include "merge/testhooks.h"
#include "patients/patientaccesspolicy.h"
#include "serverconfig.h"

#include <QJsonArray>

namespace izdesk::server {

using accounts::pathId;

namespace {

constexpr int defaultListLimit = 50;
constexpr int maxListLimit = 200;

MergeService serviceFor(RequestContext &ctx)
{
    MergeService::Actor actor;
    actor.userId = ctx.principal().userId;
    actor.seesSharingLocked = PatientAccessPolicy::seesSharingLocked(ctx.principal());
    actor.mayOverrideVetoes = Permissions::granted(ctx.principal().role, Permission::MergeOverVeto);
    MergeService service(ctx.db(), ctx.dialect(), ctx.now(), actor);
    service.setPauseAfterFirstWritesMs(TestHooks::pauseInMergeMs(ctx.config()));
    return service;
}

DuplicateDetector detectorFor(RequestContext &ctx)
{
    DuplicateDetector detector(ctx.db(), ctx.dialect(), ctx.now());
    detector.setNicknames(ctx.config().nicknameTable());
    return detector;
}

HttpResponse problemFor(const MergeService::Outcome &outcome)
{
    using Status = MergeService::Outcome::Status;
    switch (outcome.status) {
    case Status::NotFound: return Problem::notFound(outcome.detail);
    case Status::Conflict: return Problem::conflict(outcome.detail);
    case Status::VetoNeedsSupervisor:
        return Problem::make(403, QStringLiteral("merge-veto"), QStringLiteral("Supervisor required"), outcome.detail,
                             {}, QJsonObject{{QStringLiteral("vetoes"), QJsonArray::fromStringList(outcome.vetoes)}});
    case Status::Ok:
    case Status::Internal: break;
    }
    return Problem::internal();
}

// A duplicate pair of these two patients claimed by another reviewer is theirs to merge.
std::optional<HttpResponse> claimedByOther(RequestContext &ctx, const MergeRequest &request, bool audit)
{
    bool ok = false;
    const auto held = DuplicateStore(ctx.db(), ctx.dialect(), ctx.now())
                          .claimAgainstPatients(request.targetId, request.sourceId, ctx.principal().userId, &ok);
    if (!ok)
        return Problem::internal();
    if (!held)
        return std::nullopt;
    const HttpResponse answer = Problem::make(409, QStringLiteral("conflict"), QStringLiteral("Conflict"),
                                              held->detail(), {}, held->members());
    if (!audit)
        return answer;
    return PatientAccessPolicy::refuse(ctx, QStringLiteral("patient.merge"), QStringLiteral("patient"),
                                       QString::number(request.targetId), QStringLiteral("claimed_by_other"), answer,
                                       QJsonObject{{QStringLiteral("source_id"), request.sourceId},
                                                   {QStringLiteral("pair_id"), held->pairId},
                                                   {QStringLiteral("claimed_by"), held->userId}});
}

// A missing merge, and one the caller may not see, answer alike (and are audited alike).
HttpResponse noSuchMerge(RequestContext &ctx, const QString &action, std::optional<qint64> id)
{
    return PatientAccessPolicy::refuse(ctx, action, QStringLiteral("merge"), id ? QString::number(*id) : QString(),
                                       QStringLiteral("not_found"), Problem::notFound(QStringLiteral("no such merge")));
}

HttpResponse mergePatient(RequestContext &ctx)
{
    const auto targetId = pathId(ctx);
    if (!targetId)
        return Problem::notFound(QStringLiteral("no such target patient"));
    auto parsed = parseJsonObject(ctx.request());
    if (auto *problem = std::get_if<HttpResponse>(&parsed))
        return *problem;
    QList<FieldError> errors;
    const auto request = MergeRequest::parse(std::get<QJsonObject>(parsed), *targetId, &errors);
    if (!request)
        return Problem::validation(errors);
    const QJsonObject ids{{QStringLiteral("target_id"), request->targetId},
                          {QStringLiteral("source_id"), request->sourceId}};
    if (request->preview) {
        // Reads both records (PHI), so it is audited; it writes nothing else.
        const auto outcome = serviceFor(ctx).preview(*request);
        if (outcome.status != MergeService::Outcome::Status::Ok)
            return problemFor(outcome);
        if (!ctx.audit(QStringLiteral("patient.merge_preview"), QStringLiteral("patient"), QString::number(*targetId),
                       ids))
            return Problem::internal();
        return HttpResponse::json(200, outcome.body);
    }
    // Refused before the write, which would roll the refusal's audit row back.
    if (const auto refused = claimedByOther(ctx, *request, true))
        return *refused;
    return IdempotentWrite::run(ctx, [&]() -> HttpResponse {
        if (const auto refused = claimedByOther(ctx, *request, false))
            return *refused;
        const auto outcome = serviceFor(ctx).apply(*request);
        if (outcome.status != MergeService::Outcome::Status::Ok)
            return problemFor(outcome);
        // Same transaction: the pair leaves the worklist with the merge, or neither happens.
        if (!detectorFor(ctx).afterMerge(request->targetId, request->sourceId))
            return Problem::internal();
        QJsonObject detail = ids;
        detail.insert(QStringLiteral("merge_id"), outcome.mergeId);
        detail.insert(QStringLiteral("moved_event_ids"), outcome.movedEventIds);
        detail.insert(QStringLiteral("hidden_event_ids"), outcome.hiddenEventIds);
        detail.insert(QStringLiteral("vetoes"), outcome.body.value(QStringLiteral("vetoes")));
        if (!ctx.audit(QStringLiteral("patient.merge"), QStringLiteral("patient"), QString::number(*targetId), detail))
            return Problem::internal();
        return HttpResponse::json(201, outcome.body)
            .setHeader("Location", "/api/v1/merges/" + QByteArray::number(outcome.mergeId));
    });
}

HttpResponse getMerge(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    bool ok = false;
    const auto record = id ? serviceFor(ctx).find(*id, &ok) : std::nullopt;
    if (!record)
        return id && !ok ? Problem::internal() : noSuchMerge(ctx, QStringLiteral("patient.merge_read"), id);
    if (!ctx.audit(QStringLiteral("patient.merge_read"), QStringLiteral("merge"), QString::number(*id),
                   QJsonObject{{QStringLiteral("target_id"), record->targetId},
                               {QStringLiteral("source_id"), record->sourceId}}))
        return Problem::internal();
    return HttpResponse::json(200, record->summaryJson());
}

HttpResponse listMerges(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    MergeService service = serviceFor(ctx);
    const auto seen = id ? service.finds(*id) : std::optional<bool>(false);
    if (!seen)
        return Problem::internal();
    if (!*seen)
        return PatientAccessPolicy::refuse(ctx, QStringLiteral("patient.merge_list"), QStringLiteral("patient"),
                                           id ? QString::number(*id) : QString(), QStringLiteral("not_found"),
                                           Problem::notFound(QStringLiteral("no such patient")));
    const QueryParams &query = ctx.request().query;
    QList<FieldError> errors;
    int limit = defaultListLimit;
    if (query.contains(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > maxListLimit)
            errors.append({QStringLiteral("limit"), QStringLiteral("must be 1 to %1").arg(maxListLimit)});
    }
    qint64 before = 0;
    if (query.contains(QStringLiteral("cursor"))) {
        bool ok = false;
        before = query.value(QStringLiteral("cursor")).toLongLong(&ok);
        if (!ok || before <= 0)
            errors.append({QStringLiteral("cursor"), QStringLiteral("is not a cursor this list gave out")});
    }
    if (!errors.isEmpty())
        return Problem::validation(errors);
    QList<MergeRecordStore::Record> records;
    if (!MergeRecordStore(ctx.db(), ctx.dialect()).listForPatient(*id, before, limit + 1, &records))
        return Problem::internal();
    QJsonObject body;
    if (records.size() > limit) {
        records.removeLast();
        body.insert(QStringLiteral("next_cursor"), QString::number(records.constLast().id));
    } else {
        body.insert(QStringLiteral("next_cursor"), QJsonValue());
    }
    QJsonArray items;
    QJsonArray mergeIds;
    for (const auto &r : std::as_const(records)) {
        // The other side may be a record the caller does not find: that merge is not listed.
        const auto other = service.finds(r.targetId == *id ? r.sourceId : r.targetId);
        if (!other)
            return Problem::internal();
        if (!*other)
            continue;
        items.append(r.summaryJson());
        mergeIds.append(r.id);
    }
    if (!ctx.audit(QStringLiteral("patient.merge_list"), QStringLiteral("patient"), QString::number(*id),
                   QJsonObject{{QStringLiteral("merge_ids"), mergeIds}}))
        return Problem::internal();
    body.insert(QStringLiteral("items"), items);
    body.insert(QStringLiteral("limit"), limit);
    return HttpResponse::json(200, body);
}

HttpResponse unmerge(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    bool ok = false;
    if (!id || !serviceFor(ctx).find(*id, &ok))
        return id && !ok ? Problem::internal() : noSuchMerge(ctx, QStringLiteral("patient.unmerge"), id);
    return IdempotentWrite::run(ctx, [&]() -> HttpResponse {
        const auto outcome = serviceFor(ctx).unmerge(*id);
        if (outcome.status != MergeService::Outcome::Status::Ok)
            return problemFor(outcome);
        // Both patients are back: their candidates are evaluated again.
        DuplicateDetector detector = detectorFor(ctx);
        if (!detector.refreshPatient(outcome.body.value(QStringLiteral("source_id")).toInteger())
            || !detector.refreshPatient(outcome.body.value(QStringLiteral("target_id")).toInteger()))
            return Problem::internal();
        const QJsonObject detail{{QStringLiteral("merge_id"), *id},
                                 {QStringLiteral("target_id"), outcome.body.value(QStringLiteral("target_id"))},
                                 {QStringLiteral("source_id"), outcome.body.value(QStringLiteral("source_id"))},
                                 {QStringLiteral("conflicts"), outcome.conflicts}};
        if (!ctx.audit(QStringLiteral("patient.unmerge"), QStringLiteral("merge"), QString::number(*id), detail))
            return Problem::internal();
        return HttpResponse::json(200, outcome.body);
    });
}

} // namespace

void registerMergeRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/patients/{id}/merge"), &mergePatient);
    router.add("GET", QStringLiteral("/api/v1/patients/{id}/merges"), &listMerges);
    router.add("GET", QStringLiteral("/api/v1/merges/{id}"), &getMerge);
    router.add("POST", QStringLiteral("/api/v1/merges/{id}/unmerge"), &unmerge);
}

} // namespace izdesk::server
