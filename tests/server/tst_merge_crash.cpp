// A server killed (SIGKILL) in the middle of a merge leaves no half merge, and in the middle of
// an unmerge no half unmerge: the real izdesk-server binary, made to pause inside the
// transaction after its first write (IZDESK_TEST_PAUSE_IN_MERGE_MS, merge/testhooks.h), is
// killed while it waits; both patients are then exactly as before the request, and a
// restarted server carries the request out normally. SQLite file and PostgreSQL.

#include "httptestclient.h"
#include "mergetestdata.h"
#include "serverapp.h"
#include "testserver.h"

#include <QJsonArray>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;
using namespace izdesk::test;

class TstMergeCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedMidMergeLeavesNoHalfMerge();
    void killedMidUnmergeLeavesTheMergeInForce();

private:
    struct Pair
    {
        qint64 target = 0, source = 0;
    };
    Pair insertPair(const QString &mrn);
    // Sends a request to a server paused inside its transaction, checks it is in there, kills it.
    void killDuring(const QString &path, const QJsonObject &body);
    // Starts the binary on the test database; returns its base URL (empty on failure).
    QUrl startServer(QProcess &server, int pauseMs);
    bool writerHoldsTransaction();
    qint64 count(const QString &sql);

    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_server;
};

void TstMergeCrash::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(IZDESK_SERVER_BINARY)));
    TestServer::Options options;
    options.seedDemo = false;
    m_server = std::make_unique<TestServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY2(m_server->addStaffUser(QStringLiteral("specialist"), QStringLiteral("Spec"), QStringLiteral("specialist"),
                                    QStringLiteral("desk-phone-line-2026"), &error),
             qPrintable(error));
}

QUrl TstMergeCrash::startServer(QProcess &server, int pauseMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    if (pauseMs > 0)
        env.insert(QStringLiteral("IZDESK_TEST_PAUSE_IN_MERGE_MS"), QString::number(pauseMs));
    else
        env.remove(QStringLiteral("IZDESK_TEST_PAUSE_IN_MERGE_MS"));
    server.setProcessEnvironment(env);
    server.start(QStringLiteral(IZDESK_SERVER_BINARY),
                 {QStringLiteral("--database"), m_server->databaseUrl(), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:0"), QStringLiteral("--environment"), QStringLiteral("uat")});
    if (!server.waitForStarted())
        return {};
    QByteArray line;
    QElapsedTimer timer;
    timer.start();
    while (!line.contains('\n') && timer.elapsed() < 20000) {
        server.waitForReadyRead(200);
        line += server.readAllStandardOutput();
    }
    const QByteArray first = line.left(line.indexOf('\n'));
    if (!first.startsWith("listening on "))
        return {};
    return QUrl(QString::fromLatin1(first.mid(int(qstrlen("listening on ")))));
}

// Proof that the killed server was inside its transaction, not before or after it.
bool TstMergeCrash::writerHoldsTransaction()
{
    if (m_server->isPostgres())
        return count(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                                    "AND state = 'idle in transaction' AND pid <> pg_backend_pid()"))
               > 0;
    const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool locked = false;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        probe.setDatabaseName(m_server->databaseUrl().mid(int(qstrlen("sqlite:"))));
        probe.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (probe.open()) {
            QSqlQuery q(probe);
            locked = !q.exec(QStringLiteral("BEGIN IMMEDIATE"));
            if (!locked)
                q.exec(QStringLiteral("ROLLBACK"));
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(name);
    return locked;
}

qint64 TstMergeCrash::count(const QString &sql)
{
    QSqlQuery q(m_server->app()->database().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

TstMergeCrash::Pair TstMergeCrash::insertPair(const QString &mrn)
{
    PatientInput target;
    target.first = QStringLiteral("Ingrid");
    target.last = QStringLiteral("Halvorsen");
    target.dob = QDate(2017, 8, 12);
    target.sex = QStringLiteral("F");
    PatientInput source = target;
    source.first = QStringLiteral("Ingred");
    source.identifiers << PatientInput::Identifier{QStringLiteral("mrn"), mrn, QStringLiteral("CLINIC09")};
    QString error;
    auto &database = m_server->app()->database();
    const auto t = insertPatient(database, target,
                                 {dose(QStringLiteral("20"), QDate(2017, 10, 12), QStringLiteral("LOT1"))}, &error);
    const auto s = insertPatient(
        database, source,
        {dose(QStringLiteral("107"), QDate(2017, 10, 12)), dose(QStringLiteral("08"), QDate(2017, 8, 13))}, &error);
    if (!t || !s)
        qWarning() << "insert failed:" << error;
    return {t.value_or(0), s.value_or(0)};
}

void TstMergeCrash::killDuring(const QString &path, const QJsonObject &body)
{
    QProcess server;
    const QUrl base = startServer(server, 60000);
    QVERIFY2(base.isValid() && base.port() > 0, server.readAllStandardError().constData());
    {
        HttpTestClient client(base);
        QCOMPARE(client.login(QStringLiteral("specialist"), QStringLiteral("desk-phone-line-2026")).status, 201);
        client.timeoutMs = 3000; // paused inside its transaction: no answer
        QCOMPARE(client.post(path, body).status, 0);
    }
    QTRY_VERIFY_WITH_TIMEOUT(writerHoldsTransaction(), 10000);
    server.kill(); // SIGKILL: no shutdown, no rollback by the server itself
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitStatus(), QProcess::CrashExit);
}

void TstMergeCrash::killedMidMergeLeavesNoHalfMerge()
{
    auto &database = m_server->app()->database();
    const Pair pair = insertPair(QStringLiteral("MRN-CRASH-1"));
    QVERIFY(pair.target > 0 && pair.source > 0);
    const auto targetBefore = izdesk::server::PatientSnapshot::read(database.connection(), pair.target);
    const auto sourceBefore = izdesk::server::PatientSnapshot::read(database.connection(), pair.source);
    QVERIFY(targetBefore && sourceBefore);
    const QJsonObject body{
        {QStringLiteral("source"), pair.source},
        {QStringLiteral("fields"), QJsonObject{{QStringLiteral("first_name"), QStringLiteral("target")}}},
        {QStringLiteral("reason"), QStringLiteral("same child")}};
    const QString path = QStringLiteral("/api/v1/patients/%1/merge").arg(pair.target);

    killDuring(path, body);
    if (QTest::currentTestFailed())
        return;

    QTRY_COMPARE_WITH_TIMEOUT(
        izdesk::server::PatientSnapshot::read(database.connection(), pair.target).value_or(QJsonObject()),
        *targetBefore, 10000);
    QCOMPARE(izdesk::server::PatientSnapshot::read(database.connection(), pair.source).value_or(QJsonObject()),
             *sourceBefore);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM patient_merges WHERE target_id = %1").arg(pair.target)), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM patient_links WHERE patient_id IN (%1, %2)")
                       .arg(pair.target)
                       .arg(pair.source)),
             0);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'patient.merge' AND entity_id = '%1'")
                  .arg(pair.target)),
        0);

    // A restarted server sees the pair untouched and merges it normally.
    QProcess again;
    const QUrl base2 = startServer(again, 0);
    QVERIFY(base2.isValid() && base2.port() > 0);
    {
        HttpTestClient client(base2);
        QCOMPARE(client.login(QStringLiteral("specialist"), QStringLiteral("desk-phone-line-2026")).status, 201);
        const auto list = client.get(QStringLiteral("/api/v1/patients/%1/merges").arg(pair.target));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.object().value(QStringLiteral("items")).toArray().size(), 0);
        const auto sourceNow = client.get(QStringLiteral("/api/v1/patients/%1").arg(pair.source));
        QCOMPARE(sourceNow.status, 200);
        QCOMPARE(sourceNow.object().value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(client.post(path, body).status, 201);
    }
    again.terminate();
    QVERIFY(again.waitForFinished(10000));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM patient_merges WHERE target_id = %1").arg(pair.target)), 1);
}

void TstMergeCrash::killedMidUnmergeLeavesTheMergeInForce()
{
    auto &database = m_server->app()->database();
    const Pair pair = insertPair(QStringLiteral("MRN-CRASH-2"));
    QVERIFY(pair.target > 0 && pair.source > 0);
    qint64 mergeId = 0;
    {
        QProcess server;
        const QUrl base = startServer(server, 0);
        QVERIFY(base.isValid() && base.port() > 0);
        HttpTestClient client(base);
        QCOMPARE(client.login(QStringLiteral("specialist"), QStringLiteral("desk-phone-line-2026")).status, 201);
        const auto r = client.post(QStringLiteral("/api/v1/patients/%1/merge").arg(pair.target),
                                   QJsonObject{{QStringLiteral("source"), pair.source},
                                               {QStringLiteral("reason"), QStringLiteral("same child")}});
        QCOMPARE(r.status, 201);
        mergeId = r.object().value(QStringLiteral("id")).toInteger();
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
    }
    const auto targetMerged = izdesk::server::PatientSnapshot::read(database.connection(), pair.target);
    const auto sourceMerged = izdesk::server::PatientSnapshot::read(database.connection(), pair.source);
    QVERIFY(targetMerged && sourceMerged);
    const QString path = QStringLiteral("/api/v1/merges/%1/unmerge").arg(mergeId);

    killDuring(path, QJsonObject());
    if (QTest::currentTestFailed())
        return;

    QTRY_COMPARE_WITH_TIMEOUT(
        izdesk::server::PatientSnapshot::read(database.connection(), pair.target).value_or(QJsonObject()),
        *targetMerged, 10000);
    QCOMPARE(izdesk::server::PatientSnapshot::read(database.connection(), pair.source).value_or(QJsonObject()),
             *sourceMerged);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM patient_merges WHERE id = %1 AND status = 'merged'").arg(mergeId)),
        1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM patient_links WHERE merge_id = %1").arg(mergeId)), 2);

    QProcess again;
    const QUrl base = startServer(again, 0);
    QVERIFY(base.isValid() && base.port() > 0);
    {
        HttpTestClient client(base);
        QCOMPARE(client.login(QStringLiteral("specialist"), QStringLiteral("desk-phone-line-2026")).status, 201);
        QCOMPARE(client.post(path, QJsonObject()).status, 200);
    }
    again.terminate();
    QVERIFY(again.waitForFinished(10000));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM patient_links WHERE merge_id = %1").arg(mergeId)), 0);
}

QTEST_GUILESS_MAIN(TstMergeCrash)
#include "tst_merge_crash.moc"
