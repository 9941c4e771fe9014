#pragma once

#include "http/httptypes.h"

#include <functional>

namespace izdesk::server {

// A response that is not ready when the handler returns (a long poll). The handler returns an
// HttpResponse whose `deferred` member holds one; the adapter then calls start() on the
// server thread, and the implementation calls `complete` exactly once, later, on the server
// thread. If the client goes away first the adapter calls cancel() instead, after which
// `complete` must not be called. Holds no database thread while it waits.
class DeferredResponse
{
public:
    using Complete = std::function<void(HttpResponse)>;

    virtual ~DeferredResponse() = default;
    virtual void start(Complete complete) = 0;
    virtual void cancel() = 0;
};

} // namespace izdesk::server
