#pragma once

namespace izdesk::server {

class Router;

// Registers the organization and facility routes (contracts-accounts.md "Organizations and
// facilities"): the paged listing, group registration (an organization with its sites in one
// transaction), reads, If-Match patches and new sites with desk-assigned facility codes.
// Called once at start-up; the handlers are stateless and run on any worker thread.
void registerOrganizationRoutes(Router &router);

} // namespace izdesk::server
