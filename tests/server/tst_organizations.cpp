// Organizations and facilities over real HTTP: paging and the facilities of each organization
// (with their access administrators), group registration with desk-assigned facility codes,
// and If-Match patches.

#include "httptestclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;

class TstOrganizations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsOrganizationsWithFacilities();
    void pagingWalkSeesEachOnce();
    void badPagingIs400();
    void anonymousIs401();
    void emptyDatabaseListsNothing();
    void groupRegistrationAssignsFacilityCodes();
    void duplicateCodeWritesNothing();
    void patchesNeedIfMatch();

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;
};

void TstOrganizations::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<HttpTestClient>(m_server->baseUrl());
    QCOMPARE(m_client->login(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer")).status, 201);
}

void TstOrganizations::listsOrganizationsWithFacilities()
{
    const auto r = m_client->get(QStringLiteral("/api/v1/organizations"));
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 25);
    QVERIFY(r.object().value(QStringLiteral("next_cursor")).isNull());
    const QSet<QString> types{QStringLiteral("provider"), QStringLiteral("pharmacy"), QStringLiteral("hospital"),
                              QStringLiteral("local_health_department"), QStringLiteral("school"),
                              QStringLiteral("childcare"), QStringLiteral("health_plan")};
    QSet<QString> seenTypes, codes;
    const QRegularExpression phone(QStringLiteral("^\\(\\d{3}\\) 555-01\\d\\d$"));
    qint64 lastId = 0;
    for (const auto &item : items) {
        const QJsonObject o = item.toObject();
        QVERIFY(o.value(QStringLiteral("id")).toInteger() > lastId);
        lastId = o.value(QStringLiteral("id")).toInteger();
        QVERIFY(!o.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY2(types.contains(o.value(QStringLiteral("type")).toString()), qPrintable(o.value(QStringLiteral("type")).toString()));
        seenTypes.insert(o.value(QStringLiteral("type")).toString());
        const QJsonArray facilities = o.value(QStringLiteral("facilities")).toArray();
        QVERIFY(facilities.size() >= 1 && facilities.size() <= 4);
        for (const auto &f : facilities) {
            const QJsonObject facility = f.toObject();
            QCOMPARE(facility.keys(), (QStringList{QStringLiteral("access_administrators"), QStringLiteral("address"),
                                                   QStringLiteral("facility_code"), QStringLiteral("fax"), QStringLiteral("id"),
                                                   QStringLiteral("name"), QStringLiteral("organization_id"), QStringLiteral("phone"),
                                                   QStringLiteral("version"), QStringLiteral("vfc_pin")}));
            // The demo seed gives every site an access administrator.
            QVERIFY(!facility.value(QStringLiteral("access_administrators")).toArray().isEmpty());
            const QString code = facility.value(QStringLiteral("facility_code")).toString();
            QVERIFY(!codes.contains(code));
            codes.insert(code);
            QVERIFY2(phone.match(facility.value(QStringLiteral("phone")).toString()).hasMatch(),
                     qPrintable(facility.value(QStringLiteral("phone")).toString()));
        }
    }
    QCOMPARE(seenTypes, types);
}

void TstOrganizations::pagingWalkSeesEachOnce()
{
    QSet<qint64> ids;
    QString cursor;
    int pages = 0;
    do {
        const auto r = m_client->get(QStringLiteral("/api/v1/organizations?limit=4")
                                     + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.object().value(QStringLiteral("items")).toArray();
        QVERIFY(items.size() <= 4);
        for (const auto &item : items) {
            const qint64 id = item.toObject().value(QStringLiteral("id")).toInteger();
            QVERIFY(!ids.contains(id));
            ids.insert(id);
        }
        const QJsonValue next = r.object().value(QStringLiteral("next_cursor"));
        cursor = next.isNull() ? QString() : next.toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 100);
    QCOMPARE(ids.size(), 25);
    QCOMPARE(pages, 7);
}

void TstOrganizations::badPagingIs400()
{
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/organizations?limit=0")).status, 400);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/organizations?limit=501")).status, 400);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/organizations?cursor=xyz")).status, 400);
}

void TstOrganizations::anonymousIs401()
{
    HttpTestClient anonymous(m_server->baseUrl());
    QCOMPARE(anonymous.get(QStringLiteral("/api/v1/organizations")).status, 401);
}

void TstOrganizations::emptyDatabaseListsNothing()
{
    TestServer::Options options;
    options.seedDemo = false;
    TestServer empty(options);
    QString error;
    QVERIFY2(empty.start(&error), qPrintable(error));
    QVERIFY2(empty.addStaffUser(QStringLiteral("solo"), QStringLiteral("Solo Specialist"), QStringLiteral("specialist"),
                                QStringLiteral("Quiet-Harbour-7391"), &error),
             qPrintable(error));
    HttpTestClient client(empty.baseUrl());
    QCOMPARE(client.login(QStringLiteral("solo"), QStringLiteral("Quiet-Harbour-7391")).status, 201);
    const auto r = client.get(QStringLiteral("/api/v1/organizations"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.object().value(QStringLiteral("items")).toArray().isEmpty());
    QVERIFY(r.object().value(QStringLiteral("next_cursor")).isNull());
    const auto tickets = client.get(QStringLiteral("/api/v1/tickets"));
    QCOMPARE(tickets.status, 200);
    QCOMPARE(tickets.object().value(QStringLiteral("total")).toInteger(), 0);
    QVERIFY(tickets.object().value(QStringLiteral("next_cursor")).isNull());
}

namespace {

QJsonObject site(const QString &name, const QString &phone, const QString &code = QString())
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("phone"), phone},
                  {QStringLiteral("address"), QStringLiteral("12 Main St, Springfield")}};
    if (!code.isEmpty())
        o.insert(QStringLiteral("facility_code"), code);
    return o;
}

int organizationCount(HttpTestClient &client)
{
    return int(client.get(QStringLiteral("/api/v1/organizations?limit=500")).object().value(QStringLiteral("items")).toArray().size());
}

} // namespace

void TstOrganizations::groupRegistrationAssignsFacilityCodes()
{
    const auto r = m_client->post(QStringLiteral("/api/v1/organizations"),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("Lakeside Pediatrics")},
                                              {QStringLiteral("type"), QStringLiteral("provider")},
                                              {QStringLiteral("facilities"),
                                               QJsonArray{site(QStringLiteral("Lakeside North"), QStringLiteral("(410) 555-0101")),
                                                          site(QStringLiteral("Lakeside South"), QStringLiteral("410-555-0102"), QStringLiteral("LKS900")),
                                                          site(QStringLiteral("Lakeside East"), QStringLiteral("4105550103"))}}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("ETag"), QByteArray("\"org-") + QByteArray::number(r.object().value(QStringLiteral("id")).toInteger()) + "-1\"");
    const QJsonArray facilities = r.object().value(QStringLiteral("facilities")).toArray();
    QCOMPARE(facilities.size(), 3);
    // Desk-assigned codes follow one sequence; a given code is kept.
    QCOMPARE(facilities.at(0).toObject().value(QStringLiteral("facility_code")).toString(), QStringLiteral("IZ00001"));
    QCOMPARE(facilities.at(1).toObject().value(QStringLiteral("facility_code")).toString(), QStringLiteral("LKS900"));
    QCOMPARE(facilities.at(2).toObject().value(QStringLiteral("facility_code")).toString(), QStringLiteral("IZ00002"));
    const qint64 id = r.object().value(QStringLiteral("id")).toInteger();
    const auto added = m_client->post(QStringLiteral("/api/v1/organizations/%1/facilities").arg(id),
                                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Lakeside West")},
                                                  {QStringLiteral("phone"), QStringLiteral("(410) 555-0104")},
                                                  {QStringLiteral("fax"), QStringLiteral("(410) 555-0199")},
                                                  {QStringLiteral("vfc_pin"), QStringLiteral("123456")}});
    QCOMPARE(added.status, 201);
    QCOMPARE(added.object().value(QStringLiteral("facility_code")).toString(), QStringLiteral("IZ00003"));
    QCOMPARE(added.object().value(QStringLiteral("vfc_pin")).toString(), QStringLiteral("123456"));
    QCOMPARE(added.object().value(QStringLiteral("fax")).toString(), QStringLiteral("(410) 555-0199"));
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/organizations/%1").arg(id)).object().value(QStringLiteral("facilities")).toArray().size(), 4);
}

void TstOrganizations::duplicateCodeWritesNothing()
{
    const int before = organizationCount(*m_client);
    const auto duplicate = m_client->post(QStringLiteral("/api/v1/organizations"),
                                          QJsonObject{{QStringLiteral("name"), QStringLiteral("Copycat Clinic")},
                                                      {QStringLiteral("type"), QStringLiteral("provider")},
                                                      {QStringLiteral("facilities"),
                                                       QJsonArray{site(QStringLiteral("Copycat A"), QStringLiteral("(410) 555-0111")),
                                                                  site(QStringLiteral("Copycat B"), QStringLiteral("(410) 555-0112"), QStringLiteral("LKS900"))}}});
    QCOMPARE(duplicate.status, 409);
    QVERIFY(duplicate.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("facilities[1]")));
    QCOMPARE(organizationCount(*m_client), before);
    const auto invalid = m_client->post(QStringLiteral("/api/v1/organizations"),
                                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Bad Phone Clinic")},
                                                    {QStringLiteral("type"), QStringLiteral("dentist")},
                                                    {QStringLiteral("facilities"), QJsonArray{site(QStringLiteral("A"), QStringLiteral("555-01"))}}});
    QCOMPARE(invalid.status, 422);
    QStringList fields;
    for (const auto &e : invalid.object().value(QStringLiteral("errors")).toArray())
        fields << e.toObject().value(QStringLiteral("field")).toString();
    QCOMPARE(fields, (QStringList{QStringLiteral("type"), QStringLiteral("facilities[0].phone")}));
    QCOMPARE(organizationCount(*m_client), before);
}

void TstOrganizations::patchesNeedIfMatch()
{
    const auto org = m_client->get(QStringLiteral("/api/v1/organizations?limit=1")).object().value(QStringLiteral("items")).toArray().first().toObject();
    const QString path = QStringLiteral("/api/v1/organizations/%1").arg(org.value(QStringLiteral("id")).toInteger());
    const QJsonObject rename{{QStringLiteral("name"), QStringLiteral("Renamed Health")}};
    QCOMPARE(m_client->request("PATCH", path, rename).status, 428);
    const QByteArray etag = m_client->get(path).header("ETag");
    const auto ok = m_client->request("PATCH", path, rename, {{"If-Match", etag}});
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.object().value(QStringLiteral("name")).toString(), QStringLiteral("Renamed Health"));
    QCOMPARE(ok.object().value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(m_client->request("PATCH", path, rename, {{"If-Match", etag}}).status, 412);

    const qint64 facilityId = org.value(QStringLiteral("facilities")).toArray().first().toObject().value(QStringLiteral("id")).toInteger();
    const QString fpath = QStringLiteral("/api/v1/facilities/%1").arg(facilityId);
    const QByteArray fetag = m_client->get(fpath).header("ETag");
    const auto codeChange = m_client->request("PATCH", fpath, QJsonObject{{QStringLiteral("facility_code"), QStringLiteral("NEW001")}},
                                              {{"If-Match", fetag}});
    QCOMPARE(codeChange.status, 422);
    const auto fax = m_client->request("PATCH", fpath, QJsonObject{{QStringLiteral("fax"), QStringLiteral("(410) 555-0177")},
                                                                   {QStringLiteral("vfc_pin"), QJsonValue()}},
                                       {{"If-Match", fetag}});
    QCOMPARE(fax.status, 200);
    QCOMPARE(fax.object().value(QStringLiteral("fax")).toString(), QStringLiteral("(410) 555-0177"));
    QVERIFY(fax.object().value(QStringLiteral("vfc_pin")).isNull());
}

QTEST_GUILESS_MAIN(TstOrganizations)
#include "tst_organizations.moc"
