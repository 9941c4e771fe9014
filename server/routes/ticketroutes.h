#pragma once

namespace izdesk::server {

class Router;

// Registers the ticket API (contracts.md): GET/POST /api/v1/tickets, GET/PATCH
// /api/v1/tickets/{id}. Called once at start-up; the handlers are stateless and run on any
// worker thread with that thread's connection.
void registerTicketRoutes(Router &router);

} // namespace izdesk::server
