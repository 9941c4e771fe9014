#include "http/apiserver.h"

#include "auth/sessionstore.h"
#include "feed/changenotifier.h"
#include "http/connectionlistener.h"
#include "http/deferredresponse.h"
#include "http/httptypes.h"
#include "http/problem.h"
#include "http/ratelimiter.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "http/tlsidentity.h"
#include "poolcall.h"
#include "serverconfig.h"
#include "storage/database.h"

#include "ticket.h"

#include <QtHttpServer/qhttpserverrequest.h>
#include <QtHttpServer/qhttpserverresponder.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSqlDatabase>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThreadPool>

#include <chrono>
#include <exception>
#include <typeinfo>
#include <utility>

namespace izdesk::server {

Q_LOGGING_CATEGORY(lcHttp, "izdesk.server.http")

namespace {

qint64 monotonicMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get: return QByteArrayLiteral("GET");
    case M::Put: return QByteArrayLiteral("PUT");
    case M::Delete: return QByteArrayLiteral("DELETE");
    case M::Post: return QByteArrayLiteral("POST");
    case M::Head: return QByteArrayLiteral("HEAD");
    case M::Options: return QByteArrayLiteral("OPTIONS");
    case M::Patch: return QByteArrayLiteral("PATCH");
    case M::Connect: return QByteArrayLiteral("CONNECT");
    case M::Trace: return QByteArrayLiteral("TRACE");
    default: return QByteArrayLiteral("UNKNOWN");
    }
}

qint64 bodyLimit(const Router::Match &match)
{
    return match.route && match.route->maxBodyBytes > 0 ? match.route->maxBodyBytes : ApiServer::maxBodyBytes;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 408: return QByteArrayLiteral("Request Timeout");
    case 413: return QByteArrayLiteral("Content Too Large");
    case 414: return QByteArrayLiteral("URI Too Long");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    default: return QByteArrayLiteral("Error");
    }
}

// Every answer's headers: the content type, the security headers (HSTS when served over
// TLS), the response's own and Content-Length. Completes a problem with its "instance" — the
// route's pattern ("/api/v1/patients/{id}"), never the request path: a path segment is
// whatever the caller typed (a name, a date of birth, an e-mail).
QList<QPair<QByteArray, QByteArray>> answerHeaders(HttpResponse &response, const QString &pattern, bool https)
{
    if (response.contentType.startsWith("application/problem+json") && !pattern.isEmpty()) {
        QJsonObject problem = QJsonDocument::fromJson(response.body).object();
        if (!problem.contains(QStringLiteral("instance"))) {
            problem.insert(QStringLiteral("instance"), pattern);
            response.body = QJsonDocument(problem).toJson(QJsonDocument::Compact);
        }
    }
    if (response.contentType.isEmpty() && !response.body.isEmpty())
        response.contentType = QByteArrayLiteral("application/json; charset=utf-8");

    QList<QPair<QByteArray, QByteArray>> headers;
    if (!response.contentType.isEmpty())
        headers.append({QByteArrayLiteral("Content-Type"), response.contentType});
    // The API serves data, never pages: nothing may be cached, framed, sniffed or referred.
    headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    headers.append({QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")});
    headers.append({QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY")});
    headers.append({QByteArrayLiteral("Content-Security-Policy"),
                    QByteArrayLiteral("default-src 'none'; frame-ancestors 'none'")});
    headers.append({QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer")});
    if (https)
        headers.append({QByteArrayLiteral("Strict-Transport-Security"), QByteArrayLiteral("max-age=31536000")});
    for (const auto &h : std::as_const(response.headers)) {
        if (h.first.compare("Cache-Control", Qt::CaseInsensitive) != 0
            && h.first.compare("Content-Length", Qt::CaseInsensitive) != 0)
            headers.append(h);
    }
    headers.append({QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size())});
    return headers;
}

QByteArray bearerToken(const HttpRequest &request)
{
    const QByteArray value = request.header("authorization").trimmed();
    if (value.size() < 8 || value.left(7).toLower() != "bearer ")
        return {};
    return value.mid(7).trimmed();
}

} // namespace

ApiServer::ApiServer(const Router &router, Database &database, const ServerConfig &config, QThreadPool *pool,
                     std::function<QDateTime()> clock, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_database(database)
    , m_config(config)
    , m_pool(pool)
    , m_clock(std::move(clock))
    , m_rateLimiter(std::make_unique<RateLimiter>())
{
}

ApiServer::~ApiServer() = default;

quint16 ApiServer::start(const QHostAddress &address, quint16 port)
{
    const QList<QTcpServer *> bound = servers();
    if (bound.isEmpty()) {
        auto policy = std::make_shared<RequestGuard::Policy>();
        policy->requestTimeout = std::chrono::seconds(m_config.requestTimeoutSeconds);
        policy->bodyLimit = [this](const QByteArray &method, const QByteArray &target) {
            // The path as Qt HttpServer will read it from the request target.
            const Router::Match match = m_router.match(method, QUrl::fromEncoded(target).path());
            return RequestGuard::BodyLimit{bodyLimit(match), match.route ? match.route->pattern : QString()};
        };
        policy->answer = [this](QTcpSocket *socket, HttpResponse response, const QString &pattern) {
            answerAndClose(socket, std::move(response), pattern);
        };
        std::optional<QSslConfiguration> tls;
        if (m_config.tls)
            tls = m_config.tls->serverConfiguration();
        auto *listener = new ConnectionListener(std::move(policy), std::move(tls), this);
        if (listener->listen(address, port)) {
            bind(listener);
            m_port = listener->serverPort();
        } else {
            qCWarning(lcHttp).noquote() << "cannot listen:" << listener->errorString();
            delete listener;
            m_port = 0;
        }
    } else {
        // Re-listen on the same QTcpServer: QAbstractHttpServer keeps its connections to it.
        QTcpServer *server = bound.constFirst();
        m_port = server->listen(address, port ? port : m_port) ? server->serverPort() : 0;
    }
    m_address = address;
    return m_port;
}

void ApiServer::stopListening()
{
    const QList<QTcpServer *> bound = servers();
    for (QTcpServer *server : bound)
        server->close();
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const qint64 started = monotonicMs();
    if (RequestGuard *guard = RequestGuard::of(socket))
        guard->requestReceived();
    // Without TCP_NODELAY the last segment of a response waits for the client's delayed ACK
    // (Nagle): about 40 ms on every keep-alive request.
    if (!socket->property("izdesk-nodelay").toBool()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        socket->setProperty("izdesk-nodelay", true);
    }
    HttpRequest req;
    req.method = methodName(request.method());
    req.path = request.url().path();
    const QByteArray body = request.body();

    const Router::Match match = m_router.match(req.method, req.path);
    const qint64 limit = bodyLimit(match);
    // A path no route takes is logged and answered without its text: it is the caller's.
    const QString pattern = match.route ? match.route->pattern : QString();
    if (body.size() > limit) {
        respond(request, socket, Problem::payloadTooLarge(limit), req.method, pattern, started);
        return true;
    }
    if (match.result == Router::Match::Result::NotFound) {
        respond(request, socket, Problem::notFound(QStringLiteral("No such resource")), req.method, pattern, started);
        return true;
    }
    if (match.result == Router::Match::Result::MethodNotAllowed) {
        respond(request, socket, Problem::methodNotAllowed(match.allowed), req.method, pattern, started);
        return true;
    }

    QString queryError;
    std::optional<QueryParams> query
        = QueryParams::parse(request.url().query(QUrl::FullyEncoded).toLatin1(), &queryError);
    if (!query) {
        respond(request, socket, Problem::badRequest(queryError), req.method, pattern, started);
        return true;
    }
    req.query = std::move(*query);
    req.body = body;
    req.peer = request.remoteAddress().toString();
    const auto headers = request.headers();
    for (const auto &h : headers)
        req.headers.insert(h.first.toLower(), h.second);
    req.pathParams = match.params;

    // Only the server thread may touch the socket; the worker just computes the response.
    const Router::Route *route = match.route;
    QPointer<QTcpSocket> guard(socket);
    const QHttpServerRequest *requestPtr = &request;
    runOnPool(
        m_pool, this, [this, route, req]() { return dispatchRoute(*route, req); },
        [this, guard, requestPtr, method = req.method, pattern = route->pattern, started](HttpResponse response) {
            // The request object lives as long as its socket.
            const bool isWrite = method != "GET" && method != "HEAD";
            if (isWrite && response.status < 400 && m_notifier)
                m_notifier->notifyChanged();
            if (!guard) {
                qCInfo(lcHttp).noquote() << method << pattern << "client went away";
                return;
            }
            if (response.deferred) {
                defer(requestPtr, guard.data(), std::move(response.deferred), method, pattern, started);
                return;
            }
            respond(*requestPtr, guard.data(), std::move(response), method, pattern, started);
        });
    return true;
}

void ApiServer::defer(const QHttpServerRequest *request, QTcpSocket *socket, std::shared_ptr<DeferredResponse> deferred,
                      const QByteArray &method, const QString &path, qint64 startedMs)
{
    // Shared between the completion and the disconnect handler: whichever comes first wins.
    struct State
    {
        bool finished = false;
        QMetaObject::Connection disconnected;
    };
    auto state = std::make_shared<State>();
    QPointer<QTcpSocket> guard(socket);
    state->disconnected = connect(socket, &QTcpSocket::disconnected, this, [state, deferred, method, path] {
        if (state->finished)
            return;
        state->finished = true;
        QObject::disconnect(state->disconnected);
        deferred->cancel();
        qCInfo(lcHttp).noquote() << method << path << "client went away while waiting";
    });
    deferred->start([this, state, guard, request, method, path, startedMs](HttpResponse response) {
        if (state->finished)
            return;
        state->finished = true;
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            respond(*request, guard.data(), std::move(response), method, path, startedMs);
        // The disconnect handler holds the last reference to the deferred response, which owns
        // this closure: it goes after this call has returned, not from inside it.
        QMetaObject::invokeMethod(
            this, [connection = state->disconnected] { QObject::disconnect(connection); }, Qt::QueuedConnection);
    });
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(request, socket, Problem::notFound(QStringLiteral("No such resource")), methodName(request.method()),
            QString(), monotonicMs());
}

HttpResponse ApiServer::dispatch(HttpRequest request) const
{
    const Router::Match match = m_router.match(request.method, request.path);
    if (match.result == Router::Match::Result::NotFound)
        return Problem::notFound(QStringLiteral("No such resource"));
    if (match.result == Router::Match::Result::MethodNotAllowed)
        return Problem::methodNotAllowed(match.allowed);
    request.pathParams = match.params;
    return dispatchRoute(*match.route, request);
}

HttpResponse ApiServer::dispatchRoute(const Router::Route &route, const HttpRequest &request) const
{
    const bool write = request.method != "GET" && request.method != "HEAD";
    m_database.takeFault(); // whatever earlier work on this thread met is not this request's
    HttpResponse response = runRoute(route, request);
    StorageFault fault = m_database.takeFault();
    if (fault == StorageFault::Unavailable && !write) {
        // Nothing a read does can have taken effect: once more, on a fresh connection
        // (connection() reopens a lost one), so a database restart between two requests
        // costs a desk nothing.
        response = runRoute(route, request);
        fault = m_database.takeFault();
    }
    if (fault == StorageFault::None && response.status >= 500)
        fault = m_database.diagnoseFailure();
    if (fault == StorageFault::None)
        return response;
    // A change that was answered as done has committed; what failed came after it.
    if (write && response.status < 400)
        return response;
    // Refused writes (full, read-only) surface as the handler's failure; any answer built on
    // a lost connection may rest on statements that never ran.
    if (fault != StorageFault::Unavailable && response.status < 500)
        return response;
    qCWarning(lcHttp).noquote() << request.method << route.pattern << "the database refused the request:"
                                << (fault == StorageFault::Full       ? "disk full"
                                    : fault == StorageFault::ReadOnly ? "read-only"
                                                                      : "unavailable");
    return Problem::storageFault(fault, write);
}

HttpResponse ApiServer::runRoute(const Router::Route &route, const HttpRequest &request) const
{
    m_database.connection(); // a lost connection is reopened here, before the first statement
    const Database::Pin pin;
    RequestContext context(m_database, request, m_config, m_clock);
    context.setNotifier(m_notifier);
    context.setRateLimiter(m_rateLimiter.get());
    try {
        if (!route.permission)
            return Problem::forbidden(QStringLiteral("No access rule covers this route"));
        if (AccessPolicy::needsStaffSession(*route.permission)) {
            QSqlDatabase db = context.db();
            if (!db.isOpen())
                return Problem::internal();
            const QByteArray token = bearerToken(request);
            if (token.isEmpty())
                return Problem::unauthenticated(QStringLiteral("Sign in and send the session token as a Bearer token"));
            const auto principal = SessionStore::authenticate(db, context.dialect(), token, context.now());
            if (!principal)
                return Problem::unauthenticated(QStringLiteral("The session token is invalid or has expired"));
            context.setPrincipal(*principal);
            if (principal->passwordChangeRequired && *route.permission != Permission::OwnAccount) {
                return Problem::make(403, QStringLiteral("password-change-required"),
                                     QStringLiteral("Password change required"),
                                     QStringLiteral("Choose a new password before doing anything else"));
            }
            if (!AccessPolicy::allows(*route.permission, &*principal)) {
                // A role reaching for what it may not do is audited like an object-level refusal
                // (the route's pattern, never the raw path: that can hold identifiers).
                const QString permission = Permissions::key(*route.permission);
                const QJsonObject detail{{QStringLiteral("method"), QString::fromLatin1(route.method)},
                                         {QStringLiteral("route"), route.pattern},
                                         {QStringLiteral("permission"), permission},
                                         {QStringLiteral("reason"), QStringLiteral("role")},
                                         {QStringLiteral("status"), 403}};
                if (!context.audit(QStringLiteral("access.denied"), QStringLiteral("route"), route.pattern, detail))
                    return Problem::internal();
                return Problem::make(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"),
                                     QStringLiteral("Your role may not do this"), {},
                                     QJsonObject{{QStringLiteral("permission"), permission}});
            }
        }
        return route.handler(context);
    } catch (const std::exception &e) {
        // Only the type: what() may quote request data.
        qCWarning(lcHttp).noquote() << "handler for" << route.method << route.pattern << "threw" << typeid(e).name();
    } catch (...) {
        qCWarning(lcHttp).noquote() << "handler for" << route.method << route.pattern << "threw an unknown exception";
    }
    // A handler that threw may have left a transaction open on this thread's connection.
    QSqlDatabase db = m_database.connection();
    if (db.isOpen())
        db.rollback();
    return Problem::internal();
}

void ApiServer::respond(const QHttpServerRequest &request, QTcpSocket *socket, HttpResponse response,
                        const QByteArray &method, const QString &path, qint64 startedMs) const
{
    QList<QPair<QByteArray, QByteArray>> headers = answerHeaders(response, path, servesHttps(socket));
    // RFC 9110: the server's clock; clients measure their own clock's offset from it.
    headers.append({QByteArrayLiteral("Date"), toHttpDate(m_clock ? m_clock() : QDateTime::currentDateTimeUtc())});
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &h : std::as_const(headers))
        responder.writeHeader(h.first, h.second);
    responder.writeBody(response.body);
    if (RequestGuard *guard = RequestGuard::of(socket))
        guard->responseSent();
    // Never the query string, body or headers: they may carry PHI or credentials.
    qCInfo(lcHttp).noquote() << method << (path.isEmpty() ? QStringLiteral("(no route)") : path) << response.status
                             << QStringLiteral("%1ms").arg(monotonicMs() - startedMs);
}

bool ApiServer::servesHttps(QTcpSocket *socket) const
{
    const auto *tls = qobject_cast<const QSslSocket *>(socket);
    return m_config.behindTlsProxy || (tls && tls->isEncrypted());
}

void ApiServer::answerAndClose(QTcpSocket *socket, HttpResponse response, const QString &pattern) const
{
    QList<QPair<QByteArray, QByteArray>> headers = answerHeaders(response, pattern, servesHttps(socket));
    headers.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &h : std::as_const(headers))
        bytes += h.first + ": " + h.second + "\r\n";
    bytes += "\r\n" + response.body;
    socket->write(bytes);
    qCInfo(lcHttp).noquote() << "(refused before routing)"
                             << (pattern.isEmpty() ? QStringLiteral("(no route)") : pattern) << response.status;
}

} // namespace izdesk::server
