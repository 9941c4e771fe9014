#include "routes/routeregistry.h"

#include "routes/metaroutes.h"
#include "routes/sessionroutes.h"
#include "routes/staffroutes.h"

// ---- S2 route modules ----------------------------------------------------------------------
#include "routes/organizationroutes.h"
#include "routes/ticketroutes.h"
// ---- end S2 --------------------------------------------------------------------------------

namespace izdesk::server {

void registerAllRoutes(Router &router)
{
    registerMetaRoutes(router);
    registerSessionRoutes(router);
    registerStaffRoutes(router);
    // ---- S2 route modules ----
    registerTicketRoutes(router);
    registerOrganizationRoutes(router);
    // ---- end S2 ----
}

} // namespace izdesk::server
