#pragma once

#include "http/httptypes.h"

namespace izdesk::server {

class RequestContext;

// POST /api/v1/assignments/preview (plan who gets which unassigned ticket, nothing written)
// and POST /api/v1/assignments/apply (exactly that plan, one transaction; 412 and nothing
// applied when any ticket's version moved). Stateless; any worker thread.
class AssignmentCommands
{
public:
    static HttpResponse preview(RequestContext &ctx);
    static HttpResponse apply(RequestContext &ctx);
};

} // namespace izdesk::server
