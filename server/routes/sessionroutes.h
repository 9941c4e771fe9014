#pragma once

namespace izdesk::server {

class Router;

// Registers the /api/v1 session routes (see docs/architecture/contracts.md).
void registerSessionRoutes(Router &router);

} // namespace izdesk::server
