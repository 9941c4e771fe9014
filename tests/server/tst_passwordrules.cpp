// The password policy where passwords are set, over real HTTP: an administrator creating an
// account or resetting its password (/api/v1/staff-accounts), a user changing their own
// (/api/v1/sessions/current/password) — refused with the broken rule named, never the password
// echoed, nothing written; the history rule; an expired password signing in to a session that
// must change it first; the temporary credentials the desk issues to IIS users.
#include "httptestclient.h"
#include "testserver.h"
#include "tst_iisusers_support.h"

#include "auth/passwordpolicy.h"
#include "serverapp.h"
#include "serverconfig.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <memory>

using izdesk::server::PasswordPolicy;
using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;

namespace {

const QString adaPassword = QStringLiteral("lovelace engine room 1843");
const QString samPassword = QStringLiteral("tawny owl ledger 47 quay");
const QString accounts = QStringLiteral("/api/v1/staff-accounts");

// The field and message of a 422 that refuses one field.
QPair<QString, QString> refusedField(const HttpTestClient::Response &r)
{
    const QJsonObject error = r.object().value(QStringLiteral("errors")).toArray().first().toObject();
    return {error.value(QStringLiteral("field")).toString(), error.value(QStringLiteral("message")).toString()};
}

} // namespace

class TestPasswordRules : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createRefusesWithTheRuleNamed_data();
    void createRefusesWithTheRuleNamed();
    void resetRefusesWithTheRuleNamed();
    void changeOwnPasswordFollowsEveryRule();
    void recentPasswordsCannotReturn();
    void expiredPasswordSignsInToAMustChangeSession();
    void iisTemporaryCredentialsFollowThePolicy();

private:
    void startServer(const QByteArray &policy, bool seedDemo = false);
    qint64 count(const QString &sql);
    qint64 idOf(const QString &username);
    HttpTestClient::Response changePassword(HttpTestClient &client, const QString &current, const QString &next);
    void advanceDays(int days) { m_offsetMs += qint64(days) * 24 * 3600 * 1000; }

    std::atomic<qint64> m_offsetMs{0};
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;
};

void TestPasswordRules::startServer(const QByteArray &policy, bool seedDemo)
{
    m_offsetMs = 0;
    QString error;
    const auto parsed = PasswordPolicy::fromJson(policy, &error);
    QVERIFY2(parsed, qPrintable(error));
    TestServer::Options options;
    options.seedDemo = seedDemo;
    options.clock = [this] { return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs.load()); };
    options.configure = [parsed](izdesk::server::ServerConfig &config) {
        config.passwordPolicy = std::make_shared<const PasswordPolicy>(*parsed);
    };
    m_server = std::make_unique<TestServer>(options);
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY2(m_server->addStaffUser(QStringLiteral("ada"), QStringLiteral("Ada Admin"), QStringLiteral("admin"),
                                    adaPassword, &error),
             qPrintable(error));
    QVERIFY2(m_server->addStaffUser(QStringLiteral("sam"), QStringLiteral("Sam Specialist"),
                                    QStringLiteral("specialist"), samPassword, &error),
             qPrintable(error));
    m_admin = std::make_unique<HttpTestClient>(m_server->baseUrl());
    QCOMPARE(m_admin->login(QStringLiteral("ada"), adaPassword).status, 201);
}

void TestPasswordRules::init()
{
    if (QByteArray(QTest::currentTestFunction()) != "recentPasswordsCannotReturn"
        && QByteArray(QTest::currentTestFunction()) != "iisTemporaryCredentialsFollowThePolicy")
        startServer("{}");
}

void TestPasswordRules::cleanup()
{
    m_admin.reset();
    m_server.reset();
}

qint64 TestPasswordRules::count(const QString &sql)
{
    QSqlQuery q(m_server->app()->database().connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 TestPasswordRules::idOf(const QString &username)
{
    return count(QStringLiteral("SELECT id FROM staff_users WHERE username = '%1'").arg(username));
}

HttpTestClient::Response TestPasswordRules::changePassword(HttpTestClient &client, const QString &current,
                                                           const QString &next)
{
    return client.post(QStringLiteral("/api/v1/sessions/current/password"),
                       QJsonObject{{QStringLiteral("current_password"), current},
                                   {QStringLiteral("new_password"), next}});
}

void TestPasswordRules::createRefusesWithTheRuleNamed_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("rule");
    QTest::newRow("short") << "owl-ledger1" << "minimum_length";
    QTest::newRow("long") << QString(200, QLatin1Char('q')).replace(7, 3, QStringLiteral("owl")) << "maximum_length";
    QTest::newRow("common") << "PasswordPassword" << "common_password";
    QTest::newRow("common with digits") << "Qwertyuiop2026!" << "common_password";
    QTest::newRow("username") << "owl-nhoward-ledger" << "username";
}

void TestPasswordRules::createRefusesWithTheRuleNamed()
{
    QFETCH(QString, password);
    QFETCH(QString, rule);
    const auto r = m_admin->post(accounts, QJsonObject{{QStringLiteral("username"), QStringLiteral("nhoward")},
                                                       {QStringLiteral("display_name"), QStringLiteral("Nia Howard")},
                                                       {QStringLiteral("role"), QStringLiteral("specialist")},
                                                       {QStringLiteral("temporary_password"), password}});
    QCOMPARE(r.status, 422);
    const auto [field, message] = refusedField(r);
    QCOMPARE(field, QStringLiteral("temporary_password"));
    QVERIFY2(message.contains(QStringLiteral("password rule ") + rule), qPrintable(message));
    QVERIFY(!r.raw.contains(password.toUtf8()));
    QCOMPARE(idOf(QStringLiteral("nhoward")), -1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'staff.create'")), 0);

    // The same account with a password that keeps the rules.
    const auto created = m_admin->post(accounts, QJsonObject{{QStringLiteral("username"), QStringLiteral("nhoward")},
                                                             {QStringLiteral("display_name"), QStringLiteral("Nia Howard")},
                                                             {QStringLiteral("role"), QStringLiteral("specialist")},
                                                             {QStringLiteral("temporary_password"),
                                                              QStringLiteral("Kestrel-mosaic-52")}});
    QCOMPARE(created.status, 201);
}

void TestPasswordRules::resetRefusesWithTheRuleNamed()
{
    const QString reset = accounts + QStringLiteral("/%1/reset-password").arg(idOf(QStringLiteral("sam")));
    const auto refuse = [&](const QString &temporary, const QString &rule) {
        const auto r = m_admin->post(reset, QJsonObject{{QStringLiteral("temporary_password"), temporary}});
        const auto [field, message] = refusedField(r);
        return r.status == 422 && field == QStringLiteral("temporary_password")
            && message.contains(QStringLiteral("password rule ") + rule) && !r.raw.contains(temporary.toUtf8());
    };
    QVERIFY(refuse(QStringLiteral("tiny"), QStringLiteral("minimum_length")));
    QVERIFY(refuse(QStringLiteral("iloveyou12345"), QStringLiteral("common_password")));
    QVERIFY(refuse(QStringLiteral("SAM-owl-ledger"), QStringLiteral("username")));
    // The password the account has now is one of its recent ones.
    QVERIFY(refuse(samPassword, QStringLiteral("history")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM staff_users WHERE password_change_required = TRUE")), 0);
    HttpTestClient desk(m_server->baseUrl());
    QCOMPARE(desk.login(QStringLiteral("sam"), samPassword).status, 201);

    const auto done = m_admin->post(reset, QJsonObject{{QStringLiteral("temporary_password"),
                                                        QStringLiteral("Kestrel-mosaic-52")}});
    QCOMPARE(done.status, 200);
    const auto signIn = desk.login(QStringLiteral("sam"), QStringLiteral("Kestrel-mosaic-52"));
    QCOMPARE(signIn.status, 201);
    QVERIFY(signIn.object().value(QStringLiteral("password_change_required")).toBool());
    // The user may not keep the temporary password either.
    const auto same = changePassword(desk, QStringLiteral("Kestrel-mosaic-52"), QStringLiteral("Kestrel-mosaic-52"));
    QCOMPARE(same.status, 422);
    // Nor go back to the one before the reset.
    const auto back = changePassword(desk, QStringLiteral("Kestrel-mosaic-52"), samPassword);
    QCOMPARE(back.status, 422);
    QVERIFY2(refusedField(back).second.contains(QStringLiteral("password rule history")),
             qPrintable(refusedField(back).second));
    QCOMPARE(changePassword(desk, QStringLiteral("Kestrel-mosaic-52"), QStringLiteral("harbour lantern 9 quay")).status,
             200);
}

void TestPasswordRules::changeOwnPasswordFollowsEveryRule()
{
    HttpTestClient desk(m_server->baseUrl());
    QCOMPARE(desk.login(QStringLiteral("sam"), samPassword).status, 201);
    const QList<QPair<QString, QString>> refused{
        {QStringLiteral("owl-ledger1"), QStringLiteral("minimum_length")},
        {QStringLiteral("1qaz2wsx3edc"), QStringLiteral("common_password")},
        {QStringLiteral("Summer2026!!"), QStringLiteral("common_password")},
        {QStringLiteral("harbour-sam-lantern"), QStringLiteral("username")},
    };
    for (const auto &[next, rule] : refused) {
        const auto r = changePassword(desk, samPassword, next);
        QCOMPARE(r.status, 422);
        const auto [field, message] = refusedField(r);
        QCOMPARE(field, QStringLiteral("new_password"));
        QVERIFY2(message.contains(QStringLiteral("password rule ") + rule), qPrintable(message));
        QVERIFY(!r.raw.contains(next.toUtf8()) && !r.raw.contains(samPassword.toUtf8()));
    }
    // Nothing changed: the old password still signs in.
    HttpTestClient other(m_server->baseUrl());
    QCOMPARE(other.login(QStringLiteral("sam"), samPassword).status, 201);
    QCOMPARE(changePassword(desk, samPassword, QStringLiteral("harbour lantern 9 quay")).status, 200);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'staff.password_change'")), 1);
}

void TestPasswordRules::recentPasswordsCannotReturn()
{
    startServer(R"({"history": 3})");
    HttpTestClient desk(m_server->baseUrl());
    QCOMPARE(desk.login(QStringLiteral("sam"), samPassword).status, 201);
    const QStringList chosen{QStringLiteral("harbour lantern 9 quay"), QStringLiteral("copper kettle 31 moor"),
                             QStringLiteral("violet tram 88 ridge")};
    QCOMPARE(changePassword(desk, samPassword, chosen.at(0)).status, 200);
    QCOMPARE(changePassword(desk, chosen.at(0), chosen.at(1)).status, 200);
    // Three recent ones: the current one and the two before it.
    for (const QString &again : {samPassword, chosen.at(0), chosen.at(1)}) {
        const auto r = changePassword(desk, chosen.at(1), again);
        QCOMPARE(r.status, 422);
        QVERIFY2(refusedField(r).second.contains(QStringLiteral("last 3 passwords of this account (password rule history)")),
                 qPrintable(refusedField(r).second));
    }
    QCOMPARE(changePassword(desk, chosen.at(1), chosen.at(2)).status, 200);
    // The first one is now four back: allowed again.
    QCOMPARE(changePassword(desk, chosen.at(2), samPassword).status, 200);
    HttpTestClient again(m_server->baseUrl());
    QCOMPARE(again.login(QStringLiteral("sam"), samPassword).status, 201);

    // Only hashes are kept, and only as many as the rule needs.
    const qint64 sam = idOf(QStringLiteral("sam"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM staff_password_history WHERE user_id = %1").arg(sam)), 2);
    QSqlQuery q(m_server->app()->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM staff_password_history")));
    while (q.next()) {
        QVERIFY(q.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
        for (const QString &p : chosen)
            QVERIFY(!q.value(0).toString().contains(p));
    }
}

void TestPasswordRules::expiredPasswordSignsInToAMustChangeSession()
{
    advanceDays(89);
    HttpTestClient early(m_server->baseUrl());
    const auto notYet = early.login(QStringLiteral("sam"), samPassword);
    QCOMPARE(notYet.status, 201);
    QCOMPARE(notYet.object().value(QStringLiteral("password_change_required")).toBool(), false);

    advanceDays(1);
    HttpTestClient desk(m_server->baseUrl());
    const auto expired = desk.login(QStringLiteral("sam"), samPassword);
    QCOMPARE(expired.status, 201);
    QVERIFY(expired.object().value(QStringLiteral("password_change_required")).toBool());
    QCOMPARE(desk.get(QStringLiteral("/api/v1/me")).status, 200);
    const auto blocked = desk.get(QStringLiteral("/api/v1/tickets"));
    QCOMPARE(blocked.status, 403);
    QCOMPARE(blocked.object().value(QStringLiteral("type")).toString(),
             QStringLiteral("https://izdesk.invalid/problems/password-change-required"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'staff.password_expired' AND "
                                  "entity_id = '%1'")
                       .arg(idOf(QStringLiteral("sam")))),
             1);
    // It stays so until the password is changed, whoever signs in.
    HttpTestClient second(m_server->baseUrl());
    QVERIFY(second.login(QStringLiteral("sam"), samPassword).object().value(QStringLiteral("password_change_required")).toBool());

    QCOMPARE(changePassword(desk, samPassword, QStringLiteral("harbour lantern 9 quay")).status, 200);
    QCOMPARE(desk.get(QStringLiteral("/api/v1/tickets")).status, 200);
    HttpTestClient later(m_server->baseUrl());
    const auto fresh = later.login(QStringLiteral("sam"), QStringLiteral("harbour lantern 9 quay"));
    QCOMPARE(fresh.status, 201);
    QCOMPARE(fresh.object().value(QStringLiteral("password_change_required")).toBool(), false);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'staff.password_expired'")), 1);
}

void TestPasswordRules::iisTemporaryCredentialsFollowThePolicy()
{
    startServer(R"({"minimum_length": 22})", true);
    HttpTestClient supervisor(m_server->baseUrl());
    QCOMPARE(supervisor.login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")).status, 201);
    const QList<qint64> sites = accountstest::facilityIds(supervisor, 1);
    QCOMPARE(sites.size(), 1);
    const auto created = accountstest::createUser(supervisor, QStringLiteral("dr.ames"), sites);
    QCOMPARE(created.status, 201);
    const qint64 id = created.object().value(QStringLiteral("id")).toInteger();
    const PasswordPolicy &policy = m_server->app()->config().passwords();
    QSet<QString> issued;
    for (int i = 0; i < 5; ++i) {
        const auto r = supervisor.post(QStringLiteral("/api/v1/iis-users/%1/credential").arg(id), QJsonObject{});
        QCOMPARE(r.status, 201);
        const QString temporary = r.object().value(QStringLiteral("temporary_password")).toString();
        QCOMPARE(temporary.size(), 22);
        QVERIFY2(!policy.check(temporary, QStringLiteral("dr.ames")), "a temporary credential breaks the policy");
        issued.insert(temporary);
    }
    QCOMPARE(issued.size(), 5);
}

QTEST_GUILESS_MAIN(TestPasswordRules)
#include "tst_passwordrules.moc"
