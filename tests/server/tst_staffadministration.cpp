// StaffAdministration, the staff identity operations, on a real database with the real server
// answering sign-ins over HTTP: create, list, role, display name, disable / enable (sessions
// end at once), unlock, password reset and the user's own password change, the last-admin
// guard, the audit trail (never a password or hash) and the caller's transaction.
#include "httptestclient.h"
#include "testserver.h"

#include "auth/sessionstore.h"
#include "auth/staffadministration.h"
#include "catalog.h"
#include "serverapp.h"
#include "storage/database.h"
#include "storage/sqlutil.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include <functional>
#include <memory>

using izdesk::server::StaffAdministration;
using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;
using Outcome = StaffAdministration::Outcome;
using Status = StaffAdministration::Outcome::Status;

namespace {

const QString adaPassword = QStringLiteral("lovelace engine room 1843");
const QString samPassword = QStringLiteral("desk specialist secret");

StaffAdministration::Actor cliActor()
{
    return {std::nullopt, QStringLiteral("cli:tester"), QString()};
}

struct AuditRow
{
    QString action, actorUsername, entityType, entityId, all;
    QVariant actorUserId;
    QJsonObject detail;
};

} // namespace

class TestStaffAdministration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createAuditsWithoutThePassword();
    void createRefusesBadInputAndWritesNothing_data();
    void createRefusesBadInputAndWritesNothing();
    void listShowsWhatAnAdministratorNeeds();
    void lastActiveAdminCannotBeDisabledOrDemoted();
    void disableEndsEverySessionAtOnce();
    void unlockClearsALockout();
    void resetPasswordReplacesItAndRequiresAChange();
    void changeOwnPasswordKeepsThisSessionOnly();
    void setDisplayName();
    void changesJoinTheCallersTransaction();

private:
    QSqlDatabase db() { return m_server->app()->database().connection(); }
    izdesk::server::Dialect dialect() { return m_server->app()->database().dialect(); }
    Outcome inTransaction(const StaffAdministration::Actor &actor,
                          const std::function<Outcome(StaffAdministration &)> &operation);
    Outcome asCli(const std::function<Outcome(StaffAdministration &)> &operation)
    {
        return inTransaction(cliActor(), operation);
    }
    std::optional<StaffAdministration::Account> account(const QString &username);
    qint64 count(const QString &sql);
    QList<AuditRow> auditRows();
    AuditRow lastAudit(const QString &action);
    qint64 sessionIdOf(const QString &token);

    std::unique_ptr<TestServer> m_server;
};

void TestStaffAdministration::init()
{
    TestServer::Options options;
    options.seedDemo = false;
    m_server = std::make_unique<TestServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    const Outcome ada = asCli([](StaffAdministration &a) {
        return a.create(QStringLiteral("ada"), QStringLiteral("Ada Admin"), QStringLiteral("admin"), adaPassword);
    });
    QVERIFY2(ada.ok(), qPrintable(ada.error));
    const Outcome sam = asCli([](StaffAdministration &a) {
        return a.create(QStringLiteral("sam"), QStringLiteral("Sam Specialist"), QStringLiteral("specialist"),
                        samPassword);
    });
    QVERIFY2(sam.ok(), qPrintable(sam.error));
}

void TestStaffAdministration::cleanup()
{
    m_server.reset();
}

Outcome TestStaffAdministration::inTransaction(const StaffAdministration::Actor &actor,
                                               const std::function<Outcome(StaffAdministration &)> &operation)
{
    QSqlDatabase c = db();
    if (!izdesk::server::beginWriteTransaction(c, dialect()))
        return Outcome{Status::Internal, QStringLiteral("no transaction")};
    StaffAdministration admin(c, dialect(), actor, QDateTime::currentDateTimeUtc(),
                              m_server->app()->config().passwords());
    Outcome outcome = operation(admin);
    if (outcome.ok() ? !c.commit() : !c.rollback())
        return Outcome{Status::Internal, QStringLiteral("commit/rollback failed")};
    return outcome;
}

std::optional<StaffAdministration::Account> TestStaffAdministration::account(const QString &username)
{
    StaffAdministration admin(db(), dialect(), cliActor(), QDateTime::currentDateTimeUtc(),
                              m_server->app()->config().passwords());
    bool ok = false;
    auto found = admin.find(username, &ok);
    if (!ok)
        qWarning("find failed");
    return found;
}

qint64 TestStaffAdministration::count(const QString &sql)
{
    QSqlQuery q(db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<AuditRow> TestStaffAdministration::auditRows()
{
    QList<AuditRow> rows;
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT action, actor_username, entity_type, entity_id, detail, actor_user_id, peer "
                               "FROM audit_events ORDER BY id")))
        return rows;
    while (q.next()) {
        AuditRow row{q.value(0).toString(),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     q.value(3).toString(),
                     QString(),
                     q.value(5),
                     QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object()};
        for (int i = 0; i < 7; ++i)
            row.all += q.value(i).toString() + QLatin1Char('|');
        rows.append(row);
    }
    return rows;
}

AuditRow TestStaffAdministration::lastAudit(const QString &action)
{
    const auto rows = auditRows();
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        if (it->action == action)
            return *it;
    }
    return {};
}

qint64 TestStaffAdministration::sessionIdOf(const QString &token)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id FROM sessions WHERE token_hash = ?"));
    q.addBindValue(izdesk::server::SessionStore::hashToken(token.toLatin1()));
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

void TestStaffAdministration::createAuditsWithoutThePassword()
{
    const auto rows = auditRows();
    QCOMPARE(rows.size(), 2);
    const AuditRow &created = rows.first();
    QCOMPARE(created.action, QStringLiteral("staff.create"));
    QCOMPARE(created.actorUsername, QStringLiteral("cli:tester"));
    QVERIFY(created.actorUserId.isNull());
    QCOMPARE(created.entityType, QStringLiteral("staff_user"));
    QCOMPARE(created.entityId, QString::number(account(QStringLiteral("ada"))->id));
    QCOMPARE(created.detail.value(QStringLiteral("username")).toString(), QStringLiteral("ada"));
    QCOMPARE(created.detail.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    for (const AuditRow &row : rows) {
        QVERIFY2(!row.all.contains(adaPassword) && !row.all.contains(samPassword), qPrintable(row.all));
        QVERIFY2(!row.all.contains(QStringLiteral("argon2")), qPrintable(row.all));
    }

    HttpTestClient client(m_server->baseUrl());
    QCOMPARE(client.login(QStringLiteral("ada"), adaPassword).status, 201);
    QCOMPARE(client.get(QStringLiteral("/api/v1/me")).object().value(QStringLiteral("role")).toString(),
             QStringLiteral("admin"));
}

void TestStaffAdministration::createRefusesBadInputAndWritesNothing_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    const QString roles = izdesk::Catalog::keys(izdesk::Catalog::staffRoles()).join(QStringLiteral(", "));
    QTest::newRow("unknown role") << "bob"
                                  << "superuser" << samPassword << int(Status::Invalid) << roles;
    QTest::newRow("weak password") << "bob"
                                   << "specialist"
                                   << "short-pass1" << int(Status::Invalid) << "at least 12 characters";
    QTest::newRow("taken username") << "sam"
                                    << "specialist" << samPassword << int(Status::Conflict) << "already exists";
    QTest::newRow("empty username") << " "
                                    << "specialist" << samPassword << int(Status::Invalid) << "username";
}

void TestStaffAdministration::createRefusesBadInputAndWritesNothing()
{
    QFETCH(QString, username);
    QFETCH(QString, role);
    QFETCH(QString, password);
    QFETCH(int, status);
    QFETCH(QString, says);
    const qint64 staffBefore = count(QStringLiteral("SELECT COUNT(*) FROM staff_users"));
    const qint64 auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    const Outcome o
        = asCli([&](StaffAdministration &a) { return a.create(username, QStringLiteral("Bob"), role, password); });
    QCOMPARE(int(o.status), status);
    QVERIFY2(o.error.contains(says), qPrintable(o.error));
    QVERIFY(!o.error.contains(password));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM staff_users")), staffBefore);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events")), auditBefore);
}

void TestStaffAdministration::listShowsWhatAnAdministratorNeeds()
{
    QVERIFY(asCli([](StaffAdministration &a) {
                return a.create(QStringLiteral("tess"), QStringLiteral("Tess Trainer"), QStringLiteral("trainer"),
                                QStringLiteral("trainer passphrase 2026"));
            }).ok());
    HttpTestClient client(m_server->baseUrl());
    QCOMPARE(client.login(QStringLiteral("ada"), adaPassword).status, 201);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(client.login(QStringLiteral("sam"), QStringLiteral("wrong password %1").arg(i)).status, 401);
    QCOMPARE(client.login(QStringLiteral("sam"), samPassword).status, 403); // locked
    QVERIFY(asCli([](StaffAdministration &a) {
                return a.resetPassword(QStringLiteral("tess"), QStringLiteral("a temporary password"));
            }).ok());
    QVERIFY(asCli([](StaffAdministration &a) { return a.disable(QStringLiteral("tess")); }).ok());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    StaffAdministration admin(db(), dialect(), cliActor(), now, m_server->app()->config().passwords());
    QList<StaffAdministration::Account> accounts;
    QVERIFY(admin.list(&accounts));
    QCOMPARE(accounts.size(), 3);
    QCOMPARE(accounts.at(0).username, QStringLiteral("ada"));
    QCOMPARE(accounts.at(1).username, QStringLiteral("sam"));
    QCOMPARE(accounts.at(2).username, QStringLiteral("tess"));
    const auto &ada = accounts.at(0);
    QCOMPARE(ada.displayName, QStringLiteral("Ada Admin"));
    QCOMPARE(ada.role, QStringLiteral("admin"));
    QVERIFY(ada.active && !ada.isLocked(now) && !ada.passwordChangeRequired);
    QVERIFY(ada.lastSignInAt.isValid());
    QVERIFY(qAbs(ada.lastSignInAt.secsTo(now)) < 60);
    QVERIFY(ada.createdAt.isValid() && ada.createdAt <= ada.lastSignInAt);
    const auto &sam = accounts.at(1);
    QVERIFY(sam.isLocked(now));
    QVERIFY(!sam.lastSignInAt.isValid()); // never got in
    const auto &tess = accounts.at(2);
    QVERIFY(!tess.active);
    QVERIFY(tess.passwordChangeRequired);

    const QJsonObject json = sam.toJson(now);
    QCOMPARE(json.value(QStringLiteral("username")).toString(), QStringLiteral("sam"));
    QCOMPARE(json.value(QStringLiteral("locked")).toBool(), true);
    QVERIFY(json.value(QStringLiteral("locked_until")).toString().endsWith(QLatin1Char('Z')));
    QVERIFY(json.value(QStringLiteral("last_sign_in_at")).isNull());
    QCOMPARE(json.value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(tess.toJson(now).value(QStringLiteral("password_change_required")).toBool(), true);
    QVERIFY(!QJsonDocument(json).toJson().contains("hash"));
}

void TestStaffAdministration::lastActiveAdminCannotBeDisabledOrDemoted()
{
    Outcome o = asCli([](StaffAdministration &a) { return a.disable(QStringLiteral("ada")); });
    QCOMPARE(o.status, Status::Conflict);
    QVERIFY2(o.error.contains(QStringLiteral("last active admin")), qPrintable(o.error));
    o = asCli([](StaffAdministration &a) { return a.setRole(QStringLiteral("ada"), QStringLiteral("supervisor")); });
    QCOMPARE(o.status, Status::Conflict);
    QVERIFY(account(QStringLiteral("ada"))->active);
    QCOMPARE(account(QStringLiteral("ada"))->role, QStringLiteral("admin"));

    // A disabled admin is no way back in: ada is still the last active one.
    QVERIFY(
        asCli([](StaffAdministration &a) { return a.setRole(QStringLiteral("sam"), QStringLiteral("admin")); }).ok());
    QVERIFY(asCli([](StaffAdministration &a) { return a.disable(QStringLiteral("sam")); }).ok());
    QCOMPARE(asCli([](StaffAdministration &a) { return a.disable(QStringLiteral("ada")); }).status, Status::Conflict);

    QVERIFY(asCli([](StaffAdministration &a) { return a.enable(QStringLiteral("sam")); }).ok());
    o = asCli([](StaffAdministration &a) { return a.setRole(QStringLiteral("ada"), QStringLiteral("supervisor")); });
    QVERIFY2(o.ok() && o.changed, qPrintable(o.error));
    QCOMPARE(asCli([](StaffAdministration &a) { return a.disable(QStringLiteral("sam")); }).status, Status::Conflict);
    QCOMPARE(asCli([](StaffAdministration &a) {
                 return a.setRole(QStringLiteral("sam"), QStringLiteral("trainer"));
             }).status,
             Status::Conflict);
    // Other changes to the last admin stay possible.
    QVERIFY(
        asCli([](StaffAdministration &a) { return a.setRole(QStringLiteral("sam"), QStringLiteral("admin")); }).ok());
    QCOMPARE(
        asCli([](StaffAdministration &a) { return a.setRole(QStringLiteral("sam"), QStringLiteral("root")); }).status,
        Status::Invalid);
    QCOMPARE(asCli([](StaffAdministration &a) { return a.disable(QStringLiteral("nobody")); }).status,
             Status::NotFound);
}

void TestStaffAdministration::disableEndsEverySessionAtOnce()
{
    HttpTestClient desk1(m_server->baseUrl()), desk2(m_server->baseUrl());
    QCOMPARE(desk1.login(QStringLiteral("sam"), samPassword).status, 201);
    QCOMPARE(desk2.login(QStringLiteral("sam"), samPassword).status, 201);
    QCOMPARE(desk1.get(QStringLiteral("/api/v1/me")).status, 200);
    QCOMPARE(desk2.get(QStringLiteral("/api/v1/me")).status, 200);

    const Outcome o = asCli([](StaffAdministration &a) { return a.disable(QStringLiteral("sam")); });
    QVERIFY2(o.ok(), qPrintable(o.error));
    QVERIFY(o.changed);
    QCOMPARE(o.sessionsEnded, 2);
    QCOMPARE(desk1.get(QStringLiteral("/api/v1/me")).status, 401);
    QCOMPARE(desk2.get(QStringLiteral("/api/v1/me")).status, 401);
    HttpTestClient fresh(m_server->baseUrl());
    QCOMPARE(fresh.login(QStringLiteral("sam"), samPassword).status, 401);
    QCOMPARE(asCli([](StaffAdministration &a) { return a.disable(QStringLiteral("sam")); }).changed, false);

    QVERIFY(asCli([](StaffAdministration &a) { return a.enable(QStringLiteral("sam")); }).ok());
    QCOMPARE(fresh.login(QStringLiteral("sam"), samPassword).status, 201);
    QCOMPARE(desk1.get(QStringLiteral("/api/v1/me")).status, 401); // old sessions stay ended

    const AuditRow disabled = lastAudit(QStringLiteral("staff.disable"));
    QCOMPARE(disabled.detail.value(QStringLiteral("sessions_ended")).toInt(), 2);
    QCOMPARE(disabled.detail.value(QStringLiteral("username")).toString(), QStringLiteral("sam"));
    QCOMPARE(disabled.actorUsername, QStringLiteral("cli:tester"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'staff.disable'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'staff.enable'")), 1);
}

void TestStaffAdministration::unlockClearsALockout()
{
    HttpTestClient client(m_server->baseUrl());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(client.login(QStringLiteral("sam"), QStringLiteral("not the password")).status, 401);
    QCOMPARE(client.login(QStringLiteral("sam"), samPassword).status, 403);

    const Outcome o = asCli([](StaffAdministration &a) { return a.unlock(QStringLiteral("sam")); });
    QVERIFY2(o.ok() && o.changed, qPrintable(o.error));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM staff_users WHERE username = 'sam' AND failed_attempts = 0 "
                                  "AND locked_until IS NULL")),
             1);
    QCOMPARE(client.login(QStringLiteral("sam"), samPassword).status, 201);
    const qint64 audits = count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'staff.unlock'"));
    QCOMPARE(audits, 1);
    QCOMPARE(asCli([](StaffAdministration &a) { return a.unlock(QStringLiteral("sam")); }).changed, false);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'staff.unlock'")), audits);
}

void TestStaffAdministration::resetPasswordReplacesItAndRequiresAChange()
{
    HttpTestClient desk(m_server->baseUrl());
    QCOMPARE(desk.login(QStringLiteral("sam"), samPassword).status, 201);
    const qint64 auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    Outcome weak
        = asCli([](StaffAdministration &a) { return a.resetPassword(QStringLiteral("sam"), QStringLiteral("tiny")); });
    QCOMPARE(weak.status, Status::Invalid);
    QVERIFY2(weak.error.contains(QStringLiteral("at least 12 characters")), qPrintable(weak.error));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events")), auditBefore);
    QVERIFY(!account(QStringLiteral("sam"))->passwordChangeRequired);
    QCOMPARE(desk.get(QStringLiteral("/api/v1/me")).status, 200);
    QCOMPARE(
        asCli([](StaffAdministration &a) { return a.resetPassword(QStringLiteral("nobody"), samPassword); }).status,
        Status::NotFound);

    const QString temporary = QStringLiteral("temporary password 77");
    const Outcome o = asCli([&](StaffAdministration &a) { return a.resetPassword(QStringLiteral("sam"), temporary); });
    QVERIFY2(o.ok(), qPrintable(o.error));
    QCOMPARE(o.sessionsEnded, 1);
    QVERIFY(account(QStringLiteral("sam"))->passwordChangeRequired);
    QCOMPARE(desk.get(QStringLiteral("/api/v1/me")).status, 401);
    HttpTestClient client(m_server->baseUrl());
    QCOMPARE(client.login(QStringLiteral("sam"), samPassword).status, 401);
    QCOMPARE(client.login(QStringLiteral("sam"), temporary).status, 201);
    QCOMPARE(lastAudit(QStringLiteral("staff.password_reset")).detail.value(QStringLiteral("sessions_ended")).toInt(),
             1);
    for (const AuditRow &row : auditRows())
        QVERIFY2(!row.all.contains(temporary), qPrintable(row.all));
}

void TestStaffAdministration::changeOwnPasswordKeepsThisSessionOnly()
{
    const QString temporary = QStringLiteral("temporary password 77");
    QVERIFY(asCli([&](StaffAdministration &a) { return a.resetPassword(QStringLiteral("sam"), temporary); }).ok());
    HttpTestClient here(m_server->baseUrl()), elsewhere(m_server->baseUrl());
    const auto signIn = here.login(QStringLiteral("sam"), temporary);
    QCOMPARE(signIn.status, 201);
    QCOMPARE(elsewhere.login(QStringLiteral("sam"), temporary).status, 201);
    const qint64 sessionId = sessionIdOf(here.token());
    QVERIFY(sessionId > 0);
    const auto sam = *account(QStringLiteral("sam"));
    const StaffAdministration::Actor self{sam.id, sam.username, QStringLiteral("127.0.0.1")};
    const QString chosen = QStringLiteral("my own new passphrase");

    const qint64 auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    Outcome o = inTransaction(
        self, [&](StaffAdministration &a) { return a.changeOwnPassword(sessionId, samPassword, chosen); });
    QCOMPARE(o.status, Status::WrongPassword);
    o = inTransaction(self, [&](StaffAdministration &a) {
        return a.changeOwnPassword(sessionId, temporary, QStringLiteral("short"));
    });
    QCOMPARE(o.status, Status::Invalid);
    QVERIFY2(o.error.contains(QStringLiteral("at least 12 characters")), qPrintable(o.error));
    o = inTransaction(self,
                      [&](StaffAdministration &a) { return a.changeOwnPassword(sessionId, temporary, temporary); });
    QCOMPARE(o.status, Status::Invalid);
    QCOMPARE(inTransaction(cliActor(),
                           [&](StaffAdministration &a) { return a.changeOwnPassword(sessionId, temporary, chosen); })
                 .status,
             Status::Invalid);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events")), auditBefore);
    QVERIFY(account(QStringLiteral("sam"))->passwordChangeRequired);
    QCOMPARE(elsewhere.get(QStringLiteral("/api/v1/me")).status, 200);

    o = inTransaction(self, [&](StaffAdministration &a) { return a.changeOwnPassword(sessionId, temporary, chosen); });
    QVERIFY2(o.ok(), qPrintable(o.error));
    QCOMPARE(o.sessionsEnded, 1);
    QVERIFY(!account(QStringLiteral("sam"))->passwordChangeRequired);
    QCOMPARE(here.get(QStringLiteral("/api/v1/me")).status, 200);
    QCOMPARE(elsewhere.get(QStringLiteral("/api/v1/me")).status, 401);
    HttpTestClient client(m_server->baseUrl());
    QCOMPARE(client.login(QStringLiteral("sam"), temporary).status, 401);
    QCOMPARE(client.login(QStringLiteral("sam"), chosen).status, 201);

    const AuditRow changed = lastAudit(QStringLiteral("staff.password_change"));
    QCOMPARE(changed.detail.value(QStringLiteral("username")).toString(), QStringLiteral("sam"));
    QCOMPARE(changed.actorUserId.toLongLong(), sam.id);
    QCOMPARE(changed.actorUsername, QStringLiteral("sam"));
    QVERIFY(changed.all.contains(QStringLiteral("127.0.0.1")));
    for (const AuditRow &row : auditRows())
        QVERIFY2(!row.all.contains(chosen) && !row.all.contains(temporary), qPrintable(row.all));
}

void TestStaffAdministration::setDisplayName()
{
    Outcome o = asCli(
        [](StaffAdministration &a) { return a.setDisplayName(QStringLiteral("sam"), QStringLiteral("Samira S.")); });
    QVERIFY2(o.ok() && o.changed, qPrintable(o.error));
    HttpTestClient client(m_server->baseUrl());
    QCOMPARE(client.login(QStringLiteral("sam"), samPassword)
                 .object()
                 .value(QStringLiteral("user"))
                 .toObject()
                 .value(QStringLiteral("display_name"))
                 .toString(),
             QStringLiteral("Samira S."));
    QCOMPARE(asCli([](StaffAdministration &a) {
                 return a.setDisplayName(QStringLiteral("sam"), QStringLiteral("  "));
             }).status,
             Status::Invalid);
    const AuditRow row = lastAudit(QStringLiteral("staff.display_name_change"));
    QCOMPARE(row.detail.value(QStringLiteral("from")).toString(), QStringLiteral("Sam Specialist"));
    QCOMPARE(row.detail.value(QStringLiteral("to")).toString(), QStringLiteral("Samira S."));
}

void TestStaffAdministration::changesJoinTheCallersTransaction()
{
    const qint64 auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    QSqlDatabase c = db();
    QVERIFY(izdesk::server::beginWriteTransaction(c, dialect()));
    {
        StaffAdministration admin(c, dialect(), cliActor(), QDateTime::currentDateTimeUtc(),
                                  m_server->app()->config().passwords());
        QVERIFY(admin.setRole(QStringLiteral("sam"), QStringLiteral("supervisor")).ok());
        QVERIFY(admin.disable(QStringLiteral("sam")).ok());
    }
    QVERIFY(c.rollback());
    QCOMPARE(account(QStringLiteral("sam"))->role, QStringLiteral("specialist"));
    QVERIFY(account(QStringLiteral("sam"))->active);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events")), auditBefore);
}

QTEST_GUILESS_MAIN(TestStaffAdministration)
#include "tst_staffadministration.moc"
