#include "patients/patientaccesspolicy.h"

#include "http/requestcontext.h"

namespace izdesk::server {

bool PatientAccessPolicy::seesSharingLocked(const Principal &principal)
{
    return principal.role == QLatin1String("supervisor") || principal.role == QLatin1String("admin");
}

bool PatientAccessPolicy::mayReleaseHistory(RequestContext &ctx, qint64 patientId)
{
    Q_UNUSED(ctx);
    Q_UNUSED(patientId);
    return false;
}

} // namespace izdesk::server
