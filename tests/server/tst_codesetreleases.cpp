// Code set releases end to end: `izdesk-server codesets stage DIR` (the real binary) stages the
// CDC files of tests/data/codesets as a pending release that lists what is new, changed and
// retired without touching the published code sets; the HL7 check keeps judging against the
// published ones until the release is approved and published; every step is audited and
// refused out of order (409) or to a role without codeset_releases (403).

#include "hl7routestest.h"

#include <QProcess>

using namespace hl7routestest;

namespace {

const QString kReleases = QStringLiteral("/api/v1/codeset-releases");

QStringList checksOf(const HttpTestClient::Response &r)
{
    QStringList out;
    for (const QJsonValue &m :
         r.object().value(QStringLiteral("report")).toObject().value(QStringLiteral("messages")).toArray())
        for (const QJsonValue &f : m.toObject().value(QStringLiteral("findings")).toArray())
            out << f.toObject().value(QStringLiteral("check")).toString();
    return out;
}

} // namespace

class TstCodesetReleases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stagedReleaseChangesNothing();
    void approvedThenPublished();
    void refusals();

private:
    HttpTestClient::Response checkAdenovirusDose();

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_supervisor, m_specialist;
    qint64 m_release = 0;
    qint64 m_cvxBefore = 0;
};

void TstCodesetReleases::initTestCase()
{
    IZDESK_REQUIRE_TEST_DATA("codesets/cvx.xml");
    IZDESK_REQUIRE_TEST_DATA("hl7/mqe-hl7-util-vxu-dtap.hl7");
    m_server = std::make_unique<TestServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_supervisor = std::make_unique<HttpTestClient>(m_server->baseUrl());
    m_specialist = std::make_unique<HttpTestClient>(m_server->baseUrl());
    QCOMPARE(m_supervisor->login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")).status, 201);
    QCOMPARE(m_specialist->login(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist")).status, 201);
    m_cvxBefore = count(*m_server, QStringLiteral("SELECT COUNT(*) FROM code_cvx"));
    QVERIFY(m_cvxBefore > 0);
}

// The public sample with its dose's CVX changed to 143 (adenovirus types 4 and 7): in the CDC
// files, not in the built-in code set table.
HttpTestClient::Response TstCodesetReleases::checkAdenovirusDose()
{
    QByteArray message = readFile(QStringLiteral(IZDESK_TEST_DATA "/hl7/mqe-hl7-util-vxu-dtap.hl7"));
    message.replace("110^DTAP / HEP B / IPV^CVX", "143^Adenovirus types 4 and 7^CVX");
    return m_specialist->request("POST", QStringLiteral("/api/v1/hl7/check"), message,
                                 {{"Content-Type", "text/plain"}});
}

void TstCodesetReleases::stagedReleaseChangesNothing()
{
    QVERIFY(checksOf(checkAdenovirusDose()).contains(QStringLiteral("rxa.cvx.unrecognized")));
    QProcess p;
    p.start(QStringLiteral(IZDESK_SERVER_BINARY),
            {QStringLiteral("codesets"), QStringLiteral("stage"), QStringLiteral(IZDESK_TEST_DATA "/codesets"),
             QStringLiteral("--label"), QStringLiteral("CDC test files"), QStringLiteral("--database"),
             m_server->databaseUrl()});
    QVERIFY(p.waitForFinished(120000));
    const QString output = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY2(output.contains(QStringLiteral("staged code set release")), qPrintable(output));

    const auto list = m_supervisor->get(kReleases);
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject release = items.first().toObject();
    m_release = release.value(QStringLiteral("id")).toInteger();
    QCOMPARE(release.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(release.value(QStringLiteral("label")).toString(), QStringLiteral("CDC test files"));
    QVERIFY(release.value(QStringLiteral("files")).toArray().contains(QStringLiteral("cvx.xml")));
    // What it would change, per code set: CVX 143 is new.
    QJsonObject cvx;
    for (const QJsonValue &c : release.value(QStringLiteral("changes")).toArray())
        if (c.toObject().value(QStringLiteral("label")).toString() == QLatin1String("CVX"))
            cvx = c.toObject();
    QVERIFY(cvx.value(QStringLiteral("added")).toInt() > 0);
    QVERIFY(cvx.value(QStringLiteral("added_keys")).toArray().contains(QStringLiteral("143")));
    // A changed code lists the columns that differ, before and after.
    const QJsonArray changedValues = cvx.value(QStringLiteral("changed_values")).toArray();
    QVERIFY(cvx.value(QStringLiteral("changed")).toInt() > 0);
    QCOMPARE(changedValues.size(), qMin(cvx.value(QStringLiteral("changed")).toInt(), 500));
    const QJsonObject first = changedValues.first().toObject();
    QVERIFY(cvx.value(QStringLiteral("changed_keys")).toArray().contains(first.value(QStringLiteral("key"))));
    const QJsonObject before = first.value(QStringLiteral("before")).toObject(),
                      after = first.value(QStringLiteral("after")).toObject();
    QVERIFY(!before.isEmpty());
    QCOMPARE(before.keys(), after.keys());
    for (const QString &column : before.keys())
        QVERIFY(before.value(column) != after.value(column));
    // Nothing published yet: the code sets and the check are as they were.
    QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM code_cvx")), m_cvxBefore);
    QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM code_cvx WHERE code = '143'")), 0);
    QVERIFY(checksOf(checkAdenovirusDose()).contains(QStringLiteral("rxa.cvx.unrecognized")));
    QCOMPARE(
        count(*m_server, QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'codeset_release.stage'")),
        1);
}

void TstCodesetReleases::approvedThenPublished()
{
    QVERIFY(m_release > 0);
    const QString path = kReleases + QStringLiteral("/%1").arg(m_release);
    // Publishing needs an approval first.
    QCOMPARE(m_supervisor->post(path + QStringLiteral("/publish"), QJsonObject()).status, 409);
    const auto approved = m_supervisor->post(path + QStringLiteral("/approve"), QJsonObject());
    QCOMPARE(approved.status, 200);
    QCOMPARE(approved.object().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(approved.object().value(QStringLiteral("approved_by")).toString(), QStringLiteral("supervisor"));
    QVERIFY(checksOf(checkAdenovirusDose()).contains(QStringLiteral("rxa.cvx.unrecognized")));

    const auto published = m_supervisor->post(path + QStringLiteral("/publish"), QJsonObject());
    QCOMPARE(published.status, 200);
    QCOMPARE(published.object().value(QStringLiteral("status")).toString(), QStringLiteral("published"));
    QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM code_cvx WHERE code = '143'")), 1);
    QVERIFY(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM code_cvx")) > m_cvxBefore);
    // The checker uses the published version from the next check on.
    QVERIFY(!checksOf(checkAdenovirusDose()).contains(QStringLiteral("rxa.cvx.unrecognized")));
    for (const char *action : {"codeset_release.approve", "codeset_release.publish"})
        QCOMPARE(count(*m_server,
                       QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = '%1' AND entity_id = '%2'")
                           .arg(QLatin1String(action))
                           .arg(m_release)),
                 1);
}

void TstCodesetReleases::refusals()
{
    QVERIFY(m_release > 0);
    const QString path = kReleases + QStringLiteral("/%1").arg(m_release);
    QCOMPARE(m_supervisor->post(path + QStringLiteral("/discard"), QJsonObject()).status, 409);
    QCOMPARE(m_supervisor->post(path + QStringLiteral("/approve"), QJsonObject()).status, 409);
    QCOMPARE(m_supervisor->get(kReleases + QStringLiteral("/999999")).status, 404);
    QCOMPARE(m_specialist->get(kReleases).status, 403);
    QCOMPARE(m_specialist->post(path + QStringLiteral("/publish"), QJsonObject()).status, 403);
    HttpTestClient anonymous(m_server->baseUrl());
    QCOMPARE(anonymous.get(kReleases).status, 401);
}

QTEST_MAIN(TstCodesetReleases)
#include "tst_codesetreleases.moc"
