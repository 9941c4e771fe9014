#pragma once

namespace izdesk::server {

class Router;

// Caller identity verification and release (docs/architecture/contracts-verification.md).
void registerVerificationRoutes(Router &router);

} // namespace izdesk::server
