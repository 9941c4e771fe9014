// `izdesk-server staff …` end to end: the real binary on a fresh, empty database (SQLite file or
// PostgreSQL), then the real server in production on that database answering sign-ins over
// HTTP. The first admin from nothing, passwords only from stdin or a terminal without echo
// (never in any output, log, argv or the audit trail), refusals that name what is wrong with
// nothing written, and the JSON list. Disable, reset, unlock and the last-admin guard are in
// tst_stafflifecycle.
#include "httptestclient.h"
#include "stafftoolstest.h"
#include "terminalsession.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

using namespace izdesk::test;

class TestStaffTools : public QObject, private StaffToolsHarness
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstAdminOnAFreshProductionDatabaseSignsIn();
    void refusalsNameTheProblemAndWriteNothing();
    void passwordPolicyRulesAreNamedAndTheFileApplies();
    void listAsJson();
    void terminalAsksTwiceWithoutEcho();
    void helpListsTheStaffCommands();
};

void TestStaffTools::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::exists(QStringLiteral(IZDESK_SERVER_BINARY)));
}

void TestStaffTools::init()
{
    createDatabase();
}

void TestStaffTools::cleanup()
{
    dropDatabase();
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

    ProductionServer server;
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

void TestStaffTools::listAsJson()
{
    const Run empty = staff({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(empty.out).object().value(QStringLiteral("items")).toArray().size(), 0);

    addAdminAndSam();
    ProductionServer server;
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

    ProductionServer server;
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
