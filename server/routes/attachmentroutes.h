#pragma once

namespace izdesk::server {

class Router;

// POST/GET /api/v1/tickets/{id}/attachments and GET /api/v1/attachments/{id} (the bytes).
void registerAttachmentRoutes(Router &router);

} // namespace izdesk::server
