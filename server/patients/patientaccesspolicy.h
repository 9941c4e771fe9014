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

    // THE caller-verification gate for releasing an immunization history. The verification
    // issue plugs its check in here (verified caller on the linked ticket, release rules);
    // until then every staff read gets the history.
    static bool mayReleaseHistory(RequestContext &ctx, qint64 patientId);
};

} // namespace izdesk::server
