#include "routes/routeregistry.h"

// One module per resource; each registers its routes with their access rules.
#include "routes/agreementroutes.h"
#include "routes/attachmentroutes.h"
#include "routes/cannedresponseroutes.h"
#include "routes/changeroutes.h"
#include "routes/codesetreleaseroutes.h"
#include "routes/codesetroutes.h"
#include "routes/duplicateroutes.h"
#include "routes/hl7routes.h"
#include "routes/iisuserroutes.h"
#include "routes/linkroutes.h"
#include "routes/mergeroutes.h"
#include "routes/metaroutes.h"
#include "routes/oidcroutes.h"
#include "routes/onboardingroutes.h"
#include "routes/organizationroutes.h"
#include "routes/patientroutes.h"
#include "routes/presenceroutes.h"
#include "routes/scimroutes.h"
#include "routes/sessionroutes.h"
#include "routes/staffroutes.h"
#include "routes/submissionroutes.h"
#include "routes/supervisionroutes.h"
#include "routes/ticketroutes.h"
#include "routes/timelineroutes.h"
#include "routes/verificationroutes.h"
#include "routes/worklistroutes.h"

namespace izdesk::server {

void registerAllRoutes(Router &router)
{
    registerMetaRoutes(router);
    registerSessionRoutes(router);
    registerOidcRoutes(router);
    registerStaffRoutes(router);
    registerTicketRoutes(router);
    registerOrganizationRoutes(router);
    registerChangeRoutes(router);
    registerPresenceRoutes(router);
    registerSupervisionRoutes(router);
    registerTimelineRoutes(router);
    registerCannedResponseRoutes(router);
    registerAttachmentRoutes(router);
    registerLinkRoutes(router);
    registerPatientRoutes(router);
    registerCodesetRoutes(router);
    registerMergeRoutes(router);
    registerIisUserRoutes(router);
    registerAgreementRoutes(router);
    registerWorklistRoutes(router);
    registerScimRoutes(router);
    registerVerificationRoutes(router);
    registerDuplicateRoutes(router);
    registerHl7Routes(router);
    registerSubmissionRoutes(router);
    registerCodesetReleaseRoutes(router);
    registerOnboardingRoutes(router);
}

} // namespace izdesk::server
