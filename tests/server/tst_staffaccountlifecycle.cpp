// An account's standing over real HTTP (/api/v1/staff-accounts/ID/…), administrators only:
// disable ends the person's sessions at once, enable lets them sign in again, unlock clears a
// lockout, reset password ends the sessions and forces a change at the next sign-in, and the
// last active admin can be neither disabled nor demoted; each change is audited with the
// administrator as actor and no password appears in any answer or audit row.
#include "staffaccountroutestest.h"

using namespace izdesk::test;

class TestStaffAccountLifecycle : public QObject, private StaffAccountRoutesHarness
{
    Q_OBJECT

private slots:
    void init() { startServer(); }
    void cleanup() { stopServer(); }
    void disableEndsTheSessionsAtOnce();
    void lastActiveAdminCannotBeDisabledOrDemoted();
    void unlockClearsALockout();
    void resetPasswordEndsSessionsAndForcesAChange();
};

void TestStaffAccountLifecycle::disableEndsTheSessionsAtOnce()
{
    const qint64 sam = idOf(QStringLiteral("sam"));
    HttpTestClient desk1(m_server->baseUrl());
    HttpTestClient desk2(m_server->baseUrl());
    QCOMPARE(desk1.login(QStringLiteral("sam"), samPassword).status, 201);
    QCOMPARE(desk2.login(QStringLiteral("sam"), samPassword).status, 201);
    QCOMPARE(desk1.get(QStringLiteral("/api/v1/tickets")).status, 200);

    const auto r = m_admin->post(accounts + QStringLiteral("/%1/disable").arg(sam), {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("changed")).toBool(), true);
    QCOMPARE(r.object().value(QStringLiteral("sessions_ended")).toInt(), 2);
    QCOMPARE(r.object().value(QStringLiteral("account")).toObject().value(QStringLiteral("active")).toBool(), false);
    // The very next request of each of sam's desks is refused.
    QCOMPARE(desk1.get(QStringLiteral("/api/v1/tickets")).status, 401);
    QCOMPARE(desk2.get(QStringLiteral("/api/v1/me")).status, 401);
    HttpTestClient again(m_server->baseUrl());
    QCOMPARE(again.login(QStringLiteral("sam"), samPassword).status, 401);
    const auto audits = auditRows(QStringLiteral("staff.disable"));
    QCOMPARE(audits.size(), 1);
    QCOMPARE(audits.first().actorUsername, QStringLiteral("ada"));
    QCOMPARE(audits.first().detail.value(QStringLiteral("sessions_ended")).toInt(), 2);

    const auto repeat = m_admin->post(accounts + QStringLiteral("/%1/disable").arg(sam), {});
    QCOMPARE(repeat.status, 200);
    QCOMPARE(repeat.object().value(QStringLiteral("changed")).toBool(), false);
    QCOMPARE(auditRows(QStringLiteral("staff.disable")).size(), 1);
    QCOMPARE(errorFields(m_admin->post(accounts + QStringLiteral("/%1/disable").arg(sam),
                                       QJsonObject{{QStringLiteral("reason"), QStringLiteral("x")}})),
             QStringList{QStringLiteral("reason")});

    const auto enabled = m_admin->post(accounts + QStringLiteral("/%1/enable").arg(sam), {});
    QCOMPARE(enabled.status, 200);
    QCOMPARE(enabled.object().value(QStringLiteral("changed")).toBool(), true);
    QCOMPARE(desk1.get(QStringLiteral("/api/v1/tickets")).status, 401); // ended sessions stay ended
    QCOMPARE(again.login(QStringLiteral("sam"), samPassword).status, 201);
    QCOMPARE(auditRows(QStringLiteral("staff.enable")).size(), 1);
    QCOMPARE(m_admin->post(accounts + QStringLiteral("/987654/disable"), {}).status, 404);
}

void TestStaffAccountLifecycle::lastActiveAdminCannotBeDisabledOrDemoted()
{
    const qint64 ada = idOf(QStringLiteral("ada"));
    const auto disable = m_admin->post(accounts + QStringLiteral("/%1/disable").arg(ada), {});
    QCOMPARE(disable.status, 409);
    QVERIFY2(disable.raw.contains("last active admin"), disable.raw.constData());
    const auto demote = m_admin->request("PATCH", accounts + QStringLiteral("/%1").arg(ada),
                                         QJsonObject{{QStringLiteral("role"), QStringLiteral("specialist")}});
    QCOMPARE(demote.status, 409);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM staff_users WHERE role = 'admin' AND active = TRUE")), 1);
    QCOMPARE(m_admin->get(accounts).status, 200); // still signed in, still an administrator

    // With a second active admin, the first may step down.
    const qint64 sam = idOf(QStringLiteral("sam"));
    QCOMPARE(m_admin
                 ->request("PATCH", accounts + QStringLiteral("/%1").arg(sam),
                           QJsonObject{{QStringLiteral("role"), QStringLiteral("admin")}})
                 .status,
             200);
    QCOMPARE(m_admin
                 ->request("PATCH", accounts + QStringLiteral("/%1").arg(ada),
                           QJsonObject{{QStringLiteral("role"), QStringLiteral("specialist")}})
                 .status,
             200);
    QCOMPARE(m_admin->get(accounts).status, 403); // ada is a specialist now
    HttpTestClient samAdmin(m_server->baseUrl());
    QCOMPARE(samAdmin.login(QStringLiteral("sam"), samPassword).status, 201);
    const auto self = samAdmin.post(accounts + QStringLiteral("/%1/disable").arg(sam), {});
    QCOMPARE(self.status, 409);
}

void TestStaffAccountLifecycle::unlockClearsALockout()
{
    const qint64 sam = idOf(QStringLiteral("sam"));
    HttpTestClient desk(m_server->baseUrl());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(desk.login(QStringLiteral("sam"), QStringLiteral("wrong password %1").arg(i)).status, 401);
    QCOMPARE(desk.login(QStringLiteral("sam"), samPassword).status, 403);
    const QJsonObject locked = m_admin->get(accounts + QStringLiteral("/%1").arg(sam)).object();
    QCOMPARE(locked.value(QStringLiteral("locked")).toBool(), true);
    QVERIFY(!locked.value(QStringLiteral("locked_until")).isNull());

    const auto r = m_admin->post(accounts + QStringLiteral("/%1/unlock").arg(sam), {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("changed")).toBool(), true);
    QCOMPARE(r.object().value(QStringLiteral("account")).toObject().value(QStringLiteral("locked")).toBool(), false);
    QCOMPARE(desk.login(QStringLiteral("sam"), samPassword).status, 201);
    const auto audits = auditRows(QStringLiteral("staff.unlock"));
    QCOMPARE(audits.size(), 1);
    QCOMPARE(audits.first().detail.value(QStringLiteral("was_locked")).toBool(), true);
    QCOMPARE(m_admin->post(accounts + QStringLiteral("/%1/unlock").arg(sam), {})
                 .object()
                 .value(QStringLiteral("changed"))
                 .toBool(),
             false);
}

void TestStaffAccountLifecycle::resetPasswordEndsSessionsAndForcesAChange()
{
    const qint64 sam = idOf(QStringLiteral("sam"));
    const QString path = accounts + QStringLiteral("/%1/reset-password").arg(sam);
    HttpTestClient desk(m_server->baseUrl());
    QCOMPARE(desk.login(QStringLiteral("sam"), samPassword).status, 201);

    const auto missing = m_admin->post(path, QJsonObject{});
    QCOMPARE(missing.status, 422);
    QCOMPARE(errorFields(missing), QStringList{QStringLiteral("temporary_password")});
    const auto weak
        = m_admin->post(path, QJsonObject{{QStringLiteral("temporary_password"), QStringLiteral("short1")}});
    QCOMPARE(weak.status, 422);
    QCOMPARE(errorFields(weak), QStringList{QStringLiteral("temporary_password")});
    QCOMPARE(desk.get(QStringLiteral("/api/v1/me")).status, 200); // refusals changed nothing

    const auto r = m_admin->post(path, QJsonObject{{QStringLiteral("temporary_password"), temporaryPassword}});
    QCOMPARE(r.status, 200);
    verifyNoPassword(r);
    QCOMPARE(r.object().value(QStringLiteral("sessions_ended")).toInt(), 1);
    QCOMPARE(r.object()
                 .value(QStringLiteral("account"))
                 .toObject()
                 .value(QStringLiteral("password_change_required"))
                 .toBool(),
             true);
    QCOMPARE(desk.get(QStringLiteral("/api/v1/me")).status, 401);

    HttpTestClient next(m_server->baseUrl());
    QCOMPARE(next.login(QStringLiteral("sam"), samPassword).status, 401);
    const auto signIn = next.login(QStringLiteral("sam"), temporaryPassword);
    QCOMPARE(signIn.status, 201);
    QCOMPARE(signIn.object().value(QStringLiteral("password_change_required")).toBool(), true);
    QCOMPARE(next.get(QStringLiteral("/api/v1/tickets")).status, 403);
    const auto audits = auditRows(QStringLiteral("staff.password_reset"));
    QCOMPARE(audits.size(), 1);
    QCOMPARE(audits.first().actorUsername, QStringLiteral("ada"));
    QCOMPARE(audits.first().entityId, QString::number(sam));
}

QTEST_GUILESS_MAIN(TestStaffAccountLifecycle)
#include "tst_staffaccountlifecycle.moc"
