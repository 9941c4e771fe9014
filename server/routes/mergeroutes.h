#pragma once

namespace izdesk::server {

class Router;

// Patient merge and unmerge (docs/architecture/contracts-merge.md):
// POST /api/v1/patients/{id}/merge, GET /api/v1/patients/{id}/merges,
// GET /api/v1/merges/{id}, POST /api/v1/merges/{id}/unmerge.
void registerMergeRoutes(Router &router);

} // namespace izdesk::server
