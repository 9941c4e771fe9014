// No patient value, password or token in any log line, error answer or audit detail. The
// real izdesk-server binary on a fresh database (SQLite, and PostgreSQL in the _pg variant),
// every izdesk.* logging category on, debug included: a legacy file of canary patients is
// imported (and a bad one refused), staff accounts get canary passwords, a SCIM token is
// issued; then the desk's workflows run with canaries, right and wrong, and every route of
// the server's own route table is called with canaries in the path, the query string and
// the body. Afterwards every file the runs printed or wrote, every error answer and every
// audit row is searched for every canary in every spelling (leakscan.h). Success answers
// that return patient data to the caller are the product working and are not searched; the
// HL7 check and submission answers are (their reports carry masked values only), and so is
// every stored submission row (its content sealed, its report masked).

#include "httptestclient.h"
#include "leakscan.h"
#include "phileakflows.h"
#include "phileakhl7.h"
#include "serverapp.h"
#include "serverprocess.h"
#include "storage/database.h"
#include "storage/databaseconfig.h"
#include "testdatabase.h"
#include "testserver.h"

#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>
#include <stdexcept>

using namespace izdesk::test;
using izdesk::test::leaks::CanarySet;
using izdesk::test::leaks::Finding;

namespace {

QMutex s_logMutex;
QByteArray s_inProcessLog;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&s_logMutex);
    s_inProcessLog += QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
}

} // namespace

class TstPhiLeaks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void drivesTheWorkflows();
    void drivesEveryRoute();
    void nothingLeaksIntoLogsErrorsOrAudit();
    void throwingHandlerLogsTheTypeOnly();

private:
    QList<Finding> scanAudit();
    QList<Finding> scanSubmissions();
    void planTokens(SweepPlan &plan);

    ServerProcess m_proc{QStringLiteral(IZDESK_SERVER_BINARY)};
    TestDatabase m_database;
    CanarySet m_canaries;
    LeakSession m_session;
    std::unique_ptr<LeakClient> m_client;
    QList<LeakClient::Route> m_routes;
    QString m_scimTokenOutput;
    int m_sweepRequests = 0;
};

void TstPhiLeaks::initTestCase()
{
    QVERIFY(m_proc.isValid());
    QString error;
    QVERIFY2(m_database.create(&error), qPrintable(error));
    const QString url = m_database.url();
    const LeakCanaries &c = m_session.c;
    c.addTo(m_canaries);

    QFile csv(m_proc.path(QStringLiteral("patients.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write(c.patientsCsv());
    csv.close();
    QFile bad(m_proc.path(QStringLiteral("bad-patients.csv")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(c.badPatientsCsv());
    bad.close();
    const QStringList db{QStringLiteral("--database"), url};
    QCOMPARE(m_proc.runTool(QStringLiteral("import"),
                            QStringList{QStringLiteral("import"), QStringLiteral("--patients"), csv.fileName()} + db),
             0);
    QCOMPARE(m_proc.runTool(QStringLiteral("import-bad"),
                            QStringList{QStringLiteral("import"), QStringLiteral("--patients"), bad.fileName()} + db),
             1);

    const QList<std::pair<QString, QString>> staff{{QStringLiteral("admin"), c.adminPassword},
                                                   {QStringLiteral("supervisor"), c.supervisorPassword},
                                                   {QStringLiteral("specialist"), c.specialistPassword},
                                                   {QStringLiteral("trainer"), c.trainerPassword},
                                                   {QStringLiteral("locked"), c.lockedPassword}};
    for (const auto &[name, password] : staff) {
        const QString role = name == QLatin1String("locked") ? QStringLiteral("specialist") : name;
        QCOMPARE(
            m_proc.runTool(QStringLiteral("staff-add-") + name,
                           QStringList{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("leak-") + name,
                                       QStringLiteral("--role"), role, QStringLiteral("--password-stdin")}
                               + db,
                           password.toUtf8() + '\n'),
            0);
    }
    QByteArray out;
    QCOMPARE(m_proc.runTool(
                 QStringLiteral("scim-token"),
                 QStringList{QStringLiteral("accounts"), QStringLiteral("scim-token"), QStringLiteral("okta")} + db, {},
                 &out),
             0);
    m_session.scim = out.trimmed().split('\n').constLast().trimmed();
    QVERIFY(m_session.scim.size() >= 32);
    m_canaries.add(QStringLiteral("session or SCIM token"), QString::fromLatin1(m_session.scim),
                   CanarySet::Shape::Secret);
    m_scimTokenOutput = m_proc.logFile(QStringLiteral("scim-token"), "stdout");
    QCOMPARE(m_proc.runTool(QStringLiteral("routes"), {QStringLiteral("routes")}, {}, &out), 0);
    m_routes = RouteSweep::parseRoutes(out);
    QVERIFY(m_routes.size() > 50);

    // A production server seals HL7 submissions only with a data key of its own.
    QFile key(m_proc.path(QStringLiteral("data.key")));
    QVERIFY(key.open(QIODevice::WriteOnly));
    QVERIFY(key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    key.write(QByteArray("leak-test data key, 32 bytes....").toBase64() + '\n');
    key.close();
    const QUrl base = m_proc.start(QStringLiteral("server"),
                                   QStringList{QStringLiteral("--environment"), QStringLiteral("production"),
                                               QStringLiteral("--data-key"), key.fileName()}
                                       + db,
                                   &error);
    QVERIFY2(base.port() > 0, qPrintable(error));
    m_client = std::make_unique<LeakClient>(base, &m_canaries);
    m_session.client = m_client.get();
    for (auto [token, name, password] : {std::tuple{&m_session.admin, "admin", c.adminPassword},
                                         std::tuple{&m_session.supervisor, "supervisor", c.supervisorPassword},
                                         std::tuple{&m_session.specialist, "specialist", c.specialistPassword},
                                         std::tuple{&m_session.trainer, "trainer", c.trainerPassword}}) {
        *token = m_client->signIn(QStringLiteral("leak-") + QLatin1String(name), password);
        QVERIFY2(!token->isEmpty(), name);
    }
    qInfo("database: %s", m_database.isPostgres() ? "postgresql" : "sqlite");
}

void TstPhiLeaks::drivesTheWorkflows()
{
    flows::signIns(m_session);
    flows::patients(m_session);
    QVERIFY(m_session.patient > 0 && m_session.twin > 0 && m_session.patient != m_session.twin);
    flows::tickets(m_session);
    QVERIFY(m_session.ticket > 0);
    flows::accounts(m_session);
    flows::verification(m_session);
    flows::duplicatesAndMerges(m_session);
    flows::hl7(m_session);
    flows::strayRequests(m_session);
    qInfo("workflows: %d requests, %d steps answered as expected", m_client->requests, m_session.checks);
    // A step that answers otherwise no longer reaches the code it is there to exercise.
    QVERIFY2(m_session.unexpected.isEmpty(), qPrintable(m_session.unexpected.join(QLatin1Char('\n'))));
    QCOMPARE(m_session.hl7Submissions, 6);
}

namespace {

// Every string member a route reads, holding the canary note or the canary it is named for.
QJsonObject canaryStrings(const LeakCanaries &c, const QString &note)
{
    QJsonObject strings;
    for (const char *key : {"subject",     "description", "requester_name", "requester_contact",
                            "status",      "priority",    "category",       "channel",
                            "assignee",    "name",        "title",          "body",
                            "note",        "reason",      "text",           "kind",
                            "method",      "caller_type", "factor",         "direction",
                            "signer_name", "version",     "type",           "role"})
        strings.insert(QLatin1String(key), note);
    for (const auto &[key, value] : std::initializer_list<std::pair<const char *, QString>>{
             {"given_name", c.iisGiven},   {"family_name", c.iisFamily},
             {"email", c.iisEmail},        {"username", c.iisUsername},
             {"phone", c.phoneTyped},      {"password", c.adminPassword},
             {"userName", c.scimEmail},    {"displayName", c.fullName()},
             {"externalId", c.mrn},        {"mother_maiden_name", c.motherMaiden},
             {"birth_date", c.dob},        {"dob", c.usDob()},
             {"street", c.street},         {"zip", c.given},
             {"signed_on", c.dob},         {"started_at", c.dob},
             {"patient_id", c.mrn},        {"source", c.birthFile},
             {"target", c.fullName()},     {"organization_id", c.mrn},
             {"facility_id", c.birthFile}, {"value", c.dob}})
        strings.insert(QLatin1String(key), value);
    strings.insert(QStringLiteral("emails"), QJsonArray{QJsonObject{{u"value"_j, c.scimEmail}}});
    strings.insert(QStringLiteral("fields"), QJsonObject{{u"first_name"_j, c.given}, {u"last_name"_j, c.last}});
    strings.insert(QStringLiteral("Operations"),
                   QJsonArray{QJsonObject{{u"op"_j, u"replace"_j},
                                          {u"value"_j, c.scimFamily},
                                          {u"path"_j, QStringLiteral("emails[value eq \"%1\"].x").arg(c.scimEmail)}}});
    return strings;
}

// The sweep's canaries: in paths and query strings, in bodies (each member as a string, then
// as other types), in broken bodies and in headers.
void planCanaries(const LeakCanaries &c, SweepPlan &plan)
{
    using E = LeakCanaries;
    plan.pathCanaries = {QString::fromLatin1(E::enc(c.fullName())), c.mrn, QString::fromLatin1(E::plus(c.street)),
                         QString::fromLatin1(E::enc(c.iisEmail)), c.dob};
    plan.queries = {"q=" + E::plus(c.fullName()) + "&dob=" + E::enc(c.usDob()) + "&phone=" + E::enc(c.phoneTyped)
                        + "&identifier=" + E::enc(c.mrn)
                        + "&filter=" + E::enc(QStringLiteral("userName eq \"%1\"").arg(c.scimEmail)) + "&username="
                        + E::enc(c.iisUsername) + "&email=" + E::enc(c.iisEmail) + "&cursor=" + E::enc(c.birthFile)
                        + "&limit=" + E::enc(c.given) + "&status=" + E::enc(c.motherMaiden)
                        + "&since=" + E::enc(c.middle) + "&password=" + E::enc(c.adminPassword),
                    "q=" + E::enc(c.fullName()) + "&first=" + E::enc(c.given) + "&last=" + E::enc(c.last)
                        + "&dob=" + c.dob.toLatin1() + "&street=" + E::plus(c.street)
                        + "&mother_maiden_name=" + E::enc(c.motherMaiden) + "&phone=" + c.phone.toLatin1()};
    const QString note = QStringLiteral("%1 born %2, %3, MRN %4").arg(c.fullName(), c.usDob(), c.street, c.mrn);
    const QJsonObject strings = canaryStrings(c, note);
    QJsonObject typed;
    for (auto it = strings.begin(); it != strings.end(); ++it)
        typed.insert(it.key(), QJsonArray{QJsonObject{{c.given, note}}, it.value()});
    typed.insert(QStringLiteral("ticket_ids"), QJsonArray{c.mrn, note});
    plan.bodies = {LeakSession::json(strings), LeakSession::json(typed)};
    plan.malformedBodies = {"{\"requester_name\":\"" + c.fullName().toUtf8() + "\",\"dob\":\"" + c.dob.toUtf8()
                                + "\",\"password\":\"" + c.specialistPassword.toUtf8() + "\"",
                            note.toUtf8() + ' ' + c.adminPassword.toUtf8()};
    plan.canaryHeaders = {{"Idempotency-Key", c.fullName().toUtf8().replace(' ', '-') + '-' + c.dob.toUtf8()},
                          {"If-Match", '"' + c.mrn.toUtf8() + '"'},
                          {"X-Filename", E::enc(c.fullName() + QStringLiteral(".pdf"))}};
}

} // namespace

// The tokens the sweep sends: an administrator's for the admin-only routes, the SCIM client's,
// a supervisor's for every other permission, and a trainer's as the role a route may refuse.
void TstPhiLeaks::planTokens(SweepPlan &plan)
{
    for (const char *admin : {"accounts_sweep", "scim_tokens", "staff_administration"})
        plan.tokens.insert(QLatin1String(admin), m_session.admin);
    plan.tokens.insert(QStringLiteral("scim_client"), m_session.scim);
    for (const auto &route : std::as_const(m_routes))
        if (!plan.tokens.contains(route.permission) && route.permission != QLatin1String("public"))
            plan.tokens.insert(route.permission, m_session.supervisor);
    plan.otherRoleToken = m_session.trainer;
    plan.skipRealIds.insert(QStringLiteral("DELETE /api/v1/sessions/current"));
}

void TstPhiLeaks::drivesEveryRoute()
{
    SweepPlan &plan = m_session.plan;
    planCanaries(m_session.c, plan);
    planTokens(plan);

    // Signing out ends the sweep's own session: that route goes last.
    QList<LeakClient::Route> order = m_routes;
    std::stable_partition(order.begin(), order.end(), [](const LeakClient::Route &r) {
        return !r.pattern.endsWith(QLatin1String("/sessions/current"));
    });
    RouteSweep sweep(*m_client, plan);
    QStringList unanswered, gatedOnly;
    const int before = m_client->requests;
    for (const auto &route : std::as_const(order)) {
        const QString name = QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern;
        const QSet<int> statuses = sweep.drive(route);
        if (statuses.contains(0))
            unanswered << name;
        // Answered past the session and role checks at least once: its handler ran.
        if ((statuses - QSet<int>{0, 401, 403}).isEmpty())
            gatedOnly << name;
    }
    m_sweepRequests = m_client->requests - before;
    QVERIFY2(unanswered.isEmpty(),
             qPrintable(QStringLiteral("no answer from: ") + unanswered.join(QStringLiteral(", "))));
    QVERIFY2(gatedOnly.isEmpty(),
             qPrintable(QStringLiteral("never past the access checks: ") + gatedOnly.join(QStringLiteral(", "))));
    qInfo("sweep: %d routes, %d requests", int(order.size()), m_sweepRequests);
}

QList<Finding> TstPhiLeaks::scanAudit()
{
    QString why;
    const auto config = izdesk::server::DatabaseConfig::parse(m_database.url(), &why);
    if (!config)
        return {{QStringLiteral("audit_events"), QStringLiteral("cannot open the database"), why, 0, {}}};
    izdesk::server::Database database(*config);
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT id, action, entity_type, entity_id, detail FROM audit_events ORDER BY id")))
        return {{QStringLiteral("audit_events"), QStringLiteral("cannot read audit_events"), QString(), 0, {}}};
    QByteArray rows;
    int count = 0;
    while (q.next()) {
        ++count;
        rows += QStringLiteral("id %1 %2 %3 %4 %5\n")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString())
                    .toUtf8();
    }
    qInfo("audit_events: %d rows searched (entity_id, detail)", count);
    if (count < 50)
        return {{QStringLiteral("audit_events"), QStringLiteral("too few audit rows"), QString::number(count), 0, {}}};
    return m_canaries.scan(rows, QStringLiteral("audit_events row"));
}

void TstPhiLeaks::nothingLeaksIntoLogsErrorsOrAudit()
{
    QVERIFY2(m_proc.stop(), "the server did not exit cleanly on SIGTERM");
    QList<Finding> findings;
    QStringList files;
    for (const Finding &f : m_canaries.scanTree(m_proc.logDir(), {}, &files)) {
        // The command's standard output is how the SCIM token is handed over, once.
        if (!(f.source == m_scimTokenOutput && f.kind == QLatin1String("session or SCIM token")))
            findings << f;
    }
    findings += m_canaries.scanTree(m_proc.homeDir(), {}, &files);
    findings += m_client->scanErrors();
    findings += scanAudit();
    findings += scanSubmissions();
    for (const auto &[source, body] : std::as_const(m_session.answers))
        findings += m_canaries.scan(body, source);

    const QByteArray serverLog = ServerProcess::readFile(m_proc.logFile(QStringLiteral("server"), "stderr"));
    // Proof the log was on: a line per request.
    QVERIFY2(serverLog.contains("izdesk.server.http: POST /api/v1/sessions"), serverLog.left(2000).constData());
    QVERIFY(serverLog.contains("izdesk.server.auth"));
    QMap<QString, int> categories;
    for (const QByteArray &line : serverLog.split('\n'))
        if (const QByteArray category = line.split(' ').value(1); category.endsWith(':'))
            categories[QString::fromUtf8(category.chopped(1))] += 1;
    QStringList counts;
    for (auto it = categories.cbegin(); it != categories.cend(); ++it)
        counts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    qInfo("server log lines by category: %s", qPrintable(counts.join(QStringLiteral(", "))));
    QMap<QString, int> kinds;
    for (const auto &value : m_canaries.values())
        kinds[value.first] += 1;
    counts.clear();
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        counts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    qInfo("canaries: %s", qPrintable(counts.join(QStringLiteral(", "))));
    // The secrets learned from the answers: every session token, the SCIM tokens, the credential.
    QVERIFY(kinds.value(QStringLiteral("session or SCIM token")) >= 7);
    QVERIFY(kinds.value(QStringLiteral("temporary IIS credential")) >= 1);
    QStringList statuses;
    for (auto it = m_client->statuses.cbegin(); it != m_client->statuses.cend(); ++it)
        statuses << QStringLiteral("%1×%2").arg(it.key()).arg(it.value());
    qInfo("%d requests; error answers searched: %s", m_client->requests, qPrintable(statuses.join(QLatin1Char(' '))));
    qInfo("%d canary kinds, %d spellings; files searched: %s", int(m_canaries.kinds().size()),
          int(m_canaries.needles().size()), qPrintable(files.join(QStringLiteral(", "))));
    for (const int status : {400, 401, 403, 404, 405, 409, 412, 413, 415, 422, 428})
        QVERIFY2(m_client->statuses.value(status) > 0,
                 qPrintable(QStringLiteral("no %1 answer was provoked").arg(status)));
    // A handler that fails on a canary input is a bug of its own (and its log line a risk).
    QStringList failed;
    for (const auto &e : std::as_const(m_client->errors))
        if (e.status >= 500)
            failed << QStringLiteral("%1 %2 %3")
                          .arg(e.status)
                          .arg(QString::fromLatin1(e.method), QString::fromLatin1(e.target.left(80)));
    QVERIFY2(failed.isEmpty(), qPrintable(QStringLiteral("server errors: ") + failed.join(QStringLiteral(", "))));
    if (!findings.isEmpty())
        qInfo().noquote() << CanarySet::report(findings, 400); // QTest cuts long failure messages
    QVERIFY2(findings.isEmpty(), qPrintable(CanarySet::report(findings, 10)));
}

// A handler that throws: the log names the exception's type, never what() (which quotes the
// request here), and the 500 answer says nothing about it. In process: no route of the real
// server throws on purpose.
void TstPhiLeaks::throwingHandlerLogsTheTypeOnly()
{
    using namespace izdesk::server;
    const LeakCanaries &c = m_session.c;
    TestServer::Options options;
    options.seedDemo = false;
    options.extraRoutes = [](Router &router) {
        router.add({"POST", QStringLiteral("/api/v1/test/throws/{name}"), izdesk::Permission::Public},
                   [](RequestContext &ctx) -> HttpResponse {
                       const QByteArray quoted = ctx.request().pathParams.value(QStringLiteral("name")).toUtf8() + ' '
                                                 + ctx.request().query.encoded() + ' ' + ctx.request().body;
                       throw std::runtime_error(quoted.toStdString());
                   });
    };
    TestServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    s_inProcessLog.clear();
    QLoggingCategory::setFilterRules(QLatin1String(ServerProcess::kLoggingRules));
    const QtMessageHandler previous = qInstallMessageHandler(&captureMessage);
    HttpTestClient client(server.baseUrl());
    const auto r
        = client.request("POST",
                         QStringLiteral("/api/v1/test/throws/") + QString::fromLatin1(LeakCanaries::enc(c.fullName()))
                             + QStringLiteral("?dob=") + c.dob,
                         QJsonObject{{u"password"_j, c.adminPassword}, {u"mrn"_j, c.mrn}});
    QTest::qWait(200);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QCOMPARE(r.status, 500);
    QByteArray log;
    {
        QMutexLocker lock(&s_logMutex);
        log = s_inProcessLog;
    }
    QVERIFY2(log.contains("threw St13runtime_error"), log.constData());
    const QList<Finding> findings = m_canaries.scan(log, QStringLiteral("in-process log"))
                                    + m_canaries.scan(r.raw, QStringLiteral("HTTP 500 answer"));
    QVERIFY2(findings.isEmpty(), qPrintable(CanarySet::report(findings)));
}

// Every column of every stored HL7 submission (the sweep's included): the content sealed, the
// report masked, so no canary in clear.
QList<Finding> TstPhiLeaks::scanSubmissions()
{
    QString why;
    const auto config = izdesk::server::DatabaseConfig::parse(m_database.url(), &why);
    if (!config)
        return {{QStringLiteral("hl7_submissions"), QStringLiteral("cannot open the database"), why, 0, {}}};
    izdesk::server::Database database(*config);
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM hl7_submissions ORDER BY id")))
        return {{QStringLiteral("hl7_submissions"), QStringLiteral("cannot read hl7_submissions"), QString(), 0, {}}};
    QByteArray rows;
    int count = 0, sealed = 0;
    while (q.next()) {
        ++count;
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            const QByteArray bytes = v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
            if (q.record().fieldName(i) == QLatin1String("content") && !bytes.isEmpty())
                ++sealed;
            rows += q.record().fieldName(i).toUtf8() + '=' + bytes + '\n';
        }
    }
    qInfo("hl7_submissions: %d rows searched, %d with sealed content", count, sealed);
    if (count < m_session.hl7Submissions || sealed < m_session.hl7Submissions)
        return {{QStringLiteral("hl7_submissions"),
                 QStringLiteral("submissions missing or without content"),
                 QString::number(count),
                 0,
                 {}}};
    return m_canaries.scan(rows, QStringLiteral("hl7_submissions row"));
}

QTEST_GUILESS_MAIN(TstPhiLeaks)
#include "tst_phileaks.moc"
