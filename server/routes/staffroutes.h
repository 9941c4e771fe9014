#pragma once

namespace izdesk::server {

class Router;

// Registers the /api/v1 staff routes (see docs/architecture/contracts.md).
void registerStaffRoutes(Router &router);

} // namespace izdesk::server
