#pragma once

namespace izdesk::server {

class Router;

// GET /api/v1/patients (search) and GET /api/v1/patients/{id} (record).
void registerPatientRoutes(Router &router);

} // namespace izdesk::server
