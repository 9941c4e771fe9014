#pragma once

namespace izdesk::server {

class Router;

// GET /api/v1/changes (change feed + long poll) and GET /api/v1/sla-policy.
void registerChangeRoutes(Router &router);

} // namespace izdesk::server
