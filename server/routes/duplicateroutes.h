#pragma once

namespace izdesk::server {

class Router;

// The duplicate review worklist (docs/architecture/contracts-duplicates.md):
// GET /api/v1/duplicates, GET /api/v1/duplicates/{id},
// POST /api/v1/duplicates/{id}/claim, POST /api/v1/duplicates/{id}/not-duplicate.
// Specialists and supervisors only; every read and change is audited with ids only.
void registerDuplicateRoutes(Router &router);

} // namespace izdesk::server
