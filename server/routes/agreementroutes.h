#pragma once

namespace izdesk::server {

class Router;

// Registers the agreement routes (contracts-accounts.md "Agreements") and the worklists
// (expiring agreements with the CSV mail-merge export, pending requests, recently
// inactivated). Handlers are stateless and run on any worker thread.
void registerAgreementRoutes(Router &router);

} // namespace izdesk::server
