// Sign-in, sessions and the audit trail over real HTTP: login, the same 401 for unknown users
// and wrong passwords, lockout, logout, idle and absolute timeouts, /me and /staff.
#include "httptestclient.h"
#include "testserver.h"

#include "auth/staffadministration.h"
#include "serverapp.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <memory>

using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;
using izdesk::server::StaffAdministration;

namespace {

const QString password = QStringLiteral("correct horse battery");

struct AuditRow
{
    QString action, actorUsername, entityType, entityId;
    QJsonObject detail;
};

} // namespace

class TestServerSessions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loginReturnsTokenAndUser();
    void unknownUserAndWrongPasswordGetTheSameAnswer();
    void missingFieldsAreValidationErrors();
    void fiveFailuresLockTheAccount();
    void lockExpiresAfterFifteenMinutes();
    void successResetsTheFailureCount();
    void tokenWorksUntilLogout();
    void idleSessionExpires();
    void absoluteTimeoutEndsActiveSession();
    void inactiveUserCannotSignIn();
    void staffListsActiveAccounts();
    void loginAndLogoutAreAudited();
    void resetPasswordMustBeChangedBeforeAnythingElse();

private:
    QList<AuditRow> auditRows();
    void advance(qint64 seconds) { m_offsetMs += seconds * 1000; }

    std::atomic<qint64> m_offsetMs{0};
    std::unique_ptr<TestServer> m_server;
};

void TestServerSessions::init()
{
    m_offsetMs = 0;
    TestServer::Options options;
    options.seedDemo = false;
    options.clock = [this] { return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs.load()); };
    m_server = std::make_unique<TestServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY2(m_server->addStaffUser(QStringLiteral("tina"), QStringLiteral("Tina Trainer"), QStringLiteral("trainer"), password, &error), qPrintable(error));
    QVERIFY2(m_server->addStaffUser(QStringLiteral("sam"), QStringLiteral("Sam Specialist"), QStringLiteral("specialist"), password, &error), qPrintable(error));
    // The password policy applies where passwords are set.
    QVERIFY(!m_server->addStaffUser(QStringLiteral("shorty"), QStringLiteral("Short"), QStringLiteral("specialist"), QStringLiteral("short-pass1"), &error));
    QVERIFY(error.contains(QStringLiteral("12")));
}

void TestServerSessions::cleanup()
{
    m_server.reset();
}

QList<AuditRow> TestServerSessions::auditRows()
{
    QList<AuditRow> rows;
    QSqlQuery q(m_server->app()->database().connection());
    if (!q.exec(QStringLiteral("SELECT action, actor_username, entity_type, entity_id, detail FROM audit_events ORDER BY id")))
        return rows;
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object()});
    }
    return rows;
}

void TestServerSessions::loginReturnsTokenAndUser()
{
    HttpTestClient client(m_server->baseUrl());
    const auto r = client.login(QStringLiteral("tina"), password);
    QCOMPARE(r.status, 201);
    const QJsonObject o = r.object();
    const QString token = o.value(QStringLiteral("token")).toString();
    QCOMPARE(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).size(), 32);
    QCOMPARE(o.value(QStringLiteral("idle_timeout_seconds")).toInt(), 1800);
    const QDateTime expires = QDateTime::fromString(o.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    QVERIFY(o.value(QStringLiteral("expires_at")).toString().endsWith(QLatin1Char('Z')));
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 12 * 3600) < 60);
    const QJsonObject user = o.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("tina"));
    QCOMPARE(user.value(QStringLiteral("display_name")).toString(), QStringLiteral("Tina Trainer"));
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("trainer"));
    QVERIFY(user.value(QStringLiteral("id")).toInteger() > 0);

    // Only the hash is stored.
    QSqlQuery q(m_server->app()->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT token_hash FROM sessions")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toString() != token);
    QCOMPARE(q.value(0).toString().size(), 64);
}

void TestServerSessions::unknownUserAndWrongPasswordGetTheSameAnswer()
{
    HttpTestClient client(m_server->baseUrl());
    const auto wrong = client.login(QStringLiteral("tina"), QStringLiteral("wrong password!"));
    const auto unknown = client.login(QStringLiteral("nobody"), QStringLiteral("wrong password!"));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(unknown.status, 401);
    QCOMPARE(wrong.object().value(QStringLiteral("type")).toString(), QStringLiteral("https://izdesk.invalid/problems/invalid-credentials"));
    QCOMPARE(wrong.raw, unknown.raw);
    QVERIFY(client.token().isEmpty());
}

void TestServerSessions::missingFieldsAreValidationErrors()
{
    HttpTestClient client(m_server->baseUrl());
    const auto r = client.post(QStringLiteral("/api/v1/sessions"), QJsonObject{{QStringLiteral("username"), 5}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.object().value(QStringLiteral("type")).toString(), QStringLiteral("https://izdesk.invalid/problems/validation"));
    QCOMPARE(r.object().value(QStringLiteral("errors")).toArray().size(), 2);
}

void TestServerSessions::fiveFailuresLockTheAccount()
{
    HttpTestClient client(m_server->baseUrl());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(client.login(QStringLiteral("tina"), QStringLiteral("wrong password %1").arg(i)).status, 401);
    const auto locked = client.login(QStringLiteral("tina"), password);
    QCOMPARE(locked.status, 403);
    QCOMPARE(locked.object().value(QStringLiteral("type")).toString(), QStringLiteral("https://izdesk.invalid/problems/account-locked"));
    QVERIFY(client.token().isEmpty());
    // Other accounts are unaffected.
    QCOMPARE(client.login(QStringLiteral("sam"), password).status, 201);
}

void TestServerSessions::lockExpiresAfterFifteenMinutes()
{
    HttpTestClient client(m_server->baseUrl());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(client.login(QStringLiteral("tina"), QStringLiteral("wrong password!!")).status, 401);
    advance(14 * 60);
    QCOMPARE(client.login(QStringLiteral("tina"), password).status, 403);
    advance(61);
    QCOMPARE(client.login(QStringLiteral("tina"), password).status, 201);
}

void TestServerSessions::successResetsTheFailureCount()
{
    HttpTestClient client(m_server->baseUrl());
    for (int i = 0; i < 4; ++i)
        QCOMPARE(client.login(QStringLiteral("tina"), QStringLiteral("wrong password!!")).status, 401);
    QCOMPARE(client.login(QStringLiteral("tina"), password).status, 201);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(client.login(QStringLiteral("tina"), QStringLiteral("wrong password!!")).status, 401);
    QCOMPARE(client.login(QStringLiteral("tina"), password).status, 201);
}

void TestServerSessions::tokenWorksUntilLogout()
{
    HttpTestClient client(m_server->baseUrl());
    QCOMPARE(client.login(QStringLiteral("sam"), password).status, 201);
    const auto me = client.get(QStringLiteral("/api/v1/me"));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.object().value(QStringLiteral("username")).toString(), QStringLiteral("sam"));
    QCOMPARE(me.object().value(QStringLiteral("display_name")).toString(), QStringLiteral("Sam Specialist"));
    QCOMPARE(me.object().value(QStringLiteral("role")).toString(), QStringLiteral("specialist"));

    // A second session of the same user survives the first one's logout.
    HttpTestClient other(m_server->baseUrl());
    QCOMPARE(other.login(QStringLiteral("sam"), password).status, 201);

    const auto out = client.request("DELETE", QStringLiteral("/api/v1/sessions/current"));
    QCOMPARE(out.status, 204);
    QVERIFY(out.raw.isEmpty());
    const auto after = client.get(QStringLiteral("/api/v1/me"));
    QCOMPARE(after.status, 401);
    QCOMPARE(client.request("DELETE", QStringLiteral("/api/v1/sessions/current")).status, 401);
    QCOMPARE(other.get(QStringLiteral("/api/v1/me")).status, 200);
}

void TestServerSessions::idleSessionExpires()
{
    HttpTestClient client(m_server->baseUrl());
    QCOMPARE(client.login(QStringLiteral("sam"), password).status, 201);
    advance(29 * 60);
    QCOMPARE(client.get(QStringLiteral("/api/v1/me")).status, 200); // touches last_seen_at
    advance(29 * 60);
    QCOMPARE(client.get(QStringLiteral("/api/v1/me")).status, 200);
    advance(30 * 60 + 1);
    QCOMPARE(client.get(QStringLiteral("/api/v1/me")).status, 401);
}

void TestServerSessions::absoluteTimeoutEndsActiveSession()
{
    HttpTestClient client(m_server->baseUrl());
    QCOMPARE(client.login(QStringLiteral("sam"), password).status, 201);
    for (int i = 0; i < 25; ++i) { // 25 × 29 min > 12 h, never idle for 30 min
        advance(29 * 60);
        const int status = client.get(QStringLiteral("/api/v1/me")).status;
        if (i < 24)
            QCOMPARE(status, 200);
        else
            QCOMPARE(status, 401);
    }
}

void TestServerSessions::inactiveUserCannotSignIn()
{
    HttpTestClient client(m_server->baseUrl());
    QCOMPARE(client.login(QStringLiteral("sam"), password).status, 201);
    QSqlQuery q(m_server->app()->database().connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE staff_users SET active = FALSE WHERE username = 'sam'")));
    QCOMPARE(client.get(QStringLiteral("/api/v1/me")).status, 401); // live sessions end too
    HttpTestClient again(m_server->baseUrl());
    QCOMPARE(again.login(QStringLiteral("sam"), password).status, 401);
}

void TestServerSessions::staffListsActiveAccounts()
{
    HttpTestClient client(m_server->baseUrl());
    QCOMPARE(client.login(QStringLiteral("tina"), password).status, 201);
    const auto r = client.get(QStringLiteral("/api/v1/staff"));
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("username")).toString(), QStringLiteral("sam"));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("trainer"));
    QVERIFY(!items.at(0).toObject().contains(QStringLiteral("password_hash")));
}

void TestServerSessions::loginAndLogoutAreAudited()
{
    HttpTestClient client(m_server->baseUrl());
    QCOMPARE(client.login(QStringLiteral("tina"), QStringLiteral("wrong password!!")).status, 401);
    QCOMPARE(client.login(QStringLiteral("ghost"), QStringLiteral("wrong password!!")).status, 401);
    QCOMPARE(client.login(QStringLiteral("tina"), password).status, 201);
    QCOMPARE(client.request("DELETE", QStringLiteral("/api/v1/sessions/current")).status, 204);

    const QList<AuditRow> rows = auditRows();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).action, QStringLiteral("session.login_failed"));
    QCOMPARE(rows.at(0).actorUsername, QStringLiteral("tina"));
    QCOMPARE(rows.at(0).detail.value(QStringLiteral("reason")).toString(), QStringLiteral("wrong-password"));
    QCOMPARE(rows.at(1).action, QStringLiteral("session.login_failed"));
    QCOMPARE(rows.at(1).detail.value(QStringLiteral("reason")).toString(), QStringLiteral("unknown-user"));
    // A name that is no account may be a password typed into the wrong field: not stored.
    QVERIFY(rows.at(1).actorUsername.isEmpty());
    QVERIFY(!QJsonDocument(rows.at(1).detail).toJson().contains("ghost"));
    QCOMPARE(rows.at(2).action, QStringLiteral("session.login"));
    QCOMPARE(rows.at(2).entityType, QStringLiteral("session"));
    QCOMPARE(rows.at(3).action, QStringLiteral("session.logout"));
    QCOMPARE(rows.at(3).entityId, rows.at(2).entityId);
    for (const AuditRow &row : rows) // never the password
        QVERIFY(!QJsonDocument(row.detail).toJson().contains("wrong password"));
}

void TestServerSessions::resetPasswordMustBeChangedBeforeAnythingElse()
{
    HttpTestClient older(m_server->baseUrl());
    QCOMPARE(older.login(QStringLiteral("sam"), password).status, 201);
    const QString temporary = QStringLiteral("Temporary-pass-4821");
    {
        StaffAdministration admin(m_server->app()->database().connection(), m_server->app()->database().dialect(),
                                  StaffAdministration::Actor::commandLine(), QDateTime::currentDateTimeUtc(),
                                  m_server->app()->config().passwords());
        QVERIFY(admin.resetPassword(QStringLiteral("sam"), temporary).ok());
    }
    QCOMPARE(older.get(QStringLiteral("/api/v1/me")).status, 401); // the reset ended it

    HttpTestClient client(m_server->baseUrl());
    const auto signedIn = client.login(QStringLiteral("sam"), temporary);
    QCOMPARE(signedIn.status, 201);
    QCOMPARE(signedIn.object().value(QStringLiteral("password_change_required")).toBool(), true);
    // Until the change, only the own-account routes answer.
    const auto queue = client.get(QStringLiteral("/api/v1/tickets"));
    QCOMPARE(queue.status, 403);
    QVERIFY(queue.object().value(QStringLiteral("type")).toString().endsWith(QStringLiteral("password-change-required")));
    QCOMPARE(client.get(QStringLiteral("/api/v1/me")).status, 200);

    const QString path = QStringLiteral("/api/v1/sessions/current/password");
    const auto wrong = client.post(path, QJsonObject{{QStringLiteral("current_password"), QStringLiteral("not it at all")},
                                                     {QStringLiteral("new_password"), QStringLiteral("Chosen-at-the-desk-77")}});
    QCOMPARE(wrong.status, 403);
    const auto weak = client.post(path, QJsonObject{{QStringLiteral("current_password"), temporary},
                                                    {QStringLiteral("new_password"), QStringLiteral("short")}});
    QCOMPARE(weak.status, 422);
    QCOMPARE(client.get(QStringLiteral("/api/v1/tickets")).status, 403);
    const auto changed = client.post(path, QJsonObject{{QStringLiteral("current_password"), temporary},
                                                       {QStringLiteral("new_password"), QStringLiteral("Chosen-at-the-desk-77")}});
    QCOMPARE(changed.status, 200);
    QCOMPARE(client.get(QStringLiteral("/api/v1/tickets")).status, 200); // same session, now unrestricted
    for (const char *text : {"Chosen-at-the-desk-77", "Temporary-pass-4821", "not it at all"}) {
        QVERIFY(!changed.raw.contains(text) && !wrong.raw.contains(text) && !weak.raw.contains(text));
    }

    HttpTestClient next(m_server->baseUrl());
    QCOMPARE(next.login(QStringLiteral("sam"), temporary).status, 401);
    const auto fresh = next.login(QStringLiteral("sam"), QStringLiteral("Chosen-at-the-desk-77"));
    QCOMPARE(fresh.status, 201);
    QCOMPARE(fresh.object().value(QStringLiteral("password_change_required")).toBool(), false);

    bool deniedAudited = false;
    for (const AuditRow &row : auditRows())
        deniedAudited = deniedAudited || row.action == QLatin1String("staff.password_change_denied");
    QVERIFY(deniedAudited);
}

QTEST_GUILESS_MAIN(TestServerSessions)
#include "tst_serversessions.moc"
