#pragma once

namespace izdesk::server {

class Router;

// Registers every route module's routes; the single list of what the API serves.
void registerAllRoutes(Router &router);

} // namespace izdesk::server
