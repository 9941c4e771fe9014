#include "routes/routeregistry.h"

#include "routes/metaroutes.h"
#include "routes/oidcroutes.h"
#include "routes/sessionroutes.h"
#include "routes/staffroutes.h"

// ---- S2 route modules ----------------------------------------------------------------------
#include "routes/organizationroutes.h"
#include "routes/ticketroutes.h"
// ---- end S2 --------------------------------------------------------------------------------

// ---- issue 3: queue (change feed, SLA, supervisors, timeline, attachments) ----
#include "routes/attachmentroutes.h"
#include "routes/cannedresponseroutes.h"
#include "routes/changeroutes.h"
#include "routes/linkroutes.h"
#include "routes/presenceroutes.h"
#include "routes/supervisionroutes.h"
#include "routes/timelineroutes.h"
// ---- end issue 3 ----

// ---- issue 5: patients and code sets ----
#include "routes/codesetroutes.h"
#include "routes/patientroutes.h"
// ---- end issue 5 ----

// ---- merge-server (issue 6) ----
#include "routes/mergeroutes.h"
// ---- end merge-server ----

// ---- dup-detect (issue 6) ----
#include "routes/duplicateroutes.h"
// ---- end dup-detect ----

// ---- verify-server ----
#include "routes/verificationroutes.h"
// ---- end verify-server ----

// ---- accounts-server (issue 7) ----
#include "routes/agreementroutes.h"
#include "routes/iisuserroutes.h"
#include "routes/scimroutes.h"
#include "routes/worklistroutes.h"
// ---- end accounts-server ----

namespace izdesk::server {

void registerAllRoutes(Router &router)
{
    registerMetaRoutes(router);
    registerSessionRoutes(router);
    registerOidcRoutes(router);
    registerStaffRoutes(router);
    // ---- S2 route modules ----
    registerTicketRoutes(router);
    registerOrganizationRoutes(router);
    // ---- end S2 ----
    // ---- issue 3 ----
    registerChangeRoutes(router);
    registerPresenceRoutes(router);
    registerSupervisionRoutes(router);
    registerTimelineRoutes(router);
    registerCannedResponseRoutes(router);
    registerAttachmentRoutes(router);
    registerLinkRoutes(router);
    // ---- end issue 3 ----
    // ---- issue 5 ----
    registerPatientRoutes(router);
    registerCodesetRoutes(router);
    // ---- merge-server (issue 6) ----
    registerMergeRoutes(router);
    // ---- end merge-server ----
    // ---- end issue 5 ----
    // ---- accounts-server ----
    registerIisUserRoutes(router);
    registerAgreementRoutes(router);
    registerWorklistRoutes(router);
    registerScimRoutes(router);
    // ---- end accounts-server ----
    // ---- verify-server ----
    registerVerificationRoutes(router);
    // ---- end verify-server ----
    // ---- dup-detect (issue 6) ----
    registerDuplicateRoutes(router);
    // ---- end dup-detect ----
}

} // namespace izdesk::server
