// `izdesk-server staff …` end to end: the real binary on a fresh, empty database (SQLite file or
// PostgreSQL), then the real server in production on that database answering sign-ins over
// HTTP. The first admin from nothing, passwords only from stdin or a terminal without echo
// (never in any output, log, argv or the audit trail), refusals that name what is wrong with
// nothing written, disable ending sessions at once, reset, unlock, the last-admin guard and
// the JSON list.
#include "httptestclient.h"
#include "terminalsession.h"
#include "testdatabase.h"

#include "storage/database.h"
#include "storage/databaseconfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using izdesk::test::HttpTestClient;
using izdesk::test::TestDatabase;

namespace {

const QByteArray adminPassword = "first admin passphrase 1";
const QByteArray samPassword = "at the phone desk all day";

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
    QByteArray all() const { return out + err; }
};

// The real server; still running at the end of its scope (a failed check) it is killed.
struct ServerProcess : QProcess
{
    ~ServerProcess() override
    {
        if (state() != QProcess::NotRunning) {
            kill();
            waitForFinished(10000);
        }
    }
};

} // namespace

class TestStaffTools : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstAdminOnAFreshProductionDatabaseSignsIn();
    void refusalsNameTheProblemAndWriteNothing();
    void passwordPolicyRulesAreNamedAndTheFileApplies();
    void disableEndsTheSessionAndBlocksSignIn();
    void resetPasswordMakesTheSignInAskForAChange();
    void unlockClearsALockoutFromFailedSignIns();
    void lastActiveAdminIsProtected();
    void listAsJson();
    void terminalAsksTwiceWithoutEcho();
    void helpListsTheStaffCommands();

private:
    QProcessEnvironment environment() const;
    Run staff(const QStringList &args, const QByteArray &input = {});
    void addAdminAndSam();
    // The real server in production on the test database; its base URL, or empty.
    QUrl startServer(QProcess &server);
    void stopServer(QProcess &server);
    QSqlDatabase db();
    qint64 count(const QString &sql);
    QByteArray storedText(); // the SQLite files, or every audit and staff row on PostgreSQL

    QTemporaryDir m_home;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<izdesk::server::Database> m_connection;
};

void TestStaffTools::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::exists(QStringLiteral(IZDESK_SERVER_BINARY)));
}

void TestStaffTools::init()
{
    m_database = std::make_unique<TestDatabase>();
    QString error;
    QVERIFY2(m_database->create(&error), qPrintable(error));
}

void TestStaffTools::cleanup()
{
    m_connection.reset();
    m_database.reset();
}

QProcessEnvironment TestStaffTools::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    // Every log line of ours, debug included, so that the checks below see all of them.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("izdesk.*=true"));
    return env;
}

Run TestStaffTools::staff(const QStringList &args, const QByteArray &input)
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

void TestStaffTools::addAdminAndSam()
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

QUrl TestStaffTools::startServer(QProcess &server)
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

void TestStaffTools::stopServer(QProcess &server)
{
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
    const QByteArray log = server.readAllStandardOutput() + server.readAllStandardError();
    QVERIFY2(!log.contains(adminPassword) && !log.contains(samPassword), log.constData());
}

QSqlDatabase TestStaffTools::db()
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

qint64 TestStaffTools::count(const QString &sql)
{
    QSqlQuery q(db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QByteArray TestStaffTools::storedText()
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

void TestStaffTools::firstAdminOnAFreshProductionDatabaseSignsIn()
{
    if (!m_database->isPostgres())
        QVERIFY(!QFile::exists(m_database->url().mid(int(qstrlen("sqlite:")))));
    const Run added = staff({QStringLiteral("add"), QStringLiteral("admin1"), QStringLiteral("--role"),
                             QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                            adminPassword + '\n');
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY2(added.out.contains("created staff user admin1 (admin)"), added.out.constData());
    QVERIFY2(!added.all().contains(adminPassword), added.all().constData());

    ServerProcess server;
    const QUrl base = startServer(server);
    QVERIFY(base.isValid() && base.port() > 0);
    HttpTestClient client(base);
    QCOMPARE(client.get(QStringLiteral("/api/v1/meta")).object().value(QStringLiteral("environment")).toString(),
             QStringLiteral("production"));
    QCOMPARE(client.login(QStringLiteral("admin1"), QStringLiteral("not the password")).status, 401);
    const auto signIn = client.login(QStringLiteral("admin1"), QString::fromLatin1(adminPassword));
    QCOMPARE(signIn.status, 201);
    QCOMPARE(signIn.object().value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("admin"));
    QCOMPARE(client.get(QStringLiteral("/api/v1/me")).status, 200);
    stopServer(server);

    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT actor_user_id, actor_username, detail FROM audit_events WHERE action = 'staff.create'")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).isNull());
    QVERIFY2(q.value(1).toString().startsWith(QLatin1String("cli:")), qPrintable(q.value(1).toString()));
    QVERIFY(q.value(1).toString().size() > 4);
    QVERIFY(q.value(2).toString().contains(QLatin1String("admin1")));
    QVERIFY(!storedText().isEmpty());
    QVERIFY2(!storedText().contains(adminPassword), "the password is stored in clear");

    // There is no way to give a password as an argument; the refusal does not repeat it.
    const Run onArgv
        = staff({QStringLiteral("add"), QStringLiteral("admin2"), QStringLiteral("--role"), QStringLiteral("admin"),
                 QStringLiteral("--password"), QStringLiteral("given on argv 12345")});
    QCOMPARE(onArgv.exitCode, 2);
    QVERIFY2(onArgv.err.contains("unknown option --password"), onArgv.err.constData());
    QVERIFY(!onArgv.all().contains("given on argv 12345"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM staff_users")), 1);
}

void TestStaffTools::refusalsNameTheProblemAndWriteNothing()
{
    addAdminAndSam();
    const qint64 audits = count(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    QCOMPARE(audits, 2);

    const Run weak = staff({QStringLiteral("add"), QStringLiteral("bob"), QStringLiteral("--role"),
                            QStringLiteral("specialist"), QStringLiteral("--password-stdin")},
                           "short-pw\n");
    QCOMPARE(weak.exitCode, 1);
    QVERIFY2(weak.err.contains("password must be at least 12 characters"), weak.err.constData());
    QVERIFY(!weak.all().contains("short-pw"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM staff_users WHERE username = 'bob'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events")), audits);

    const Run weakReset = staff(
        {QStringLiteral("reset-password"), QStringLiteral("sam"), QStringLiteral("--password-stdin")}, "tiny\n");
    QCOMPARE(weakReset.exitCode, 1);
    QVERIFY2(weakReset.err.contains("at least 12 characters"), weakReset.err.constData());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM staff_users WHERE password_change_required = TRUE")), 0);

    const Run badRole = staff({QStringLiteral("add"), QStringLiteral("bob"), QStringLiteral("--role"),
                               QStringLiteral("root"), QStringLiteral("--password-stdin")},
                              samPassword + '\n');
    QCOMPARE(badRole.exitCode, 2);
    QVERIFY2(badRole.err.contains("specialist, supervisor, trainer, admin"), badRole.err.constData());
    QVERIFY(badRole.err.contains("root"));

    const Run noTerminal
        = staff({QStringLiteral("add"), QStringLiteral("bob"), QStringLiteral("--role"), QStringLiteral("trainer")});
    QCOMPARE(noTerminal.exitCode, 2);
    QVERIFY2(noTerminal.err.contains("--password-stdin"), noTerminal.err.constData());

    const Run taken = staff({QStringLiteral("add"), QStringLiteral("sam"), QStringLiteral("--role"),
                             QStringLiteral("trainer"), QStringLiteral("--password-stdin")},
                            samPassword + '\n');
    QCOMPARE(taken.exitCode, 1);
    QVERIFY2(taken.err.contains("\"sam\" already exists"), taken.err.constData());

    for (const QString &command : {QStringLiteral("disable"), QStringLiteral("enable"), QStringLiteral("unlock")}) {
        const Run unknown = staff({command, QStringLiteral("nobody")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("unknown staff user \"nobody\""), unknown.err.constData());
    }
    const Run unknownReset
        = staff({QStringLiteral("reset-password"), QStringLiteral("nobody"), QStringLiteral("--password-stdin")},
                samPassword + '\n');
    QCOMPARE(unknownReset.exitCode, 1);
    QVERIFY(unknownReset.err.contains("unknown staff user \"nobody\""));

    QCOMPARE(staff({QStringLiteral("promote"), QStringLiteral("sam")}).exitCode, 2);
    QCOMPARE(staff({QStringLiteral("disable")}).exitCode, 2);
    QCOMPARE(staff({QStringLiteral("set-role"), QStringLiteral("sam"), QStringLiteral("boss")}).exitCode, 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM staff_users")), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events")), audits);
}

void TestStaffTools::passwordPolicyRulesAreNamedAndTheFileApplies()
{
    addAdminAndSam();
    const QStringList addBob{QStringLiteral("add"), QStringLiteral("bob"), QStringLiteral("--role"),
                             QStringLiteral("specialist"), QStringLiteral("--password-stdin")};
    const QList<QPair<QByteArray, QByteArray>> refused{{"PasswordPassword", "password rule common_password"},
                                                      {"Bob-owl-ledger-9", "password rule username"}};
    for (const auto &[password, rule] : refused) {
        const Run r = staff(addBob, password + '\n');
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(rule), r.err.constData());
        QVERIFY(!r.all().contains(password));
    }
    const Run again = staff({QStringLiteral("reset-password"), QStringLiteral("sam"), QStringLiteral("--password-stdin")},
                            samPassword + '\n');
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("password rule history"), again.err.constData());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM staff_users WHERE username = 'bob'")), 0);

    // --password-policy FILE: the server's policy file, read the same way.
    const QString strict = m_home.filePath(QStringLiteral("strict-passwords.json"));
    const QString broken = m_home.filePath(QStringLiteral("broken-passwords.json"));
    for (const auto &[path, json] : {qMakePair(strict, QByteArray(R"({"minimum_length": 24})")),
                                     qMakePair(broken, QByteArray(R"({"history": 99})"))}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(json) == json.size());
    }
    const QByteArray nineteen = "tawny owl ledger 47";
    Run r = staff(addBob + QStringList{QStringLiteral("--password-policy"), strict}, nineteen + '\n');
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("at least 24 characters (password rule minimum_length)"), r.err.constData());
    r = staff(addBob + QStringList{QStringLiteral("--password-policy"), broken}, nineteen + '\n');
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("--password-policy %1: history: must be a whole number from 0 to 24")
                                .arg(broken)
                                .toUtf8()),
             r.err.constData());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM staff_users WHERE username = 'bob'")), 0);
    r = staff(addBob, nineteen + '\n');
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestStaffTools::disableEndsTheSessionAndBlocksSignIn()
{
    addAdminAndSam();
    ServerProcess server;
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

void TestStaffTools::resetPasswordMakesTheSignInAskForAChange()
{
    addAdminAndSam();
    ServerProcess server;
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

void TestStaffTools::unlockClearsALockoutFromFailedSignIns()
{
    addAdminAndSam();
    ServerProcess server;
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

void TestStaffTools::lastActiveAdminIsProtected()
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

void TestStaffTools::listAsJson()
{
    const Run empty = staff({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(empty.out).object().value(QStringLiteral("items")).toArray().size(), 0);

    addAdminAndSam();
    ServerProcess server;
    const QUrl base = startServer(server);
    QVERIFY(base.isValid());
    HttpTestClient client(base);
    QCOMPARE(client.login(QStringLiteral("admin1"), QString::fromLatin1(adminPassword)).status, 201);
    stopServer(server);
    QCOMPARE(staff({QStringLiteral("disable"), QStringLiteral("sam")}).exitCode, 0);

    const Run listed = staff({QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(listed.out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, listed.out.constData());
    const QJsonArray items = doc.object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject admin = items.at(0).toObject();
    const QJsonObject sam = items.at(1).toObject();
    QCOMPARE(admin.value(QStringLiteral("username")).toString(), QStringLiteral("admin1"));
    QCOMPARE(admin.value(QStringLiteral("display_name")).toString(), QStringLiteral("admin1"));
    QCOMPARE(admin.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    QCOMPARE(admin.value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(admin.value(QStringLiteral("locked")).toBool(), false);
    QCOMPARE(admin.value(QStringLiteral("password_change_required")).toBool(), false);
    QVERIFY(admin.value(QStringLiteral("last_sign_in_at")).toString().endsWith(QLatin1Char('Z')));
    QVERIFY(admin.value(QStringLiteral("created_at")).toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(sam.value(QStringLiteral("username")).toString(), QStringLiteral("sam"));
    QCOMPARE(sam.value(QStringLiteral("display_name")).toString(), QStringLiteral("Sam Specialist"));
    QCOMPARE(sam.value(QStringLiteral("active")).toBool(), false);
    QVERIFY(sam.value(QStringLiteral("last_sign_in_at")).isNull());
    QVERIFY(!listed.out.contains("argon2") && !listed.out.contains("hash"));

    const Run table = staff({QStringLiteral("list")});
    QCOMPARE(table.exitCode, 0);
    const QList<QByteArray> lines = table.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith("USERNAME"));
    QVERIFY(lines.at(1).startsWith("admin1 ") && lines.at(1).contains("active"));
    QVERIFY(lines.at(2).startsWith("sam ") && lines.at(2).contains("disabled") && lines.at(2).contains("never"));
}

// The interactive path: a pseudo-terminal as stdin, the password typed twice. Nothing typed
// is echoed, a mismatch is refused with nothing written, a match creates the account.
void TestStaffTools::terminalAsksTwiceWithoutEcho()
{
    addAdminAndSam();
    const QStringList args{QStringLiteral("staff"),  QStringLiteral("add"),     QStringLiteral("tty1"),
                           QStringLiteral("--role"), QStringLiteral("trainer"), QStringLiteral("--database"),
                           m_database->url()};
    const QByteArray chosen = "typed on the terminal 1";
    const auto typed = [&](const QByteArray &again) {
        return izdesk::test::runOnTerminal(QStringLiteral(IZDESK_SERVER_BINARY), args, environment(),
                                           {{"New password for tty1: ", chosen}, {"Repeat the new password: ", again}});
    };

    const auto mismatch = typed("typed differently 22");
    QCOMPARE(mismatch.exitCode, 1);
    QVERIFY2(mismatch.transcript.contains("the passwords do not match"), mismatch.transcript.constData());
    QVERIFY2(!mismatch.transcript.contains(chosen) && !mismatch.transcript.contains("typed differently"),
             mismatch.transcript.constData());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM staff_users WHERE username = 'tty1'")), 0);

    const auto match = typed(chosen);
    QCOMPARE(match.exitCode, 0);
    QVERIFY2(match.transcript.contains("created staff user tty1 (trainer)"), match.transcript.constData());
    QVERIFY2(!match.transcript.contains(chosen), match.transcript.constData());

    ServerProcess server;
    const QUrl base = startServer(server);
    QVERIFY(base.isValid());
    HttpTestClient client(base);
    QCOMPARE(client.login(QStringLiteral("tty1"), QString::fromLatin1(chosen)).status, 201);
    stopServer(server);
}

void TestStaffTools::helpListsTheStaffCommands()
{
    QProcess help;
    help.start(QStringLiteral(IZDESK_SERVER_BINARY), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    const QByteArray text = help.readAllStandardOutput();
    for (const char *command :
         {"staff add USER --role ROLE", "--password-stdin", "staff list [--json]", "staff disable USER",
          "staff enable USER", "staff unlock USER", "staff reset-password USER", "staff set-role USER ROLE",
          "specialist, supervisor, trainer, admin"})
        QVERIFY2(text.contains(command), command);

    const Run usage = staff({QStringLiteral("--help")});
    QCOMPARE(usage.exitCode, 0);
    QVERIFY(usage.out.contains("izdesk-server staff add USER"));
    QVERIFY(usage.out.contains("izdesk-server staff reset-password USER"));
    const Run bare = staff({});
    QCOMPARE(bare.exitCode, 2);
    QVERIFY(bare.err.contains("usage: izdesk-server staff add"));
}

QTEST_GUILESS_MAIN(TestStaffTools)
#include "tst_stafftools.moc"
