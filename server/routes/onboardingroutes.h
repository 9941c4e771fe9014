#pragma once

namespace izdesk::server {

class Router;

// The onboarding queue, projects, stages, gates and letters (contracts-onboarding.md).
void registerOnboardingRoutes(Router &router);

} // namespace izdesk::server
