// The migration runner on a real database (SQLite file, or PostgreSQL in the pg variant):
// fresh database, re-run, a broken migration, placeholders and statement splitting, and
// upgrades that carry data forward.
#include "testdatabase.h"

#include "storage/database.h"
#include "storage/migrationrunner.h"
#include "storage/sqlutil.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace izdesk::server;
using izdesk::test::TestDatabase;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

bool tableExists(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    // Works on both stores: selecting from a missing table fails.
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
}

// Every migration of `all` but one: a database as it was before that one was written.
QList<MigrationRunner::Migration> without(const QList<MigrationRunner::Migration> &all, const QString &fileName)
{
    QList<MigrationRunner::Migration> kept;
    for (const auto &m : all) {
        if (m.fileName != fileName)
            kept << m;
    }
    return kept;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void freshDatabaseGetsEveryVersion();
    void rerunIsANoOp();
    void brokenMigrationRollsBackAndNamesTheFile();
    void badFileNameIsRejected();
    void placeholdersAreRewrittenPerDialect();
    void statementsSplitAtLineEndSemicolons();
    void upgradeFromVersionTwoKeepsTicketsInTheFeed();
    void staffAccountsOnFileNeedNoPasswordChangeAfterUpgrade();
    void consentOnlyLocksBecomeFlagsOnUpgrade();

private:
    QSqlDatabase db() { return m_database->connection(); }

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_database;
};

void TestMigrations::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    QString error;
    QVERIFY2(m_testDb->create(&error), qPrintable(error));
    const auto config = DatabaseConfig::parse(m_testDb->url(), &error);
    QVERIFY2(config, qPrintable(error));
    m_database = std::make_unique<Database>(*config);
    QVERIFY(db().isOpen());
}

void TestMigrations::cleanup()
{
    m_database.reset(); // close before the test database is dropped
    m_testDb.reset();
}

void TestMigrations::freshDatabaseGetsEveryVersion()
{
    QString error;
    const auto builtIn = MigrationRunner::load(QLatin1String(MigrationRunner::builtInDirectory), &error);
    QVERIFY2(!builtIn.isEmpty(), qPrintable(error));
    QCOMPARE(builtIn.constFirst().fileName, QStringLiteral("0001_core.sql"));

    MigrationRunner runner(db(), m_database->dialect());
    QVERIFY2(runner.migrateBuiltIn(&error), qPrintable(error));
    QList<int> expected;
    for (const auto &m : builtIn)
        expected.append(m.version);
    QCOMPARE(runner.appliedVersions(), expected);
    for (const char *table : {"staff_users", "sessions", "audit_events", "schema_migrations"})
        QVERIFY2(tableExists(db(), QLatin1String(table)), table);

    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM schema_migrations WHERE version = 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("core"));
}

void TestMigrations::rerunIsANoOp()
{
    QString error;
    MigrationRunner runner(db(), m_database->dialect());
    QVERIFY2(runner.migrateBuiltIn(&error), qPrintable(error));
    QSqlQuery insert(db());
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO staff_users (username, display_name, role, password_hash, created_at) "
                                       "VALUES ('keep', 'Keep Me', 'admin', 'x', '2024-01-01T00:00:00.000Z')")));
    QSqlQuery before(db());
    QVERIFY(before.exec(QStringLiteral("SELECT version, applied_at FROM schema_migrations ORDER BY version")));
    QStringList stamps;
    while (before.next())
        stamps << before.value(1).toString();

    QVERIFY2(MigrationRunner(db(), m_database->dialect()).migrateBuiltIn(&error), qPrintable(error));
    QSqlQuery after(db());
    QVERIFY(after.exec(QStringLiteral("SELECT version, applied_at FROM schema_migrations ORDER BY version")));
    QStringList stampsAfter;
    while (after.next())
        stampsAfter << after.value(1).toString();
    QCOMPARE(stampsAfter, stamps);
    QSqlQuery kept(db());
    QVERIFY(kept.exec(QStringLiteral("SELECT COUNT(*) FROM staff_users")));
    QVERIFY(kept.next());
    QCOMPARE(kept.value(0).toInt(), 1);
}

void TestMigrations::brokenMigrationRollsBackAndNamesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("0001_alpha.sql")),
                      "-- first\nCREATE TABLE alpha (id {{ID}}, note TEXT);\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("0002_beta.sql")),
                      "CREATE TABLE beta (id {{ID}}, at {{TIMESTAMP}});\n"
                      "INSERT INTO alpha (note) VALUES ('from beta');\n"
                      "CREATE TABLE gamma (id {{ID}}, broken SYNTAX ERROR HERE (;\n"));
    QString error;
    QList<MigrationRunner::Migration> set = MigrationRunner::load(dir.path(), &error);
    QCOMPARE(set.size(), 2);

    MigrationRunner runner(db(), m_database->dialect());
    QVERIFY(!runner.migrate(set, &error));
    QVERIFY2(error.contains(QStringLiteral("0002_beta.sql")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("statement 3")), qPrintable(error));
    QCOMPARE(runner.appliedVersions(), QList<int>{1});
    QVERIFY(tableExists(db(), QStringLiteral("alpha")));
    QVERIFY(!tableExists(db(), QStringLiteral("beta"))); // rolled back with the whole file
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM alpha")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);

    // Fixed, it applies on top of version 1.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("0002_beta.sql")),
                      "CREATE TABLE beta (id {{ID}}, at {{TIMESTAMP}});\n"
                      "INSERT INTO alpha (note) VALUES ('from beta');\n"));
    set = MigrationRunner::load(dir.path(), &error);
    QVERIFY2(runner.migrate(set, &error), qPrintable(error));
    QCOMPARE(runner.appliedVersions(), (QList<int>{1, 2}));
    QVERIFY(tableExists(db(), QStringLiteral("beta")));
}

void TestMigrations::badFileNameIsRejected()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("1_oops.sql")), "SELECT 1;\n"));
    QString error;
    QVERIFY(MigrationRunner::load(dir.path(), &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("1_oops.sql")));
}

void TestMigrations::placeholdersAreRewrittenPerDialect()
{
    const QString sql = QStringLiteral("CREATE TABLE t (id {{ID}}, at {{TIMESTAMP}}, b {{BLOB}}, n {{BIGINT}});");
    QCOMPARE(MigrationRunner::rewrite(sql, Dialect::Sqlite),
             QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT, b BLOB, n INTEGER);"));
    QCOMPARE(MigrationRunner::rewrite(sql, Dialect::Postgres),
             QStringLiteral("CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, at TIMESTAMPTZ, b BYTEA, n BIGINT);"));
}

void TestMigrations::statementsSplitAtLineEndSemicolons()
{
    const QStringList parts = MigrationRunner::splitStatements(QStringLiteral(
        "-- comment;\nCREATE TABLE a (x TEXT DEFAULT 'a;b');\n\nCREATE INDEX i\n  ON a (x);\n"));
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0), QStringLiteral("CREATE TABLE a (x TEXT DEFAULT 'a;b')"));
    QCOMPARE(parts.at(1), QStringLiteral("CREATE INDEX i\n  ON a (x)"));
}

void TestMigrations::upgradeFromVersionTwoKeepsTicketsInTheFeed()
{
    // A database of the foundation (0001–0002) with tickets, upgraded to today's schema: the
    // tickets enter the change feed and get a breach sort key (0003_changes_sla.sql).
    QString error;
    const auto all = MigrationRunner::load(QLatin1String(MigrationRunner::builtInDirectory), &error);
    QVERIFY2(!all.isEmpty(), qPrintable(error));
    QList<MigrationRunner::Migration> foundation;
    for (const auto &m : all) {
        if (m.version <= 2)
            foundation << m;
    }
    const Dialect dialect = m_database->dialect();
    MigrationRunner runner(db(), dialect);
    QVERIFY2(runner.migrate(foundation, &error), qPrintable(error));
    const QVariant now = toDbTimestamp(QDateTime::currentDateTimeUtc(), dialect);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO staff_users (username, display_name, role, password_hash, created_at) "
                             "VALUES ('old', 'Old Timer', 'specialist', 'x', ?)"));
    q.addBindValue(now);
    QVERIFY(q.exec());
    for (int i = 0; i < 2; ++i) {
        QSqlQuery t(db());
        t.prepare(QStringLiteral("INSERT INTO tickets (subject, status, priority, category, channel, created_by_id, "
                                 "created_at, updated_at) SELECT 'Before the upgrade', 'open', 'normal', 'forecaster', "
                                 "'phone', id, ?, ? FROM staff_users WHERE username = 'old'"));
        t.addBindValue(now);
        t.addBindValue(now);
        QVERIFY(t.exec());
    }
    QVERIFY2(runner.migrate(all, &error), qPrintable(error));
    QSqlQuery changes(db());
    QVERIFY(changes.exec(QStringLiteral("SELECT COUNT(*) FROM changes WHERE kind = 'ticket'")) && changes.next());
    QCOMPARE(changes.value(0).toInt(), 2);
    QSqlQuery keys(db());
    QVERIFY(keys.exec(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE sla_sort_key IS NULL OR sla_clock_at IS NULL")) && keys.next());
    QCOMPARE(keys.value(0).toInt(), 0);
    for (const QString &table : {QStringLiteral("ticket_status_history"), QStringLiteral("ticket_presence"),
                                 QStringLiteral("ticket_entries"), QStringLiteral("canned_responses"),
                                 QStringLiteral("ticket_attachments"), QStringLiteral("ticket_links"),
                                 QStringLiteral("assignment_cursor")})
        QVERIFY2(tableExists(db(), table), qPrintable(table));
}

void TestMigrations::staffAccountsOnFileNeedNoPasswordChangeAfterUpgrade()
{
    // A database with every migration but 0008 and an account on file: after the upgrade the
    // account signs in as before (no password change required), and a reset can require one.
    QString error;
    const auto all = MigrationRunner::load(QLatin1String(MigrationRunner::builtInDirectory), &error);
    QVERIFY2(!all.isEmpty(), qPrintable(error));
    const auto before = without(all, QStringLiteral("0008_staff_administration.sql"));
    QCOMPARE(before.size(), all.size() - 1);
    MigrationRunner runner(db(), m_database->dialect());
    QVERIFY2(runner.migrate(before, &error), qPrintable(error));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO staff_users (username, display_name, role, password_hash, created_at) "
                             "VALUES ('old', 'Old Timer', 'admin', 'x', ?)"));
    q.addBindValue(toDbTimestamp(QDateTime::currentDateTimeUtc(), m_database->dialect()));
    QVERIFY(q.exec());
    QVERIFY(!runner.appliedVersions().contains(8));

    QVERIFY2(runner.migrate(all, &error), qPrintable(error));
    QVERIFY(runner.appliedVersions().contains(8));
    QSqlQuery flag(db());
    QVERIFY(flag.exec(QStringLiteral("SELECT password_change_required FROM staff_users WHERE username = 'old'")));
    QVERIFY(flag.next());
    QCOMPARE(flag.value(0).toBool(), false);
    QSqlQuery reset(db());
    QVERIFY(reset.exec(QStringLiteral("UPDATE staff_users SET password_change_required = TRUE WHERE username = 'old'")));
    QSqlQuery count(db());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM staff_users WHERE password_change_required = TRUE")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 1);
}

void TestMigrations::consentOnlyLocksBecomeFlagsOnUpgrade()
{
    // Records imported with an active sharing-lock or opt-out consent but without the flag on
    // the patient row: after the upgrade every rule that reads the flag hides them; an inactive
    // consent and an unrelated consent change nothing.
    QString error;
    const auto all = MigrationRunner::load(QLatin1String(MigrationRunner::builtInDirectory), &error);
    QVERIFY2(!all.isEmpty(), qPrintable(error));
    const auto before = without(all, QStringLiteral("0016_patient_flags_from_consents.sql"));
    QCOMPARE(before.size(), all.size() - 1);
    MigrationRunner runner(db(), m_database->dialect());
    QVERIFY2(runner.migrate(before, &error), qPrintable(error));
    const QVariant now = toDbTimestamp(QDateTime::currentDateTimeUtc(), m_database->dialect());
    const QStringList consents{QStringLiteral("sharing_lock"), QStringLiteral("full_opt_out"),
                               QStringLiteral("sharing_lock"), QStringLiteral("reminder_recall_opt_out")};
    const QList<bool> active{true, true, false, true};
    for (int i = 0; i < consents.size(); ++i) {
        QSqlQuery p(db());
        p.prepare(QStringLiteral("INSERT INTO patients (iis_id, created_at, updated_at) VALUES (?, ?, ?)"));
        p.addBindValue(QStringLiteral("MIG%1").arg(i));
        p.addBindValue(now);
        p.addBindValue(now);
        QVERIFY(p.exec());
        QSqlQuery c(db());
        c.prepare(QStringLiteral("INSERT INTO patient_consents (patient_id, kind, active, effective_date, recorded_at) "
                                 "SELECT id, ?, ?, '2020-01-01', ? FROM patients WHERE iis_id = ?"));
        c.addBindValue(consents.at(i));
        c.addBindValue(active.at(i));
        c.addBindValue(now);
        c.addBindValue(QStringLiteral("MIG%1").arg(i));
        QVERIFY(c.exec());
    }
    QVERIFY2(runner.migrate(all, &error), qPrintable(error));
    QSqlQuery flags(db());
    QVERIFY(flags.exec(QStringLiteral("SELECT iis_id, sharing_lock, full_opt_out FROM patients ORDER BY iis_id")));
    QStringList seen;
    while (flags.next())
        seen << QStringLiteral("%1 %2 %3").arg(flags.value(0).toString()).arg(int(flags.value(1).toBool())).arg(int(flags.value(2).toBool()));
    QCOMPARE(seen, (QStringList{QStringLiteral("MIG0 1 0"), QStringLiteral("MIG1 0 1"), QStringLiteral("MIG2 0 0"),
                                QStringLiteral("MIG3 0 0")}));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
