#pragma once

#include "http/httptypes.h"

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

    // The {id} path parameter as a positive integer, nullopt when it is not one.
    static std::optional<qint64> ticketId(const RequestContext &ctx);
    // `handler` on that id and the request's JSON object body: 404 "no such ticket" for an id
    // that is not one, then the answer to a body that is not a JSON object.
    static HttpResponse withTicketBody(RequestContext &ctx,
                                       const std::function<HttpResponse(qint64, const QJsonObject &)> &handler);
    // RFC 9110 If-Match: "*" or a list of strong entity tags, one of which must equal etag.
    static bool ifMatchAccepts(const QByteArray &ifMatch, const QByteArray &etag);
};

} // namespace izdesk::server
