// Which staff account an identity provider's user signs in as (oidc/staffidentities.h): the
// first sign-in binds the account found by username to the provider's subject, the subject
// decides from then on, a taken account or an unknown user is refused (or provisioned when
// configured), a disabled account stays blocked, the role follows the role claim at every
// sign-in (audited; the last admin keeps the role), and a bound account no longer signs in
// with a password. Every refusal is audited with its reason.
#include "oidctestserver.h"

#include "auth/passwordpolicy.h"
#include "auth/staffadministration.h"
#include "storage/sqlutil.h"

#include <QJsonArray>
#include <QTest>

using izdesk::server::OidcSettings;
using izdesk::server::StaffAdministration;
using izdesk::test::HttpTestClient;
using izdesk::test::OidcTestServer;
using izdesk::test::TestIdentityProvider;
using izdesk::test::problemSlug;

namespace {

const QString kPassword = QStringLiteral("a long enough password 1");

const QHash<QString, QString> kRoleMap{{QStringLiteral("IZDesk.Specialist"), QStringLiteral("specialist")},
                                       {QStringLiteral("IZDesk.Supervisor"), QStringLiteral("supervisor")},
                                       {QStringLiteral("IZDesk.Trainer"), QStringLiteral("trainer")},
                                       {QStringLiteral("IZDesk.Admin"), QStringLiteral("admin")}};

TestIdentityProvider::User person(const QString &subject, const QString &username, const QJsonValue &roles)
{
    TestIdentityProvider::User u;
    u.subject = subject;
    u.username = username;
    u.name = QStringLiteral("Pat Person");
    u.roles = roles;
    return u;
}

} // namespace

class TestOidcAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstSignInBindsByUsernameThenTheSubjectDecides();
    void accountBoundToAnotherIdentityIsRefused();
    void unknownUserIsRefusedWithoutProvisioning();
    void provisioningCreatesTheAccountWithTheMappedRole();
    void disabledAccountStaysBlocked();
    void roleFollowsTheClaimAtEverySignIn();
    void noRoleOrSeveralRolesAreRefused();
    void lastAdminKeepsTheRole();
    void boundAccountNoLongerSignsInWithAPassword();

private:
    HttpTestClient::Response signInAs(const TestIdentityProvider::User &user)
    {
        m_idp.setUser(user);
        return m_server.signIn(m_idp.mintIdToken(m_idp.claimsFor(m_server.nonce())));
    }
    bool restart(OidcSettings::Accounts accounts)
    {
        m_server.server.reset();
        QString error;
        return m_server.start(m_idp, [accounts](OidcSettings &s) {
            s.roleMap = kRoleMap;
            s.accounts = accounts;
        }, &error);
    }
    QString roleOf(const QString &username)
    {
        QSqlQuery q(m_server.db());
        q.prepare(QStringLiteral("SELECT role FROM staff_users WHERE username = ?"));
        q.addBindValue(username);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
    QString lastRefusal() { return m_server.lastAudit(QStringLiteral("session.login_failed")).second.value(QStringLiteral("reason")).toString(); }
    void disable(const QString &username)
    {
        QSqlDatabase db = m_server.db();
        const auto dialect = m_server.server->app()->database().dialect();
        QVERIFY(izdesk::server::beginWriteTransaction(db, dialect));
        StaffAdministration admin(db, dialect, StaffAdministration::Actor::commandLine(), m_server.now(),
                                  izdesk::server::PasswordPolicy::defaults());
        const auto outcome = admin.disable(username);
        if (!outcome.ok())
            db.rollback();
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QVERIFY(db.commit());
    }

    TestIdentityProvider m_idp;
    OidcTestServer m_server;
};

void TestOidcAccounts::initTestCase()
{
    QString error;
    QVERIFY2(m_idp.start(&error), qPrintable(error));
}

void TestOidcAccounts::init()
{
    QVERIFY(restart(OidcSettings::Accounts::Link));
    QString error;
    for (const auto &[user, role] : {std::pair{"sam", "specialist"}, std::pair{"root", "admin"}}) {
        QVERIFY2(m_server.server->addStaffUser(QString::fromLatin1(user), QStringLiteral("Someone"), QString::fromLatin1(role),
                                               kPassword, &error),
                 qPrintable(error));
    }
}

void TestOidcAccounts::cleanup()
{
    m_server.server.reset();
}

void TestOidcAccounts::firstSignInBindsByUsernameThenTheSubjectDecides()
{
    // The username claim matches without regard to case.
    auto r = signInAs(person(QStringLiteral("sub-sam"), QStringLiteral("Sam"), QStringLiteral("IZDesk.Specialist")));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(QStringLiteral("user")).toObject().value(QStringLiteral("username")).toString(),
             QStringLiteral("sam"));
    // The display name follows the provider's "name".
    QCOMPARE(r.object().value(QStringLiteral("user")).toObject().value(QStringLiteral("display_name")).toString(),
             QStringLiteral("Pat Person"));
    // Renamed at the provider: the same subject still signs in as sam.
    r = signInAs(person(QStringLiteral("sub-sam"), QStringLiteral("samantha.new"), QStringLiteral("IZDesk.Specialist")));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(QStringLiteral("user")).toObject().value(QStringLiteral("username")).toString(),
             QStringLiteral("sam"));
    QCOMPARE(m_server.count(QStringLiteral("SELECT COUNT(*) FROM staff_identities")), 1);
}

void TestOidcAccounts::accountBoundToAnotherIdentityIsRefused()
{
    QCOMPARE(signInAs(person(QStringLiteral("sub-sam"), QStringLiteral("sam"), QStringLiteral("IZDesk.Specialist"))).status, 201);
    // Someone else at the provider now carries the username "sam".
    const auto r = signInAs(person(QStringLiteral("sub-other"), QStringLiteral("sam"), QStringLiteral("IZDesk.Admin")));
    QCOMPARE(r.status, 403);
    QCOMPARE(problemSlug(r), QStringLiteral("identity-mismatch"));
    QCOMPARE(lastRefusal(), QStringLiteral("identity-mismatch"));
    QCOMPARE(m_server.lastAudit(QStringLiteral("session.login_failed")).first, QStringLiteral("sam"));
    QCOMPARE(roleOf(QStringLiteral("sam")), QStringLiteral("specialist"));
    QCOMPARE(m_server.count(QStringLiteral("SELECT COUNT(*) FROM sessions")), 1);
}

void TestOidcAccounts::unknownUserIsRefusedWithoutProvisioning()
{
    const auto r = signInAs(person(QStringLiteral("sub-x"), QStringLiteral("stranger"), QStringLiteral("IZDesk.Specialist")));
    QCOMPARE(r.status, 403);
    QCOMPARE(problemSlug(r), QStringLiteral("no-account"));
    QVERIFY(r.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("administrator")));
    QCOMPARE(m_server.count(QStringLiteral("SELECT COUNT(*) FROM staff_users")), 2);
    QCOMPARE(m_server.count(QStringLiteral("SELECT COUNT(*) FROM staff_identities")), 0);
}

void TestOidcAccounts::provisioningCreatesTheAccountWithTheMappedRole()
{
    QVERIFY(restart(OidcSettings::Accounts::Provision));
    const auto r = signInAs(person(QStringLiteral("sub-new"), QStringLiteral("new.person@health.example"),
                                   QJsonArray{QStringLiteral("Everyone"), QStringLiteral("IZDesk.Supervisor")}));
    QCOMPARE(r.status, 201);
    const QJsonObject user = r.object().value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("new.person@health.example"));
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("supervisor"));
    QCOMPARE(user.value(QStringLiteral("display_name")).toString(), QStringLiteral("Pat Person"));
    const auto [actor, detail] = m_server.lastAudit(QStringLiteral("staff.create"));
    QCOMPARE(actor, QStringLiteral("oidc:127.0.0.1"));
    QCOMPARE(detail.value(QStringLiteral("role")).toString(), QStringLiteral("supervisor"));
    QVERIFY(m_server.lastAudit(QStringLiteral("session.login")).second.value(QStringLiteral("account_created")).toBool());
    // Without a mapped role nobody is provisioned.
    const auto none = signInAs(person(QStringLiteral("sub-none"), QStringLiteral("no.role"), QStringLiteral("Everyone")));
    QCOMPARE(none.status, 403);
    QCOMPARE(problemSlug(none), QStringLiteral("no-role"));
    QVERIFY(roleOf(QStringLiteral("no.role")).isEmpty());
}

void TestOidcAccounts::disabledAccountStaysBlocked()
{
    const auto sam = person(QStringLiteral("sub-sam"), QStringLiteral("sam"), QStringLiteral("IZDesk.Specialist"));
    QCOMPARE(signInAs(sam).status, 201);
    disable(QStringLiteral("sam"));
    auto r = signInAs(sam);
    QCOMPARE(r.status, 403);
    QCOMPARE(problemSlug(r), QStringLiteral("account-disabled"));
    QCOMPARE(lastRefusal(), QStringLiteral("account-disabled"));
    // Disabled before it was ever bound: refused the same way.
    QVERIFY(m_server.server->addStaffUser(QStringLiteral("kim"), QStringLiteral("Kim"), QStringLiteral("specialist"),
                                          kPassword));
    disable(QStringLiteral("kim"));
    r = signInAs(person(QStringLiteral("sub-kim"), QStringLiteral("kim"), QStringLiteral("IZDesk.Specialist")));
    QCOMPARE(r.status, 403);
    QCOMPARE(problemSlug(r), QStringLiteral("account-disabled"));
}

void TestOidcAccounts::roleFollowsTheClaimAtEverySignIn()
{
    auto r = signInAs(person(QStringLiteral("sub-sam"), QStringLiteral("sam"), QStringLiteral("IZDesk.Supervisor")));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("supervisor"));
    r = signInAs(person(QStringLiteral("sub-sam"), QStringLiteral("sam"), QStringLiteral("IZDesk.Trainer")));
    QCOMPARE(r.status, 201);
    HttpTestClient client(m_server.server->baseUrl());
    client.setToken(r.object().value(QStringLiteral("token")).toString());
    QCOMPARE(client.get(QStringLiteral("/api/v1/me")).object().value(QStringLiteral("role")).toString(),
             QStringLiteral("trainer"));
    QCOMPARE(roleOf(QStringLiteral("sam")), QStringLiteral("trainer"));
    const auto [actor, detail] = m_server.lastAudit(QStringLiteral("staff.role_change"));
    QCOMPARE(actor, QStringLiteral("oidc:127.0.0.1"));
    QCOMPARE(detail.value(QStringLiteral("from")).toString(), QStringLiteral("supervisor"));
    QCOMPARE(detail.value(QStringLiteral("to")).toString(), QStringLiteral("trainer"));
}

void TestOidcAccounts::noRoleOrSeveralRolesAreRefused()
{
    auto r = signInAs(person(QStringLiteral("sub-sam"), QStringLiteral("sam"), QStringLiteral("Everyone")));
    QCOMPARE(r.status, 403);
    QCOMPARE(problemSlug(r), QStringLiteral("no-role"));
    r = signInAs(person(QStringLiteral("sub-sam"), QStringLiteral("sam"),
                        QJsonArray{QStringLiteral("IZDesk.Specialist"), QStringLiteral("IZDesk.Trainer")}));
    QCOMPARE(r.status, 403);
    QCOMPARE(problemSlug(r), QStringLiteral("ambiguous-role"));
    QVERIFY(r.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("specialist, trainer")));
    // A refused sign-in leaves nothing behind: no binding, the role as it was, no session.
    QCOMPARE(m_server.count(QStringLiteral("SELECT COUNT(*) FROM staff_identities")), 0);
    QCOMPARE(roleOf(QStringLiteral("sam")), QStringLiteral("specialist"));
    QCOMPARE(m_server.count(QStringLiteral("SELECT COUNT(*) FROM sessions")), 0);
}

void TestOidcAccounts::lastAdminKeepsTheRole()
{
    const auto r = signInAs(person(QStringLiteral("sub-root"), QStringLiteral("root"), QStringLiteral("IZDesk.Specialist")));
    QCOMPARE(r.status, 403);
    QCOMPARE(problemSlug(r), QStringLiteral("role-conflict"));
    QCOMPARE(roleOf(QStringLiteral("root")), QStringLiteral("admin"));
}

void TestOidcAccounts::boundAccountNoLongerSignsInWithAPassword()
{
    HttpTestClient client(m_server.server->baseUrl());
    QCOMPARE(client.login(QStringLiteral("sam"), kPassword).status, 201); // not bound yet
    // A must-change password does not hold back a session opened by the provider.
    QSqlQuery q(m_server.db());
    QVERIFY(q.exec(QStringLiteral("UPDATE staff_users SET password_change_required = TRUE WHERE username = 'sam'")));
    const auto r = signInAs(person(QStringLiteral("sub-sam"), QStringLiteral("sam"), QStringLiteral("IZDesk.Specialist")));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(QStringLiteral("password_change_required")).toBool(true), false);
    HttpTestClient desk(m_server.server->baseUrl());
    desk.setToken(r.object().value(QStringLiteral("token")).toString());
    QCOMPARE(desk.get(QStringLiteral("/api/v1/tickets")).status, 200);

    const auto password = client.login(QStringLiteral("sam"), kPassword);
    QCOMPARE(password.status, 403);
    QCOMPARE(problemSlug(password), QStringLiteral("use-identity-provider"));
    QVERIFY(password.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("State Test IdP")));
    QCOMPARE(lastRefusal(), QStringLiteral("use-identity-provider"));
    // A wrong password learns nothing about the binding.
    QCOMPARE(problemSlug(client.login(QStringLiteral("sam"), QStringLiteral("a wrong password 123"))),
             QStringLiteral("invalid-credentials"));
    // Accounts that were never bound keep their passwords.
    QCOMPARE(client.login(QStringLiteral("root"), kPassword).status, 201);
}

QTEST_GUILESS_MAIN(TestOidcAccounts)
#include "tst_oidcaccounts.moc"
