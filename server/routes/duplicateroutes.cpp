#include "routes/duplicateroutes.h"

#include "accounts/accountroutesupport.h"
#include "duplicates/duplicateclusters.h"
#include "duplicates/duplicatestore.h"
#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "idempotency/idempotentwrite.h"
#include "patients/patientaccesspolicy.h"
#include "tickets/keysetcursor.h"

#include <QJsonArray>

namespace izdesk::server {

using accounts::pathId;
using matching::MatchScorer;

namespace {

constexpr int maxReasonLength = 1000;
constexpr int maxAge = 150;

DuplicateStore storeFor(RequestContext &ctx)
{
    return DuplicateStore(ctx.db(), ctx.dialect(), ctx.now());
}

// Reads ?min_age / ?max_age (whole years today) into a DOB range.
void ageFilter(const QueryParams &query, const QDate &today, DuplicateStore::Filter *f, QList<FieldError> *errors)
{
    const auto years = [&](const char *name) -> std::optional<int> {
        const QString raw = query.value(QLatin1String(name));
        if (raw.isEmpty())
            return std::nullopt;
        bool ok = false;
        const int v = raw.toInt(&ok);
        if (!ok || v < 0 || v > maxAge) {
            errors->append(
                {QLatin1String(name), QStringLiteral("must be a whole number of years from 0 to %1").arg(maxAge)});
            return std::nullopt;
        }
        return v;
    };
    if (const auto min = years("min_age"))
        f->bornOnOrBefore = today.addYears(-*min);
    if (const auto max = years("max_age"))
        f->bornOnOrAfter = today.addYears(-(*max + 1)).addDays(1);
}

HttpResponse listDuplicates(RequestContext &ctx)
{
    const QueryParams &query = ctx.request().query;
    QString error;
    const auto page = KeysetCursor::parsePage(query, 2, &error);
    if (!page)
        return Problem::badRequest(error);
    DuplicateStore::Filter f;
    f.limit = page->limit;
    f.after = page->after;
    f.includeSharingLocked = PatientAccessPolicy::seesSharingLocked(ctx.principal());
    QList<FieldError> errors;
    f.grade = query.value(QStringLiteral("grade"));
    static const QStringList grades{QStringLiteral("certain"), QStringLiteral("probable"), QStringLiteral("possible")};
    if (!f.grade.isEmpty() && !grades.contains(f.grade))
        errors.append({QStringLiteral("grade"), QStringLiteral("must be one of: certain, probable, possible")});
    static const QStringList statuses{QStringLiteral("open"), QStringLiteral("not_duplicate"), QStringLiteral("merged"),
                                      QStringLiteral("dropped")};
    if (query.contains(QStringLiteral("status")))
        f.status = query.value(QStringLiteral("status"));
    if (!statuses.contains(f.status))
        errors.append(
            {QStringLiteral("status"), QStringLiteral("must be one of: open, not_duplicate, merged, dropped")});
    f.facility = query.value(QStringLiteral("facility")).trimmed();
    if (f.facility.size() > 64)
        errors.append({QStringLiteral("facility"), QStringLiteral("must be at most 64 characters")});
    ageFilter(query, accounts::today(ctx), &f, &errors);
    if (f.bornOnOrAfter && f.bornOnOrBefore && *f.bornOnOrAfter > *f.bornOnOrBefore)
        errors.append({QStringLiteral("max_age"), QStringLiteral("must not be less than min_age")});
    if (!errors.isEmpty())
        return Problem::validation(errors);

    f.limit = page->limit + 1;
    auto pairs = storeFor(ctx).list(f);
    if (!pairs)
        return Problem::internal();
    QJsonObject body;
    if (pairs->size() > page->limit) {
        pairs->removeLast();
        const auto &last = pairs->constLast();
        body.insert(QStringLiteral("next_cursor"), KeysetCursor::encode({-qint64(last.scoreCenti), last.id}));
    } else {
        body.insert(QStringLiteral("next_cursor"), QJsonValue());
    }
    QJsonArray items;
    QJsonArray pairIds;
    for (const auto &p : std::as_const(*pairs)) {
        items.append(p.toJson(false));
        pairIds.append(p.id);
    }
    // The list names patients (their source ids): a read of patient data.
    if (!ctx.audit(QStringLiteral("duplicates.list"), QStringLiteral("duplicate_candidate"), QString(),
                   QJsonObject{{QStringLiteral("pair_ids"), pairIds}}))
        return Problem::internal();
    body.insert(QStringLiteral("items"), items);
    body.insert(QStringLiteral("limit"), page->limit);
    return HttpResponse::json(200, body);
}

// Clusters of three or more, every member scored against every other (contracts-duplicates.md).
HttpResponse listClusters(RequestContext &ctx)
{
    const QueryParams &query = ctx.request().query;
    QString error;
    const auto page = KeysetCursor::parsePage(query, 1, &error);
    if (!page)
        return Problem::badRequest(error);
    DuplicateClusters::Filter f;
    QList<FieldError> errors;
    if (!query.contains(QStringLiteral("limit")))
        f.limit = 20;
    else if (page->limit > 100)
        errors.append({QStringLiteral("limit"), QStringLiteral("must be from 1 to 100")});
    else
        f.limit = page->limit;
    if (page->after)
        f.after = page->after->constFirst();
    const QString minGrade = query.value(QStringLiteral("min_grade"));
    if (minGrade == QLatin1String("certain"))
        f.minGrade = MatchScorer::Grade::Certain;
    else if (minGrade == QLatin1String("probable"))
        f.minGrade = MatchScorer::Grade::Probable;
    else if (!minGrade.isEmpty() && minGrade != QLatin1String("possible"))
        errors.append({QStringLiteral("min_grade"), QStringLiteral("must be one of: certain, probable, possible")});
    f.facility = query.value(QStringLiteral("facility")).trimmed();
    if (f.facility.size() > 64)
        errors.append({QStringLiteral("facility"), QStringLiteral("must be at most 64 characters")});
    if (!errors.isEmpty())
        return Problem::validation(errors);
    f.includeSharingLocked = PatientAccessPolicy::seesSharingLocked(ctx.principal());
    const auto found = DuplicateClusters(ctx.db(), ctx.dialect()).list(f);
    if (!found)
        return Problem::internal();
    QJsonArray patientIds;
    for (qint64 id : found->patientIds)
        patientIds.append(id);
    // Members are named by source id: a read of patient data.
    if (!ctx.audit(QStringLiteral("duplicates.clusters"), QStringLiteral("duplicate_candidate"), QString(),
                   QJsonObject{{QStringLiteral("patient_ids"), patientIds}}))
        return Problem::internal();
    QJsonArray items;
    for (const QJsonObject &c : std::as_const(found->clusters))
        items.append(c);
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("items"), items},
                         {QStringLiteral("limit"), f.limit},
                         {QStringLiteral("next_cursor"), found->nextKey ? QJsonValue(KeysetCursor::encode({*found->nextKey}))
                                                                        : QJsonValue()}});
}

HttpResponse getDuplicate(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    bool ok = true;
    const auto pair
        = id ? storeFor(ctx).find(*id, PatientAccessPolicy::seesSharingLocked(ctx.principal()), &ok) : std::nullopt;
    if (!pair)
        return ok ? Problem::notFound(QStringLiteral("no such duplicate candidate")) : Problem::internal();
    if (!ctx.audit(QStringLiteral("duplicates.read"), QStringLiteral("duplicate_candidate"), QString::number(pair->id),
                   QJsonObject{{QStringLiteral("low_id"), pair->lowId}, {QStringLiteral("high_id"), pair->highId}}))
        return Problem::internal();
    return HttpResponse::json(200, pair->toJson(true));
}

HttpResponse claimed(const DuplicateStore::Claim &claim)
{
    return Problem::make(409, QStringLiteral("conflict"), QStringLiteral("Conflict"), claim.detail(), {},
                         claim.members());
}

// Claim and decision share this shape: change, audit, answer with the pair. A pair another
// reviewer holds is refused (and the refusal audited) before the write.
HttpResponse change(RequestContext &ctx, const QString &action,
                    const std::function<DuplicateStore::Change(DuplicateStore &, qint64)> &apply)
{
    const auto id = pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such duplicate candidate"));
    const qint64 userId = ctx.principal().userId;
    bool ok = false;
    DuplicateStore reader = storeFor(ctx);
    const auto visible = reader.find(*id, PatientAccessPolicy::seesSharingLocked(ctx.principal()), &ok);
    if (!ok)
        return Problem::internal();
    if (!visible)
        return Problem::notFound(QStringLiteral("no such duplicate candidate"));
    const auto held = reader.claimAgainst(*id, userId, &ok);
    if (!ok)
        return Problem::internal();
    if (held)
        return PatientAccessPolicy::refuse(ctx, action, QStringLiteral("duplicate_candidate"), QString::number(*id),
                                           QStringLiteral("claimed_by_other"), claimed(*held),
                                           QJsonObject{{QStringLiteral("claimed_by"), held->userId}});
    return IdempotentWrite::run(ctx, [&]() -> HttpResponse {
        DuplicateStore store = storeFor(ctx);
        switch (apply(store, *id)) {
        case DuplicateStore::Change::NotFound: return Problem::notFound(QStringLiteral("no such duplicate candidate"));
        case DuplicateStore::Change::Conflict:
            return Problem::conflict(
                QStringLiteral("the pair is no longer open: only open pairs are claimed or decided"));
        case DuplicateStore::Change::ClaimedByOther: {
            // Claimed a moment ago, between the check above and this write.
            const auto current = store.claimAgainst(*id, userId, &ok);
            return current ? claimed(*current)
                           : Problem::conflict(QStringLiteral("another reviewer has claimed the pair"));
        }
        case DuplicateStore::Change::Failed: return Problem::internal();
        case DuplicateStore::Change::Ok: break;
        }
        const auto pair = store.find(*id, true, &ok);
        if (!pair
            || !ctx.audit(action, QStringLiteral("duplicate_candidate"), QString::number(*id),
                          QJsonObject{{QStringLiteral("low_id"), pair->lowId},
                                      {QStringLiteral("high_id"), pair->highId},
                                      {QStringLiteral("status"), pair->status}}))
            return Problem::internal();
        return HttpResponse::json(200, pair->toJson(true));
    });
}

HttpResponse claimDuplicate(RequestContext &ctx)
{
    const qint64 userId = ctx.principal().userId;
    return change(ctx, QStringLiteral("duplicates.claim"),
                  [userId](DuplicateStore &store, qint64 id) { return store.claim(id, userId); });
}

HttpResponse markNotDuplicate(RequestContext &ctx)
{
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) -> HttpResponse {
        const QString reason = body.value(QStringLiteral("reason")).toString().trimmed();
        if (reason.isEmpty() || reason.size() > maxReasonLength)
            return Problem::validation(
                {{QStringLiteral("reason"), QStringLiteral("is required (1 to %1 characters)").arg(maxReasonLength)}});
        const qint64 userId = ctx.principal().userId;
        // The reason may name the patients: it is stored on the pair, never in the audit detail.
        return change(
            ctx, QStringLiteral("duplicates.not_duplicate"),
            [userId, &reason](DuplicateStore &store, qint64 id) { return store.markNotDuplicate(id, userId, reason); });
    });
}

} // namespace

void registerDuplicateRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/duplicates"), &listDuplicates);
    // Before /duplicates/{id}: the first matching route wins.
    router.add("GET", QStringLiteral("/api/v1/duplicates/clusters"), &listClusters);
    router.add("GET", QStringLiteral("/api/v1/duplicates/{id}"), &getDuplicate);
    router.add("POST", QStringLiteral("/api/v1/duplicates/{id}/claim"), &claimDuplicate);
    router.add("POST", QStringLiteral("/api/v1/duplicates/{id}/not-duplicate"), &markNotDuplicate);
}

} // namespace izdesk::server
