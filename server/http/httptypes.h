#pragma once

#include "http/queryparams.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace izdesk::server {

class DeferredResponse;

// The authenticated staff member behind a request. Value type; safe to copy between threads.
struct Principal
{
    qint64 userId = 0;
    QString username;
    QString displayName;
    QString role;
    qint64 sessionId = 0;
    // Set after an administrator's password reset: until the user chooses a new password the
    // session reaches only the own_account routes.
    bool passwordChangeRequired = false;
};

// One HTTP request as the route handlers see it, independent of the HTTP library.
// Value type, built on the server thread and then read on a worker thread.
struct HttpRequest
{
    QByteArray method;                     // "GET", "POST", …
    QString path;                          // decoded path, e.g. /api/v1/tickets/5
    QueryParams query;                     // decoded (http/queryparams.h)
    QByteArray body;
    QString peer;                          // remote address
    QHash<QByteArray, QByteArray> headers; // names lower-case
    QHash<QString, QString> pathParams;    // pattern "{id}" → "5"

    QByteArray header(const QByteArray &lowerName) const;
};

// One HTTP response produced by a handler. Value type; the adapter writes it on the
// server thread.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Set by a long-poll handler: the real response comes later (http/deferredresponse.h).
    std::shared_ptr<DeferredResponse> deferred;

    static HttpResponse json(int status, const QJsonObject &body);
    static HttpResponse noContent();
    HttpResponse &setHeader(const QByteArray &name, const QByteArray &value);
    // First header with this name (case-insensitive), empty when absent.
    QByteArray header(const QByteArray &name) const;
};

} // namespace izdesk::server
