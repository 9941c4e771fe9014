#pragma once

#include "http/httptypes.h"

#include <QJsonObject>

#include <variant>

namespace izdesk::server {

// Parses the request body as a JSON object: 415 unless Content-Type is application/json
// (or a +json type), 400 malformed-json naming the parse error offset otherwise.
// Pure function; any thread.
std::variant<QJsonObject, HttpResponse> parseJsonObject(const HttpRequest &request);

} // namespace izdesk::server
