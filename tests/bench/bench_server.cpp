// Server throughput benchmark (a program, not a test): starts an in-process izdesk-server on a
// seeded SQLite file, signs in, and drives GET /api/v1/tickets?limit=50 with a bundled
// keep-alive load client (N connections over plain loopback sockets, bounded by a request count
// and a time limit). Then it serves the very same response bytes from a minimal static server
// in the same run, as the ceiling, and prints JSON:
//   {"api_rps":…, "static_rps":…, "ratio":…, "p50_ms":…, "p95_ms":…, …}
//
// Usage: bench_server [--connections N] [--requests N] [--seconds S]

#include "serverapp.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

// One keep-alive HTTP/1.1 connection on a blocking loopback socket (load-client threads only).
class Connection
{
public:
    explicit Connection(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
            ::close(m_fd);
            m_fd = -1;
            return;
        }
        int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    ~Connection()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool ok() const { return m_fd >= 0; }

    // Sends one request and reads one whole response; *status gets the status code.
    bool exchange(const QByteArray &request, int *status, QByteArray *body)
    {
        for (qsizetype sent = 0; sent < request.size();) {
            const ssize_t n = ::send(m_fd, request.constData() + sent, size_t(request.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            sent += n;
        }
        qsizetype headerEnd = -1;
        while ((headerEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
            if (!fill())
                return false;
        }
        const QByteArray head = m_buffer.left(headerEnd).toLower();
        *status = head.mid(9, 3).toInt();
        const qsizetype at = head.indexOf("content-length:");
        const qsizetype length
            = at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        while (m_buffer.size() < headerEnd + 4 + length) {
            if (!fill())
                return false;
        }
        if (body)
            *body = m_buffer.mid(headerEnd + 4, length);
        m_buffer.remove(0, headerEnd + 4 + length);
        return true;
    }

private:
    bool fill()
    {
        char chunk[65536];
        const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return false;
        m_buffer.append(chunk, n);
        return true;
    }

    int m_fd = -1;
    QByteArray m_buffer;
};

struct LoadResult
{
    qint64 completed = 0;
    qint64 failed = 0;
    double seconds = 0;
    std::vector<double> latenciesMs;
    double rps() const { return seconds > 0 ? double(completed) / seconds : 0; }
    double percentile(double p)
    {
        if (latenciesMs.empty())
            return 0;
        std::sort(latenciesMs.begin(), latenciesMs.end());
        return latenciesMs[std::min(latenciesMs.size() - 1, size_t(p * double(latenciesMs.size())))];
    }
};

// Drives `request` on `connections` threads until `total` requests or `seconds` have passed,
// while the calling thread keeps running its event loop (the servers live on it).
LoadResult runLoad(quint16 port, const QByteArray &request, int connections, qint64 total, int seconds)
{
    LoadResult result;
    std::atomic<qint64> issued{0};
    std::atomic<int> running{connections};
    std::mutex mutex;
    const auto start = Clock::now();
    const auto deadline = start + std::chrono::seconds(seconds);
    std::vector<std::thread> threads;
    for (int c = 0; c < connections; ++c) {
        threads.emplace_back([&] {
            std::vector<double> mine;
            qint64 ok = 0;
            qint64 bad = 0;
            Connection connection(port);
            while (connection.ok() && issued.fetch_add(1) < total && Clock::now() < deadline) {
                const auto t0 = Clock::now();
                int status = 0;
                if (!connection.exchange(request, &status, nullptr)) {
                    ++bad;
                    break;
                }
                mine.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
                (status == 200 ? ok : bad) += 1;
            }
            std::lock_guard<std::mutex> lock(mutex);
            result.completed += ok;
            result.failed += bad;
            result.latenciesMs.insert(result.latenciesMs.end(), mine.begin(), mine.end());
            running.fetch_sub(1);
        });
    }
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (running.load() == 0)
            loop.quit();
    });
    poll.start(5);
    loop.exec();
    for (auto &t : threads)
        t.join();
    result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return result;
}

// One request/response on the calling thread while the event loop keeps the server running.
bool exchangeOnce(quint16 port, const QByteArray &request, int *status, QByteArray *body)
{
    bool ok = false;
    std::thread worker([&] {
        Connection connection(port);
        ok = connection.ok() && connection.exchange(request, status, body);
    });
    QEventLoop loop;
    QTimer poll;
    std::atomic<bool> done{false};
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done.load())
            loop.quit();
    });
    std::thread joiner([&] {
        worker.join();
        done.store(true);
    });
    poll.start(2);
    loop.exec();
    joiner.join();
    return ok;
}

// The ceiling: answers every request on a connection with the same prepared bytes.
class StaticServer : public QTcpServer
{
public:
    explicit StaticServer(QByteArray response)
        : m_response(std::move(response))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_pending[socket].append(socket->readAll());
                    QByteArray &buffer = m_pending[socket];
                    qsizetype end = 0;
                    while ((end = buffer.indexOf("\r\n\r\n")) >= 0) {
                        buffer.remove(0, end + 4);
                        socket->write(m_response);
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                    m_pending.remove(socket);
                    socket->deleteLater();
                });
            }
        });
    }

private:
    QByteArray m_response;
    QHash<QTcpSocket *, QByteArray> m_pending;
};

int intOption(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int connections = intOption(args, QStringLiteral("--connections"), 8);
    const int requests = intOption(args, QStringLiteral("--requests"), 5000);
    const int seconds = intOption(args, QStringLiteral("--seconds"), 15);

    QTemporaryDir dir;
    izdesk::server::ServerConfig config;
    config.databaseUrl = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.sqlite"));
    config.listenHost = QStringLiteral("127.0.0.1");
    config.listenPort = 0;
    izdesk::server::ServerApp server(config);
    QString error;
    QStringList accounts;
    if (!server.initialize(&error) || !server.seedDemo(&accounts, &error) || !server.listen(&error)) {
        std::fprintf(stderr, "bench_server: %s\n", qPrintable(error));
        return 1;
    }
    const quint16 port = server.port();

    const QByteArray login = R"({"username":"specialist","password":"izdesk-specialist"})";
    const QByteArray loginRequest
        = "POST /api/v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          "Content-Length: "
          + QByteArray::number(login.size()) + "\r\n\r\n" + login;
    int status = 0;
    QByteArray body;
    if (!exchangeOnce(port, loginRequest, &status, &body) || status != 201) {
        std::fprintf(stderr, "bench_server: sign-in failed (%d)\n", status);
        return 1;
    }
    const QByteArray token
        = QJsonDocument::fromJson(body).object().value(QStringLiteral("token")).toString().toLatin1();
    const QByteArray request = "GET /api/v1/tickets?limit=50 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                               + token + "\r\nAccept: application/json\r\n\r\n";
    if (!exchangeOnce(port, request, &status, &body) || status != 200) {
        std::fprintf(stderr, "bench_server: the queue page failed (%d)\n", status);
        return 1;
    }
    const qint64 items = QJsonDocument::fromJson(body).object().value(QStringLiteral("items")).toArray().size();

    runLoad(port, request, connections, 200, seconds); // warm-up
    LoadResult api = runLoad(port, request, connections, requests, seconds);

    // The same bytes, from a server that does nothing else.
    const QByteArray staticResponse = "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\n"
                                      "Cache-Control: no-store\r\nContent-Length: "
                                      + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    StaticServer ceiling(staticResponse);
    if (!ceiling.listen(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "bench_server: the static server cannot listen\n");
        return 1;
    }
    runLoad(ceiling.serverPort(), request, connections, 200, seconds);
    LoadResult flat = runLoad(ceiling.serverPort(), request, connections, requests, seconds);

    QJsonObject out;
    out.insert(QStringLiteral("api_rps"), qRound(api.rps() * 10) / 10.0);
    out.insert(QStringLiteral("static_rps"), qRound(flat.rps() * 10) / 10.0);
    out.insert(QStringLiteral("ratio"), flat.rps() > 0 ? qRound(api.rps() / flat.rps() * 1000) / 1000.0 : 0.0);
    out.insert(QStringLiteral("p50_ms"), qRound(api.percentile(0.50) * 100) / 100.0);
    out.insert(QStringLiteral("p95_ms"), qRound(api.percentile(0.95) * 100) / 100.0);
    out.insert(QStringLiteral("static_p50_ms"), qRound(flat.percentile(0.50) * 100) / 100.0);
    out.insert(QStringLiteral("connections"), connections);
    out.insert(QStringLiteral("api_requests"), api.completed);
    out.insert(QStringLiteral("api_failed"), api.failed);
    out.insert(QStringLiteral("static_requests"), flat.completed);
    out.insert(QStringLiteral("response_bytes"), body.size());
    out.insert(QStringLiteral("items_per_page"), items);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return api.failed == 0 ? 0 : 1;
}
