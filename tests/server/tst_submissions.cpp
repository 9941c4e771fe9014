// The onboarding test submissions over real HTTP: taken only while the project is active in a
// submitting stage (409 otherwise), checked like POST /api/v1/hl7/check, stored with the
// report and the content sealed (the raw row holds none of the sample's patient values and
// does not open under another id), the content back byte for byte with an audit row, the
// project's event, the purge past retention (410, the report stays), and no data key (503).

#include "datakeyfile.h"
#include "hl7routestest.h"
#include "onboarding/submissionstore.h"
#include "onboardingtestsupport.h"
#include "phicipher.h"
#include "serverconfig.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace hl7routestest;
using izdesk::PhiCipher;

namespace {

const QByteArray kKey = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

QString submissionsPath(qint64 project)
{
    return QStringLiteral("/api/v1/onboarding/projects/%1/submissions").arg(project);
}

} // namespace

class TstSubmissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedOutsideASubmittingStage();
    void storedSealedAndReadBack();
    void projectShowsItsLatestSubmission();
    void purgeKeepsTheReport();
    void noDataKeyNoSubmission();
    void dataKeyFile();
    void developmentKeyBesideTheDatabase();

private:
    HttpTestClient::Response submit(HttpTestClient &c, qint64 project, const QByteArray &body,
                                    const QByteArray &filename = "batch-1.hl7");
    qint64 invitedProject(const QString &organization);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_specialist, m_supervisor;
    qint64 m_project = 0;
    qint64 m_submission = 0;
    QByteArray m_sample;
};

void TstSubmissions::initTestCase()
{
    IZDESK_REQUIRE_TEST_DATA("hl7/mqe-hl7-util-vxu-dtap.hl7");
    m_sample = readFile(QStringLiteral(IZDESK_TEST_DATA "/hl7/mqe-hl7-util-vxu-dtap.hl7"));
    TestServer::Options options;
    options.configure = [](izdesk::server::ServerConfig &c) { c.dataKey = kKey; };
    m_server = std::make_unique<TestServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_specialist = std::make_unique<HttpTestClient>(m_server->baseUrl());
    m_supervisor = std::make_unique<HttpTestClient>(m_server->baseUrl());
    QCOMPARE(m_specialist->login(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist")).status, 201);
    QCOMPARE(m_supervisor->login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")).status, 201);
}

HttpTestClient::Response TstSubmissions::submit(HttpTestClient &c, qint64 project, const QByteArray &body,
                                                const QByteArray &filename)
{
    return c.request("POST", submissionsPath(project), body,
                     {{"Content-Type", "application/hl7-v2"}, {"IZ-Filename", filename}});
}

// A project invited from the queue: active, in stage plan.
qint64 TstSubmissions::invitedProject(const QString &organization)
{
    const qint64 org = onboardingtest::createOrganization(*m_specialist, organization, QStringLiteral("provider"), 1);
    const auto entry = onboardingtest::registerInQueue(*m_specialist, org);
    if (entry.status != 201)
        return 0;
    const auto invited = m_supervisor->post(QStringLiteral("/api/v1/onboarding/queue/%1/invite")
                                                .arg(entry.object().value(QStringLiteral("id")).toInteger()),
                                            QJsonObject());
    return invited.status == 201 ? invited.object().value(QStringLiteral("id")).toInteger() : 0;
}

void TstSubmissions::refusedOutsideASubmittingStage()
{
    m_project = invitedProject(QStringLiteral("Lakeside Family Clinic"));
    QVERIFY(m_project > 0);
    // In plan: no submissions yet, and nothing stored.
    const auto early = submit(*m_specialist, m_project, m_sample);
    QCOMPARE(early.status, 409);
    QVERIFY(early.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("plan")));
    QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM hl7_submissions")), 0);
    QCOMPARE(submit(*m_specialist, 999999, m_sample).status, 404);
    // The agreed plan passes the plan stage; test_transport takes submissions.
    QCOMPARE(m_supervisor
                 ->post(onboardingtest::projectPath(m_project, QStringLiteral("/plan")),
                        {{QStringLiteral("agreed_on"), QDate::currentDate().toString(Qt::ISODate)}})
                 .status,
             200);
    QCOMPARE(onboardingtest::advance(*m_supervisor, m_project, QStringLiteral("plan")).status, 200);
}

void TstSubmissions::storedSealedAndReadBack()
{
    QVERIFY(m_project > 0);
    QCOMPARE(submit(*m_specialist, m_project, QByteArray(), "empty.hl7").status, 400);
    QCOMPARE(m_specialist->request("POST", submissionsPath(m_project), m_sample, {{"Content-Type", "application/json"}})
                 .status,
             415);
    const auto r = submit(*m_specialist, m_project, m_sample);
    QCOMPARE(r.status, 201);
    const QJsonObject s = r.object();
    m_submission = s.value(QStringLiteral("id")).toInteger();
    QCOMPARE(r.header("Location"), QByteArray("/api/v1/onboarding/submissions/") + QByteArray::number(m_submission));
    QCOMPARE(s.value(QStringLiteral("stage")).toString(), QStringLiteral("test_transport"));
    QCOMPARE(s.value(QStringLiteral("filename")).toString(), QStringLiteral("batch-1.hl7"));
    QCOMPARE(s.value(QStringLiteral("size")).toInteger(), m_sample.size());
    QCOMPARE(s.value(QStringLiteral("messages")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("passed")).toBool(), false); // the sample has errors; the policy allows none
    QCOMPARE(s.value(QStringLiteral("submitted_by")).toString(), QStringLiteral("specialist"));
    QCOMPARE(s.value(QStringLiteral("content_available")).toBool(), true);
    QCOMPARE(s.value(QStringLiteral("retention_until")).toString(),
             QDateTime::currentDateTimeUtc().date().addDays(90).toString(Qt::ISODate));

    // The raw row: sealed content and a masked report, neither holding the sample's patient values.
    QSqlQuery q(m_server->app()->database().connection());
    q.prepare(QStringLiteral("SELECT content, report FROM hl7_submissions WHERE id = ?"));
    q.addBindValue(m_submission);
    QVERIFY(q.exec() && q.next());
    const QByteArray sealed = q.value(0).toByteArray(), report = q.value(1).toString().toUtf8();
    q.finish(); // no read snapshot held over the requests below
    const QList<QByteArray> phi = phiOf(m_sample);
    QVERIFY(phi.size() >= 4);
    for (const QByteArray &v : phi) {
        QVERIFY2(!sealed.contains(v), v.constData());
        QVERIFY2(!report.contains(v), v.constData());
    }
    QVERIFY(!sealed.contains("PID|") && !sealed.contains("MSH|"));
    // Bound to its row: it opens under its own id only.
    QCOMPARE(PhiCipher::open(kKey, sealed, "hl7_submission:" + QByteArray::number(m_submission)).value_or(QByteArray()),
             m_sample);
    QVERIFY(!PhiCipher::open(kKey, sealed, "hl7_submission:" + QByteArray::number(m_submission + 1)));

    // The content back, byte for byte, and the read audited.
    const QString audits = QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                          "'onboarding.submission.content_read' AND entity_id = '%1'")
                               .arg(m_submission);
    QCOMPARE(count(*m_server, audits), 0);
    const auto content
        = m_specialist->get(QStringLiteral("/api/v1/onboarding/submissions/%1/content").arg(m_submission));
    QCOMPARE(content.status, 200);
    QCOMPARE(content.raw, m_sample);
    QCOMPARE(content.header("Content-Type"), QByteArray("application/hl7-v2"));
    QCOMPARE(count(*m_server, audits), 1);

    // The report, the list and the project's history.
    const auto one = m_specialist->get(QStringLiteral("/api/v1/onboarding/submissions/%1").arg(m_submission));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.object()
                 .value(QStringLiteral("report"))
                 .toObject()
                 .value(QStringLiteral("summary"))
                 .toObject()
                 .value(QStringLiteral("messages"))
                 .toInt(),
             1);
    const auto list = m_specialist->get(submissionsPath(m_project));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.object().value(QStringLiteral("items")).toArray().size(), 1);
    QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM onboarding_events WHERE kind = 'submission' AND "
                                             "project_id = %1")
                                  .arg(m_project)),
             1);
    QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                             "'onboarding.submission.create'")),
             1);
    // The latest submission, as the stage gate reads it.
    bool ok = false;
    izdesk::server::SubmissionStore store(m_server->app()->database().connection(),
                                          m_server->app()->database().dialect());
    const auto latest = store.latest(m_project, QStringLiteral("test_transport"), &ok);
    QVERIFY(ok && latest);
    QCOMPARE(latest->id, m_submission);
    QVERIFY(!latest->reason.isEmpty());
}

// A desk holding the project sees that it changed: its latest submission is new.
void TstSubmissions::projectShowsItsLatestSubmission()
{
    QVERIFY(m_project > 0);
    const QString projectPath = QStringLiteral("/api/v1/onboarding/projects/%1").arg(m_project);
    const QByteArray etagBefore = m_specialist->get(projectPath).header("ETag");
    QVERIFY(!etagBefore.isEmpty());
    const auto r = submit(*m_specialist, m_project, m_sample, "batch-2.hl7");
    QCOMPARE(r.status, 201);
    const auto after = m_specialist->get(projectPath);
    QVERIFY(after.header("ETag") != etagBefore);
    QCOMPARE(after.object().value(QStringLiteral("latest_submission")).toObject().value(QStringLiteral("id")).toInteger(),
             r.object().value(QStringLiteral("id")).toInteger());
}

void TstSubmissions::purgeKeepsTheReport()
{
    QVERIFY(m_submission > 0);
    QSqlQuery q(m_server->app()->database().connection());
    QVERIFY(q.exec(
        QStringLiteral("UPDATE hl7_submissions SET retention_until = '2026-01-01' WHERE id = %1").arg(m_submission)));
    izdesk::server::SubmissionStore store(m_server->app()->database().connection(),
                                          m_server->app()->database().dialect());
    QCOMPARE(store.purgeExpired(QDateTime(QDate(2026, 1, 1), QTime(23, 0), Qt::UTC)), 0); // not past it yet
    QCOMPARE(store.purgeExpired(QDateTime(QDate(2026, 1, 2), QTime(0, 1), Qt::UTC)), 1);
    const auto content
        = m_specialist->get(QStringLiteral("/api/v1/onboarding/submissions/%1/content").arg(m_submission));
    QCOMPARE(content.status, 410);
    QCOMPARE(onboardingtest::problemType(content), QStringLiteral("gone"));
    const auto one = m_specialist->get(QStringLiteral("/api/v1/onboarding/submissions/%1").arg(m_submission));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.object().value(QStringLiteral("content_available")).toBool(), false);
    QVERIFY(one.object().value(QStringLiteral("report")).toObject().contains(QStringLiteral("summary")));
    QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM hl7_submissions WHERE content IS NULL AND purged_at "
                                             "IS NOT NULL")),
             1);
}

void TstSubmissions::noDataKeyNoSubmission()
{
    TestServer::Options options;
    options.configure
        = [](izdesk::server::ServerConfig &c) { c.environment = izdesk::server::Environment::Production; };
    TestServer production(options);
    QString error;
    QVERIFY2(production.start(&error), qPrintable(error));
    QVERIFY(production.app()->config().dataKey.isEmpty());
    HttpTestClient c(production.baseUrl());
    QCOMPARE(c.login(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist")).status, 201);
    const auto r = submit(c, 1, m_sample);
    QCOMPARE(r.status, 503);
    QVERIFY(r.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("--data-key")));
}

void TstSubmissions::dataKeyFile()
{
    using izdesk::server::CommandLine;
    using izdesk::server::DataKeyFile::read;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&dir](const QString &name, const QByteArray &bytes, QFileDevice::Permissions mode) {
        QFile f(dir.filePath(name));
        const bool ok = f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
        f.close();
        return ok && f.setPermissions(mode) ? f.fileName() : QString();
    };
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QString error;
    QCOMPARE(read(write(QStringLiteral("b64"), kKey.toBase64() + "\n", owner), &error).value_or(QByteArray()), kKey);
    QCOMPARE(read(write(QStringLiteral("raw"), kKey, owner), &error).value_or(QByteArray()), kKey);
    // Group- or world-readable: refused, naming the file and the fix.
    const QString open
        = write(QStringLiteral("open"), kKey.toBase64(), owner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QVERIFY(!read(open, &error));
    QVERIFY2(error.contains(open) && error.contains(QStringLiteral("chmod 600")), qPrintable(error));
    QVERIFY(!read(write(QStringLiteral("short"), "c2hvcnQ=", owner), &error));
    QVERIFY2(error.contains(QStringLiteral("32 bytes")), qPrintable(error));
    QVERIFY(!read(dir.filePath(QStringLiteral("missing")), &error));
    // The command line stops on it, naming the option; the key never appears in the message.
    const CommandLine bad = CommandLine::parse({QStringLiteral("izdesk-server"), QStringLiteral("--data-key"), open});
    QCOMPARE(bad.action, CommandLine::Action::Error);
    QVERIFY2(bad.message.startsWith(QStringLiteral("--data-key ")), qPrintable(bad.message));
    QVERIFY(!bad.message.contains(QString::fromLatin1(kKey.toBase64())));
    const CommandLine good = CommandLine::parse(
        {QStringLiteral("izdesk-server"), QStringLiteral("--data-key"), dir.filePath(QStringLiteral("b64"))});
    QCOMPARE(good.action, CommandLine::Action::Run);
    QCOMPARE(good.config.dataKey, kKey);
}

void TstSubmissions::developmentKeyBesideTheDatabase()
{
    if (m_server->isPostgres())
        QSKIP("the key file beside the database is for SQLite; PostgreSQL without --data-key is noDataKeyNoSubmission");
    TestServer dev;
    QString error;
    QVERIFY2(dev.start(&error), qPrintable(error));
    const QString path = dev.app()->config().dataKeyFile;
    QVERIFY2(path.endsWith(QStringLiteral(".datakey")), qPrintable(path));
    QCOMPARE(QFileInfo(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(izdesk::server::DataKeyFile::read(path, &error).value_or(QByteArray()), dev.app()->config().dataKey);
    QCOMPARE(dev.app()->config().dataKey.size(), 32);
}

QTEST_MAIN(TstSubmissions)
#include "tst_submissions.moc"
