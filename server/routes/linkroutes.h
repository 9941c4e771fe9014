#pragma once

namespace izdesk::server {

class Router;

// POST /api/v1/tickets/{id}/links, DELETE /api/v1/tickets/{id}/links/{kind}/{target} and
// POST /api/v1/tickets/{id}/merge.
void registerLinkRoutes(Router &router);

} // namespace izdesk::server
