// POST /api/v1/hl7/check over real HTTP: the same report as `izdesk-server hl7 check --json` on
// the same file (the real binary), segment ranges that point at the segment's bytes, unreadable
// input answered with an AR ACK, the refusals (415, 413, 400, 401, 403), the audit row without
// content, and the same answer to Python's urllib and to curl.

#include "hl7/checkpolicy.h"
#include "hl7routestest.h"
#include "serverconfig.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

using namespace hl7routestest;

class TstHl7Routes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameReportAsTheCommand_data();
    void sameReportAsTheCommand();
    void segmentRangesPointAtTheSegments();
    void unreadableInputGetsAnArAck_data();
    void unreadableInputGetsAnArAck();
    void refusals();
    void auditedWithoutContent();
    void urllibAndCurlGetTheSameAnswer();
    void theServersPolicyDecides();

private:
    HttpTestClient::Response check(const QByteArray &body, const QByteArray &type = "application/hl7-v2",
                                   const QByteArray &filename = {});
    QJsonObject commandReport(const QString &file, const QString &name);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;
};

void TstHl7Routes::initTestCase()
{
    IZDESK_REQUIRE_TEST_DATA("hl7/mqe-hl7-util-vxu-dtap.hl7");
    m_server = std::make_unique<TestServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<HttpTestClient>(m_server->baseUrl());
    QCOMPARE(m_client->login(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist")).status, 201);
}

HttpTestClient::Response TstHl7Routes::check(const QByteArray &body, const QByteArray &type, const QByteArray &filename)
{
    HttpTestClient::Headers headers{{"Content-Type", type}};
    if (!filename.isEmpty())
        headers.append({"IZ-Filename", filename});
    return m_client->request("POST", QStringLiteral("/api/v1/hl7/check"), body, headers);
}

// The command's --json report on a copy of `file` named `name`, checked against the server's
// database (the same code sets), run from the copy's folder so the report names it `name`.
QJsonObject TstHl7Routes::commandReport(const QString &file, const QString &name)
{
    QTemporaryDir dir;
    if (!dir.isValid() || !QFile::copy(file, dir.filePath(name)))
        return {};
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(QStringLiteral(IZDESK_SERVER_BINARY),
            {QStringLiteral("hl7"), QStringLiteral("check"), name, QStringLiteral("--json"),
             QStringLiteral("--database"), m_server->databaseUrl()});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() == 2) {
        qWarning() << p.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

void TstHl7Routes::sameReportAsTheCommand_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("single VXU, LF") << QStringLiteral("mqe-hl7-util-vxu-dtap.hl7");
    QTest::newRow("batch file with a wrong BTS count") << QStringLiteral("smm-tester-batch-before.hl7");
    QTest::newRow("VXU Z22, CR") << QStringLiteral("smm-tester-vxu-update.hl7");
}

void TstHl7Routes::sameReportAsTheCommand()
{
    QFETCH(QString, file);
    const QString path = QStringLiteral(IZDESK_TEST_DATA "/hl7/") + file;
    const QJsonObject expected = commandReport(path, file);
    QVERIFY2(expected.contains(QStringLiteral("summary")), "the command printed no report");
    const auto r = check(readFile(path), "application/hl7-v2", file.toUtf8());
    QCOMPARE(r.status, 200);
    const QJsonObject report = r.object().value(QStringLiteral("report")).toObject();
    QCOMPARE(withoutSegments(report), expected);
    QCOMPARE(r.object().value(QStringLiteral("messages")).toArray().size(),
             expected.value(QStringLiteral("messages")).toArray().size());
}

void TstHl7Routes::segmentRangesPointAtTheSegments()
{
    const QByteArray body = readFile(QStringLiteral(IZDESK_TEST_DATA "/hl7/smm-tester-batch-before.hl7"));
    const auto r = check(body, "text/plain");
    QCOMPARE(r.status, 200);
    const QJsonArray messages = r.object().value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 1);
    const QJsonObject message = messages.first().toObject();
    // The batch's FHS and BHS come first: the message starts at its MSH.
    QVERIFY(body.mid(message.value(QStringLiteral("offset")).toInteger()).startsWith("MSH|^~\\&|MD0001"));
    const QJsonArray segments = message.value(QStringLiteral("segments")).toArray();
    QStringList ids;
    for (const QJsonValue &v : segments) {
        const QJsonObject s = v.toObject();
        const qint64 offset = s.value(QStringLiteral("offset")).toInteger(),
                     length = s.value(QStringLiteral("length")).toInteger();
        const QByteArray bytes = body.mid(offset, length);
        ids << s.value(QStringLiteral("id")).toString();
        QVERIFY2(bytes.startsWith(QByteArray(s.value(QStringLiteral("id")).toString().toLatin1() + '|')),
                 bytes.constData());
        QVERIFY(!bytes.contains('\n') && !bytes.contains('\r'));
        QVERIFY(offset + length == body.size() || body.at(offset + length) == '\n' || body.at(offset + length) == '\r');
    }
    QCOMPARE(ids.join(QLatin1Char(' ')), QStringLiteral("MSH PID PD1 NK1 RXA RXA RXA RXR OBX"));
    // Every finding that names a segment names one whose id its location starts with.
    int withSegment = 0;
    const QJsonObject reported = r.object()
                                     .value(QStringLiteral("report"))
                                     .toObject()
                                     .value(QStringLiteral("messages"))
                                     .toArray()
                                     .first()
                                     .toObject();
    for (const QJsonValue &v : reported.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (!f.contains(QStringLiteral("segment")))
            continue;
        ++withSegment;
        const int k = f.value(QStringLiteral("segment")).toInt();
        QVERIFY(k >= 0 && k < segments.size());
        QVERIFY2(f.value(QStringLiteral("location")).toString().startsWith(ids.at(k)),
                 qPrintable(f.value(QStringLiteral("location")).toString()));
    }
    QVERIFY(withSegment > 0);
}

void TstHl7Routes::unreadableInputGetsAnArAck_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no MSH") << QByteArray("PID|||12345^^^MR||DOE^JANE\rRXA|0|1|20260101\r");
    QTest::newRow("binary junk") << QByteArray("\x00\x01\x02\xff\xfe binary \x7f\x1b", 18);
    QTest::newRow("bad encoding characters") << QByteArray("MSH|^~|SENDER\rPID|1\r");
}

void TstHl7Routes::unreadableInputGetsAnArAck()
{
    QFETCH(QByteArray, body);
    const auto r = check(body, "application/octet-stream");
    QCOMPARE(r.status, 200);
    const QJsonArray messages = r.object().value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 1);
    const QString ack = messages.first().toObject().value(QStringLiteral("ack")).toString();
    QVERIFY2(ack.contains(QStringLiteral("\rMSA|AR|")), qPrintable(ack));
    const QJsonObject report = r.object().value(QStringLiteral("report")).toObject();
    QCOMPARE(report.value(QStringLiteral("messages"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("verdict"))
                 .toString(),
             QStringLiteral("AR"));
    QCOMPARE(report.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("passed")).toBool(), false);
    // The answer never echoes the input's values.
    QVERIFY(!r.raw.contains("DOE^JANE"));
}

void TstHl7Routes::refusals()
{
    const QByteArray sample = readFile(QStringLiteral(IZDESK_TEST_DATA "/hl7/mqe-hl7-util-vxu-dtap.hl7"));
    QCOMPARE(check(sample, "application/json").status, 415);
    QCOMPARE(check(sample, "").status, 415);
    const auto empty = check({});
    QCOMPARE(empty.status, 400);
    QCOMPARE(empty.object().value(QStringLiteral("type")).toString().section(QLatin1Char('/'), -1),
             QStringLiteral("bad-request"));
    QCOMPARE(check(sample, "application/hl7-v2", "folder%2Fname.hl7").status, 422);
    // 8 MiB is the limit; one byte more is refused.
    QByteArray big = sample + QByteArray(8 * 1024 * 1024 - sample.size() + 1, '\r');
    QCOMPARE(check(big).status, 413);
    big.chop(1);
    QCOMPARE(check(big).status, 200);

    HttpTestClient anonymous(m_server->baseUrl());
    QCOMPARE(
        anonymous.request("POST", QStringLiteral("/api/v1/hl7/check"), sample, {{"Content-Type", "text/plain"}}).status,
        401);
    // A session that must first choose a new password reaches no other route.
    QVERIFY(m_server->addStaffUser(QStringLiteral("newhire"), QStringLiteral("New Hire"), QStringLiteral("specialist"),
                                   QStringLiteral("a long enough passphrase 7")));
    QSqlQuery q(m_server->app()->database().connection());
    QVERIFY(
        q.exec(QStringLiteral("UPDATE staff_users SET password_change_required = TRUE WHERE username = 'newhire'")));
    HttpTestClient newhire(m_server->baseUrl());
    QCOMPARE(newhire.login(QStringLiteral("newhire"), QStringLiteral("a long enough passphrase 7")).status, 201);
    QCOMPARE(
        newhire.request("POST", QStringLiteral("/api/v1/hl7/check"), sample, {{"Content-Type", "text/plain"}}).status,
        403);
}

void TstHl7Routes::auditedWithoutContent()
{
    const QString path = QStringLiteral(IZDESK_TEST_DATA "/hl7/smm-tester-batch-before.hl7");
    const QByteArray body = readFile(path);
    const qint64 before
        = count(*m_server, QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'hl7.check'"));
    QCOMPARE(check(body, "text/plain", "before.hl7").status, 200);
    QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'hl7.check'")),
             before + 1);
    QSqlQuery q(m_server->app()->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT detail FROM audit_events WHERE action = 'hl7.check' ORDER BY id DESC")));
    QVERIFY(q.next());
    const QJsonObject detail = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("bytes")).toInteger(), body.size());
    QCOMPARE(detail.value(QStringLiteral("messages")).toInt(), 1);
    QCOMPARE(detail.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
    const QString text = q.value(0).toString();
    for (const QByteArray &phi : phiOf(body))
        QVERIFY2(!text.contains(QString::fromUtf8(phi)), phi.constData());
    QVERIFY(!text.contains(QStringLiteral("before.hl7")));
}

void TstHl7Routes::urllibAndCurlGetTheSameAnswer()
{
    const QString path = QStringLiteral(IZDESK_TEST_DATA "/hl7/smm-tester-vxu-diff1.hl7");
    const QString url = m_server->baseUrl().toString() + QStringLiteral("/api/v1/hl7/check");
    const QString auth = QStringLiteral("Authorization: Bearer ") + m_client->token();
    const QString script = QStringLiteral(
        "import sys, urllib.request\n"
        "data = open(sys.argv[1], 'rb').read()\n"
        "req = urllib.request.Request(sys.argv[2], data=data, method='POST', headers={'Content-Type': "
        "'application/hl7-v2', 'IZ-Filename': 'diff1.hl7', 'Authorization': 'Bearer ' + sys.argv[3]})\n"
        "sys.stdout.buffer.write(urllib.request.urlopen(req).read())\n");
    QByteArray fromPython, fromCurl;
    bool pythonDone = false, curlDone = false;
    // The server answers from this thread's event loop, so the clients run as child processes
    // while it spins.
    QProcess python, curl;
    QObject::connect(&python, &QProcess::finished, [&] { pythonDone = true; });
    QObject::connect(&curl, &QProcess::finished, [&] { curlDone = true; });
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, path, url, m_client->token()});
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-sS"), QStringLiteral("--fail"), QStringLiteral("-X"), QStringLiteral("POST"),
                QStringLiteral("-H"), QStringLiteral("Content-Type: application/hl7-v2"), QStringLiteral("-H"),
                QStringLiteral("IZ-Filename: diff1.hl7"), QStringLiteral("-H"), auth, QStringLiteral("--data-binary"),
                QLatin1Char('@') + path, url});
    while (!pythonDone || !curlDone)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    fromPython = python.readAllStandardOutput();
    fromCurl = curl.readAllStandardOutput();
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    QVERIFY2(curl.exitCode() == 0, curl.readAllStandardError().constData());
    const QJsonObject a = withoutAckTimes(QJsonDocument::fromJson(fromPython).object());
    const QJsonObject b = withoutAckTimes(QJsonDocument::fromJson(fromCurl).object());
    QVERIFY(a.contains(QStringLiteral("report")));
    QCOMPARE(a, b);
    const auto mine = check(readFile(path), "application/hl7-v2", "diff1.hl7");
    QCOMPARE(withoutAckTimes(mine.object()), a);
}

void TstHl7Routes::theServersPolicyDecides()
{
    using izdesk::server::CommandLine;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"checks": {"field.required.missing": {"severity": "fatal"}}})");
    f.close();
    const CommandLine refused
        = CommandLine::parse({QStringLiteral("izdesk-server"), QStringLiteral("--hl7-policy"), bad});
    QCOMPARE(refused.action, CommandLine::Action::Error);
    QVERIFY2(refused.message.contains(QStringLiteral("checks.field.required.missing.severity")),
             qPrintable(refused.message));

    // The same file checked under a policy that switches a check off: its findings are gone.
    const QByteArray sample = readFile(QStringLiteral(IZDESK_TEST_DATA "/hl7/mqe-hl7-util-vxu-dtap.hl7"));
    auto checks = [](const HttpTestClient::Response &r) {
        QStringList out;
        for (const QJsonValue &finding : r.object()
                                             .value(QStringLiteral("report"))
                                             .toObject()
                                             .value(QStringLiteral("messages"))
                                             .toArray()
                                             .first()
                                             .toObject()
                                             .value(QStringLiteral("findings"))
                                             .toArray())
            out << finding.toObject().value(QStringLiteral("check")).toString();
        return out;
    };
    QVERIFY(checks(check(sample)).contains(QStringLiteral("field.required.missing")));
    TestServer::Options options;
    options.configure = [](izdesk::server::ServerConfig &c) {
        QString why;
        auto policy = izdesk::server::hl7::CheckPolicy::fromJson(
            R"({"checks": {"field.required.missing": {"enabled": false}}})", &why);
        QVERIFY2(policy, qPrintable(why));
        c.hl7Policy = std::make_shared<const izdesk::server::hl7::CheckPolicy>(std::move(*policy));
    };
    TestServer lenient(options);
    QString error;
    QVERIFY2(lenient.start(&error), qPrintable(error));
    HttpTestClient c(lenient.baseUrl());
    QCOMPARE(c.login(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist")).status, 201);
    const auto r = c.request("POST", QStringLiteral("/api/v1/hl7/check"), sample, {{"Content-Type", "text/plain"}});
    QCOMPARE(r.status, 200);
    QVERIFY(!checks(r).isEmpty());
    QVERIFY(!checks(r).contains(QStringLiteral("field.required.missing")));
}

QTEST_MAIN(TstHl7Routes)
#include "tst_hl7routes.moc"
