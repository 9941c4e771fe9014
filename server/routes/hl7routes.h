#pragma once

#include "http/httptypes.h"

#include <QString>

#include <memory>
#include <variant>

namespace izdesk::server {

namespace hl7 {
class SubmissionCheck;
}

class RequestContext;
class Router;

// POST /api/v1/hl7/check: checks the HL7 v2 file in the body (nothing is stored).
void registerHl7Routes(Router &router);

// What an HL7 upload may be (the check and the onboarding submissions): at most this many bytes,
// Content-Type application/hl7-v2, text/plain or application/octet-stream, not empty, and an
// optional IZ-Filename header (percent-encoded, a file name without folders).
constexpr qint64 kHl7MaxBodyBytes = 8 * 1024 * 1024;
// The refusal (415, 400, 422), or the name the report gives the input: the IZ-Filename, else
// "body".
std::variant<QString, HttpResponse> hl7InputName(const HttpRequest &request);
// Checks `body` under the server's check policy and code tables, judged at ctx.now(); null when
// the server has not loaded them (ServerApp::listen()).
std::unique_ptr<hl7::SubmissionCheck> runHl7Check(RequestContext &ctx, const QByteArray &body);

} // namespace izdesk::server
