#pragma once

#include "http/httptypes.h"
#include "storage/storagefault.h"

#include "ticket.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace izdesk::server {

// RFC 9457 application/problem+json builders. The type is
// "https://izdesk.invalid/problems/" + slug (stable slugs: docs/architecture/contracts.md).
// The adapter adds "instance" (the route's path pattern, never the request path). Pure functions; any thread.
namespace Problem {

HttpResponse make(int status, const QString &slug, const QString &title, const QString &detail,
                  const QList<FieldError> &errors = {}, const QJsonObject &extra = {});
HttpResponse badRequest(const QString &detail);           // 400 bad-request
HttpResponse malformedJson(const QString &detail);        // 400 malformed-json
HttpResponse unauthenticated(const QString &detail);      // 401 unauthenticated + WWW-Authenticate
HttpResponse forbidden(const QString &detail);            // 403 forbidden
HttpResponse notFound(const QString &detail);             // 404 not-found
HttpResponse methodNotAllowed(const QByteArrayList &allowed); // 405 + Allow
HttpResponse conflict(const QString &detail);             // 409 conflict
HttpResponse preconditionFailed(const QString &detail, const QJsonObject &extra = {}); // 412
HttpResponse payloadTooLarge(qint64 limit);               // 413 payload-too-large
HttpResponse requestTimeout(int seconds);                 // 408 request-timeout
HttpResponse uriTooLong(qint64 limit);                    // 414 uri-too-long
HttpResponse headerFieldsTooLarge(const QString &detail); // 431 header-fields-too-large
HttpResponse unsupportedMediaType(const QString &detail); // 415 unsupported-media-type
HttpResponse preconditionRequired(const QString &detail); // 428
HttpResponse validation(const QList<FieldError> &errors); // 422 validation
HttpResponse unprocessable(const QString &slug, const QString &detail); // 422 other slug
HttpResponse internal();                                  // 500, no details
// The store refused the request (StorageFault, not None): 503 database-unavailable with
// Retry-After, 507 storage-full, 503 database-read-only. `write`: the request asked for a change.
HttpResponse storageFault(StorageFault fault, bool write);

QString typeUri(const QString &slug);

} // namespace Problem
} // namespace izdesk::server
