#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

namespace izdesk {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request for HttpTransport. Value type, copied to the worker thread.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;       // extra headers (Authorization, If-Match, Idempotency-Key, ...)
    QByteArray body;           // sent as application/json unless a Content-Type header is given
    QString caFile;            // PEM bundle for TLS verification; empty = system store
    int connectTimeoutMs = -1; // -1: transport default
    int timeoutMs = -1;        // -1: transport default
    int maxAttempts = -1;      // -1: transport default (only idempotent requests are retried)

    QByteArray header(const QByteArray &name) const;
    // GET, DELETE, PUT, HEAD, and POST or PATCH only when it carries an Idempotency-Key.
    bool isIdempotent() const;
};

// What kind of failure a request ended with, for user-facing messages and retries.
// Insecure: refused before any connection (plain http:// to a host other than this computer).
enum class NetworkError { None, Connect, Timeout, Tls, Insecure, Other };

// The outcome of one request, delivered on the GUI thread by HttpTransport::finished.
struct HttpResponse
{
    quint64 id = 0;
    int httpStatus = 0;  // 0 when no HTTP answer arrived
    HttpHeaders headers; // names lower-cased
    QByteArray rawBody;
    QJsonDocument body; // parsed when the body is JSON
    NetworkError error = NetworkError::None;
    QString curlError; // curl's text, for logs and details; empty on success
    QUrl url;          // the request URL (for messages)
    int attempts = 0;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    bool isNetworkError() const { return error != NetworkError::None; }
};

// Whether a request may go to this URL: https:// anywhere, http:// only to the loopback
// interface (127.0.0.0/8, ::1, "localhost"), where nothing crosses a wire. Pure.
bool transportAllowed(const QUrl &url);

} // namespace izdesk

Q_DECLARE_METATYPE(izdesk::HttpResponse)
