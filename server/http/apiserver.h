#pragma once

#include "http/httptypes.h"
#include "http/router.h"

#include <QtHttpServer/qabstracthttpserver.h>

#include <QDateTime>
#include <QHostAddress>

#include <functional>
#include <memory>

class QThreadPool;

namespace izdesk::server {

class ChangeNotifier;
class Database;
class RateLimiter;
struct ServerConfig;

// The thin adapter between Qt HttpServer 6.4 (a technical preview, so kept behind this one
// class) and the route table. Lives on the thread that owns it (the server thread):
// parsing, 413/404/405 and writing responses happen there; authentication, the role check
// and the handler run on the thread pool, each with that thread's own database connection.
// A handler may answer later (HttpResponse::deferred, a long poll): the adapter then keeps the
// socket, completes the response on this thread, and cancels it when the client goes away.
// After every successful write (not GET/HEAD, status < 400) it wakes the change notifier.
// Connections come through a ConnectionListener (TLS when the configuration has it; request
// limits and time limits before Qt parses, http/connectionlistener.h).
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr qint64 maxBodyBytes = 1024 * 1024;

    ApiServer(const Router &router, Database &database, const ServerConfig &config,
              QThreadPool *pool, std::function<QDateTime()> clock, QObject *parent = nullptr);
    ~ApiServer() override;

    // Listens on address:port (0 = any free port), over TLS when config.tls is set; returns the
    // port, 0 on failure.
    quint16 start(const QHostAddress &address, quint16 port);
    // Stops accepting connections (existing ones finish); start() again resumes.
    void stopListening();
    quint16 port() const { return m_port; }
    // Set before start(); not owned.
    void setNotifier(ChangeNotifier *notifier) { m_notifier = notifier; }

    // Runs one request through routing, authentication, access check and handler,
    // synchronously. Blocks: call on a worker thread (tests may call it directly).
    HttpResponse dispatch(HttpRequest request) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // runRoute, answered as a storage problem when the store refused it; a read that met a
    // lost connection runs once more on a fresh one.
    HttpResponse dispatchRoute(const Router::Route &route, const HttpRequest &request) const;
    HttpResponse runRoute(const Router::Route &route, const HttpRequest &request) const;
    void respond(const QHttpServerRequest &request, QTcpSocket *socket, HttpResponse response,
                 const QByteArray &method, const QString &path, qint64 startedMs) const;
    // The answer to a request the connection's RequestGuard refused before Qt HttpServer read
    // it whole (no QHttpServerRequest exists): written raw, with "Connection: close".
    void answerAndClose(QTcpSocket *socket, HttpResponse response, const QString &pattern) const;
    // Over TLS here, or behind a TLS-terminating proxy (--behind-tls-proxy): answers carry HSTS.
    bool servesHttps(QTcpSocket *socket) const;
    void defer(const QHttpServerRequest *request, QTcpSocket *socket, std::shared_ptr<DeferredResponse> deferred,
               const QByteArray &method, const QString &path, qint64 startedMs);

    const Router &m_router;
    Database &m_database;
    const ServerConfig &m_config;
    QThreadPool *m_pool;
    std::function<QDateTime()> m_clock;
    QHostAddress m_address;
    quint16 m_port = 0;
    ChangeNotifier *m_notifier = nullptr;
    std::unique_ptr<RateLimiter> m_rateLimiter; // the windows of config.rateLimits(), for every handler
};

} // namespace izdesk::server
