#pragma once

namespace izdesk::server {

class Router;

// Registers SCIM 2.0 under /scim/v2 (Users, Groups = facilities, ServiceProviderConfig,
// ResourceTypes, Schemas) and the admin routes for SCIM client tokens under
// /api/v1/scim-tokens. Every /scim/v2 handler is wrapped by the SCIM bearer-token check
// (deny by default); staff session tokens do not work there. Stateless; any worker thread.
void registerScimRoutes(Router &router);

} // namespace izdesk::server
