// `izdesk-server staff …` on an account's standing, end to end (the real binary on a fresh
// database, the real server in production on it): disable ends the account's sessions at once
// and blocks sign-in until enable, reset-password makes the next sign-in ask for a change,
// unlock clears a lockout from failed sign-ins, and the last active admin can be neither
// disabled nor demoted.
#include "httptestclient.h"
#include "stafftoolstest.h"

using namespace izdesk::test;

class TestStaffLifecycle : public QObject, private StaffToolsHarness
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void disableEndsTheSessionAndBlocksSignIn();
    void resetPasswordMakesTheSignInAskForAChange();
    void unlockClearsALockoutFromFailedSignIns();
    void lastActiveAdminIsProtected();
};

void TestStaffLifecycle::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::exists(QStringLiteral(IZDESK_SERVER_BINARY)));
}

void TestStaffLifecycle::init()
{
    createDatabase();
}

void TestStaffLifecycle::cleanup()
{
    dropDatabase();
}

void TestStaffLifecycle::disableEndsTheSessionAndBlocksSignIn()
{
    addAdminAndSam();
    ProductionServer server;
    const QUrl base = startServer(server);
    QVERIFY(base.isValid());
    HttpTestClient desk(base);
    QCOMPARE(desk.login(QStringLiteral("sam"), QString::fromLatin1(samPassword)).status, 201);
    QCOMPARE(desk.get(QStringLiteral("/api/v1/me")).status, 200);

    const Run disabled = staff({QStringLiteral("disable"), QStringLiteral("sam")});
    QVERIFY2(disabled.exitCode == 0, disabled.err.constData());
    QVERIFY2(disabled.out.contains("disabled sam (1 session ended)"), disabled.out.constData());
    QCOMPARE(desk.get(QStringLiteral("/api/v1/me")).status, 401);
    HttpTestClient other(base);
    QCOMPARE(other.login(QStringLiteral("sam"), QString::fromLatin1(samPassword)).status, 401);

    const Run enabled = staff({QStringLiteral("enable"), QStringLiteral("sam")});
    QVERIFY2(enabled.exitCode == 0, enabled.err.constData());
    QCOMPARE(other.login(QStringLiteral("sam"), QString::fromLatin1(samPassword)).status, 201);
    QCOMPARE(desk.get(QStringLiteral("/api/v1/me")).status, 401); // the old token stays ended
    stopServer(server);
}

void TestStaffLifecycle::resetPasswordMakesTheSignInAskForAChange()
{
    addAdminAndSam();
    ProductionServer server;
    const QUrl base = startServer(server);
    QVERIFY(base.isValid());
    HttpTestClient client(base);
    const auto before = client.login(QStringLiteral("sam"), QString::fromLatin1(samPassword));
    QCOMPARE(before.status, 201);
    QCOMPARE(before.object().value(QStringLiteral("password_change_required")).toBool(), false);

    const QByteArray temporary = "temporary for the desk 2024";
    const Run reset
        = staff({QStringLiteral("reset-password"), QStringLiteral("sam"), QStringLiteral("--password-stdin")},
                temporary + '\n');
    QVERIFY2(reset.exitCode == 0, reset.err.constData());
    QVERIFY2(reset.out.contains("must be changed at the next sign-in"), reset.out.constData());
    QVERIFY(!reset.all().contains(temporary));
    QCOMPARE(client.get(QStringLiteral("/api/v1/me")).status, 401);

    HttpTestClient again(base);
    QCOMPARE(again.login(QStringLiteral("sam"), QString::fromLatin1(samPassword)).status, 401);
    const auto after = again.login(QStringLiteral("sam"), QString::fromLatin1(temporary));
    QCOMPARE(after.status, 201);
    QVERIFY2(after.object().value(QStringLiteral("password_change_required")).toBool(),
             "the sign-in answer must say that the password has to be changed");
    stopServer(server);
    QVERIFY(!storedText().contains(temporary));
}

void TestStaffLifecycle::unlockClearsALockoutFromFailedSignIns()
{
    addAdminAndSam();
    ProductionServer server;
    const QUrl base = startServer(server);
    QVERIFY(base.isValid());
    HttpTestClient client(base);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(client.login(QStringLiteral("sam"), QStringLiteral("guess number %1").arg(i)).status, 401);
    QCOMPARE(client.login(QStringLiteral("sam"), QString::fromLatin1(samPassword)).status, 403);
    QVERIFY(staff({QStringLiteral("list")}).out.contains("until "));

    const Run unlocked = staff({QStringLiteral("unlock"), QStringLiteral("sam")});
    QVERIFY2(unlocked.exitCode == 0, unlocked.err.constData());
    QVERIFY2(unlocked.out.contains("unlocked sam"), unlocked.out.constData());
    QCOMPARE(client.login(QStringLiteral("sam"), QString::fromLatin1(samPassword)).status, 201);
    stopServer(server);
}

void TestStaffLifecycle::lastActiveAdminIsProtected()
{
    addAdminAndSam();
    const Run disable = staff({QStringLiteral("disable"), QStringLiteral("admin1")});
    QCOMPARE(disable.exitCode, 1);
    QVERIFY2(disable.err.contains("last active admin"), disable.err.constData());
    const Run demote = staff({QStringLiteral("set-role"), QStringLiteral("admin1"), QStringLiteral("supervisor")});
    QCOMPARE(demote.exitCode, 1);
    QVERIFY2(demote.err.contains("last active admin"), demote.err.constData());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM staff_users WHERE role = 'admin' AND active = TRUE")), 1);

    const Run promote = staff({QStringLiteral("set-role"), QStringLiteral("sam"), QStringLiteral("admin")});
    QVERIFY2(promote.exitCode == 0 && promote.out.contains("sam now has the role admin"), promote.all().constData());
    const Run demoted = staff({QStringLiteral("set-role"), QStringLiteral("admin1"), QStringLiteral("supervisor")});
    QVERIFY2(demoted.exitCode == 0, demoted.err.constData());
    QCOMPARE(staff({QStringLiteral("disable"), QStringLiteral("sam")}).exitCode, 1);
    const Run renamed
        = staff({QStringLiteral("set-display-name"), QStringLiteral("admin1"), QStringLiteral("Alex Admin")});
    QVERIFY2(renamed.exitCode == 0, renamed.err.constData());
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM staff_users WHERE display_name = 'Alex Admin' AND role = 'supervisor'")),
             1);
}

QTEST_GUILESS_MAIN(TestStaffLifecycle)
#include "tst_stafflifecycle.moc"
