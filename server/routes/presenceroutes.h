#pragma once

namespace izdesk::server {

class Router;

// PUT and DELETE /api/v1/tickets/{id}/presence: the viewing/editing heartbeat.
void registerPresenceRoutes(Router &router);

} // namespace izdesk::server
