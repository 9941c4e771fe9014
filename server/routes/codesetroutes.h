#pragma once

namespace izdesk::server {

class Router;

// GET /api/v1/codesets/cvx and /api/v1/codesets/mvx: the code sets the desk works with.
void registerCodesetRoutes(Router &router);

} // namespace izdesk::server
