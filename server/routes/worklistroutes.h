#pragma once

namespace izdesk::server {

class Router;

// Registers the account worklists (contracts-accounts.md "Worklists"): expiring agreements
// (JSON or the CSV mail-merge export), pending requests and recently inactivated accounts.
// Handlers are stateless and run on any worker thread.
void registerWorklistRoutes(Router &router);

} // namespace izdesk::server
