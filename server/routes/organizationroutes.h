#pragma once

namespace izdesk::server {

class Router;

// Registers GET /api/v1/organizations (paged, each organization with its facilities).
// Called once at start-up; the handler is stateless and runs on any worker thread.
void registerOrganizationRoutes(Router &router);

} // namespace izdesk::server
