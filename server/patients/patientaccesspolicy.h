#pragma once

#include "http/httptypes.h"

#include <QJsonObject>
#include <QString>

namespace izdesk::server {

class RequestContext;

// Who may see which patient records (docs/architecture/domain.md, "Consent and protection"). Full opt-out:
// locked from everyone, never returned. Sharing lock: returned only to staff who release
// protected records and oversee disclosures (supervisors, admins: they handle the owning
// provider's requests), badged; to everyone else such a record does not exist. Every refusal
// of a patient object is audited. Stateless; any thread.
class PatientAccessPolicy
{
public:
    static bool seesSharingLocked(const Principal &principal);
    // Whether a record is there at all for a caller: the one rule behind search, reads,
    // ticket links, merges and the release gate.
    static bool finds(bool seesSharingLocked, bool fullOptOut, bool sharingLock);

    // Whether the staff record route may carry the immunization history: never. A history
    // reaches a caller only through the ticket routes behind ReleaseGate
    // (GET /tickets/{tid}/patients/{pid}/history and POST …/releases), which check the
    // caller's verification and record the disclosure.
    static bool mayReleaseHistory(RequestContext &ctx, qint64 patientId);

    // Answers a refusal after auditing it as `access.denied` on ctx.db() (entity, the refused
    // action, the reason code and `extra`: ids and codes only, never PHI). Call it outside a
    // write transaction that the refusal rolls back, or the audit row goes with it.
    static HttpResponse refuse(RequestContext &ctx, const QString &action, const QString &entityType,
                               const QString &entityId, const QString &reason, const HttpResponse &answer,
                               const QJsonObject &extra = {});
};

} // namespace izdesk::server
