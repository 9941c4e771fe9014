#pragma once

#include "http/httptypes.h"

namespace izdesk::server {

class RequestContext;

// The only routes that hand a patient's immunization history to a caller: read it after
// verification, or produce the record for mail / fax / print; plus the supervisors'
// accounting of disclosures. Each passes ReleaseGate first and records a disclosure.
// Stateless; the request's worker thread.
namespace ReleaseHandlers {

HttpResponse history(RequestContext &ctx);     // GET /tickets/{tid}/patients/{pid}/history
HttpResponse release(RequestContext &ctx);     // POST /tickets/{tid}/patients/{pid}/releases
HttpResponse disclosures(RequestContext &ctx); // GET /patients/{pid}/disclosures

} // namespace ReleaseHandlers
} // namespace izdesk::server
