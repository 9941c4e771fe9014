#pragma once

#include "http/httptypes.h"
#include "http/routeparams.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace izdesk::server {

class RequestContext;

// The ticket write handlers, both with Idempotency-Key replay: POST /api/v1/tickets and
// PATCH /api/v1/tickets/{id} (If-Match, merge patch, optimistic version check, assignment
// rule). Each write and its audit row (and stored idempotent response) commit in one
// transaction. Stateless; the handlers run on any worker thread with that thread's connection.
class TicketCommands
{
public:
    static HttpResponse create(RequestContext &ctx);
    static HttpResponse update(RequestContext &ctx);

    // `handler` on the {id} path parameter (pathId, http/routeparams.h) and the request's JSON object body: 404 "no such ticket" for an id
    // that is not one, then the answer to a body that is not a JSON object.
    static HttpResponse withTicketBody(RequestContext &ctx,
                                       const std::function<HttpResponse(qint64, const QJsonObject &)> &handler);
};

} // namespace izdesk::server
