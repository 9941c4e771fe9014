#pragma once

#include "http/httptypes.h"
#include "verification/attemptstore.h"
#include "verification/patientfacts.h"

#include <QString>

namespace izdesk::server {

class RequestContext;

// THE check before any immunization history or record leaves the server for a caller: a
// verified attempt on this ticket, not expired, for this patient (or a provider whose
// facility may see it), whose release methods include the one asked for, and no release
// lock on the patient. A sharing-locked record answers like a missing one to staff who may
// not see it, unless the ticket's verified provider is its owning facility. Every refusal
// (404 and 403) is audited as release.denied. Stateless; runs on the request's worker thread.
class ReleaseGate
{
public:
    struct Decision
    {
        enum class Kind { Allowed, Denied, NotFound, Error };
        Kind kind = Kind::Error;
        QString detail;              // why it was denied (no PHI)
        QString auditReason;         // what the audit records when it differs from the answer
        VerificationAttempt attempt; // the verification that allows it
        PatientFacts facts;
    };

    static Decision check(RequestContext &ctx, qint64 ticketId, qint64 patientId, const QString &method);
    // The 403 verification-required answer; audits release.denied on ctx.db().
    static HttpResponse deny(RequestContext &ctx, qint64 ticketId, qint64 patientId, const QString &method,
                             const QString &detail);
    // Answers NotFound / Error / Denied decisions (auditing NotFound and Denied); nullopt when
    // allowed.
    static std::optional<HttpResponse> refusal(RequestContext &ctx, const Decision &decision, qint64 ticketId,
                                               qint64 patientId, const QString &method);
};

} // namespace izdesk::server
