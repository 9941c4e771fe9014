#pragma once

#include "http/httptypes.h"
#include "idempotency/idempotencystore.h"

#include <functional>

namespace izdesk::server {

class RequestContext;

// Runs the writes of a POST or PATCH in one write transaction and honours Idempotency-Key:
// the same key with the same request from the same user replays the stored status, body,
// ETag and Location (header Idempotent-Replayed: true) before anything else is checked (so a
// PATCH replayed after its answer was lost does not meet its own If-Match as stale); with a
// different request it is a 422 idempotency-key-reused. `write` runs inside the transaction
// on ctx.db(); an answer of 400 or more rolls back and is not stored. Stateless; any worker
// thread.
class IdempotentWrite
{
public:
    static HttpResponse run(RequestContext &ctx, const std::function<HttpResponse()> &write);
    // Answers a repeated request from what the first one stored: 422 when the key was used
    // for a different request, 409 while the first is still in progress.
    static HttpResponse replay(const IdempotencyStore::Entry &entry, const QByteArray &requestHash);
};

} // namespace izdesk::server
