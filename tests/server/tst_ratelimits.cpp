// Rate limits over real HTTP (--rate-limits): sign-in attempts per username and per client
// address, patient searches per session. Over the limit: 429 rate-limited with Retry-After,
// one rate_limit.exceeded audit row per run of refusals (no password, no search text), other
// users, addresses and sessions unaffected, and the window passing (a fake clock) lets
// requests through again. Separate from the lockout: an account is not locked by it.
#include "httptestclient.h"
#include "testserver.h"

#include "serverapp.h"
#include "serverconfig.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

#include <atomic>
#include <memory>

using izdesk::server::RateLimitPolicy;
using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;

namespace {

const QString password = QStringLiteral("tawny owl ledger 47");

struct AuditRow
{
    QString action, actorUsername, entityType, entityId, peer;
    QVariant actorUserId;
    QJsonObject detail;
    QString raw;
};

struct RawAnswer
{
    int status = 0;
    QByteArray retryAfter;
    QJsonObject body;
};

} // namespace

class TestRateLimits : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void signInPerUsername();
    void signInPerAddress();
    void patientSearchPerSession();

private:
    void start(const QByteArray &limits);
    QList<AuditRow> audit(const QString &action);
    qint64 count(const QString &sql);
    void advance(qint64 seconds) { m_offsetMs += seconds * 1000; }
    // POST /api/v1/sessions from another loopback address than the test's clients.
    RawAnswer signInFrom(const QHostAddress &from, const QString &username, const QString &pw);

    std::atomic<qint64> m_offsetMs{0};
    std::unique_ptr<TestServer> m_server;
};

void TestRateLimits::start(const QByteArray &limits)
{
    m_offsetMs = 0;
    QString error;
    const auto policy = RateLimitPolicy::fromJson(limits, &error);
    QVERIFY2(policy, qPrintable(error));
    TestServer::Options options;
    options.seedDemo = false;
    options.clock = [this] { return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs.load()); };
    options.configure = [policy](izdesk::server::ServerConfig &config) {
        config.rateLimitPolicy = std::make_shared<const RateLimitPolicy>(*policy);
    };
    m_server = std::make_unique<TestServer>(options);
    QVERIFY2(m_server->start(&error), qPrintable(error));
    for (const QString &name : {QStringLiteral("tina"), QStringLiteral("sam")})
        QVERIFY2(m_server->addStaffUser(name, name, QStringLiteral("specialist"), password, &error), qPrintable(error));
}

void TestRateLimits::cleanup()
{
    m_server.reset();
}

QList<AuditRow> TestRateLimits::audit(const QString &action)
{
    QList<AuditRow> rows;
    QSqlQuery q(m_server->app()->database().connection());
    q.prepare(QStringLiteral("SELECT action, actor_username, entity_type, entity_id, peer, actor_user_id, detail "
                             "FROM audit_events WHERE action = ? ORDER BY id"));
    q.addBindValue(action);
    if (!q.exec())
        return rows;
    while (q.next()) {
        AuditRow r{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                   q.value(4).toString(), q.value(5), QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object(),
                   q.value(6).toString()};
        rows.append(r);
    }
    return rows;
}

qint64 TestRateLimits::count(const QString &sql)
{
    QSqlQuery q(m_server->app()->database().connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

RawAnswer TestRateLimits::signInFrom(const QHostAddress &from, const QString &username, const QString &pw)
{
    RawAnswer answer;
    QTcpSocket socket;
    if (!socket.bind(from, 0))
        return answer;
    socket.connectToHost(QHostAddress(QStringLiteral("127.0.0.1")), m_server->app()->port());
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                      {QStringLiteral("password"), pw}})
                                .toJson(QJsonDocument::Compact);
    QByteArray in;
    bool sent = false;
    QElapsedTimer timer;
    timer.start();
    // The server runs on this thread: spin the event loop while waiting.
    while (timer.elapsed() < 15000) {
        if (!sent && socket.state() == QAbstractSocket::ConnectedState) {
            socket.write("POST /api/v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                         "Content-Type: application/json\r\nContent-Length: "
                         + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            sent = true;
        }
        in += socket.readAll();
        const qsizetype end = in.indexOf("\r\n\r\n");
        if (end > 0) {
            const QList<QByteArray> lines = in.left(end).split('\n');
            qsizetype length = -1;
            for (const QByteArray &line : lines) {
                const QByteArray l = line.trimmed();
                if (l.toLower().startsWith("content-length:"))
                    length = l.mid(15).trimmed().toLongLong();
                if (l.toLower().startsWith("retry-after:"))
                    answer.retryAfter = l.mid(12).trimmed();
            }
            if (length >= 0 && in.size() >= end + 4 + length) {
                answer.status = lines.value(0).split(' ').value(1).toInt();
                answer.body = QJsonDocument::fromJson(in.mid(end + 4, length)).object();
                return answer;
            }
        }
        QTest::qWait(5);
    }
    return answer;
}

void TestRateLimits::signInPerUsername()
{
    start(R"({"sign_in_per_username": {"max_requests": 3, "window_seconds": 60},
              "sign_in_per_address": {"max_requests": 100, "window_seconds": 60}})");
    HttpTestClient desk(m_server->baseUrl());
    const QString typed = QStringLiteral("not-the-password-%1");
    for (int i = 0; i < 3; ++i)
        QCOMPARE(desk.login(QStringLiteral("tina"), typed.arg(i)).status, 401);
    // The fourth attempt is refused before any password is looked at: even the right one.
    auto refused = desk.login(QStringLiteral("tina"), password);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.object().value(QStringLiteral("type")).toString(),
             QStringLiteral("https://izdesk.invalid/problems/rate-limited"));
    QCOMPARE(refused.object().value(QStringLiteral("limit")).toString(), QStringLiteral("sign_in_per_username"));
    const int retryAfter = refused.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, refused.header("Retry-After").constData());
    QCOMPARE(refused.object().value(QStringLiteral("retry_after_seconds")).toInt(), retryAfter);
    QVERIFY(refused.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("sign-in attempts")));
    QCOMPARE(desk.login(QStringLiteral("tina"), typed.arg(9)).status, 429);
    QVERIFY(desk.token().isEmpty());

    // Another user signs in as usual.
    HttpTestClient other(m_server->baseUrl());
    QCOMPARE(other.login(QStringLiteral("sam"), password).status, 201);

    // One audit row for the run of refusals, naming the limit and the account, no password.
    const QList<AuditRow> rows = audit(QStringLiteral("rate_limit.exceeded"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).detail.value(QStringLiteral("limit")).toString(), QStringLiteral("sign_in_per_username"));
    QCOMPARE(rows.at(0).detail.value(QStringLiteral("max_requests")).toInt(), 3);
    QCOMPARE(rows.at(0).actorUsername, QStringLiteral("tina"));
    QCOMPARE(rows.at(0).entityType, QStringLiteral("staff_user"));
    QCOMPARE(rows.at(0).entityId, rows.at(0).actorUserId.toString());
    QCOMPARE(rows.at(0).peer, QStringLiteral("127.0.0.1"));
    QVERIFY(!rows.at(0).raw.contains(QStringLiteral("not-the-password")) && !rows.at(0).raw.contains(password));
    // Refused attempts are not wrong passwords: the lockout count stayed at three.
    QCOMPARE(count(QStringLiteral("SELECT failed_attempts FROM staff_users WHERE username = 'tina'")), 3);

    // Once the window has passed, the right password signs in.
    advance(61);
    QCOMPARE(desk.login(QStringLiteral("tina"), password).status, 201);
    QCOMPARE(audit(QStringLiteral("rate_limit.exceeded")).size(), 1);
}

void TestRateLimits::signInPerAddress()
{
    start(R"({"sign_in_per_username": {"max_requests": 100, "window_seconds": 60},
              "sign_in_per_address": {"max_requests": 4, "window_seconds": 60}})");
    HttpTestClient desk(m_server->baseUrl());
    // Password spraying: a different username each time.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(desk.login(QStringLiteral("guess%1").arg(i), password).status, 401);
    auto refused = desk.login(QStringLiteral("sam"), password);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.object().value(QStringLiteral("limit")).toString(), QStringLiteral("sign_in_per_address"));
    QVERIFY(refused.header("Retry-After").toInt() >= 1);
    QCOMPARE(desk.login(QStringLiteral("guess9"), password).status, 429);

    // A desk at another address is not held back.
    const RawAnswer elsewhere = signInFrom(QHostAddress(QStringLiteral("127.0.0.2")), QStringLiteral("sam"), password);
    QCOMPARE(elsewhere.status, 201);
    QVERIFY(!elsewhere.body.value(QStringLiteral("token")).toString().isEmpty());

    const QList<AuditRow> rows = audit(QStringLiteral("rate_limit.exceeded"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).detail.value(QStringLiteral("limit")).toString(), QStringLiteral("sign_in_per_address"));
    QCOMPARE(rows.at(0).peer, QStringLiteral("127.0.0.1"));
    QVERIFY(!rows.at(0).raw.contains(password));

    advance(61);
    QCOMPARE(desk.login(QStringLiteral("sam"), password).status, 201);
}

void TestRateLimits::patientSearchPerSession()
{
    start(R"({"patient_search_per_session": {"max_requests": 3, "window_seconds": 60}})");
    HttpTestClient first(m_server->baseUrl());
    QCOMPARE(first.login(QStringLiteral("tina"), password).status, 201);
    const QString search = QStringLiteral("/api/v1/patients?q=Ysolde%20Quarrington");
    for (int i = 0; i < 3; ++i)
        QCOMPARE(first.get(search).status, 200);
    auto refused = first.get(search);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.object().value(QStringLiteral("limit")).toString(), QStringLiteral("patient_search_per_session"));
    const int retryAfter = refused.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, refused.header("Retry-After").constData());
    QVERIFY(!refused.raw.contains("Ysolde"));
    QCOMPARE(first.get(search).status, 429);

    // Another session of the same user, and another user, search as usual.
    HttpTestClient second(m_server->baseUrl());
    QCOMPARE(second.login(QStringLiteral("tina"), password).status, 201);
    QCOMPARE(second.get(search).status, 200);
    HttpTestClient sam(m_server->baseUrl());
    QCOMPARE(sam.login(QStringLiteral("sam"), password).status, 201);
    QCOMPARE(sam.get(search).status, 200);
    // Other routes of the limited session still answer.
    QCOMPARE(first.get(QStringLiteral("/api/v1/me")).status, 200);

    // One audit row, for the limited session, without the search text; refused searches did
    // not search (no patient.search row of their own).
    const QList<AuditRow> rows = audit(QStringLiteral("rate_limit.exceeded"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).detail.value(QStringLiteral("limit")).toString(), QStringLiteral("patient_search_per_session"));
    QCOMPARE(rows.at(0).entityType, QStringLiteral("session"));
    QCOMPARE(rows.at(0).actorUsername, QStringLiteral("tina"));
    QCOMPARE(rows.at(0).entityId,
             QString::number(count(QStringLiteral("SELECT MIN(s.id) FROM sessions s JOIN staff_users u ON u.id = "
                                                  "s.user_id WHERE u.username = 'tina'"))));
    QVERIFY(!rows.at(0).raw.contains(QStringLiteral("Ysolde")) && !rows.at(0).raw.contains(QStringLiteral("Quarrington")));
    QCOMPARE(audit(QStringLiteral("patient.search")).size(), 5);

    advance(61);
    QCOMPARE(first.get(search).status, 200);
    // A new run of refusals is audited again.
    for (int i = 0; i < 2; ++i)
        QCOMPARE(first.get(search).status, 200);
    QCOMPARE(first.get(search).status, 429);
    QCOMPARE(audit(QStringLiteral("rate_limit.exceeded")).size(), 2);
}

QTEST_GUILESS_MAIN(TestRateLimits)
#include "tst_ratelimits.moc"
