// HttpTransport + ApiClient over real HTTP: GET/POST/PATCH against the in-process server,
// timeouts, refused connections and the retry policy (counted with a tiny TCP stub).
#include "apiclient.h"
#include "httptransport.h"

#include <testserver.h>

#include <QJsonArray>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace izdesk;

namespace {

// Accepts connections; either closes them at once (a dropped connection) or never answers.
class StubServer : public QTcpServer
{
public:
    enum class Mode { CloseImmediately, NeverAnswer };
    explicit StubServer(Mode mode)
        : m_mode(mode)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                ++connections;
                if (m_mode == Mode::CloseImmediately) {
                    // Read the request first so the client sees an empty reply, not a reset.
                    connect(s, &QTcpSocket::readyRead, s, [s] {
                        s->readAll();
                        s->disconnectFromHost();
                    });
                } else {
                    m_kept.append(s);
                }
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    int connections = 0;

private:
    Mode m_mode;
    QList<QTcpSocket *> m_kept;
};

struct Call
{
    bool done = false;
    ApiReply reply;
    ApiClient::Handler handler()
    {
        return [this](const ApiReply &r) {
            reply = r;
            done = true;
        };
    }
};

} // namespace

class TestHttpTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void getPostPatch()
    {
        HttpTransport transport;
        ApiClient api(&transport);
        api.setBaseUrl(m_server.baseUrl());

        Call meta;
        api.meta(meta.handler());
        QTRY_VERIFY_WITH_TIMEOUT(meta.done, 10000);
        QCOMPARE(meta.reply.status(), 200);
        QCOMPARE(meta.reply.object().value(QStringLiteral("product")).toString(), QStringLiteral("IZ Desk"));

        Call login;
        api.login(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer"), login.handler());
        QTRY_VERIFY_WITH_TIMEOUT(login.done, 10000);
        QCOMPARE(login.reply.status(), 201);
        api.setToken(login.reply.object().value(QStringLiteral("token")).toString().toUtf8());

        Call create;
        const QJsonObject body{{QStringLiteral("subject"), QStringLiteral("Transport test ticket")},
                               {QStringLiteral("category"), QStringLiteral("other")},
                               {QStringLiteral("channel"), QStringLiteral("phone")},
                               {QStringLiteral("requester_name"), QStringLiteral("Pat Caller")}};
        api.createTicket(body, create.handler());
        QTRY_VERIFY_WITH_TIMEOUT(create.done, 10000);
        QCOMPARE(create.reply.status(), 201);
        const auto created = Ticket::fromJson(create.reply.object());
        QVERIFY(created);
        QCOMPARE(create.reply.http.header("etag"), created->etag());

        Call patch;
        api.updateTicket(created->id, {{QStringLiteral("priority"), QStringLiteral("high")}}, created->etag(),
                         patch.handler());
        QTRY_VERIFY_WITH_TIMEOUT(patch.done, 10000);
        QCOMPARE(patch.reply.status(), 200);
        QCOMPARE(patch.reply.object().value(QStringLiteral("priority")).toString(), QStringLiteral("high"));

        // The same (now stale) ETag again: 412 with the current ticket.
        Call stale;
        api.updateTicket(created->id, {{QStringLiteral("priority"), QStringLiteral("low")}}, created->etag(),
                         stale.handler());
        QTRY_VERIFY_WITH_TIMEOUT(stale.done, 10000);
        QCOMPARE(stale.reply.status(), 412);
        QVERIFY(stale.reply.object().value(QStringLiteral("current")).isObject());

        Call invalid;
        api.createTicket({{QStringLiteral("subject"), QString()}, {QStringLiteral("status"), QStringLiteral("bogus")}},
                         invalid.handler());
        QTRY_VERIFY_WITH_TIMEOUT(invalid.done, 10000);
        QCOMPARE(invalid.reply.status(), 422);
        QVERIFY(!invalid.reply.fieldErrors().isEmpty());
        QVERIFY(!invalid.reply.errorMessage().isEmpty());

        Call all;
        QList<Ticket> tickets;
        api.allTickets({}, [&](const QList<Ticket> &list, const ApiReply &last) {
            tickets = list;
            all.reply = last;
            all.done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(all.done, 20000);
        QVERIFY(all.reply.ok());
        QCOMPARE(tickets.size(), all.reply.object().value(QStringLiteral("total")).toInt());
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now

        HttpTransport transport;
        transport.setSettings({5000, 30000, 1, 50});
        ApiClient api(&transport);
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QSignalSpy reachability(&api, &ApiClient::reachabilityChanged);
        Call meta;
        api.meta(meta.handler());
        QTRY_VERIFY_WITH_TIMEOUT(meta.done, 10000);
        QCOMPARE(meta.reply.status(), 0);
        QCOMPARE(meta.reply.http.error, NetworkError::Connect);
        QVERIFY2(meta.reply.errorMessage().startsWith(QStringLiteral("Cannot reach the server at http://127.0.0.1:")),
                 qPrintable(meta.reply.errorMessage()));
        QCOMPARE(reachability.size(), 1);
        QCOMPARE(reachability.at(0).at(0).toBool(), false);
    }

    void plainHttpOnlyToThisComputer_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https anywhere") << QStringLiteral("https://iis.example.org/api") << true;
        QTest::newRow("loopback v4") << QStringLiteral("http://127.0.0.1:8080/") << true;
        QTest::newRow("loopback v4 net") << QStringLiteral("http://127.0.0.2/") << true;
        QTest::newRow("loopback v6") << QStringLiteral("http://[::1]:8080/") << true;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:8080/") << true;
        QTest::newRow("private lan") << QStringLiteral("http://10.0.0.5:8080/") << false;
        QTest::newRow("public name") << QStringLiteral("http://iis.example.org/") << false;
        QTest::newRow("looks local") << QStringLiteral("http://127.0.0.1.example.org/") << false;
        QTest::newRow("other scheme") << QStringLiteral("ftp://127.0.0.1/") << false;
    }

    void plainHttpOnlyToThisComputer()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(transportAllowed(QUrl(url)), allowed);
    }

    void plainHttpToAnotherHostIsRefusedWithoutConnecting()
    {
        // A listening server on one of this machine's own non-loopback addresses: reachable,
        // but the client must not send a byte to it in clear text.
        StubServer stub(StubServer::Mode::CloseImmediately);
        QHostAddress lan;
        const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
        for (const QHostAddress &a : addresses) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && stub.listen(a)) {
                lan = a;
                break;
            }
        }
        QList<QUrl> targets{QUrl(QStringLiteral("http://192.0.2.10:8080"))}; // TEST-NET-1
        if (!lan.isNull())
            targets << QUrl(QStringLiteral("http://%1:%2").arg(lan.toString()).arg(stub.serverPort()));
        for (const QUrl &target : std::as_const(targets)) {
            HttpTransport transport;
            transport.setSettings({5000, 30000, 3, 50});
            ApiClient api(&transport);
            api.setBaseUrl(target);
            Call meta;
            api.meta(meta.handler());
            QTRY_VERIFY_WITH_TIMEOUT(meta.done, 10000);
            QCOMPARE(meta.reply.http.error, NetworkError::Insecure);
            QCOMPARE(meta.reply.status(), 0);
            QVERIFY2(meta.reply.errorMessage().contains(QStringLiteral("https://")),
                     qPrintable(meta.reply.errorMessage()));
        }
        QCOMPARE(stub.connections, 0);
    }

    void timeout()
    {
        StubServer stub(StubServer::Mode::NeverAnswer);
        QVERIFY(stub.listen(QHostAddress::LocalHost));
        HttpTransport transport;
        transport.setSettings({1000, 800, 3, 50});
        ApiClient api(&transport);
        api.setBaseUrl(stub.url());
        QElapsedTimer timer;
        timer.start();
        Call meta;
        api.meta(meta.handler());
        QTRY_VERIFY_WITH_TIMEOUT(meta.done, 10000);
        QCOMPARE(meta.reply.http.error, NetworkError::Timeout);
        QVERIFY(meta.reply.errorMessage().contains(QStringLiteral("timed out")));
        QVERIFY(timer.elapsed() >= 700);
        QCOMPARE(stub.connections, 1); // a timeout is not retried
    }

    void retriesOnlyIdempotentCalls_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<int>("expectedAttempts");
        QTest::newRow("GET") << QByteArray("GET") << false << 3;
        QTest::newRow("DELETE") << QByteArray("DELETE") << false << 3;
        QTest::newRow("PATCH") << QByteArray("PATCH") << false << 1;
        QTest::newRow("POST without key") << QByteArray("POST") << false << 1;
        QTest::newRow("POST with key") << QByteArray("POST") << true << 3;
    }

    void retriesOnlyIdempotentCalls()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, withKey);
        QFETCH(int, expectedAttempts);
        StubServer stub(StubServer::Mode::CloseImmediately);
        QVERIFY(stub.listen(QHostAddress::LocalHost));
        HttpTransport transport;
        transport.setSettings({2000, 5000, 3, 20});
        QSignalSpy finished(&transport, &HttpTransport::finished);
        HttpRequest request;
        request.method = method;
        request.url = stub.url();
        if (method != "GET" && method != "DELETE")
            request.body = "{}";
        if (withKey)
            request.headers.append(
                qMakePair(QByteArray("Idempotency-Key"), QByteArray("6c1b9f4e-0d1e-4a57-9d43-2f7d2f0c1a11")));
        transport.send(request);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const auto response = finished.at(0).at(0).value<HttpResponse>();
        QCOMPARE(response.error, NetworkError::Connect);
        QCOMPARE(response.attempts, expectedAttempts);
        QCOMPARE(stub.connections, expectedAttempts);
    }

    void everyPostCarriesAnIdempotencyKey()
    {
        HttpRequest post;
        post.method = "POST";
        QVERIFY(!post.isIdempotent());
        post.headers.append(qMakePair(QByteArray("Idempotency-Key"), QByteArray("x")));
        QVERIFY(post.isIdempotent());
    }

private:
    izdesk::test::TestServer m_server;
};

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "tst_httptransport.moc"
