#pragma once

#include "http/httptypes.h"

#include <QJsonObject>

#include <functional>
#include <variant>

namespace izdesk::server {

// Parses the request body as a JSON object: 415 unless Content-Type is application/json
// (or a +json type), 400 malformed-json naming the parse error offset otherwise.
// Pure function; any thread.
std::variant<QJsonObject, HttpResponse> parseJsonObject(const HttpRequest &request);
// `handler` on that object, or the answer to a body it cannot take.
HttpResponse withJsonObject(const HttpRequest &request, const std::function<HttpResponse(const QJsonObject &)> &handler);

// A search sent in the body (POST …/search): the same parameters as its GET query string,
// as one JSON object (QueryParams::fromJson); 400 naming the member that is not a string,
// number or array of them.
std::variant<QueryParams, HttpResponse> parseJsonParams(const HttpRequest &request);
// `handler` on those parameters, or the answer to a body it cannot take.
HttpResponse withJsonParams(const HttpRequest &request, const std::function<HttpResponse(const QueryParams &)> &handler);

} // namespace izdesk::server
