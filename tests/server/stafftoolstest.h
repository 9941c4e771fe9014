#pragma once

// The harness of the `izdesk-server staff …` tests: the real binary on a fresh, empty test
// database (SQLite file or PostgreSQL) run with a sandboxed HOME, the real server in
// production on that database, and reads of what the commands stored. Passwords go in on
// stdin only; a password on any command line stops the test.

#include "testdatabase.h"

#include "storage/database.h"
#include "storage/databaseconfig.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

namespace izdesk::test {

inline const QByteArray adminPassword = "first admin passphrase 1";
inline const QByteArray samPassword = "at the phone desk all day";

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
    QByteArray all() const { return out + err; }
};

// The real server; still running at the end of its scope (a failed check) it is killed.
struct ProductionServer : QProcess
{
    ~ProductionServer() override
    {
        if (state() != QProcess::NotRunning) {
            kill();
            waitForFinished(10000);
        }
    }
};

class StaffToolsHarness
{
protected:
    QProcessEnvironment environment() const;
    // `izdesk-server staff ARGS --database URL` with `input` on stdin.
    Run staff(const QStringList &args, const QByteArray &input = {});
    void addAdminAndSam();
    // The real server in production on the test database; its base URL, or empty.
    QUrl startServer(QProcess &server);
    void stopServer(QProcess &server);
    QSqlDatabase db();
    qint64 count(const QString &sql);
    QByteArray storedText(); // the SQLite files, or every audit and staff row on PostgreSQL

    void createDatabase()
    {
        m_database = std::make_unique<TestDatabase>();
        QString error;
        QVERIFY2(m_database->create(&error), qPrintable(error));
    }
    void dropDatabase()
    {
        m_connection.reset();
        m_database.reset();
    }

    QTemporaryDir m_home;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<izdesk::server::Database> m_connection;
};

inline QProcessEnvironment StaffToolsHarness::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    // Every log line of ours, debug included, so that the checks below see all of them.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("izdesk.*=true"));
    return env;
}

inline Run StaffToolsHarness::staff(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.setProcessEnvironment(environment());
    const QStringList argv
        = QStringList{QStringLiteral("staff")} + args + QStringList{QStringLiteral("--database"), m_database->url()};
    for (const QString &a : argv) {
        if (a.contains(QString::fromLatin1(adminPassword)) || a.contains(QString::fromLatin1(samPassword)))
            qFatal("a password on the command line");
    }
    p.start(QStringLiteral(IZDESK_SERVER_BINARY), argv);
    Run run;
    if (!p.waitForStarted())
        return run;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

inline void StaffToolsHarness::addAdminAndSam()
{
    Run r = staff({QStringLiteral("add"), QStringLiteral("admin1"), QStringLiteral("--role"), QStringLiteral("admin"),
                   QStringLiteral("--password-stdin")},
                  adminPassword + '\n');
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = staff({QStringLiteral("add"), QStringLiteral("sam"), QStringLiteral("--role"), QStringLiteral("specialist"),
               QStringLiteral("--display-name"), QStringLiteral("Sam Specialist"), QStringLiteral("--password-stdin")},
              samPassword + '\n');
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

inline QUrl StaffToolsHarness::startServer(QProcess &server)
{
    server.setProcessEnvironment(environment());
    server.start(QStringLiteral(IZDESK_SERVER_BINARY),
                 {QStringLiteral("--database"), m_database->url(), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:0"), QStringLiteral("--environment"), QStringLiteral("production")});
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

inline void StaffToolsHarness::stopServer(QProcess &server)
{
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
    const QByteArray log = server.readAllStandardOutput() + server.readAllStandardError();
    QVERIFY2(!log.contains(adminPassword) && !log.contains(samPassword), log.constData());
}

inline QSqlDatabase StaffToolsHarness::db()
{
    if (!m_connection) {
        QString error;
        const auto config = izdesk::server::DatabaseConfig::parse(m_database->url(), &error);
        if (!config)
            qFatal("%s", qPrintable(error));
        m_connection = std::make_unique<izdesk::server::Database>(*config);
    }
    return m_connection->connection();
}

inline qint64 StaffToolsHarness::count(const QString &sql)
{
    QSqlQuery q(db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

inline QByteArray StaffToolsHarness::storedText()
{
    QByteArray text;
    if (!m_database->isPostgres()) {
        const QString path = m_database->url().mid(int(qstrlen("sqlite:")));
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(path + suffix);
            if (f.open(QIODevice::ReadOnly))
                text += f.readAll();
        }
        return text;
    }
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT actor_username || action || entity_type || COALESCE(entity_id, '') || detail "
                              "FROM audit_events")))
        while (q.next())
            text += q.value(0).toString().toUtf8();
    if (q.exec(QStringLiteral("SELECT username || display_name || password_hash FROM staff_users")))
        while (q.next())
            text += q.value(0).toString().toUtf8();
    return text;
}

} // namespace izdesk::test
