#pragma once

namespace izdesk::server {

class Router;

// GET and POST /api/v1/tickets/{id}/entries (notes, replies, call log entries).
void registerTimelineRoutes(Router &router);

} // namespace izdesk::server
