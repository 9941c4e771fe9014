#pragma once

namespace izdesk::server {

class Router;

// Code set releases: GET /api/v1/codeset-releases, GET …/{id}, POST …/{id}/approve,
// …/{id}/publish and …/{id}/discard. A release is staged by `izdesk-server codesets stage DIR`.
void registerCodesetReleaseRoutes(Router &router);

} // namespace izdesk::server
