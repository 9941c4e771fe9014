#pragma once

namespace izdesk::server {

class Router;

// Registers the IIS user account routes (contracts-accounts.md "IIS users"): list, create,
// read, merge-patch with If-Match, one-time credential, bulk status change and the sweep.
// Handlers are stateless and run on any worker thread.
void registerIisUserRoutes(Router &router);

} // namespace izdesk::server
