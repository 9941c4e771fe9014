#include "verification/releasegate.h"

#include "http/problem.h"
#include "http/requestcontext.h"
#include "patients/patientaccesspolicy.h"
#include "serverconfig.h"
#include "storage/sqlutil.h"
#include "ticket.h"
#include "verification/releaselocks.h"

#include <QSqlQuery>

namespace izdesk::server {

namespace {

// A provider or school verification covers a patient its facility may see: anyone not
// sharing-locked, and a sharing-locked record only when that facility owns it.
bool facilityMaySee(QSqlDatabase db, const VerificationAttempt &a, const PatientFacts &facts, bool *ok)
{
    *ok = true;
    if (!facts.sharingLock)
        return true;
    if (!a.facilityId)
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT facility_code FROM facilities WHERE id = ?"));
    q.addBindValue(*a.facilityId);
    *ok = execQuery(q);
    return *ok && q.next() && !facts.owningFacilityCode.isEmpty()
           && q.value(0).toString().compare(facts.owningFacilityCode, Qt::CaseInsensitive) == 0;
}

// Whether one of the ticket's verifications is of a caller from the facility that owns a
// sharing-locked record; nullopt on a database error.
std::optional<bool> ownerVerified(QSqlDatabase db, const QList<VerificationAttempt> &attempts, const PatientFacts &facts)
{
    bool owner = false;
    for (const VerificationAttempt &a : attempts) {
        bool ok = true;
        owner = owner || (a.subjectKind == QLatin1String("iis_user") && facilityMaySee(db, a, facts, &ok));
        if (!ok)
            return std::nullopt;
    }
    return owner;
}

// The verifications that cover the patient: the first still valid, else the first expired,
// and whether a provider's verification was refused because the record is protected from its
// facility.
struct Coverage
{
    const VerificationAttempt *valid = nullptr;
    const VerificationAttempt *expired = nullptr;
    bool protectedFromProvider = false;
};

std::optional<Coverage> coverage(QSqlDatabase db, const QList<VerificationAttempt> &attempts, qint64 patientId,
                                 const PatientFacts &facts, const QDateTime &now)
{
    Coverage c;
    for (const VerificationAttempt &a : attempts) {
        bool covers = a.subjectKind == QLatin1String("patient") && a.patientId == patientId;
        if (a.subjectKind == QLatin1String("iis_user")) {
            bool ok = true;
            covers = facilityMaySee(db, a, facts, &ok);
            if (!ok)
                return std::nullopt;
            c.protectedFromProvider = c.protectedFromProvider || !covers;
        }
        if (!covers)
            continue;
        if (a.expiresAt.isValid() && a.expiresAt > now) {
            c.valid = &a;
            break;
        }
        if (!c.expired)
            c.expired = &a;
    }
    return c;
}

// Why the valid verification does not allow `method` now (protection flags set after the
// verification still apply); empty when it does.
QString methodRefusal(const VerificationPolicy &policy, const VerificationAttempt &valid, const PatientFacts &facts,
                      const QString &method)
{
    const bool lockedPatient = facts.sharingLock && valid.subjectKind == QLatin1String("patient");
    const QStringList allowedNow = policy.releaseMethods(valid.callerType, lockedPatient, facts.protection);
    QStringList cut;
    for (const QString &m : valid.releaseMethods)
        if (allowedNow.contains(m) || !policy.callerType(valid.callerType))
            cut.append(m);
    if (cut.contains(method))
        return {};
    const auto *type = policy.callerType(valid.callerType);
    const bool typeAllows = type && type->release.contains(method);
    if (typeAllows && lockedPatient && policy.protectedRule(QStringLiteral("sharing_lock")) == QLatin1String("refer"))
        return QStringLiteral("this record is protected: a supervisor must release it");
    if (typeAllows && facts.protection)
        return policy.protectedRule(QStringLiteral("protection")) == QLatin1String("mail_only")
                   ? QStringLiteral("release by %1 is not allowed for this protected record: mail only").arg(method)
                   : QStringLiteral("this record is protected: a supervisor must release it");
    return QStringLiteral("release by %1 is not allowed for caller type %2").arg(method, valid.callerType);
}

} // namespace

ReleaseGate::Decision ReleaseGate::check(RequestContext &ctx, qint64 ticketId, qint64 patientId, const QString &method)
{
    Decision d;
    QSqlDatabase db = ctx.db();
    QSqlQuery t(db);
    t.prepare(QStringLiteral("SELECT id FROM tickets WHERE id = ?"));
    t.addBindValue(ticketId);
    if (!execQuery(t))
        return d;
    if (!t.next()) {
        d.kind = Decision::Kind::NotFound;
        d.detail = QStringLiteral("no such ticket");
        return d;
    }
    const auto facts = PatientFacts::load(db, patientId);
    if (!facts)
        return d;
    d.facts = *facts;
    if (!facts->found) {
        d.kind = Decision::Kind::NotFound;
        d.detail = QStringLiteral("no such patient");
        return d;
    }
    QList<VerificationAttempt> attempts;
    if (!AttemptStore(db, ctx.dialect()).verifiedOnTicket(ticketId, &attempts))
        return d;
    // A sharing-locked record does not exist for staff who may not see one, unless this
    // ticket's caller is verified for the facility that owns it: no lock, expiry or protection
    // detail may tell them otherwise.
    if (facts->sharingLock && !PatientAccessPolicy::seesSharingLocked(ctx.principal())) {
        const auto owner = ownerVerified(db, attempts, *facts);
        if (!owner)
            return d;
        if (!*owner) {
            d.kind = Decision::Kind::NotFound;
            d.detail = QStringLiteral("no such patient");
            d.auditReason = QStringLiteral("sharing-locked record not covered by a verification on this ticket");
            return d;
        }
    }
    const QDateTime now = ctx.now();
    const auto lockedUntil = ReleaseLocks(db, ctx.dialect()).activeUntil(patientId, now);
    if (!lockedUntil)
        return d;
    d.kind = Decision::Kind::Denied;
    if (lockedUntil->isValid()) {
        d.detail = QStringLiteral("phone release is locked for this patient until %1").arg(toIsoUtc(*lockedUntil));
        return d;
    }
    const auto c = coverage(db, attempts, patientId, *facts, now);
    if (!c) {
        d.kind = Decision::Kind::Error;
        return d;
    }
    if (!c->valid) {
        if (c->expired)
            d.detail = QStringLiteral("the verification on ticket %1 expired at %2")
                           .arg(ticketId)
                           .arg(toIsoUtc(c->expired->expiresAt));
        else if (c->protectedFromProvider)
            d.detail = QStringLiteral("this record is protected: a supervisor must release it");
        else
            d.detail = QStringLiteral("no passed verification for this patient on ticket %1").arg(ticketId);
        return d;
    }
    d.detail = methodRefusal(ctx.config().verification(), *c->valid, *facts, method);
    if (!d.detail.isEmpty())
        return d;
    d.kind = Decision::Kind::Allowed;
    d.attempt = *c->valid;
    return d;
}

namespace {

// Ids and the rule only: the reason names no patient data.
bool auditDenial(RequestContext &ctx, qint64 ticketId, qint64 patientId, const QString &method, const QString &reason,
                 int status)
{
    const QJsonObject audit{{QStringLiteral("ticket_id"), ticketId},
                            {QStringLiteral("method"), method},
                            {QStringLiteral("reason"), reason},
                            {QStringLiteral("status"), status}};
    return ctx.audit(QStringLiteral("release.denied"), QStringLiteral("patient"), QString::number(patientId), audit);
}

} // namespace

HttpResponse ReleaseGate::deny(RequestContext &ctx, qint64 ticketId, qint64 patientId, const QString &method,
                               const QString &detail)
{
    if (!auditDenial(ctx, ticketId, patientId, method, detail, 403))
        return Problem::internal();
    return Problem::make(403, QStringLiteral("verification-required"), QStringLiteral("Caller verification required"),
                         detail);
}

std::optional<HttpResponse> ReleaseGate::refusal(RequestContext &ctx, const Decision &decision, qint64 ticketId,
                                                 qint64 patientId, const QString &method)
{
    switch (decision.kind) {
    case Decision::Kind::Allowed: return std::nullopt;
    case Decision::Kind::NotFound:
        if (!auditDenial(ctx, ticketId, patientId, method,
                         decision.auditReason.isEmpty() ? decision.detail : decision.auditReason, 404))
            return Problem::internal();
        return Problem::notFound(decision.detail);
    case Decision::Kind::Error: return Problem::internal();
    case Decision::Kind::Denied: return deny(ctx, ticketId, patientId, method, decision.detail);
    }
    return Problem::internal();
}

} // namespace izdesk::server
