#pragma once

namespace izdesk::server {

class Router;

// The onboarding test submissions: POST/GET /api/v1/onboarding/projects/{id}/submissions,
// GET /api/v1/onboarding/submissions/{id} (with its report) and …/{id}/content (the bytes).
void registerSubmissionRoutes(Router &router);

} // namespace izdesk::server
