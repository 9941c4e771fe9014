#include "http/connectionlistener.h"

#include "http/problem.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <QTcpSocket>

#include <limits>

#include <sys/socket.h>
#include <unistd.h>

namespace izdesk::server {

Q_LOGGING_CATEGORY(lcConnections, "izdesk.server.connections")

RequestGuard::RequestGuard(QTcpSocket *socket, std::shared_ptr<const Policy> policy)
    : QObject(socket)
    , m_socket(socket)
    , m_policy(std::move(policy))
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RequestGuard::onTimer);
    connect(socket, &QIODevice::readyRead, this, &RequestGuard::onReadyRead);
    armIn(m_policy->requestTimeout.count());
}

RequestGuard *RequestGuard::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<RequestGuard *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void RequestGuard::armIn(qint64 ms)
{
    m_deadlineMs = m_clock.elapsed() + ms;
    m_timer.start(int(qBound(qint64(0), ms, qint64(std::numeric_limits<int>::max()))));
}

void RequestGuard::requestReceived()
{
    m_framing.next();
    m_bodyLimit.reset();
    ++m_inFlight;
    m_timer.stop();
}

void RequestGuard::responseSent()
{
    if (m_inFlight > 0)
        --m_inFlight;
    if (m_inFlight == 0 && !m_refused && m_framing.phase() == RequestFraming::Phase::Idle)
        armIn(m_policy->requestTimeout.count());
}

// Runs before Qt HttpServer's own slot, which then reads everything available (or, once a
// request is complete, that request; it signals readyRead again for the rest). So what is
// available here is exactly what neither has seen yet.
void RequestGuard::onReadyRead()
{
    using Phase = RequestFraming::Phase;
    if (m_refused) {
        discardInput();
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    qint64 fed = 0;
    while (fed < available && m_framing.phase() != Phase::Complete
           && m_framing.violation() == RequestFraming::Violation::None) {
        const Phase before = m_framing.phase();
        const qint64 bodyBefore = m_framing.bodyBytes();
        if (before == Phase::Body) {
            fed += m_framing.feedBody(available - fed);
        } else {
            // Only the head is looked at (at most one byte past its limit); it comes first.
            const qint64 look = qMin(available - fed, RequestFraming::maxHeadBytes + 1);
            const QByteArray bytes = m_socket->peek(fed + look).mid(fed);
            fed += m_framing.feed(bytes);
            if (before == Phase::Idle && m_framing.phase() != Phase::Idle)
                armIn(m_policy->requestTimeout.count()); // this request's clock starts at its first byte
        }
        // Body bytes buy time at the minimum rate: a steady upload is never cut off.
        m_deadlineMs += (m_framing.bodyBytes() - bodyBefore) * 1000 / minBodyBytesPerSecond;
    }
    switch (m_framing.violation()) {
    case RequestFraming::Violation::None: break;
    case RequestFraming::Violation::RequestLineTooLong:
        refuse(Problem::uriTooLong(RequestFraming::maxHeadBytes), "request line too long");
        return;
    case RequestFraming::Violation::HeadTooLarge:
        refuse(Problem::headerFieldsTooLarge(QStringLiteral("The request line and header fields exceed %1 bytes")
                                                 .arg(RequestFraming::maxHeadBytes)),
               "header fields too large");
        return;
    case RequestFraming::Violation::TooManyHeaderFields:
        refuse(Problem::headerFieldsTooLarge(QStringLiteral("The request has more than %1 header fields")
                                                 .arg(RequestFraming::maxHeaderFields)),
               "too many header fields");
        return;
    }
    if (!m_framing.headComplete())
        return;
    if (!m_bodyLimit)
        m_bodyLimit = m_policy->bodyLimit(m_framing.method(), m_framing.target());
    const bool tooLarge = m_framing.contentLength() > m_bodyLimit->bytes
        || (m_framing.chunked() && m_framing.bodyBytes() > m_bodyLimit->bytes + chunkFramingAllowance);
    if (tooLarge)
        refuse(Problem::payloadTooLarge(m_bodyLimit->bytes), "body too large");
}

void RequestGuard::onTimer()
{
    const qint64 left = m_deadlineMs - m_clock.elapsed();
    if (left > 0) {
        m_timer.start(int(qMin<qint64>(left, std::numeric_limits<int>::max())));
        return;
    }
    if (m_refused) {
        // The client had its time to read the answer.
        m_socket->abort();
        return;
    }
    if (m_framing.phase() == RequestFraming::Phase::Idle) {
        qCDebug(lcConnections) << "idle connection closed";
        m_socket->disconnectFromHost();
        return;
    }
    refuse(Problem::requestTimeout(int(m_policy->requestTimeout.count() / 1000)), "request not received in time");
}

void RequestGuard::refuse(HttpResponse response, const char *reason)
{
    m_refused = true;
    qCInfo(lcConnections).noquote() << "refused:" << response.status << reason;
    discardInput();
    if (m_inFlight > 0) {
        // An earlier request of this connection is still to be answered; an answer now would
        // arrive first and be taken for that one.
        QMetaObject::invokeMethod(m_socket, &QAbstractSocket::abort, Qt::QueuedConnection);
        return;
    }
    m_policy->answer(m_socket, std::move(response), m_bodyLimit ? m_bodyLimit->pattern : QString());
    m_socket->flush();
    if (!qobject_cast<QSslSocket *>(m_socket))
        shutdownWriteWhenFlushed();
    armIn(lingerMs);
}

void RequestGuard::discardInput()
{
    // Qt's parser keeps what it read in a transaction; ending it frees that, and it starts a
    // new one (with nothing left to read) when its slot runs next.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(m_socket->bytesAvailable());
}

// The end of the answer is the end of the stream: the client sees it at once, whatever it is
// still sending.
void RequestGuard::shutdownWriteWhenFlushed()
{
    if (m_socket->bytesToWrite() > 0) {
        connect(m_socket, &QIODevice::bytesWritten, this, &RequestGuard::shutdownWriteWhenFlushed,
                Qt::UniqueConnection);
        return;
    }
    disconnect(m_socket, &QIODevice::bytesWritten, this, &RequestGuard::shutdownWriteWhenFlushed);
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

ConnectionListener::ConnectionListener(std::shared_ptr<const RequestGuard::Policy> policy,
                                       std::optional<QSslConfiguration> tls, QObject *parent)
    : QTcpServer(parent)
    , m_policy(std::move(policy))
    , m_tls(std::move(tls))
{
}

void ConnectionListener::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        ::close(int(descriptor));
        delete socket;
        return;
    }
    new RequestGuard(socket, m_policy);
    qCDebug(lcConnections) << "connection opened";
    if (!m_tls) {
        addPendingConnection(socket);
        return;
    }
    auto *tls = static_cast<QSslSocket *>(socket);
    tls->setSslConfiguration(*m_tls);
    connect(tls, &QSslSocket::encrypted, this, [this, tls] {
        tls->disconnect(this);
        addPendingConnection(tls);
    });
    // Until it is handed on, the listener owns the connection.
    connect(tls, &QAbstractSocket::errorOccurred, this, [this, tls](QAbstractSocket::SocketError) {
        qCInfo(lcConnections).noquote() << "TLS handshake failed:" << tls->errorString();
        tls->disconnect(this);
        tls->deleteLater();
    });
    connect(tls, &QAbstractSocket::disconnected, this, [tls] { tls->deleteLater(); });
    tls->startServerEncryption();
}

} // namespace izdesk::server
