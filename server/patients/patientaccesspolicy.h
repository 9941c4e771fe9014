#pragma once

#include "http/httptypes.h"

namespace izdesk::server {

class RequestContext;

// Who may see which patient records (DOMAIN.md "Consent and protection"). Full opt-out:
// locked from everyone, never returned. Sharing lock: returned only to supervisors and
// admins (who handle the owning provider's requests), badged. Stateless; any thread.
class PatientAccessPolicy
{
public:
    static bool seesSharingLocked(const Principal &principal);

    // Whether the staff record route may carry the immunization history: never. A history
    // reaches a caller only through the ticket routes behind ReleaseGate (issue 4:
    // GET /tickets/{tid}/patients/{pid}/history and POST …/releases), which check the
    // caller's verification and record the disclosure.
    static bool mayReleaseHistory(RequestContext &ctx, qint64 patientId);
};

} // namespace izdesk::server
