#pragma once

namespace izdesk::server {

class Router;

// Supervisor routes: POST /tickets/bulk, GET /staff/board, PATCH /staff/{username},
// POST /assignments/preview and /assignments/apply.
void registerSupervisionRoutes(Router &router);

} // namespace izdesk::server
