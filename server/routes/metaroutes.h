#pragma once

namespace izdesk::server {

class Router;

// Registers the /api/v1 meta routes (see docs/architecture/contracts.md).
void registerMetaRoutes(Router &router);

} // namespace izdesk::server
