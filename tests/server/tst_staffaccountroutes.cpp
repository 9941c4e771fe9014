// Staff administration over real HTTP (/api/v1/staff-accounts): only an administrator's
// session reaches it; create with a temporary password that must be changed at the first
// sign-in, list, role and display name, disable (the person's sessions end at once), enable,
// unlock, reset password; the last active admin is protected; refusals name the field and
// change nothing; every change is audited with the administrator as actor, and no password
// appears in any answer or audit row.
#include "httptestclient.h"
#include "testserver.h"

#include "serverapp.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;

namespace {

const QString adaPassword = QStringLiteral("Quartz lantern engine 1843");
const QString samPassword = QStringLiteral("Kettle orchard ribbon 52");
const QString temporaryPassword = QStringLiteral("Temporary-desk-pass-4821");
const QString chosenPassword = QStringLiteral("Chosen by the new one 77");
const QString accounts = QStringLiteral("/api/v1/staff-accounts");

struct AuditRow
{
    QString action, actorUsername, entityId, all;
    QVariant actorUserId;
    QJsonObject detail;
};

QString problemType(const HttpTestClient::Response &r)
{
    return r.object().value(QStringLiteral("type")).toString().section(QLatin1Char('/'), -1);
}

QStringList errorFields(const HttpTestClient::Response &r)
{
    QStringList fields;
    for (const QJsonValue &e : r.object().value(QStringLiteral("errors")).toArray())
        fields << e.toObject().value(QStringLiteral("field")).toString();
    return fields;
}

QJsonObject createBody(const QString &username, const QString &role = QStringLiteral("specialist"),
                       const QString &password = temporaryPassword)
{
    return {{QStringLiteral("username"), username},
            {QStringLiteral("display_name"), QStringLiteral("New %1").arg(username)},
            {QStringLiteral("role"), role},
            {QStringLiteral("temporary_password"), password}};
}

} // namespace

class TestStaffAccountRoutes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void onlyAnAdministratorReachesIt();
    void createdAccountMustChooseItsOwnPassword();
    void createRefusalsNameTheFieldAndWriteNothing();
    void listShowsStateAndLastSignIn();
    void patchChangesRoleAndDisplayName();
    void disableEndsTheSessionsAtOnce();
    void lastActiveAdminCannotBeDisabledOrDemoted();
    void unlockClearsALockout();
    void resetPasswordEndsSessionsAndForcesAChange();

private:
    qint64 idOf(const QString &username);
    qint64 count(const QString &sql);
    QList<AuditRow> auditRows();
    QList<AuditRow> auditRows(const QString &action);
    // No password of this test in any audit row.
    void verifyNoPasswordInAudit();
    void verifyNoPassword(const HttpTestClient::Response &r);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;
};

void TestStaffAccountRoutes::init()
{
    TestServer::Options options;
    options.seedDemo = false;
    m_server = std::make_unique<TestServer>(options);
    QString error;
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

void TestStaffAccountRoutes::cleanup()
{
    if (m_server)
        verifyNoPasswordInAudit();
    m_admin.reset();
    m_server.reset();
}

qint64 TestStaffAccountRoutes::idOf(const QString &username)
{
    QSqlQuery q(m_server->app()->database().connection());
    q.prepare(QStringLiteral("SELECT id FROM staff_users WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

qint64 TestStaffAccountRoutes::count(const QString &sql)
{
    QSqlQuery q(m_server->app()->database().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<AuditRow> TestStaffAccountRoutes::auditRows()
{
    QList<AuditRow> rows;
    QSqlQuery q(m_server->app()->database().connection());
    if (!q.exec(QStringLiteral(
            "SELECT action, actor_username, entity_id, detail, actor_user_id, peer FROM audit_events ORDER BY id")))
        return rows;
    while (q.next()) {
        AuditRow row{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), QString(), q.value(4),
                     QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()};
        for (int i = 0; i < 6; ++i)
            row.all += q.value(i).toString() + QLatin1Char('|');
        rows.append(row);
    }
    return rows;
}

QList<AuditRow> TestStaffAccountRoutes::auditRows(const QString &action)
{
    QList<AuditRow> out;
    for (const AuditRow &row : auditRows()) {
        if (row.action == action)
            out.append(row);
    }
    return out;
}

void TestStaffAccountRoutes::verifyNoPasswordInAudit()
{
    for (const AuditRow &row : auditRows()) {
        for (const QString &secret : {adaPassword, samPassword, temporaryPassword, chosenPassword})
            QVERIFY2(!row.all.contains(secret), qPrintable(row.all));
        QVERIFY2(!row.all.contains(QStringLiteral("argon2")), qPrintable(row.all));
    }
}

void TestStaffAccountRoutes::verifyNoPassword(const HttpTestClient::Response &r)
{
    for (const QString &secret : {adaPassword, samPassword, temporaryPassword, chosenPassword})
        QVERIFY2(!r.raw.contains(secret.toUtf8()), r.raw.constData());
    QVERIFY2(!r.raw.contains("argon2") && !r.raw.contains("password_hash"), r.raw.constData());
}

void TestStaffAccountRoutes::onlyAnAdministratorReachesIt()
{
    QString error;
    QVERIFY(m_server->addStaffUser(QStringLiteral("sue"), QStringLiteral("Sue"), QStringLiteral("supervisor"),
                                   samPassword, &error));
    QVERIFY(m_server->addStaffUser(QStringLiteral("tom"), QStringLiteral("Tom"), QStringLiteral("trainer"),
                                   samPassword, &error));
    const qint64 sam = idOf(QStringLiteral("sam"));
    const qint64 staffBefore = count(QStringLiteral("SELECT COUNT(*) FROM staff_users"));
    const qint64 auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    for (const char *name : {"sam", "sue", "tom"}) {
        HttpTestClient caller(m_server->baseUrl());
        QCOMPARE(caller.login(QLatin1String(name), samPassword).status, 201);
        const auto list = caller.get(accounts);
        QCOMPARE(list.status, 403);
        QCOMPARE(problemType(list), QStringLiteral("forbidden"));
        QCOMPARE(caller.post(accounts, createBody(QStringLiteral("sneaky"), QStringLiteral("admin"))).status, 403);
        QCOMPARE(caller.post(accounts + QStringLiteral("/%1/disable").arg(sam), {}).status, 403);
        QCOMPARE(caller.request("PATCH", accounts + QStringLiteral("/%1").arg(sam),
                                QJsonObject{{QStringLiteral("role"), QStringLiteral("admin")}})
                     .status,
                 403);
        QCOMPARE(caller.post(accounts + QStringLiteral("/%1/reset-password").arg(sam),
                             QJsonObject{{QStringLiteral("temporary_password"), temporaryPassword}})
                     .status,
                 403);
    }
    HttpTestClient anonymous(m_server->baseUrl());
    QCOMPARE(anonymous.get(accounts).status, 401);
    QCOMPARE(anonymous.post(accounts, createBody(QStringLiteral("sneaky"))).status, 401);
    // Nothing was created or changed; the sign-ins and each of the 15 refusals were audited.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM staff_users")), staffBefore);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action LIKE 'staff.%'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'access.denied'")), 15);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events")), auditBefore + 3 + 15);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM staff_users WHERE username = 'sam' AND role = "
                                  "'specialist' AND active = TRUE")),
             1);
    QCOMPARE(m_admin->get(accounts).status, 200);
}

void TestStaffAccountRoutes::createdAccountMustChooseItsOwnPassword()
{
    const auto created = m_admin->post(accounts, createBody(QStringLiteral("nina")));
    QCOMPARE(created.status, 201);
    verifyNoPassword(created);
    const QJsonObject o = created.object();
    const qint64 id = o.value(QStringLiteral("id")).toInteger();
    QCOMPARE(id, idOf(QStringLiteral("nina")));
    QCOMPARE(created.header("Location"), QByteArray("/api/v1/staff-accounts/") + QByteArray::number(id));
    QCOMPARE(o.value(QStringLiteral("username")).toString(), QStringLiteral("nina"));
    QCOMPARE(o.value(QStringLiteral("display_name")).toString(), QStringLiteral("New nina"));
    QCOMPARE(o.value(QStringLiteral("role")).toString(), QStringLiteral("specialist"));
    QCOMPARE(o.value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("locked")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("password_change_required")).toBool(), true);
    QVERIFY(o.value(QStringLiteral("last_sign_in_at")).isNull());
    QCOMPARE(m_admin->get(accounts + QStringLiteral("/%1").arg(id)).object(), o);

    const auto audits = auditRows(QStringLiteral("staff.create"));
    QCOMPARE(audits.size(), 1);
    QCOMPARE(audits.first().actorUsername, QStringLiteral("ada"));
    QCOMPARE(audits.first().actorUserId.toLongLong(), idOf(QStringLiteral("ada")));
    QCOMPARE(audits.first().entityId, QString::number(id));
    QCOMPARE(audits.first().detail.value(QStringLiteral("username")).toString(), QStringLiteral("nina"));
    QCOMPARE(audits.first().detail.value(QStringLiteral("password_change_required")).toBool(), true);

    // The new person signs in with the temporary password and can do nothing but change it.
    HttpTestClient nina(m_server->baseUrl());
    const auto signIn = nina.login(QStringLiteral("nina"), temporaryPassword);
    QCOMPARE(signIn.status, 201);
    QCOMPARE(signIn.object().value(QStringLiteral("password_change_required")).toBool(), true);
    const auto queue = nina.get(QStringLiteral("/api/v1/tickets"));
    QCOMPARE(queue.status, 403);
    QCOMPARE(problemType(queue), QStringLiteral("password-change-required"));
    const auto changed = nina.post(QStringLiteral("/api/v1/sessions/current/password"),
                                   QJsonObject{{QStringLiteral("current_password"), temporaryPassword},
                                               {QStringLiteral("new_password"), chosenPassword}});
    QCOMPARE(changed.status, 200);
    QCOMPARE(nina.get(QStringLiteral("/api/v1/tickets")).status, 200);
    const auto after = m_admin->get(accounts + QStringLiteral("/%1").arg(id));
    QCOMPARE(after.object().value(QStringLiteral("password_change_required")).toBool(), false);
    QVERIFY(!after.object().value(QStringLiteral("last_sign_in_at")).isNull());
}

void TestStaffAccountRoutes::createRefusalsNameTheFieldAndWriteNothing()
{
    const qint64 staffBefore = count(QStringLiteral("SELECT COUNT(*) FROM staff_users"));
    const qint64 auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_events"));

    const auto empty = m_admin->post(accounts, QJsonObject{});
    QCOMPARE(empty.status, 422);
    QCOMPARE(problemType(empty), QStringLiteral("validation"));
    QCOMPARE(errorFields(empty),
             (QStringList{QStringLiteral("username"), QStringLiteral("display_name"), QStringLiteral("role"),
                          QStringLiteral("temporary_password")}));

    QJsonObject badRole = createBody(QStringLiteral("nina"), QStringLiteral("overlord"));
    const auto role = m_admin->post(accounts, badRole);
    QCOMPARE(role.status, 422);
    QCOMPARE(errorFields(role), QStringList{QStringLiteral("role")});
    QVERIFY(role.raw.contains("specialist, supervisor"));

    QJsonObject extra = createBody(QStringLiteral("nina"));
    extra.insert(QStringLiteral("password_hash"), QStringLiteral("x"));
    QCOMPARE(errorFields(m_admin->post(accounts, extra)), QStringList{QStringLiteral("password_hash")});
    QJsonObject typed = createBody(QStringLiteral("nina"));
    typed.insert(QStringLiteral("display_name"), 42);
    QCOMPARE(errorFields(m_admin->post(accounts, typed)), QStringList{QStringLiteral("display_name")});

    // The password policy's refusal, in its own words, on the password field.
    const auto weak = m_admin->post(accounts, createBody(QStringLiteral("nina"), QStringLiteral("specialist"),
                                                         QStringLiteral("short1")));
    QCOMPARE(weak.status, 422);
    QCOMPARE(errorFields(weak), QStringList{QStringLiteral("temporary_password")});
    QVERIFY2(weak.raw.contains("password"), weak.raw.constData());
    QVERIFY(!weak.raw.contains("short1"));

    const auto taken = m_admin->post(accounts, createBody(QStringLiteral("sam")));
    QCOMPARE(taken.status, 409);
    QCOMPARE(problemType(taken), QStringLiteral("conflict"));
    QVERIFY(taken.raw.contains("already exists"));
    verifyNoPassword(taken);

    const auto notJson = m_admin->request("POST", accounts, QByteArray("{\"username\":"),
                                          {{"Content-Type", "application/json"}});
    QCOMPARE(notJson.status, 400);

    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM staff_users")), staffBefore);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events")), auditBefore);
}

void TestStaffAccountRoutes::listShowsStateAndLastSignIn()
{
    const auto r = m_admin->get(accounts);
    QCOMPARE(r.status, 200);
    verifyNoPassword(r);
    const QJsonArray items = r.object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject ada = items.at(0).toObject();
    const QJsonObject sam = items.at(1).toObject();
    QCOMPARE(ada.value(QStringLiteral("username")).toString(), QStringLiteral("ada"));
    QCOMPARE(sam.value(QStringLiteral("username")).toString(), QStringLiteral("sam"));
    QCOMPARE(sam.value(QStringLiteral("display_name")).toString(), QStringLiteral("Sam Specialist"));
    QCOMPARE(sam.value(QStringLiteral("role")).toString(), QStringLiteral("specialist"));
    for (const char *key : {"id", "active", "locked", "locked_until", "failed_attempts", "password_change_required",
                            "last_sign_in_at", "created_at"})
        QVERIFY2(sam.contains(QLatin1String(key)), key);
    QVERIFY(!ada.value(QStringLiteral("last_sign_in_at")).isNull()); // this test's own session
    QVERIFY(sam.value(QStringLiteral("last_sign_in_at")).isNull());
    QCOMPARE(m_admin->get(accounts + QStringLiteral("/987654")).status, 404);
    QCOMPARE(m_admin->get(accounts + QStringLiteral("/not-a-number")).status, 404);
}

void TestStaffAccountRoutes::patchChangesRoleAndDisplayName()
{
    const qint64 sam = idOf(QStringLiteral("sam"));
    HttpTestClient samDesk(m_server->baseUrl());
    QCOMPARE(samDesk.login(QStringLiteral("sam"), samPassword).status, 201);
    QCOMPARE(samDesk.get(QStringLiteral("/api/v1/staff/board")).status, 200);
    QCOMPARE(samDesk.get(QStringLiteral("/api/v1/alerts")).status, 403);

    const QString path = accounts + QStringLiteral("/%1").arg(sam);
    const auto r = m_admin->request("PATCH", path,
                                    QJsonObject{{QStringLiteral("role"), QStringLiteral("supervisor")},
                                                {QStringLiteral("display_name"), QStringLiteral("Samantha Lead")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("role")).toString(), QStringLiteral("supervisor"));
    QCOMPARE(r.object().value(QStringLiteral("display_name")).toString(), QStringLiteral("Samantha Lead"));
    // The new role holds at once for sam's existing session.
    QCOMPARE(samDesk.get(QStringLiteral("/api/v1/alerts")).status, 200);
    const auto roleAudit = auditRows(QStringLiteral("staff.role_change"));
    QCOMPARE(roleAudit.size(), 1);
    QCOMPARE(roleAudit.first().actorUsername, QStringLiteral("ada"));
    QCOMPARE(roleAudit.first().detail.value(QStringLiteral("from")).toString(), QStringLiteral("specialist"));
    QCOMPARE(roleAudit.first().detail.value(QStringLiteral("to")).toString(), QStringLiteral("supervisor"));
    QCOMPARE(auditRows(QStringLiteral("staff.display_name_change")).size(), 1);

    // Refusals: nothing to change, an unknown field, a bad role (with a good name: neither lands).
    QCOMPARE(m_admin->request("PATCH", path, QJsonObject{}).status, 422);
    QCOMPARE(errorFields(m_admin->request("PATCH", path, QJsonObject{{QStringLiteral("active"), false}})),
             QStringList{QStringLiteral("active")});
    const auto bad = m_admin->request("PATCH", path,
                                      QJsonObject{{QStringLiteral("role"), QStringLiteral("overlord")},
                                                  {QStringLiteral("display_name"), QStringLiteral("Other Name")}});
    QCOMPARE(bad.status, 422);
    QCOMPARE(errorFields(bad), QStringList{QStringLiteral("role")});
    const auto now = m_admin->get(path).object();
    QCOMPARE(now.value(QStringLiteral("display_name")).toString(), QStringLiteral("Samantha Lead"));
    QCOMPARE(now.value(QStringLiteral("role")).toString(), QStringLiteral("supervisor"));
    QCOMPARE(m_admin->request("PATCH", accounts + QStringLiteral("/987654"),
                              QJsonObject{{QStringLiteral("role"), QStringLiteral("admin")}})
                 .status,
             404);
}

void TestStaffAccountRoutes::disableEndsTheSessionsAtOnce()
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

void TestStaffAccountRoutes::lastActiveAdminCannotBeDisabledOrDemoted()
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
    QCOMPARE(m_admin->request("PATCH", accounts + QStringLiteral("/%1").arg(sam),
                              QJsonObject{{QStringLiteral("role"), QStringLiteral("admin")}})
                 .status,
             200);
    QCOMPARE(m_admin->request("PATCH", accounts + QStringLiteral("/%1").arg(ada),
                              QJsonObject{{QStringLiteral("role"), QStringLiteral("specialist")}})
                 .status,
             200);
    QCOMPARE(m_admin->get(accounts).status, 403); // ada is a specialist now
    HttpTestClient samAdmin(m_server->baseUrl());
    QCOMPARE(samAdmin.login(QStringLiteral("sam"), samPassword).status, 201);
    const auto self = samAdmin.post(accounts + QStringLiteral("/%1/disable").arg(sam), {});
    QCOMPARE(self.status, 409);
}

void TestStaffAccountRoutes::unlockClearsALockout()
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
    QCOMPARE(m_admin->post(accounts + QStringLiteral("/%1/unlock").arg(sam), {}).object().value(
                 QStringLiteral("changed")).toBool(),
             false);
}

void TestStaffAccountRoutes::resetPasswordEndsSessionsAndForcesAChange()
{
    const qint64 sam = idOf(QStringLiteral("sam"));
    const QString path = accounts + QStringLiteral("/%1/reset-password").arg(sam);
    HttpTestClient desk(m_server->baseUrl());
    QCOMPARE(desk.login(QStringLiteral("sam"), samPassword).status, 201);

    const auto missing = m_admin->post(path, QJsonObject{});
    QCOMPARE(missing.status, 422);
    QCOMPARE(errorFields(missing), QStringList{QStringLiteral("temporary_password")});
    const auto weak = m_admin->post(path, QJsonObject{{QStringLiteral("temporary_password"), QStringLiteral("short1")}});
    QCOMPARE(weak.status, 422);
    QCOMPARE(errorFields(weak), QStringList{QStringLiteral("temporary_password")});
    QCOMPARE(desk.get(QStringLiteral("/api/v1/me")).status, 200); // refusals changed nothing

    const auto r = m_admin->post(path, QJsonObject{{QStringLiteral("temporary_password"), temporaryPassword}});
    QCOMPARE(r.status, 200);
    verifyNoPassword(r);
    QCOMPARE(r.object().value(QStringLiteral("sessions_ended")).toInt(), 1);
    QCOMPARE(r.object().value(QStringLiteral("account")).toObject().value(QStringLiteral("password_change_required")).toBool(),
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

QTEST_GUILESS_MAIN(TestStaffAccountRoutes)
#include "tst_staffaccountroutes.moc"
