#pragma once

#include "http/httptypes.h"
#include "http/requestframing.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QTcpSocket;

namespace izdesk::server {

// Holds one connection to the request limits, ahead of Qt HttpServer's own reading: it sees
// every byte first (its readyRead slot is connected before Qt's) and frames the requests with
// RequestFraming. A head over RequestFraming's limits is answered 414 or 431, a Content-Length
// over the route's body limit 413 before the body is read, and a request not received in
// time 408: the answer goes out with "Connection: close", the rest of the input is read and
// dropped (Qt's parser never sees it) for a few seconds so the client can read the answer,
// then the connection closes. Time: a request's line and head must arrive within
// requestTimeout of its first byte, and its body keeps the clock going only at
// minBodyBytesPerSecond or faster; a connection idle that long between requests (or before
// the first, TLS handshake included) is closed. While a request is being answered no clock
// runs (a long poll waits as long as it likes). Lives on the server thread, a child of its
// socket.
class RequestGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 minBodyBytesPerSecond = 16 * 1024;
    static constexpr int lingerMs = 5000;
    // Chunk framing a chunked body may add on top of the route's limit before it is refused.
    static constexpr qint64 chunkFramingAllowance = 64 * 1024;

    struct BodyLimit
    {
        qint64 bytes = 0;
        QString pattern; // the route's pattern, empty when no route takes the request
    };
    struct Policy
    {
        std::chrono::milliseconds requestTimeout{30000};
        // The body limit for a request line (method, target as sent).
        std::function<BodyLimit(const QByteArray &method, const QByteArray &target)> bodyLimit;
        // Writes a final answer on the socket; the guard closes the connection after it.
        std::function<void(QTcpSocket *socket, HttpResponse response, const QString &pattern)> answer;
    };

    RequestGuard(QTcpSocket *socket, std::shared_ptr<const Policy> policy);
    // The guard of a connection the listener accepted, null for any other socket.
    static RequestGuard *of(QTcpSocket *socket);

    // Qt HttpServer has read a whole request and hands it on: its clock stops.
    void requestReceived();
    // A response went out: with nothing else to answer, the idle clock starts.
    void responseSent();

private:
    void onReadyRead();
    void onTimer();
    void armIn(qint64 ms);
    void refuse(HttpResponse response, const char *reason);
    void discardInput();
    void shutdownWriteWhenFlushed();

    QTcpSocket *m_socket;
    std::shared_ptr<const Policy> m_policy;
    RequestFraming m_framing;
    std::optional<BodyLimit> m_bodyLimit; // looked up once the head is complete
    int m_inFlight = 0;                   // requests handed on and not yet answered
    bool m_refused = false;
    QElapsedTimer m_clock;
    qint64 m_deadlineMs = 0; // on m_clock
    QTimer m_timer;
};

// Accepts the API's connections on one address, plain TCP or TLS (TLS 1.2 or later, set by
// the configuration given). Gives every connection its RequestGuard before Qt HttpServer
// sees it, and hands a TLS connection on only once its handshake succeeded; a failed
// handshake is logged and the connection dropped. Sockets are children of the listener.
class ConnectionListener : public QTcpServer
{
    Q_OBJECT

public:
    ConnectionListener(std::shared_ptr<const RequestGuard::Policy> policy, std::optional<QSslConfiguration> tls,
                       QObject *parent = nullptr);
    bool isTls() const { return m_tls.has_value(); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::shared_ptr<const RequestGuard::Policy> m_policy;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace izdesk::server
