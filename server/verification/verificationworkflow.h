#pragma once

#include "http/httptypes.h"
#include "verification/attemptstore.h"

#include <QJsonObject>

#include <optional>

namespace izdesk::server {

class RequestContext;

// The verification workflow behind the REST routes: start an attempt, check one factor at a
// time, refer to a supervisor. After each check the policy decides the outcome; a failure
// that reaches the daily limit locks phone release for the patient and alerts supervisors.
// An attempt is worked (factors, referral) only by the staff member who started it or by a
// supervisor (disclosure_oversight). Every step and every refusal is audited with ids and
// codes only. Stateless; the request's worker thread.
class VerificationWorkflow
{
public:
    static HttpResponse start(RequestContext &ctx, qint64 ticketId);
    static HttpResponse checkFactor(RequestContext &ctx, qint64 attemptId);
    static HttpResponse refer(RequestContext &ctx, qint64 attemptId);
    static HttpResponse list(RequestContext &ctx, qint64 ticketId);

    // Attempt JSON (contracts-verification.md); nullopt on a database error.
    static std::optional<QJsonObject> attemptJson(RequestContext &ctx, const VerificationAttempt &attempt);

private:
    // The audited 403 when the caller may not work this attempt; nullopt when they may.
    static std::optional<HttpResponse> notYours(RequestContext &ctx, const VerificationAttempt &attempt,
                                                const QString &action);
    static HttpResponse locked(RequestContext &ctx, qint64 patientId, const QDateTime &until, const QString &action,
                               const QJsonObject &detail);
    // Applies the policy after a change; decides, locks and alerts as needed. false on error.
    static bool decide(RequestContext &ctx, VerificationAttempt &attempt);
    static bool lockIfTooManyFailures(RequestContext &ctx, const VerificationAttempt &attempt);
};

} // namespace izdesk::server
