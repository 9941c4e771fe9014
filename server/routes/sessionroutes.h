#pragma once

#include "auth/sessionstore.h"
#include "http/httptypes.h"

namespace izdesk::server {

class Router;

// Registers the /api/v1 session routes (see docs/architecture/contracts.md).
void registerSessionRoutes(Router &router);

// The 201 answer of every sign-in (password or identity provider): the session's token and
// timeouts, whether a password change is due, and who signed in.
HttpResponse sessionOpened(const SessionStore::Created &session, const Principal &user);

} // namespace izdesk::server
