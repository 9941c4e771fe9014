#pragma once

namespace izdesk::server {

class Router;

// Registers the admin routes for SCIM client tokens: GET/POST /api/v1/scim-tokens and
// DELETE /api/v1/scim-tokens/{id} (the token is shown once, stored as its SHA-256).
// Handlers are stateless and run on any worker thread.
void registerScimTokenRoutes(Router &router);

} // namespace izdesk::server
