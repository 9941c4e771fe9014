// HTTP adapter behaviour over real HTTP on 127.0.0.1:0: problems, 404/405/413/415/400,
// authentication and the role check, keep-alive, outage and restart.
#include "httptestclient.h"
#include "testserver.h"

#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

#include <stdexcept>

using namespace izdesk::server;
using izdesk::Permission;
using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;

namespace {

const QString adminPassword = QStringLiteral("admin-password-123");
const QString specialistPassword = QStringLiteral("sam-desk-phone-line-7");

QString problemType(const HttpTestClient::Response &r)
{
    return r.object().value(QStringLiteral("type")).toString();
}

// Test-only routes: an admin-only action, an echo of the JSON body, and a handler that throws.
void addTestRoutes(Router &router)
{
    router.add({"POST", QStringLiteral("/api/v1/test/admin-only"), Permission::StaffAdministration},
               [](RequestContext &ctx) {
                   return HttpResponse::json(200, QJsonObject{{QStringLiteral("user"), ctx.principal().username}});
               });
    router.add({"POST", QStringLiteral("/api/v1/test/echo/{name}"), Permission::Public}, [](RequestContext &ctx) {
        auto parsed = parseJsonObject(ctx.request());
        if (auto *problem = std::get_if<HttpResponse>(&parsed))
            return *problem;
        QJsonObject body = std::get<QJsonObject>(parsed);
        body.insert(QStringLiteral("name"), ctx.request().pathParams.value(QStringLiteral("name")));
        return HttpResponse::json(200, body);
    });
    router.add({"GET", QStringLiteral("/api/v1/test/throws"), Permission::Public},
               [](RequestContext &) -> HttpResponse { throw std::runtime_error("secret detail"); });
}

} // namespace

class TestServerHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void metaWithoutAuthentication();
    void unknownRouteIsNotFoundProblem();
    void wrongMethodIsMethodNotAllowedWithAllow();
    void bodyOverOneMebibyteIsRejected();
    void bodyOfExactlyOneMebibyteIsAccepted();
    void malformedJsonIsBadRequest();
    void nonJsonContentTypeIsUnsupported();
    void pathParametersReachTheHandler();
    void missingOrBadTokenIsUnauthenticated();
    void roleCheckForbidsOtherRoles();
    void throwingHandlerGivesInternalProblemWithoutDetails();
    void keepAliveServesSequentialRequests();
    void stopAndRestartSimulateAnOutage();
    void cleanupTestCase();

private:
    std::unique_ptr<TestServer> m_server;
};

void TestServerHttp::initTestCase()
{
    TestServer::Options options;
    options.seedDemo = false;
    options.extraRoutes = &addTestRoutes;
    m_server = std::make_unique<TestServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY2(m_server->addStaffUser(QStringLiteral("root"), QStringLiteral("Ada Admin"), QStringLiteral("admin"), adminPassword, &error), qPrintable(error));
    QVERIFY2(m_server->addStaffUser(QStringLiteral("spec"), QStringLiteral("Sam Specialist"), QStringLiteral("specialist"), specialistPassword, &error), qPrintable(error));
    qInfo("database: %s", m_server->isPostgres() ? "postgresql" : "sqlite");
}

void TestServerHttp::cleanupTestCase()
{
    m_server.reset();
}

void TestServerHttp::metaWithoutAuthentication()
{
    HttpTestClient client(m_server->baseUrl());
    const auto r = client.get(QStringLiteral("/api/v1/meta"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("product")).toString(), QStringLiteral("IZ Desk"));
    QCOMPARE(r.object().value(QStringLiteral("version")).toString(), QStringLiteral("0.1.0"));
    QCOMPARE(r.object().value(QStringLiteral("api_version")).toString(), QStringLiteral("1"));
    QCOMPARE(r.object().value(QStringLiteral("environment")).toString(), QStringLiteral("training"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
}

void TestServerHttp::unknownRouteIsNotFoundProblem()
{
    HttpTestClient client(m_server->baseUrl());
    const auto r = client.get(QStringLiteral("/api/v1/no-such-thing"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json; charset=utf-8"));
    QCOMPARE(problemType(r), QStringLiteral("https://izdesk.invalid/problems/not-found"));
    QCOMPARE(r.object().value(QStringLiteral("status")).toInt(), 404);
    // A path no route takes is not echoed: what a caller typed there may be PHI.
    QVERIFY(!r.object().contains(QStringLiteral("instance")));
    QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
}

void TestServerHttp::wrongMethodIsMethodNotAllowedWithAllow()
{
    HttpTestClient client(m_server->baseUrl());
    const auto r = client.request("DELETE", QStringLiteral("/api/v1/meta"));
    QCOMPARE(r.status, 405);
    QCOMPARE(r.header("Allow"), QByteArray("GET"));
    QCOMPARE(problemType(r), QStringLiteral("https://izdesk.invalid/problems/method-not-allowed"));

    const auto put = client.request("PUT", QStringLiteral("/api/v1/sessions"), QJsonObject{});
    QCOMPARE(put.status, 405);
    QCOMPARE(put.header("Allow"), QByteArray("POST"));
}

void TestServerHttp::bodyOverOneMebibyteIsRejected()
{
    HttpTestClient client(m_server->baseUrl());
    const QByteArray body(1024 * 1024 + 1, 'x');
    const auto r = client.request("POST", QStringLiteral("/api/v1/test/echo/a"), body,
                                  {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 413);
    QCOMPARE(problemType(r), QStringLiteral("https://izdesk.invalid/problems/payload-too-large"));
    // The connection still works afterwards.
    QCOMPARE(client.get(QStringLiteral("/api/v1/meta")).status, 200);
}

void TestServerHttp::bodyOfExactlyOneMebibyteIsAccepted()
{
    HttpTestClient client(m_server->baseUrl());
    QByteArray body = "{\"pad\":\"";
    body.append(QByteArray(1024 * 1024 - body.size() - 2, 'y'));
    body.append("\"}");
    QCOMPARE(body.size(), 1024 * 1024);
    const auto r = client.request("POST", QStringLiteral("/api/v1/test/echo/a"), body,
                                  {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 200);
}

void TestServerHttp::malformedJsonIsBadRequest()
{
    HttpTestClient client(m_server->baseUrl());
    const auto r = client.request("POST", QStringLiteral("/api/v1/sessions"), QByteArray("{\"username\": "),
                                  {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(problemType(r), QStringLiteral("https://izdesk.invalid/problems/malformed-json"));
    QVERIFY(r.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("offset")));

    const auto array = client.request("POST", QStringLiteral("/api/v1/sessions"), QByteArray("[1,2]"),
                                      {{"Content-Type", "application/json"}});
    QCOMPARE(array.status, 400);
}

void TestServerHttp::nonJsonContentTypeIsUnsupported()
{
    HttpTestClient client(m_server->baseUrl());
    const auto r = client.request("POST", QStringLiteral("/api/v1/sessions"),
                                  QByteArray("username=root&password=x"),
                                  {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(r.status, 415);
    QCOMPARE(problemType(r), QStringLiteral("https://izdesk.invalid/problems/unsupported-media-type"));

    const auto plus = client.request("POST", QStringLiteral("/api/v1/test/echo/b"), QByteArray("{}"),
                                     {{"Content-Type", "application/merge-patch+json"}});
    QCOMPARE(plus.status, 200);
}

void TestServerHttp::pathParametersReachTheHandler()
{
    HttpTestClient client(m_server->baseUrl());
    const auto r = client.post(QStringLiteral("/api/v1/test/echo/hello"), QJsonObject{{QStringLiteral("a"), 1}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("hello"));
    QCOMPARE(r.object().value(QStringLiteral("a")).toInt(), 1);
}

void TestServerHttp::missingOrBadTokenIsUnauthenticated()
{
    HttpTestClient client(m_server->baseUrl());
    const auto none = client.get(QStringLiteral("/api/v1/me"));
    QCOMPARE(none.status, 401);
    QCOMPARE(none.header("WWW-Authenticate"), QByteArray("Bearer"));
    QCOMPARE(problemType(none), QStringLiteral("https://izdesk.invalid/problems/unauthenticated"));

    client.setToken(QStringLiteral("not-a-real-token"));
    const auto bad = client.get(QStringLiteral("/api/v1/staff"));
    QCOMPARE(bad.status, 401);
    QCOMPARE(bad.header("WWW-Authenticate"), QByteArray("Bearer"));

    const auto basic = client.get(QStringLiteral("/api/v1/me"), {{"Authorization", "Basic cm9vdDp4"}});
    QCOMPARE(basic.status, 401);
}

void TestServerHttp::roleCheckForbidsOtherRoles()
{
    HttpTestClient specialist(m_server->baseUrl());
    QCOMPARE(specialist.login(QStringLiteral("spec"), specialistPassword).status, 201);
    const auto denied = specialist.post(QStringLiteral("/api/v1/test/admin-only"), {});
    QCOMPARE(denied.status, 403);
    QCOMPARE(problemType(denied), QStringLiteral("https://izdesk.invalid/problems/forbidden"));

    HttpTestClient admin(m_server->baseUrl());
    QCOMPARE(admin.login(QStringLiteral("root"), adminPassword).status, 201);
    const auto allowed = admin.post(QStringLiteral("/api/v1/test/admin-only"), {});
    QCOMPARE(allowed.status, 200);
    QCOMPARE(allowed.object().value(QStringLiteral("user")).toString(), QStringLiteral("root"));

    // Without a token the same route is 401, not 403: authentication comes first.
    HttpTestClient anonymous(m_server->baseUrl());
    QCOMPARE(anonymous.post(QStringLiteral("/api/v1/test/admin-only"), {}).status, 401);
}

void TestServerHttp::throwingHandlerGivesInternalProblemWithoutDetails()
{
    HttpTestClient client(m_server->baseUrl());
    const auto r = client.get(QStringLiteral("/api/v1/test/throws"));
    QCOMPARE(r.status, 500);
    QCOMPARE(problemType(r), QStringLiteral("https://izdesk.invalid/problems/internal"));
    QVERIFY(!r.raw.contains("secret detail"));
}

void TestServerHttp::keepAliveServesSequentialRequests()
{
    HttpTestClient client(m_server->baseUrl());
    QCOMPARE(client.login(QStringLiteral("root"), adminPassword).status, 201);
    for (int i = 0; i < 25; ++i) {
        const auto r = i % 2 ? client.get(QStringLiteral("/api/v1/me")) : client.get(QStringLiteral("/api/v1/staff"));
        QCOMPARE(r.status, 200);
    }
    const auto staff = client.get(QStringLiteral("/api/v1/staff"));
    QCOMPARE(staff.object().value(QStringLiteral("items")).toArray().size(), 2);

    // On one raw connection, so a server that closed after each answer would fail here.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_server->baseUrl().port()));
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState); // the server shares our thread
    for (int i = 0; i < 3; ++i) {
        const QByteArray path = i == 1 ? "/api/v1/nothing-here" : "/api/v1/meta";
        socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray answer;
        qsizetype headerEnd = -1;
        qsizetype length = -1;
        QDeadlineTimer deadline(5000);
        while (!deadline.hasExpired()) {
            if (!socket.bytesAvailable()) {
                QTest::qWait(5); // keep the in-process server's event loop running
                continue;
            }
            answer += socket.readAll();
            headerEnd = answer.indexOf("\r\n\r\n");
            if (headerEnd >= 0 && length < 0) {
                const QByteArray lower = answer.left(headerEnd).toLower();
                const qsizetype at = lower.indexOf("content-length:");
                QVERIFY(at >= 0);
                length = lower.mid(at + 15, lower.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
            }
            if (length >= 0 && answer.size() >= headerEnd + 4 + length)
                break;
        }
        QVERIFY2(answer.startsWith(i == 1 ? "HTTP/1.1 404" : "HTTP/1.1 200"), answer.left(40).constData());
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }
}

void TestServerHttp::stopAndRestartSimulateAnOutage()
{
    HttpTestClient client(m_server->baseUrl());
    QCOMPARE(client.get(QStringLiteral("/api/v1/meta")).status, 200);
    const QUrl before = m_server->baseUrl();
    m_server->stop();
    client.timeoutMs = 5000;
    const auto down = client.get(QStringLiteral("/api/v1/meta"));
    QCOMPARE(down.status, 0);
    QVERIFY(!down.networkError.isEmpty());
    QVERIFY(m_server->restart());
    QCOMPARE(m_server->baseUrl(), before);
    QCOMPARE(client.get(QStringLiteral("/api/v1/meta")).status, 200);
}

QTEST_GUILESS_MAIN(TestServerHttp)
#include "tst_serverhttp.moc"
