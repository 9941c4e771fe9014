#include "verification/verificationworkflow.h"

#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "idempotency/idempotentwrite.h"
#include "patients/patientaccesspolicy.h"
#include "permissions.h"
#include "serverconfig.h"
#include "storage/sqlutil.h"
#include "ticket.h"
#include "verification/alertstore.h"
#include "verification/factorchecker.h"
#include "verification/patientfacts.h"
#include "verification/releaselocks.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace izdesk::server {

namespace {

constexpr qint64 kDaySeconds = 24 * 60 * 60;

// Failures count for a day, and not from before a supervisor last lifted a lock.
std::optional<int> failuresToday(RequestContext &ctx, qint64 patientId)
{
    const auto lifted = ReleaseLocks(ctx.db(), ctx.dialect()).lastLifted(patientId);
    if (!lifted)
        return std::nullopt;
    QDateTime since = ctx.now().addSecs(-kDaySeconds);
    if (lifted->isValid() && *lifted > since)
        since = *lifted;
    return AttemptStore(ctx.db(), ctx.dialect()).failedSince(patientId, since);
}

bool ticketExists(RequestContext &ctx, qint64 ticketId, bool *ok)
{
    QSqlQuery q(ctx.db());
    q.prepare(QStringLiteral("SELECT id FROM tickets WHERE id = ?"));
    q.addBindValue(ticketId);
    *ok = execQuery(q);
    return *ok && q.next();
}

// An attempt records what one caller told one staff member: only they work it, or a
// supervisor who takes the call over.
bool mayWork(const Principal &p, const VerificationAttempt &a)
{
    return a.createdById == p.userId || Permissions::granted(p.role, Permission::DisclosureOversight);
}

QJsonObject ids(const VerificationAttempt &a)
{
    QJsonObject o{{QStringLiteral("attempt_id"), a.id},
                  {QStringLiteral("ticket_id"), a.ticketId},
                  {QStringLiteral("caller_type"), a.callerType}};
    if (a.patientId)
        o.insert(QStringLiteral("patient_id"), *a.patientId);
    return o;
}

} // namespace

std::optional<QJsonObject> VerificationWorkflow::attemptJson(RequestContext &ctx, const VerificationAttempt &a)
{
    const VerificationPolicy &policy = ctx.config().verification();
    QJsonArray factors;
    bool facilityMatched = false;
    bool userMatched = false;
    for (const auto &f : a.factors) {
        factors.append(QJsonObject{{QStringLiteral("factor"), f.factor},
                                   {QStringLiteral("result"), f.result},
                                   {QStringLiteral("checked_at"), toIsoUtc(f.checkedAt)}});
        facilityMatched
            = facilityMatched || (f.factor == QLatin1String("facility_code") && f.result == QLatin1String("match"));
        userMatched = userMatched || (f.factor == QLatin1String("iis_username") && f.result == QLatin1String("match"));
    }
    QStringList remaining;
    QString scope = a.scope;
    if (!a.isDecided()) {
        remaining = policy.evaluate(a.callerType, a.results()).remaining;
        if (const auto *t = policy.callerType(a.callerType))
            scope = t->scope;
    }
    int failed = 0;
    if (a.patientId) {
        const auto count = failuresToday(ctx, *a.patientId);
        if (!count)
            return std::nullopt;
        failed = *count;
    }
    QJsonValue phone;
    if (userMatched && facilityMatched && a.facilityId) {
        const auto number = FactorChecker(ctx.db(), ctx.dialect()).facilityPhone(*a.facilityId);
        if (!number)
            return std::nullopt;
        phone = *number;
    }
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("ticket_id"), a.ticketId},
        {QStringLiteral("caller_type"), a.callerType},
        {QStringLiteral("patient_id"), a.patientId ? QJsonValue(*a.patientId) : QJsonValue()},
        {QStringLiteral("outcome"), a.outcome},
        {QStringLiteral("reason"), a.reason.isEmpty() ? QJsonValue() : QJsonValue(a.reason)},
        {QStringLiteral("factors"), factors},
        {QStringLiteral("remaining_factors"), QJsonArray::fromStringList(remaining)},
        {QStringLiteral("release_methods"),
         QJsonArray::fromStringList(a.outcome == QLatin1String("verified") ? a.releaseMethods : QStringList())},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("expires_at"), a.expiresAt.isValid() ? QJsonValue(toIsoUtc(a.expiresAt)) : QJsonValue()},
        {QStringLiteral("attempts_failed_today"), failed},
        {QStringLiteral("facility_callback_phone"), phone},
        {QStringLiteral("created_at"), toIsoUtc(a.createdAt)},
        {QStringLiteral("created_by"), a.createdBy},
    };
}

HttpResponse VerificationWorkflow::locked(RequestContext &ctx, qint64 patientId, const QDateTime &until,
                                          const QString &action, const QJsonObject &detail)
{
    // The refusal is audited on its own (nothing else is written).
    QJsonObject audit = detail;
    audit.insert(QStringLiteral("denied"), QStringLiteral("verification-locked"));
    if (!ctx.audit(action, QStringLiteral("patient"), QString::number(patientId), audit))
        return Problem::internal();
    return Problem::make(403, QStringLiteral("verification-locked"), QStringLiteral("Phone release locked"),
                         QStringLiteral("phone release is locked for this patient until %1 (too many failed "
                                        "verification attempts); a supervisor can lift the lock")
                             .arg(toIsoUtc(until)));
}

std::optional<HttpResponse> VerificationWorkflow::notYours(RequestContext &ctx, const VerificationAttempt &a,
                                                           const QString &action)
{
    if (mayWork(ctx.principal(), a))
        return std::nullopt;
    return PatientAccessPolicy::refuse(
        ctx, action, QStringLiteral("verification"), QString::number(a.id), QStringLiteral("not_started_by_caller"),
        Problem::forbidden(QStringLiteral("verification %1 was started by %2: only they or a supervisor may work it")
                               .arg(a.id)
                               .arg(a.createdBy)),
        QJsonObject{{QStringLiteral("ticket_id"), a.ticketId}, {QStringLiteral("started_by_id"), a.createdById}});
}

HttpResponse VerificationWorkflow::start(RequestContext &ctx, qint64 ticketId)
{
    auto parsed = parseJsonObject(ctx.request());
    if (auto *problem = std::get_if<HttpResponse>(&parsed))
        return *problem;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    const VerificationPolicy &policy = ctx.config().verification();
    const QString callerType = body.value(QStringLiteral("caller_type")).toString();
    const VerificationPolicy::CallerType *type = policy.callerType(callerType);
    if (!type) {
        QStringList known;
        for (const auto &t : policy.callerTypes())
            known << t.id;
        return Problem::validation({{QStringLiteral("caller_type"),
                                     QStringLiteral("must be one of: %1").arg(known.join(QStringLiteral(", ")))}});
    }
    const QJsonValue patientValue = body.value(QStringLiteral("patient_id"));
    std::optional<qint64> patientId;
    if (type->subject == QLatin1String("patient")) {
        if (!patientValue.isDouble() || patientValue.toInteger(0) <= 0)
            return Problem::validation(
                {{QStringLiteral("patient_id"),
                  QStringLiteral("required for caller type %1: the id of the patient asked about").arg(callerType)}});
        patientId = patientValue.toInteger();
    } else if (!patientValue.isUndefined() && !patientValue.isNull()) {
        return Problem::validation(
            {{QStringLiteral("patient_id"),
              QStringLiteral("must be absent for caller type %1 (its subject is %2)").arg(callerType, type->subject)}});
    }
    bool ok = false;
    if (!ticketExists(ctx, ticketId, &ok))
        return ok ? Problem::notFound(QStringLiteral("no such ticket")) : Problem::internal();
    if (patientId) {
        const auto facts = PatientFacts::load(ctx.db(), *patientId);
        if (!facts)
            return Problem::internal();
        if (!facts->found)
            return Problem::notFound(QStringLiteral("no such patient"));
        const auto until = ReleaseLocks(ctx.db(), ctx.dialect()).activeUntil(*patientId, ctx.now());
        if (!until)
            return Problem::internal();
        if (until->isValid())
            return locked(
                ctx, *patientId, *until, QStringLiteral("verification.start"),
                QJsonObject{{QStringLiteral("ticket_id"), ticketId}, {QStringLiteral("caller_type"), callerType}});
    }
    return IdempotentWrite::run(ctx, [&]() -> HttpResponse {
        VerificationAttempt a;
        a.ticketId = ticketId;
        a.callerType = callerType;
        a.subjectKind = type->subject;
        a.patientId = patientId;
        a.scope = type->scope;
        a.createdById = ctx.principal().userId;
        a.createdBy = ctx.principal().username;
        a.createdAt = ctx.now();
        const auto id = AttemptStore(ctx.db(), ctx.dialect()).create(a);
        if (!id)
            return Problem::internal();
        a.id = *id;
        if (!ctx.audit(QStringLiteral("verification.start"), QStringLiteral("verification"), QString::number(a.id),
                       ids(a))
            || !decide(ctx, a))
            return Problem::internal();
        const auto json = attemptJson(ctx, a);
        if (!json)
            return Problem::internal();
        return HttpResponse::json(201, *json)
            .setHeader("Location",
                       QStringLiteral("/api/v1/tickets/%1/verifications/%2").arg(ticketId).arg(a.id).toUtf8());
    });
}

HttpResponse VerificationWorkflow::checkFactor(RequestContext &ctx, qint64 attemptId)
{
    auto parsed = parseJsonObject(ctx.request());
    if (auto *problem = std::get_if<HttpResponse>(&parsed))
        return *problem;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    const QString factorId = body.value(QStringLiteral("factor")).toString();
    const QJsonValue value = body.value(QStringLiteral("value"));
    const VerificationPolicy &policy = ctx.config().verification();
    bool ok = false;
    const auto before = AttemptStore(ctx.db(), ctx.dialect()).find(attemptId, &ok);
    if (!before)
        return ok ? Problem::notFound(QStringLiteral("no such verification")) : Problem::internal();
    if (const auto refused = notYours(ctx, *before, QStringLiteral("verification.factor")))
        return *refused;
    if (before->patientId) {
        const auto until = ReleaseLocks(ctx.db(), ctx.dialect()).activeUntil(*before->patientId, ctx.now());
        if (!until)
            return Problem::internal();
        if (until->isValid() && !before->isDecided())
            return locked(ctx, *before->patientId, *until, QStringLiteral("verification.factor"), ids(*before));
    }
    return IdempotentWrite::run(ctx, [&]() -> HttpResponse {
        AttemptStore store(ctx.db(), ctx.dialect());
        bool found = false;
        auto attempt = store.find(attemptId, &found);
        if (!attempt)
            return found ? Problem::notFound(QStringLiteral("no such verification")) : Problem::internal();
        const VerificationPolicy::CallerType *type = policy.callerType(attempt->callerType);
        if (attempt->isDecided())
            return Problem::conflict(QStringLiteral("this verification is already decided (%1)").arg(attempt->outcome));
        if (!type || !type->factors().contains(factorId))
            return Problem::validation(
                {{QStringLiteral("factor"),
                  QStringLiteral("is not part of caller type %1; use one of: %2")
                      .arg(attempt->callerType, type ? type->factors().join(QStringLiteral(", ")) : QString())}});
        if (attempt->results().contains(factorId))
            return Problem::conflict(
                QStringLiteral("factor %1 was already checked on this verification").arg(factorId));
        FactorChecker checker(ctx.db(), ctx.dialect());
        FactorChecker::Check check;
        if (!checker.check(*policy.factor(factorId), value, *attempt, *type, &check))
            return Problem::internal();
        if (!check.shapeError.isEmpty())
            return Problem::validation({{QStringLiteral("value"), check.shapeError}});
        if (!check.orderError.isEmpty())
            return Problem::conflict(check.orderError);
        const QString result = VerificationPolicy::resultName(*check.result);
        if (!store.addFactor(attemptId, factorId, result, ctx.now())
            || ((check.iisUserId || check.facilityId)
                && !store.setProvider(attemptId, check.iisUserId ? check.iisUserId : attempt->iisUserId,
                                      check.facilityId ? check.facilityId : attempt->facilityId))
            || (check.callerNameGiven && !store.setCallerNameGiven(attemptId)))
            return Problem::internal();
        QJsonObject detail = ids(*attempt);
        detail.insert(QStringLiteral("factor"), factorId);
        detail.insert(QStringLiteral("result"), result);
        if (!ctx.audit(QStringLiteral("verification.factor"), QStringLiteral("verification"),
                       QString::number(attemptId), detail))
            return Problem::internal();
        attempt = store.find(attemptId, &found);
        if (!attempt || !decide(ctx, *attempt))
            return Problem::internal();
        const auto json = attemptJson(ctx, *attempt);
        if (!json)
            return Problem::internal();
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("factor"), factorId},
                                                   {QStringLiteral("result"), result},
                                                   {QStringLiteral("attempt"), *json}});
    });
}

bool VerificationWorkflow::decide(RequestContext &ctx, VerificationAttempt &a)
{
    const VerificationPolicy &policy = ctx.config().verification();
    std::optional<int> age;
    PatientFacts facts;
    if (a.patientId) {
        const auto loaded = PatientFacts::load(ctx.db(), *a.patientId);
        if (!loaded)
            return false;
        facts = *loaded;
        if (facts.birthDate.isValid())
            age = VerificationPolicy::ageInYears(facts.birthDate, ctx.now().date());
    }
    const VerificationPolicy::Evaluation ev = policy.evaluate(a.callerType, a.results(), age);
    if (ev.outcome == VerificationPolicy::Outcome::InProgress)
        return true;
    a.outcome = VerificationPolicy::outcomeName(ev.outcome);
    a.reason = ev.reason;
    a.decidedAt = ctx.now();
    if (ev.outcome == VerificationPolicy::Outcome::Verified) {
        const bool isPatient = a.subjectKind == QLatin1String("patient");
        const auto refers
            = [&](const char *kind) { return policy.protectedRule(QLatin1String(kind)) == QLatin1String("refer"); };
        if (isPatient
            && ((facts.sharingLock && refers("sharing_lock")) || (facts.protection && refers("protection")))) {
            // The caller proved who they are, but this record needs a supervisor to release it.
            a.outcome = QStringLiteral("referred");
            a.reason = QStringLiteral("protected_record");
        } else {
            a.releaseMethods
                = policy.releaseMethods(a.callerType, isPatient && facts.sharingLock, isPatient && facts.protection);
            a.expiresAt = a.decidedAt.addSecs(qint64(policy.windowMinutes()) * 60);
        }
    }
    QJsonObject detail = ids(a);
    detail.insert(QStringLiteral("outcome"), a.outcome);
    detail.insert(QStringLiteral("reason"), a.reason);
    if (!AttemptStore(ctx.db(), ctx.dialect()).decide(a)
        || !ctx.audit(QStringLiteral("verification.decided"), QStringLiteral("verification"), QString::number(a.id),
                      detail))
        return false;
    if (a.outcome == QLatin1String("referred")
        && !AlertStore(ctx.db(), ctx.dialect())
                .raise(QStringLiteral("referral"), a.ticketId, a.patientId, a.id, QString(), ctx.now()))
        return false;
    if (a.outcome == QLatin1String("failed") && a.patientId)
        return lockIfTooManyFailures(ctx, a);
    return true;
}

bool VerificationWorkflow::lockIfTooManyFailures(RequestContext &ctx, const VerificationAttempt &a)
{
    const auto failed = failuresToday(ctx, *a.patientId);
    if (!failed)
        return false;
    if (*failed < ctx.config().verification().maxFailedAttemptsPerDay())
        return true;
    ReleaseLocks locks(ctx.db(), ctx.dialect());
    const auto until = locks.activeUntil(*a.patientId, ctx.now());
    if (!until)
        return false;
    if (until->isValid())
        return true;
    const QDateTime lockedUntil = ctx.now().addSecs(kDaySeconds);
    const QJsonObject detail{{QStringLiteral("attempt_id"), a.id},
                             {QStringLiteral("ticket_id"), a.ticketId},
                             {QStringLiteral("failed_attempts"), *failed},
                             {QStringLiteral("locked_until"), toIsoUtc(lockedUntil)}};
    return locks.lock(*a.patientId, ctx.now(), lockedUntil)
           && ctx.audit(QStringLiteral("release.lock"), QStringLiteral("patient"), QString::number(*a.patientId),
                        detail)
           && AlertStore(ctx.db(), ctx.dialect())
                  .raise(QStringLiteral("release_locked"), a.ticketId, a.patientId, a.id, QString(), ctx.now());
}

HttpResponse VerificationWorkflow::refer(RequestContext &ctx, qint64 attemptId)
{
    auto parsed = parseJsonObject(ctx.request());
    if (auto *problem = std::get_if<HttpResponse>(&parsed))
        return *problem;
    const QJsonValue noteValue = std::get<QJsonObject>(parsed).value(QStringLiteral("note"));
    if (!noteValue.isUndefined() && !noteValue.isString())
        return Problem::validation({{QStringLiteral("note"), QStringLiteral("must be text")}});
    const QString note = noteValue.toString().trimmed();
    if (note.size() > 2000)
        return Problem::validation({{QStringLiteral("note"), QStringLiteral("must be at most 2000 characters")}});
    bool ok = false;
    const auto before = AttemptStore(ctx.db(), ctx.dialect()).find(attemptId, &ok);
    if (!before)
        return ok ? Problem::notFound(QStringLiteral("no such verification")) : Problem::internal();
    // Refused outside the write, which would roll the refusal's audit row back.
    if (const auto refused = notYours(ctx, *before, QStringLiteral("verification.refer")))
        return *refused;
    return IdempotentWrite::run(ctx, [&]() -> HttpResponse {
        AttemptStore store(ctx.db(), ctx.dialect());
        bool found = false;
        auto a = store.find(attemptId, &found);
        if (!a)
            return found ? Problem::notFound(QStringLiteral("no such verification")) : Problem::internal();
        if (a->isDecided())
            return Problem::conflict(QStringLiteral("this verification is already decided (%1)").arg(a->outcome));
        a->outcome = QStringLiteral("referred");
        a->reason = QStringLiteral("supervisor_referral");
        a->decidedAt = ctx.now();
        // The note may name the caller: it goes to the alert for the supervisor, never to the audit.
        if (!store.decide(*a)
            || !ctx.audit(QStringLiteral("verification.refer"), QStringLiteral("verification"), QString::number(a->id),
                          ids(*a))
            || !AlertStore(ctx.db(), ctx.dialect())
                    .raise(QStringLiteral("referral"), a->ticketId, a->patientId, a->id, note, ctx.now()))
            return Problem::internal();
        const auto json = attemptJson(ctx, *a);
        return json ? HttpResponse::json(200, *json) : Problem::internal();
    });
}

HttpResponse VerificationWorkflow::list(RequestContext &ctx, qint64 ticketId)
{
    bool ok = false;
    if (!ticketExists(ctx, ticketId, &ok))
        return ok ? Problem::notFound(QStringLiteral("no such ticket")) : Problem::internal();
    QList<VerificationAttempt> attempts;
    if (!AttemptStore(ctx.db(), ctx.dialect()).listForTicket(ticketId, 200, &attempts))
        return Problem::internal();
    QJsonArray items;
    for (const auto &a : std::as_const(attempts)) {
        const auto json = attemptJson(ctx, a);
        if (!json)
            return Problem::internal();
        items.append(*json);
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

} // namespace izdesk::server
