// Unit tests of the server's building blocks: access rules, routing, JSON body parsing,
// problems, password hashing, database URLs and the command line.
#include "auth/passwordhasher.h"
#include "http/accesspolicy.h"
#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/queryparams.h"
#include "http/router.h"
#include "poolcall.h"
#include "serverconfig.h"
#include "storage/databaseconfig.h"
#include "storage/sqlutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace izdesk::server;
using izdesk::Permission;

namespace {

Principal staff(const QString &role)
{
    Principal p;
    p.userId = 7;
    p.username = QStringLiteral("u");
    p.role = role;
    return p;
}

HttpResponse ok(RequestContext &)
{
    return HttpResponse::noContent();
}

} // namespace

class TestServerUnits : public QObject
{
    Q_OBJECT

private slots:
    void accessRules();
    void routerMatchesPatternsAndMethods();
    void jsonBodyParsing();
    void searchParamsFromJson();
    void poolResultsReachTheContextThreadOnce();
    void problemShape();
    void passwordHashing();
    void databaseUrls();
    void commandLine();
    void timestampsRoundTrip();
};

void TestServerUnits::accessRules()
{
    const Principal admin = staff(QStringLiteral("admin"));
    const Principal specialist = staff(QStringLiteral("specialist"));
    const Principal trainer = staff(QStringLiteral("trainer"));
    QVERIFY(AccessPolicy::allows(Permission::Public, nullptr));
    QVERIFY(!AccessPolicy::allows(Permission::DeskRead, nullptr));
    QVERIFY(AccessPolicy::allows(Permission::DeskRead, &specialist));
    QVERIFY(AccessPolicy::allows(Permission::StaffAdministration, &admin));
    QVERIFY(!AccessPolicy::allows(Permission::StaffAdministration, &specialist));
    QVERIFY(!AccessPolicy::allows(Permission::StaffAdministration, nullptr));
    // A trainer demonstrates the desk but never merges real patients.
    QVERIFY(AccessPolicy::allows(Permission::PatientRead, &trainer));
    QVERIFY(!AccessPolicy::allows(Permission::PatientMerge, &trainer));
    QVERIFY(!AccessPolicy::allows(Permission::PatientMerge, &admin));
    const Principal nobody;
    QVERIFY(!AccessPolicy::allows(Permission::DeskRead, &nobody));
    Principal unknownRole = staff(QStringLiteral("auditor"));
    QVERIFY(!AccessPolicy::allows(Permission::DeskRead, &unknownRole)); // deny by default

    // A route the policy has no rule for is kept but listed, and denied to everyone.
    Router router;
    router.add("GET", QStringLiteral("/api/v1/tickets"), &ok);
    router.add("GET", QStringLiteral("/api/v1/no-rule"), &ok);
    QCOMPARE(router.routesWithoutRule(), QStringList{QStringLiteral("GET /api/v1/no-rule")});
    QVERIFY(!router.match("GET", QStringLiteral("/api/v1/no-rule")).route->permission.has_value());
    QCOMPARE(router.match("GET", QStringLiteral("/api/v1/tickets")).route->permission, Permission::DeskRead);
}

void TestServerUnits::routerMatchesPatternsAndMethods()
{
    Router router;
    router.add("GET", QStringLiteral("/api/v1/tickets"), &ok);
    router.add("POST", QStringLiteral("/api/v1/tickets"), &ok);
    router.add("GET", QStringLiteral("/api/v1/tickets/{id}"), &ok);
    router.add("PATCH", QStringLiteral("/api/v1/tickets/{id}"), &ok);
    router.add("DELETE", QStringLiteral("/api/v1/sessions/current"), &ok);

    auto m = router.match("GET", QStringLiteral("/api/v1/tickets/42"));
    QCOMPARE(m.result, Router::Match::Result::Found);
    QCOMPARE(m.route->pattern, QStringLiteral("/api/v1/tickets/{id}"));
    QCOMPARE(m.params.value(QStringLiteral("id")), QStringLiteral("42"));

    m = router.match("DELETE", QStringLiteral("/api/v1/tickets/42"));
    QCOMPARE(m.result, Router::Match::Result::MethodNotAllowed);
    QCOMPARE(m.allowed, (QByteArrayList{"GET", "PATCH"}));

    QCOMPARE(router.match("GET", QStringLiteral("/api/v1/tickets/42/extra")).result, Router::Match::Result::NotFound);
    QCOMPARE(router.match("GET", QStringLiteral("/api/v1")).result, Router::Match::Result::NotFound);
    QCOMPARE(router.match("GET", QStringLiteral("/api/v1/tickets/")).result, Router::Match::Result::Found);
    QCOMPARE(router.match("DELETE", QStringLiteral("/api/v1/sessions/other")).result, Router::Match::Result::NotFound);
}

void TestServerUnits::jsonBodyParsing()
{
    HttpRequest request;
    request.body = "{\"a\":1}";
    auto result = parseJsonObject(request);
    QVERIFY(std::holds_alternative<HttpResponse>(result));
    QCOMPARE(std::get<HttpResponse>(result).status, 415);

    request.headers.insert("content-type", "application/json; charset=utf-8");
    result = parseJsonObject(request);
    QVERIFY(std::holds_alternative<QJsonObject>(result));
    QCOMPARE(std::get<QJsonObject>(result).value(QStringLiteral("a")).toInt(), 1);

    request.body = "{\"a\":";
    result = parseJsonObject(request);
    QCOMPARE(std::get<HttpResponse>(result).status, 400);
    QVERIFY(std::get<HttpResponse>(result).body.contains("malformed-json"));

    request.headers.insert("content-type", "text/json");
    QCOMPARE(std::get<HttpResponse>(parseJsonObject(request)).status, 415);
}

// A search sent as a JSON body reads as the same parameters its query string would give.
void TestServerUnits::searchParamsFromJson()
{
    QString error;
    const auto params = QueryParams::fromJson(
        QJsonObject{{QStringLiteral("q"), QStringLiteral("Jon Smyth")},
                    {QStringLiteral("limit"), 5},
                    {QStringLiteral("status"), QJsonArray{QStringLiteral("new"), QStringLiteral("open")}},
                    {QStringLiteral("mine"), true},
                    {QStringLiteral("sex"), QJsonValue::Null}},
        &error);
    QVERIFY2(params, qPrintable(error));
    QCOMPARE(params->value(QStringLiteral("q")), QStringLiteral("Jon Smyth"));
    QCOMPARE(params->value(QStringLiteral("limit")), QStringLiteral("5"));
    QCOMPARE(params->values(QStringLiteral("status")), (QStringList{QStringLiteral("new"), QStringLiteral("open")}));
    QCOMPARE(params->value(QStringLiteral("mine")), QStringLiteral("true"));
    QVERIFY(!params->contains(QStringLiteral("sex")));
    QVERIFY(!QueryParams::fromJson(QJsonObject{{QStringLiteral("q"), QJsonObject{}}}, &error));
    QVERIFY2(error.startsWith(QLatin1String("q ")), qPrintable(error));
    QVERIFY(!QueryParams::fromJson(QJsonObject{{QStringLiteral("dob"), QJsonArray{QJsonArray{}}}}, &error));
    QVERIFY2(error.startsWith(QLatin1String("dob ")), qPrintable(error));

    HttpRequest request;
    request.headers.insert("content-type", "application/json");
    request.body = "{\"q\": [1, {}]}";
    const auto refused = parseJsonParams(request);
    QCOMPARE(std::get<HttpResponse>(refused).status, 400);
}

// Every result of work run on the pool reaches its handler exactly once, on the thread of the
// context object, even with many tasks finishing at once.
void TestServerUnits::poolResultsReachTheContextThreadOnce()
{
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    QObject context;
    constexpr int kTasks = 2000;
    QList<int> seen(kTasks, 0);
    int offThread = 0;
    int delivered = 0;
    for (int i = 0; i < kTasks; ++i) {
        runOnPool(
            &pool, &context, [i] { return QString::number(i); },
            [&, i](const QString &result) {
                if (QThread::currentThread() != context.thread())
                    ++offThread;
                if (result == QString::number(i))
                    ++seen[i];
                ++delivered;
            });
    }
    QTRY_COMPARE_WITH_TIMEOUT(delivered, kTasks, 30000);
    pool.waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(delivered, kTasks);
    QCOMPARE(offThread, 0);
    QCOMPARE(seen.count(1), kTasks);
}

void TestServerUnits::problemShape()
{
    const HttpResponse r = Problem::validation({{QStringLiteral("status"), QStringLiteral("must be one of: new")},
                                                {QStringLiteral("subject"), QStringLiteral("is required")}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.contentType, QByteArray("application/problem+json; charset=utf-8"));
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("https://izdesk.invalid/problems/validation"));
    QCOMPARE(o.value(QStringLiteral("detail")).toString(), QStringLiteral("2 fields are invalid"));
    QCOMPARE(o.value(QStringLiteral("errors")).toArray().at(1).toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("subject"));

    const HttpResponse stale = Problem::preconditionFailed(QStringLiteral("changed"), {{QStringLiteral("current"), QJsonObject{}}});
    QCOMPARE(stale.status, 412);
    QVERIFY(QJsonDocument::fromJson(stale.body).object().contains(QStringLiteral("current")));
    QCOMPARE(Problem::methodNotAllowed({"GET", "POST"}).header("Allow"), QByteArray("GET, POST"));
    QCOMPARE(Problem::unauthenticated(QStringLiteral("x")).header("www-authenticate"), QByteArray("Bearer"));
}

void TestServerUnits::passwordHashing()
{
    const QString hash = PasswordHasher::hash(QStringLiteral("a long enough password"));
    QVERIFY(hash.startsWith(QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$")));
    QVERIFY(PasswordHasher::verify(hash, QStringLiteral("a long enough password")));
    QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("a long enough passworD")));
    QVERIFY(hash != PasswordHasher::hash(QStringLiteral("a long enough password"))); // salted
    QVERIFY(!PasswordHasher::verify(QStringLiteral("plain"), QStringLiteral("plain")));
    const QString unicode = PasswordHasher::hash(QStringLiteral("contraseña-segura"));
    QVERIFY(PasswordHasher::verify(unicode, QStringLiteral("contraseña-segura")));
}

void TestServerUnits::databaseUrls()
{
    QString error;
    auto c = DatabaseConfig::parse(QStringLiteral("sqlite:/tmp/x.sqlite"), &error);
    QVERIFY(c);
    QCOMPARE(c->dialect, Dialect::Sqlite);
    QCOMPARE(c->sqlitePath, QStringLiteral("/tmp/x.sqlite"));

    c = DatabaseConfig::parse(QStringLiteral("postgresql://izdesk:s3cret@db.example:6543/iis?host=/run/pg"), &error);
    QVERIFY(c);
    QCOMPARE(c->dialect, Dialect::Postgres);
    QCOMPARE(c->user, QStringLiteral("izdesk"));
    QCOMPARE(c->password, QStringLiteral("s3cret"));
    QCOMPARE(c->host, QStringLiteral("/run/pg"));
    QCOMPARE(c->port, 6543);
    QCOMPARE(c->name, QStringLiteral("iis"));
    QVERIFY(!c->redacted().contains(QStringLiteral("s3cret")));

    QVERIFY(!DatabaseConfig::parse(QStringLiteral("mysql://x"), &error));
    QVERIFY(!DatabaseConfig::parse(QStringLiteral("postgresql://u@h:5432/"), &error));
    QVERIFY(!DatabaseConfig::parse(QStringLiteral("sqlite:"), &error));
}

void TestServerUnits::commandLine()
{
    const QString prog = QStringLiteral("izdesk-server");
    auto cli = CommandLine::parse({prog});
    QCOMPARE(cli.action, CommandLine::Action::Run);
    QVERIFY(cli.config.databaseUrl.startsWith(QStringLiteral("sqlite:")));
    QVERIFY(cli.config.databaseUrl.endsWith(QStringLiteral("izdesk-server.sqlite")));
    QCOMPARE(cli.config.listenHost, QStringLiteral("127.0.0.1"));
    QCOMPARE(cli.config.listenPort, quint16(8080));
    QCOMPARE(cli.config.environmentName(), QStringLiteral("training"));

    cli = CommandLine::parse({prog, QStringLiteral("--database"), QStringLiteral("sqlite:/tmp/a.db"),
                              QStringLiteral("--listen=0.0.0.0:0"), QStringLiteral("--environment"),
                              QStringLiteral("uat"), QStringLiteral("--seed"), QStringLiteral("demo")});
    QCOMPARE(cli.action, CommandLine::Action::Run);
    QCOMPARE(cli.config.databaseUrl, QStringLiteral("sqlite:/tmp/a.db"));
    QCOMPARE(cli.config.listenHost, QStringLiteral("0.0.0.0"));
    QCOMPARE(cli.config.listenPort, quint16(0));
    QCOMPARE(cli.config.environment, Environment::Uat);
    QVERIFY(cli.config.seedDemo);

    struct Bad { QStringList args; QString mentions; };
    const QList<Bad> bad{
        {{QStringLiteral("--listen"), QStringLiteral("nope")}, QStringLiteral("--listen")},
        {{QStringLiteral("--listen"), QStringLiteral("1.2.3.4:70000")}, QStringLiteral("--listen")},
        {{QStringLiteral("--environment"), QStringLiteral("prod")}, QStringLiteral("--environment")},
        {{QStringLiteral("--database"), QStringLiteral("oracle:x")}, QStringLiteral("--database")},
        {{QStringLiteral("--seed"), QStringLiteral("full")}, QStringLiteral("--seed")},
        {{QStringLiteral("--database")}, QStringLiteral("--database")},
        {{QStringLiteral("--frobnicate")}, QStringLiteral("--frobnicate")},
        {{QStringLiteral("--environment"), QStringLiteral("production"), QStringLiteral("--seed"), QStringLiteral("demo")},
         QStringLiteral("production")},
    };
    for (const Bad &b : bad) {
        cli = CommandLine::parse(QStringList{prog} + b.args);
        QCOMPARE(cli.action, CommandLine::Action::Error);
        QVERIFY2(cli.message.contains(b.mentions), qPrintable(cli.message));
    }
    QCOMPARE(CommandLine::parse({prog, QStringLiteral("--help")}).action, CommandLine::Action::Help);
    QVERIFY(CommandLine::parse({prog, QStringLiteral("--version")}).message.contains(QStringLiteral("0.1.0")));
}

void TestServerUnits::timestampsRoundTrip()
{
    const QDateTime t = QDateTime::fromString(QStringLiteral("2024-05-01T10:00:00.123Z"), Qt::ISODateWithMs);
    QCOMPARE(toDbTimestamp(t, Dialect::Sqlite).toString(), QStringLiteral("2024-05-01T10:00:00.123Z"));
    QCOMPARE(fromDbTimestamp(toDbTimestamp(t, Dialect::Sqlite)), t);
    QCOMPARE(fromDbTimestamp(QVariant(QStringLiteral("2024-05-01 10:00:00.123+00"))), t);
    QCOMPARE(fromDbTimestamp(QVariant(t.toLocalTime())), t);
    QVERIFY(!fromDbTimestamp(QVariant()).isValid());
}

QTEST_GUILESS_MAIN(TestServerUnits)
#include "tst_serverunits.moc"
