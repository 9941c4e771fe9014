#pragma once

namespace izdesk::server {

class Router;

// Registers the routes of sign-in through the identity provider: GET /api/v1/sessions/oidc
// (what the client needs to start), POST /api/v1/sessions/oidc/nonce and
// POST /api/v1/sessions/oidc (the ID token → an IZ Desk session). See
// docs/architecture/contracts.md.
void registerOidcRoutes(Router &router);

} // namespace izdesk::server
