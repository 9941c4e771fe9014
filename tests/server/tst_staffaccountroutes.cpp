// Staff administration over real HTTP (/api/v1/staff-accounts): only an administrator's
// session reaches it; create with a temporary password that must be changed at the first
// sign-in, list, role and display name; refusals name the field and change nothing; every
// change is audited with the administrator as actor, and no password appears in any answer
// or audit row. Disable, enable, unlock, reset and the last-admin guard are in
// tst_staffaccountlifecycle.
#include "staffaccountroutestest.h"

using namespace izdesk::test;

class TestStaffAccountRoutes : public QObject, private StaffAccountRoutesHarness
{
    Q_OBJECT

private slots:
    void init() { startServer(); }
    void cleanup() { stopServer(); }
    void onlyAnAdministratorReachesIt();
    void createdAccountMustChooseItsOwnPassword();
    void createRefusalsNameTheFieldAndWriteNothing();
    void listShowsStateAndLastSignIn();
    void patchChangesRoleAndDisplayName();
};

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

QTEST_GUILESS_MAIN(TestStaffAccountRoutes)
#include "tst_staffaccountroutes.moc"
