// GET /api/v1/organizations over real HTTP: paging and the facilities of each organization.

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
            QCOMPARE(facility.keys(), (QStringList{QStringLiteral("facility_code"), QStringLiteral("id"),
                                                   QStringLiteral("name"), QStringLiteral("phone")}));
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
                                QStringLiteral("solo-password-123"), &error),
             qPrintable(error));
    HttpTestClient client(empty.baseUrl());
    QCOMPARE(client.login(QStringLiteral("solo"), QStringLiteral("solo-password-123")).status, 201);
    const auto r = client.get(QStringLiteral("/api/v1/organizations"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.object().value(QStringLiteral("items")).toArray().isEmpty());
    QVERIFY(r.object().value(QStringLiteral("next_cursor")).isNull());
    const auto tickets = client.get(QStringLiteral("/api/v1/tickets"));
    QCOMPARE(tickets.status, 200);
    QCOMPARE(tickets.object().value(QStringLiteral("total")).toInteger(), 0);
    QVERIFY(tickets.object().value(QStringLiteral("next_cursor")).isNull());
}

QTEST_GUILESS_MAIN(TstOrganizations)
#include "tst_organizations.moc"
