// A server killed (SIGKILL) in the middle of a merge leaves no half merge: the real
// izdesk-server binary, made to pause inside the merge transaction after its first writes
// (IZDESK_TEST_PAUSE_IN_MERGE_MS, merge/testhooks.h), is killed while it waits; both patients
// are then exactly as before, no merge record or link exists, and a restarted server merges
// the pair normally. SQLite file and PostgreSQL.

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

private:
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
                                    QStringLiteral("izdesk-specialist"), &error), qPrintable(error));
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
                 {QStringLiteral("--database"), m_server->databaseUrl(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                  QStringLiteral("--environment"), QStringLiteral("uat")});
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
                                    "AND state = 'idle in transaction' AND pid <> pg_backend_pid()")) > 0;
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

void TstMergeCrash::killedMidMergeLeavesNoHalfMerge()
{
    auto &database = m_server->app()->database();
    PatientInput target;
    target.first = QStringLiteral("Ingrid");
    target.last = QStringLiteral("Halvorsen");
    target.dob = QDate(2017, 8, 12);
    target.sex = QStringLiteral("F");
    PatientInput source = target;
    source.first = QStringLiteral("Ingred");
    source.identifiers << PatientInput::Identifier{QStringLiteral("mrn"), QStringLiteral("MRN-CRASH"), QStringLiteral("CLINIC09")};
    QString error;
    const auto t = insertPatient(database, target, {dose(QStringLiteral("20"), QDate(2017, 10, 12), QStringLiteral("LOT1"))}, &error);
    const auto s = insertPatient(database, source, {dose(QStringLiteral("107"), QDate(2017, 10, 12)), dose(QStringLiteral("08"), QDate(2017, 8, 13))}, &error);
    QVERIFY2(t && s, qPrintable(error));
    const auto targetBefore = izdesk::server::PatientSnapshot::read(database.connection(), *t);
    const auto sourceBefore = izdesk::server::PatientSnapshot::read(database.connection(), *s);
    QVERIFY(targetBefore && sourceBefore);
    const QJsonObject body{{QStringLiteral("source"), *s},
                           {QStringLiteral("fields"), QJsonObject{{QStringLiteral("first_name"), QStringLiteral("target")}}},
                           {QStringLiteral("reason"), QStringLiteral("same child")}};
    const QString path = QStringLiteral("/api/v1/patients/%1/merge").arg(*t);

    QProcess server;
    const QUrl base = startServer(server, 60000);
    QVERIFY2(base.isValid() && base.port() > 0, server.readAllStandardError().constData());
    {
        HttpTestClient client(base);
        QCOMPARE(client.login(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist")).status, 201);
        client.timeoutMs = 3000; // the merge is paused inside its transaction: no answer
        QCOMPARE(client.post(path, body).status, 0);
    }
    QTRY_VERIFY_WITH_TIMEOUT(writerHoldsTransaction(), 10000);
    server.kill(); // SIGKILL: no shutdown, no rollback by the server itself
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitStatus(), QProcess::CrashExit);

    QTRY_COMPARE_WITH_TIMEOUT(izdesk::server::PatientSnapshot::read(database.connection(), *t).value_or(QJsonObject()), *targetBefore, 10000);
    QCOMPARE(izdesk::server::PatientSnapshot::read(database.connection(), *s).value_or(QJsonObject()), *sourceBefore);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM patient_merges")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM patient_links")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'patient.merge'")), 0);

    // A restarted server sees the pair untouched and merges it normally.
    QProcess again;
    const QUrl base2 = startServer(again, 0);
    QVERIFY(base2.isValid() && base2.port() > 0);
    {
        HttpTestClient client(base2);
        QCOMPARE(client.login(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist")).status, 201);
        const auto list = client.get(QStringLiteral("/api/v1/patients/%1/merges").arg(*t));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.object().value(QStringLiteral("items")).toArray().size(), 0);
        const auto sourceNow = client.get(QStringLiteral("/api/v1/patients/%1").arg(*s));
        QCOMPARE(sourceNow.status, 200);
        QCOMPARE(sourceNow.object().value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(client.post(path, body).status, 201);
    }
    again.terminate();
    QVERIFY(again.waitForFinished(10000));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM patient_merges")), 1);
}

QTEST_GUILESS_MAIN(TstMergeCrash)
#include "tst_merge_crash.moc"
