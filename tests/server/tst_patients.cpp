// Patient search and record over real HTTP, on SQLite and PostgreSQL: each caller error kind
// still finds the right child at rank 1; opt-outs stay hidden; every read is audited.

#include "apiclient.h"
#include "httptestclient.h"
#include "matching/nicknametable.h"
#include "patienttestdata.h"
#include "serverapp.h"
#include "serverconfig.h"
#include "testserver.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;

class TstPatients : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsTheRightChild_data();
    void findsTheRightChild();
    void jonSmythExplanation();
    void twinsAreBadgedAndCapped();
    void structuredParameters();
    void badParametersAre422_data();
    void badParametersAre422();
    void optOutNeverReturned();
    void sharingLockPerPolicy();
    void recordHasHistoryWithVaccineNames();
    void unknownPatientIs404();
    void auditHoldsIdsNotSearchText();
    void anonymousIs401();
    void codesetsList();
    void jurisdictionNicknamesReachTheSearch();
    void everyClientEncodingFindsTheSame_data();
    void everyClientEncodingFindsTheSame();
    void badEscapeIs400NamingTheParameter();
    void searchBodyErrorsNameTheMember();
    void nearDateAndMisspeltSurnameStillFound();

private:
    QJsonArray search(const QString &query, int expectStatus = 200);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;
    QHash<QString, qint64> m_ids;
};

void TstPatients::initTestCase()
{
    // Own accounts instead of the demo seed: these tests depend on the patient store only.
    TestServer::Options options;
    options.seedDemo = false;
    m_server = std::make_unique<TestServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    for (const QString &role : {QStringLiteral("specialist"), QStringLiteral("supervisor"), QStringLiteral("admin")})
        QVERIFY2(m_server->addStaffUser(role, role, role, QStringLiteral("Quiet-Harbour-7391"), &error),
                 qPrintable(error));
    m_ids = izdesk::test::insertRegistry(m_server->app()->database(), &error);
    QVERIFY2(!m_ids.isEmpty(), qPrintable(error));
    m_client = std::make_unique<HttpTestClient>(m_server->baseUrl());
    QCOMPARE(m_client->login(QStringLiteral("specialist"), QStringLiteral("Quiet-Harbour-7391")).status, 201);
}

QJsonArray TstPatients::search(const QString &query, int expectStatus)
{
    const auto r = m_client->get(QStringLiteral("/api/v1/patients?") + query);
    if (r.status != expectStatus)
        qWarning() << r.status << r.raw;
    return r.status == expectStatus ? r.object().value(QStringLiteral("items")).toArray() : QJsonArray();
}

static QString q(const QString &text)
{
    return QStringLiteral("q=") + QString::fromLatin1(QUrl::toPercentEncoding(text));
}

void TstPatients::findsTheRightChild_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::newRow("issue example") << q(QStringLiteral("Jon Smyth born 03/04/2019")) << "jonathan";
    QTest::newRow("exact iso") << q(QStringLiteral("Jonathan Smith 2019-04-03")) << "jonathan";
    QTest::newRow("typo") << q(QStringLiteral("Jonathon Smith 4/3/2019")) << "jonathan";
    QTest::newRow("nickname") << q(QStringLiteral("Bill Johnson 01/15/2010")) << "william";
    QTest::newRow("phonetic") << q(QStringLiteral("Wiliam Jonson 01/15/2010")) << "william";
    QTest::newRow("swapped names") << q(QStringLiteral("Smith Jonathan 04/03/2019")) << "jonathan";
    QTest::newRow("last, first") << q(QStringLiteral("Smith, Jon 4/3/19")) << "jonathan";
    QTest::newRow("hyphen part") << q(QStringLiteral("Ana Lopez 11/20/2015")) << "ana";
    QTest::newRow("hyphen space") << q(QStringLiteral("Ana Garcia Lopez 11/20/2015")) << "ana";
    QTest::newRow("placeholder on file") << q(QStringLiteral("Sofia Martinez 02/10/2024")) << "baby";
    QTest::newRow("phone only") << q(QStringLiteral("(612) 555-0111")) << "william";
    QTest::newRow("mrn") << q(QStringLiteral("MRN-7781")) << "jonathan";
    QTest::newRow("source id") << QStringLiteral("identifier=SRC-1") << "jonathan";
    QTest::newRow("address") << q(QStringLiteral("Johnson 900 Summit Avenue 55105")) << "william";
    QTest::newRow("dob typo + phone") << q(QStringLiteral("Jonathan Smith 04/08/2019 651-555-0142")) << "jonathan";
    QTest::newRow("diacritics") << q(QStringLiteral("Ána García-López 2015-11-20")) << "ana";
}

void TstPatients::findsTheRightChild()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const QJsonArray items = search(query);
    QVERIFY2(!items.isEmpty(), qPrintable(query));
    QCOMPARE(items.first().toObject().value(QStringLiteral("id")).toInteger(), m_ids.value(expected));
}

void TstPatients::jonSmythExplanation()
{
    const QJsonArray items = search(q(QStringLiteral("Jon Smyth born 03/04/2019")));
    QVERIFY(!items.isEmpty());
    const QJsonObject top = items.first().toObject();
    QCOMPARE(top.value(QStringLiteral("last_name")).toString(), QStringLiteral("SMITH"));
    QCOMPARE(top.value(QStringLiteral("birth_date")).toString(), QStringLiteral("2019-04-03"));
    QCOMPARE(top.value(QStringLiteral("grade")).toString(), QStringLiteral("probable"));
    QHash<QString, QString> levels;
    double sum = 0;
    for (const auto &e : top.value(QStringLiteral("explanation")).toArray()) {
        levels.insert(e.toObject().value(QStringLiteral("field")).toString(),
                      e.toObject().value(QStringLiteral("level")).toString());
        sum += e.toObject().value(QStringLiteral("weight")).toDouble();
    }
    QCOMPARE(levels.value(QStringLiteral("first_name")), QStringLiteral("nickname"));
    QCOMPARE(levels.value(QStringLiteral("last_name")), QStringLiteral("phonetic"));
    QCOMPARE(levels.value(QStringLiteral("birth_date")), QStringLiteral("transposed"));
    QVERIFY(qAbs(sum - top.value(QStringLiteral("score")).toDouble()) < 0.01);
    // The scores come out sorted.
    for (qsizetype i = 1; i < items.size(); ++i)
        QVERIFY(items.at(i - 1).toObject().value(QStringLiteral("score")).toDouble()
                >= items.at(i).toObject().value(QStringLiteral("score")).toDouble());
}

void TstPatients::twinsAreBadgedAndCapped()
{
    const QJsonArray items = search(q(QStringLiteral("Emma Nguyen 06/01/2020 77 Elm St 55102")));
    QVERIFY(items.size() >= 2);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("id")).toInteger(), m_ids.value(QStringLiteral("twin_emma")));
    const QJsonObject twin = items.at(1).toObject();
    QCOMPARE(twin.value(QStringLiteral("id")).toInteger(), m_ids.value(QStringLiteral("twin_olivia")));
    QCOMPARE(twin.value(QStringLiteral("grade")).toString(), QStringLiteral("possible"));
    QVERIFY(twin.value(QStringLiteral("badges")).toArray().contains(QStringLiteral("twin_guard")));
    QVERIFY(twin.value(QStringLiteral("badges")).toArray().contains(QStringLiteral("multiple_birth")));
}

void TstPatients::structuredParameters()
{
    const QJsonArray items = search(QStringLiteral("first=Jon&last=Smyth&dob=2019-03-04&sex=M&limit=2"));
    QVERIFY(!items.isEmpty() && items.size() <= 2);
    QCOMPARE(items.first().toObject().value(QStringLiteral("id")).toInteger(), m_ids.value(QStringLiteral("jonathan")));
    const QJsonArray byPhone = search(QStringLiteral("phone=6515550142"));
    QCOMPARE(byPhone.size(), 2); // the household: Jonathan and John Sr
}

void TstPatients::badParametersAre422_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("dob") << "last=Smith&dob=31/31/2019"
                         << "dob";
    QTest::newRow("limit high") << "last=Smith&limit=51"
                                << "limit";
    QTest::newRow("limit text") << "last=Smith&limit=abc"
                                << "limit";
    QTest::newRow("phone") << "phone=123"
                           << "phone";
    QTest::newRow("sex") << "last=Smith&sex=X"
                         << "sex";
    QTest::newRow("nothing") << ""
                             << "q";
    QTest::newRow("long q") << QStringLiteral("q=") + QString(201, QLatin1Char('a')) << "q";
}

void TstPatients::badParametersAre422()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const auto r = m_client->get(QStringLiteral("/api/v1/patients?") + query);
    QCOMPARE(r.status, 422);
    QVERIFY(r.header("Content-Type").startsWith("application/problem+json"));
    const QJsonArray errors = r.object().value(QStringLiteral("errors")).toArray();
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().toObject().value(QStringLiteral("field")).toString(), field);
}

void TstPatients::optOutNeverReturned()
{
    QVERIFY(search(q(QStringLiteral("Olga Hidden 05/05/2012"))).isEmpty());
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/patients/%1").arg(m_ids.value(QStringLiteral("optout")))).status,
             404);
    HttpTestClient admin(m_server->baseUrl());
    QCOMPARE(admin.login(QStringLiteral("admin"), QStringLiteral("Quiet-Harbour-7391")).status, 201);
    QCOMPARE(admin.get(QStringLiteral("/api/v1/patients?") + q(QStringLiteral("Olga Hidden 05/05/2012")))
                 .object()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             0);
}

void TstPatients::sharingLockPerPolicy()
{
    QVERIFY(search(q(QStringLiteral("Lena Locke 06/06/2013"))).isEmpty());
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/patients/%1").arg(m_ids.value(QStringLiteral("locked")))).status,
             404);
    HttpTestClient supervisor(m_server->baseUrl());
    QCOMPARE(supervisor.login(QStringLiteral("supervisor"), QStringLiteral("Quiet-Harbour-7391")).status, 201);
    const auto r = supervisor.get(QStringLiteral("/api/v1/patients?") + q(QStringLiteral("Lena Locke 06/06/2013")));
    const QJsonArray items = r.object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QVERIFY(
        items.first().toObject().value(QStringLiteral("badges")).toArray().contains(QStringLiteral("sharing_lock")));
}

void TstPatients::recordHasHistoryWithVaccineNames()
{
    const auto r = m_client->get(QStringLiteral("/api/v1/patients/%1").arg(m_ids.value(QStringLiteral("jonathan"))));
    QCOMPARE(r.status, 200);
    const QJsonObject p = r.object();
    QCOMPARE(p.value(QStringLiteral("first_name")).toString(), QStringLiteral("JONATHAN"));
    // The staff record never carries the history; the vaccine names are asserted on the
    // verified history route (tst_verification_release).
    QCOMPARE(p.value(QStringLiteral("history_withheld")).toBool(), true);
    QVERIFY(!p.contains(QStringLiteral("immunizations")));
    bool mrn = false;
    for (const auto &i : p.value(QStringLiteral("identifiers")).toArray())
        mrn = mrn
              || (i.toObject().value(QStringLiteral("type")).toString() == QLatin1String("mrn")
                  && i.toObject().value(QStringLiteral("assigning_facility")).toString() == QLatin1String("CLINIC01"));
    QVERIFY(mrn);
    const auto locked
        = m_client->get(QStringLiteral("/api/v1/patients/%1").arg(m_ids.value(QStringLiteral("twin_emma"))));
    QCOMPARE(locked.object().value(QStringLiteral("multiple_birth")).toBool(), true);
    QCOMPARE(locked.object().value(QStringLiteral("birth_order")).toInt(), 1);
}

void TstPatients::unknownPatientIs404()
{
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/patients/999999")).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/patients/abc")).status, 404);
}

void TstPatients::auditHoldsIdsNotSearchText()
{
    QVERIFY(!search(q(QStringLiteral("Jonathan Smith 2019-04-03"))).isEmpty());
    QSqlQuery a(m_server->app()->database().connection());
    QVERIFY(a.exec(QStringLiteral(
        "SELECT detail, actor_username FROM audit_events WHERE action = 'patient.search' ORDER BY id DESC")));
    QVERIFY(a.next());
    const QString detail = a.value(0).toString();
    QCOMPARE(a.value(1).toString(), QStringLiteral("specialist"));
    QVERIFY(detail.contains(QString::number(m_ids.value(QStringLiteral("jonathan")))));
    QVERIFY(detail.contains(QStringLiteral("birth_date")));
    QVERIFY(!detail.contains(QStringLiteral("Jonathan"), Qt::CaseInsensitive));
    QVERIFY(!detail.contains(QStringLiteral("2019")));
    QSqlQuery r(m_server->app()->database().connection());
    QVERIFY(
        r.exec(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'patient.read' AND entity_id = '%1'")
                   .arg(m_ids.value(QStringLiteral("jonathan")))));
    QVERIFY(r.next());
    QVERIFY(r.value(0).toInt() >= 1);
}

void TstPatients::anonymousIs401()
{
    HttpTestClient anonymous(m_server->baseUrl());
    QCOMPARE(anonymous.get(QStringLiteral("/api/v1/patients?last=Smith")).status, 401);
    QCOMPARE(anonymous.get(QStringLiteral("/api/v1/patients/1")).status, 401);
}

void TstPatients::codesetsList()
{
    const auto r = m_client->get(QStringLiteral("/api/v1/codesets/cvx"));
    QCOMPARE(r.status, 200);
    bool found = false;
    for (const auto &c : r.object().value(QStringLiteral("items")).toArray())
        found = found
                || (c.toObject().value(QStringLiteral("code")).toString() == QLatin1String("03")
                    && c.toObject().value(QStringLiteral("vaccine_group")).toString() == QLatin1String("MMR"));
    QVERIFY(found);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/codesets/mvx")).status, 200);
}

QTEST_GUILESS_MAIN(TstPatients)
// A nickname pair from the server's --nicknames file (here Memo for William, common in
// Spanish-speaking families and absent from the built-in table) must count in the search:
// without it "Memo Johnson" is only a first-name mismatch.
void TstPatients::jurisdictionNicknamesReachTheSearch()
{
    const QString text = QStringLiteral("Memo Johnson 2010-01-15");
    const auto firstNameLevel = [](const QJsonArray &items) {
        for (const auto &item : items) {
            if (item.toObject()
                    .value(QStringLiteral("last_name"))
                    .toString()
                    .compare(QStringLiteral("Johnson"), Qt::CaseInsensitive)
                != 0)
                continue;
            for (const auto &e : item.toObject().value(QStringLiteral("explanation")).toArray())
                if (e.toObject().value(QStringLiteral("field")).toString() == QLatin1String("first_name"))
                    return e.toObject().value(QStringLiteral("level")).toString();
        }
        return QString();
    };
    const QString builtInLevel = firstNameLevel(search(q(text)));
    QVERIFY2(!builtInLevel.isEmpty(), "William Johnson must be found by last name and birth date");
    QVERIFY2(builtInLevel != QLatin1String("nickname"), qPrintable(builtInLevel));

    TestServer::Options options;
    options.seedDemo = false;
    options.configure = [](izdesk::server::ServerConfig &config) {
        auto table = std::make_shared<izdesk::matching::NicknameTable>(izdesk::matching::NicknameTable::builtIn());
        table->addPair(QStringLiteral("WILLIAM"), QStringLiteral("MEMO"));
        config.nicknames = table;
    };
    TestServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY2(server.addStaffUser(QStringLiteral("specialist"), QStringLiteral("specialist"),
                                 QStringLiteral("specialist"), QStringLiteral("Quiet-Harbour-7391"), &error),
             qPrintable(error));
    const auto ids = izdesk::test::insertRegistry(server.app()->database(), &error);
    QVERIFY2(!ids.isEmpty(), qPrintable(error));
    HttpTestClient client(server.baseUrl());
    QCOMPARE(client.login(QStringLiteral("specialist"), QStringLiteral("Quiet-Harbour-7391")).status, 201);
    const auto r = client.get(QStringLiteral("/api/v1/patients?") + q(text));
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.object().value(QStringLiteral("items")).toArray();
    QVERIFY(!items.isEmpty());
    QCOMPARE(items.first().toObject().value(QStringLiteral("id")).toVariant().toLongLong(),
             ids.value(QStringLiteral("william")));
    QCOMPARE(firstNameLevel(items), QStringLiteral("nickname"));
}

void TstPatients::everyClientEncodingFindsTheSame_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("first last dob") << QStringLiteral("Jonathan Smith 2019-04-03");
    QTest::newRow("last, first") << QStringLiteral("SMITH, JON 4/3/19");
    QTest::newRow("diacritics and hyphen") << QStringLiteral("Ána García-López 2015-11-20");
    QTest::newRow("phone") << QStringLiteral("(612) 555-0111");
}

namespace {

QList<qint64> idsOf(const QByteArray &body)
{
    QList<qint64> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(body).object().value(QStringLiteral("items")).toArray())
        out << v.toObject().value(QStringLiteral("id")).toInteger();
    return out;
}

// Another client's program; its output (the server answers on this thread: the loop runs).
QByteArray runClient(const QString &program, const QStringList &args)
{
    QProcess p;
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    p.start(program, args);
    loop.exec();
    if (p.state() != QProcess::NotRunning || p.exitCode() != 0)
        qWarning() << program << "failed:" << p.readAllStandardError();
    return p.readAllStandardOutput();
}

// Python's urllib.parse.urlencode with quote_plus (as requests and forms) or quote.
QByteArray pythonGet(const QString &url, const QString &auth, const QString &text, const char *quoteVia)
{
    return runClient(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import sys, urllib.parse, urllib.request\n"
                                     "query = urllib.parse.urlencode({'q': sys.argv[3], 'limit': '5'}, quote_via=%1)\n"
                                     "request = urllib.request.Request(sys.argv[1] + '?' + query, "
                                     "headers={'Authorization': sys.argv[2]})\n"
                                     "sys.stdout.buffer.write(urllib.request.urlopen(request).read())\n")
                          .arg(QLatin1String(quoteVia)),
                      url, auth.section(QStringLiteral(": "), 1), text});
}

// curl -G --data-urlencode.
QByteArray curlGet(const QString &url, const QString &auth, const QString &text)
{
    return runClient(QStringLiteral("curl"),
                     {QStringLiteral("-sS"), QStringLiteral("-f"), QStringLiteral("-G"), QStringLiteral("-H"), auth,
                      QStringLiteral("--data-urlencode"), QStringLiteral("q=") + text,
                      QStringLiteral("--data-urlencode"), QStringLiteral("limit=5"), url});
}

// The search in a POST body: from Python's json + urllib here, from curl below.
QByteArray pythonPost(const QString &searchUrl, const QString &auth, const QString &text)
{
    return runClient(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral(
             "import json, sys, urllib.request\n"
             "request = urllib.request.Request(sys.argv[1], data=json.dumps({'q': sys.argv[3], 'limit': '5'})"
             ".encode(), headers={'Authorization': sys.argv[2], 'Content-Type': 'application/json'})\n"
             "sys.stdout.buffer.write(urllib.request.urlopen(request).read())\n"),
         searchUrl, auth.section(QStringLiteral(": "), 1), text});
}

QByteArray curlPost(const QString &searchUrl, const QString &auth, const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("q"), text}, {QStringLiteral("limit"), 5}})
                                .toJson(QJsonDocument::Compact);
    return runClient(QStringLiteral("curl"), {QStringLiteral("-sS"), QStringLiteral("-f"), QStringLiteral("-H"), auth,
                                              QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                                              QStringLiteral("--data-binary"), QString::fromUtf8(json), searchUrl});
}

} // namespace

// The same search text sent the way other clients encode it: Python's urllib with a space as
// '+' (its default, as requests and HTML forms) and as %20, curl --data-urlencode, and IZ
// Desk's own client. One answer.
void TstPatients::everyClientEncodingFindsTheSame()
{
    QFETCH(QString, text);
    // Seven searches per row: a session of its own, so the per-session search limit (60 a
    // minute) is this row's alone.
    QCOMPARE(m_client->login(QStringLiteral("specialist"), QStringLiteral("Quiet-Harbour-7391")).status, 201);
    const QString url = m_server->baseUrl().toString() + QStringLiteral("/api/v1/patients");
    const QString auth = QStringLiteral("Authorization: Bearer ") + m_client->token();
    const QByteArray pythonPlus = pythonGet(url, auth, text, "urllib.parse.quote_plus");
    const QByteArray pythonPercent = pythonGet(url, auth, text, "urllib.parse.quote");
    const QByteArray curl = curlGet(url, auth, text);
    QUrlQuery clientQuery; // IZ Desk's client
    clientQuery.addQueryItem(QStringLiteral("q"), text);
    clientQuery.addQueryItem(QStringLiteral("limit"), QStringLiteral("5"));
    const auto client
        = m_client->get(QStringLiteral("/api/v1/patients?") + izdesk::ApiClient::encodeQuery(clientQuery));
    QCOMPARE(client.status, 200);
    const QList<qint64> expected = idsOf(client.raw);
    QVERIFY2(!expected.isEmpty(), qPrintable(text));
    QCOMPARE(idsOf(pythonPlus), expected);
    QCOMPARE(idsOf(pythonPercent), expected);
    QCOMPARE(idsOf(curl), expected);

    // The same search in a POST body (what IZ Desk's client sends: nothing in the URL), from
    // Python's json + urllib, from curl, and from the test client with limit as a number.
    const QString searchUrl = url + QStringLiteral("/search");
    QCOMPARE(idsOf(pythonPost(searchUrl, auth, text)), expected);
    QCOMPARE(idsOf(curlPost(searchUrl, auth, text)), expected);
    const auto post = m_client->post(QStringLiteral("/api/v1/patients/search"),
                                     QJsonObject{{QStringLiteral("q"), text}, {QStringLiteral("limit"), 5}});
    QCOMPARE(post.status, 200);
    QCOMPARE(idsOf(post.raw), expected);
}

// A body member of the wrong shape is named in a 400, and bad search parameters are the same
// 422 as in the query string; the value itself is never echoed.
void TstPatients::searchBodyErrorsNameTheMember()
{
    const auto nested = m_client->post(QStringLiteral("/api/v1/patients/search"),
                                       QJsonObject{{QStringLiteral("q"), QJsonObject{{QStringLiteral("x"), 1}}}});
    QCOMPARE(nested.status, 400);
    QVERIFY2(nested.object().value(QStringLiteral("detail")).toString().contains(QLatin1String("q must be")),
             nested.raw.constData());
    const auto badLimit = m_client->post(QStringLiteral("/api/v1/patients/search"),
                                         QJsonObject{{QStringLiteral("q"), QStringLiteral("Zzyzx Smith")},
                                                     {QStringLiteral("limit"), QStringLiteral("lots")}});
    QCOMPARE(badLimit.status, 422);
    QVERIFY(!badLimit.raw.contains("Zzyzx"));
}

void TstPatients::badEscapeIs400NamingTheParameter()
{
    const auto r = m_client->get(QStringLiteral("/api/v1/patients?limit=5&q=Smith%E9"));
    QCOMPARE(r.status, 400);
    const QString detail = r.object().value(QStringLiteral("detail")).toString();
    QVERIFY2(detail.contains(QLatin1String("\"q\"")), qPrintable(detail));
    QVERIFY2(!detail.contains(QLatin1String("Smith")), qPrintable(detail)); // never the value
}

// A caller wrong about the day of birth by ten days and about the spelling of the surname at
// once: the child is still found, not an empty answer that ends in a new duplicate record.
void TstPatients::nearDateAndMisspeltSurnameStillFound()
{
    const QJsonArray items = search(q(QStringLiteral("Jonathan Smiht 2019-04-13")));
    QVERIFY(!items.isEmpty());
    QCOMPARE(items.first().toObject().value(QStringLiteral("id")).toInteger(), m_ids.value(QStringLiteral("jonathan")));
}

#include "tst_patients.moc"
