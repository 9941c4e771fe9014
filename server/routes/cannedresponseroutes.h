#pragma once

namespace izdesk::server {

class Router;

// /api/v1/canned-responses: list (any staff); create, PATCH (If-Match), DELETE (supervisor, admin).
void registerCannedResponseRoutes(Router &router);

} // namespace izdesk::server
