// The izdesk-server program itself: the listening line, exit codes and messages.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "httptestclient.h"

using izdesk::test::HttpTestClient;

class TestServerCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listensOnAnEphemeralPortAndAnswers();
    void badArgumentsExitTwoNamingTheOption_data();
    void badArgumentsExitTwoNamingTheOption();
    void unopenableDatabaseExitsOne();
    void helpAndVersion();
    void scimTokenAndSweepCommands();

private:
    QProcessEnvironment environment() const;
    QTemporaryDir m_dir;
};

void TestServerCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(IZDESK_SERVER_BINARY)));
}

QProcessEnvironment TestServerCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path()); // default database stays in the sandbox
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    return env;
}

void TestServerCli::listensOnAnEphemeralPortAndAnswers()
{
    QProcess server;
    server.setProcessEnvironment(environment());
    server.start(QStringLiteral(IZDESK_SERVER_BINARY),
                 {QStringLiteral("--database"), QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("sub/dir/s.sqlite")),
                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--environment"), QStringLiteral("uat")});
    QVERIFY(server.waitForStarted());
    QByteArray line;
    QTRY_VERIFY_WITH_TIMEOUT((line += server.readAllStandardOutput()).contains('\n'), 20000);
    const QByteArray first = line.left(line.indexOf('\n'));
    QVERIFY2(first.startsWith("listening on http://127.0.0.1:"), first.constData());
    const QUrl base(QString::fromLatin1(first.mid(int(qstrlen("listening on ")))));
    QVERIFY(base.port() > 0);
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("sub/dir/s.sqlite"))));

    HttpTestClient client(base);
    const auto meta = client.get(QStringLiteral("/api/v1/meta"));
    QCOMPARE(meta.status, 200);
    QCOMPARE(meta.object().value(QStringLiteral("environment")).toString(), QStringLiteral("uat"));

    server.terminate(); // SIGTERM: clean shutdown
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
    const QByteArray log = server.readAllStandardError();
    QVERIFY(!log.contains("password"));
}

void TestServerCli::badArgumentsExitTwoNamingTheOption_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("localhost")} << QStringLiteral("--listen");
    QTest::newRow("environment") << QStringList{QStringLiteral("--environment"), QStringLiteral("staging")} << QStringLiteral("--environment");
    QTest::newRow("database") << QStringList{QStringLiteral("--database"), QStringLiteral("file:/x")} << QStringLiteral("--database");
    QTest::newRow("unknown") << QStringList{QStringLiteral("--verbose")} << QStringLiteral("--verbose");
    QTest::newRow("seed in production") << QStringList{QStringLiteral("--environment"), QStringLiteral("production"),
                                                       QStringLiteral("--seed"), QStringLiteral("demo")}
                                        << QStringLiteral("production");
    QTest::newRow("sla policy missing") << QStringList{QStringLiteral("--sla-policy"), m_dir.filePath(QStringLiteral("none.json"))}
                                        << QStringLiteral("--sla-policy");
    // A policy whose Tuesday ends before it starts: the error names the key.
    QFile bad(m_dir.filePath(QStringLiteral("bad-sla.json")));
    if (bad.open(QIODevice::WriteOnly))
        bad.write(R"({"timezone":"America/Chicago","business_hours":{"mon":["08:00","17:00"],"tue":["17:00","08:00"]},)"
                  R"("targets":{"low":{"first_response_minutes":1,"resolution_minutes":2}}})");
    bad.close();
    QTest::newRow("sla policy invalid") << QStringList{QStringLiteral("--sla-policy"), bad.fileName()}
                                        << QStringLiteral("business_hours.tue");
}

void TestServerCli::badArgumentsExitTwoNamingTheOption()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QProcess server;
    server.setProcessEnvironment(environment());
    server.start(QStringLiteral(IZDESK_SERVER_BINARY), args);
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 2);
    const QString err = QString::fromLocal8Bit(server.readAllStandardError());
    QVERIFY2(err.contains(mentions), qPrintable(err));
    QVERIFY(server.readAllStandardOutput().isEmpty());
}

void TestServerCli::unopenableDatabaseExitsOne()
{
    QProcess server;
    server.setProcessEnvironment(environment());
    // A folder where the database file should be.
    QDir(m_dir.path()).mkpath(QStringLiteral("adir.sqlite"));
    server.start(QStringLiteral(IZDESK_SERVER_BINARY),
                 {QStringLiteral("--database"), QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("adir.sqlite")),
                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(server.waitForFinished(20000));
    QCOMPARE(server.exitCode(), 1);
    const QString err = QString::fromLocal8Bit(server.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("database")), qPrintable(err));
}

void TestServerCli::helpAndVersion()
{
    QProcess help;
    help.start(QStringLiteral(IZDESK_SERVER_BINARY), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    const QByteArray text = help.readAllStandardOutput();
    for (const char *option : {"--database", "--listen", "--environment", "--seed"})
        QVERIFY2(text.contains(option), option);
    QProcess version;
    version.start(QStringLiteral(IZDESK_SERVER_BINARY), {QStringLiteral("--version")});
    QVERIFY(version.waitForFinished(10000));
    QCOMPARE(version.exitCode(), 0);
    QVERIFY(version.readAllStandardOutput().contains("0.1.0"));
}

// `accounts scim-token NAME` prints a token once; a server on the same database accepts it at
// /scim/v2 and refuses calls without it. `accounts sweep` runs against the same database.
void TestServerCli::scimTokenAndSweepCommands()
{
    const QString database = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("accounts.sqlite"));
    QProcess issue;
    issue.setProcessEnvironment(environment());
    issue.start(QStringLiteral(IZDESK_SERVER_BINARY),
                {QStringLiteral("accounts"), QStringLiteral("scim-token"), QStringLiteral("okta"), QStringLiteral("--database"), database});
    QVERIFY(issue.waitForFinished(20000));
    QCOMPARE(issue.exitCode(), 0);
    const QList<QByteArray> lines = issue.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.first().contains("okta"), lines.first().constData());
    const QByteArray token = lines.last().trimmed();
    QVERIFY(token.size() >= 32);
    QVERIFY2(!issue.readAllStandardError().contains(token), "the token must not be logged");

    QProcess sweep;
    sweep.setProcessEnvironment(environment());
    sweep.start(QStringLiteral(IZDESK_SERVER_BINARY), {QStringLiteral("accounts"), QStringLiteral("sweep"), QStringLiteral("--database"), database});
    QVERIFY(sweep.waitForFinished(20000));
    QCOMPARE(sweep.exitCode(), 0);
    QVERIFY(sweep.readAllStandardOutput().contains("0 accounts inactivated"));

    QProcess server;
    server.setProcessEnvironment(environment());
    server.start(QStringLiteral(IZDESK_SERVER_BINARY),
                 {QStringLiteral("--database"), database, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(server.waitForStarted());
    QByteArray line;
    QTRY_VERIFY_WITH_TIMEOUT((line += server.readAllStandardOutput()).contains('\n'), 20000);
    const QByteArray first = line.left(line.indexOf('\n'));
    HttpTestClient client(QUrl(QString::fromLatin1(first.mid(int(qstrlen("listening on "))))));
    const QString path = QStringLiteral("/scim/v2/ServiceProviderConfig");
    QCOMPARE(client.get(path).status, 401);
    QCOMPARE(client.get(path, {{"Authorization", "Bearer wrong-token"}}).status, 401);
    QCOMPARE(client.get(path, {{"Authorization", "Bearer " + token}}).status, 200);
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
    QVERIFY(!server.readAllStandardError().contains(token));
}

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
