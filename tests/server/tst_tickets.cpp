// The ticket queue over real HTTP: listing, filters, keyset paging and single reads.

#include "httptestclient.h"
#include "testserver.h"

#include "ticket.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;

class TstTickets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listDefaultsToNewestFirst();
    void pagingWalkSeesEveryTicketOnce_data();
    void pagingWalkSeesEveryTicketOnce();
    void statusFilterAcceptsRepeatsAndCommaLists();
    void assigneeFilter();
    void categoryAndTextFilters();
    void badQueryParametersAre400_data();
    void badQueryParametersAre400();
    void tamperedCursorIs400();
    void getOneCarriesEtag();
    void unknownTicketIs404();
    void anonymousCallerIs401();

private:
    // Every ticket of a listing (all pages) in order; fails the test on a bad page.
    QList<QJsonObject> walk(const QString &filterQuery, int limit, qint64 *total);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;
};

void TstTickets::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<HttpTestClient>(m_server->baseUrl());
    QCOMPARE(m_client->login(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist")).status, 201);
}

namespace {

// The tickets as two list requests can both answer them: without the SLA countdown
// (remaining_seconds), which the server computes at the moment of each request.
QList<QJsonObject> withoutCountdown(QList<QJsonObject> tickets)
{
    for (QJsonObject &t : tickets) {
        QJsonObject sla = t.value(QStringLiteral("sla")).toObject();
        sla.remove(QStringLiteral("remaining_seconds"));
        t.insert(QStringLiteral("sla"), sla);
    }
    return tickets;
}

} // namespace

QList<QJsonObject> TstTickets::walk(const QString &filterQuery, int limit, qint64 *total)
{
    QList<QJsonObject> all;
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        QString path = QStringLiteral("/api/v1/tickets?limit=%1").arg(limit);
        if (!filterQuery.isEmpty())
            path += QLatin1Char('&') + filterQuery;
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const auto r = m_client->get(path);
        if (r.status != 200) {
            qWarning() << "page" << page << "status" << r.status << r.raw;
            return {};
        }
        const QJsonObject body = r.object();
        *total = body.value(QStringLiteral("total")).toInteger();
        const QJsonArray items = body.value(QStringLiteral("items")).toArray();
        if (items.size() > limit)
            return {};
        for (const auto &item : items)
            all << item.toObject();
        if (body.value(QStringLiteral("next_cursor")).isNull())
            return all;
        cursor = body.value(QStringLiteral("next_cursor")).toString();
    }
    return {};
}

void TstTickets::listDefaultsToNewestFirst()
{
    const auto r = m_client->get(QStringLiteral("/api/v1/tickets"));
    QCOMPARE(r.status, 200);
    const QJsonObject body = r.object();
    const QJsonArray items = body.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 50); // default limit
    QCOMPARE(body.value(QStringLiteral("total")).toInteger(), 200);
    QVERIFY(body.value(QStringLiteral("next_cursor")).isString());
    for (qsizetype i = 1; i < items.size(); ++i) {
        const QJsonObject prev = items.at(i - 1).toObject();
        const QJsonObject cur = items.at(i).toObject();
        const QString prevAt = prev.value(QStringLiteral("updated_at")).toString();
        const QString curAt = cur.value(QStringLiteral("updated_at")).toString();
        QVERIFY(prevAt > curAt || (prevAt == curAt && prev.value(QStringLiteral("id")).toInteger() > cur.value(QStringLiteral("id")).toInteger()));
    }
    const auto ticket = izdesk::Ticket::fromJson(items.first().toObject());
    QVERIFY(ticket.has_value());
    QVERIFY(!ticket->subject.isEmpty());
    QVERIFY(ticket->createdAt.isValid());
}

void TstTickets::pagingWalkSeesEveryTicketOnce_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("limit");
    QTest::newRow("all, pages of 7") << QString() << 7;
    QTest::newRow("all, one page of 500") << QString() << 500;
    QTest::newRow("active statuses, pages of 5") << QStringLiteral("status=open,pending_caller,pending_internal") << 5;
    QTest::newRow("unassigned, pages of 3") << QStringLiteral("assignee=none") << 3;
    QTest::newRow("category, pages of 1") << QStringLiteral("category=data_exchange") << 1;
}

void TstTickets::pagingWalkSeesEveryTicketOnce()
{
    QFETCH(QString, filter);
    QFETCH(int, limit);
    qint64 total = -1;
    const QList<QJsonObject> all = walk(filter, limit, &total);
    QVERIFY(!all.isEmpty());
    QCOMPARE(all.size(), total);
    QSet<qint64> ids;
    for (const QJsonObject &t : all)
        ids.insert(t.value(QStringLiteral("id")).toInteger());
    QCOMPARE(ids.size(), all.size());
    if (filter.isEmpty())
        QCOMPARE(total, 200);
    for (qsizetype i = 1; i < all.size(); ++i) {
        const QString prevAt = all.at(i - 1).value(QStringLiteral("updated_at")).toString();
        const QString curAt = all.at(i).value(QStringLiteral("updated_at")).toString();
        QVERIFY(prevAt >= curAt);
    }
}

void TstTickets::statusFilterAcceptsRepeatsAndCommaLists()
{
    qint64 repeatedTotal = 0, commaTotal = 0, newTotal = 0, openTotal = 0;
    const auto repeated = walk(QStringLiteral("status=new&status=open"), 500, &repeatedTotal);
    const auto comma = walk(QStringLiteral("status=new,open"), 500, &commaTotal);
    walk(QStringLiteral("status=new"), 500, &newTotal);
    walk(QStringLiteral("status=open"), 500, &openTotal);
    QVERIFY(newTotal > 0);
    QVERIFY(openTotal > 0);
    QCOMPARE(repeatedTotal, newTotal + openTotal);
    QCOMPARE(commaTotal, repeatedTotal);
    QCOMPARE(withoutCountdown(repeated), withoutCountdown(comma));
    for (const QJsonObject &t : repeated) {
        const QString status = t.value(QStringLiteral("status")).toString();
        QVERIFY2(status == QLatin1String("new") || status == QLatin1String("open"), qPrintable(status));
    }
}

void TstTickets::assigneeFilter()
{
    qint64 meTotal = 0, byNameTotal = 0, noneTotal = 0, jchenTotal = 0, allTotal = 0;
    const auto mine = walk(QStringLiteral("assignee=me"), 500, &meTotal);
    const auto byName = walk(QStringLiteral("assignee=specialist"), 500, &byNameTotal);
    const auto none = walk(QStringLiteral("assignee=none"), 500, &noneTotal);
    const auto jchen = walk(QStringLiteral("assignee=jchen"), 500, &jchenTotal);
    walk(QString(), 500, &allTotal);
    QVERIFY(meTotal > 0);
    QVERIFY(noneTotal > 0);
    QVERIFY(jchenTotal > 0);
    QCOMPARE(withoutCountdown(mine), withoutCountdown(byName));
    for (const QJsonObject &t : mine)
        QCOMPARE(t.value(QStringLiteral("assignee")).toString(), QStringLiteral("specialist"));
    for (const QJsonObject &t : none)
        QVERIFY(t.value(QStringLiteral("assignee")).isNull());
    for (const QJsonObject &t : jchen)
        QCOMPARE(t.value(QStringLiteral("assignee")).toString(), QStringLiteral("jchen"));
    QVERIFY(noneTotal + meTotal + jchenTotal <= allTotal);

    qint64 nobodyTotal = -1;
    const auto nobody = walk(QStringLiteral("assignee=no-such-user"), 50, &nobodyTotal);
    QCOMPARE(nobodyTotal, 0);
}

void TstTickets::categoryAndTextFilters()
{
    qint64 total = 0;
    const auto exchange = walk(QStringLiteral("category=data_exchange&status=new,open,pending_caller,pending_internal,resolved,closed"), 500, &total);
    QVERIFY(total > 0);
    for (const QJsonObject &t : exchange)
        QCOMPARE(t.value(QStringLiteral("category")).toString(), QStringLiteral("data_exchange"));

    const auto twins = walk(QStringLiteral("q=TWINS"), 500, &total);
    QVERIFY(total > 0);
    for (const QJsonObject &t : twins)
        QVERIFY(t.value(QStringLiteral("subject")).toString().contains(QLatin1String("twins"), Qt::CaseInsensitive));

    // LIKE wildcards in the search text are literal characters.
    walk(QStringLiteral("q=%25%25%25"), 50, &total);
    QCOMPARE(total, 0);
    walk(QStringLiteral("q=_"), 50, &total);
    QCOMPARE(total, 0);

    // The requester is searched too.
    const auto first = walk(QStringLiteral("category=consent"), 1, &total).first();
    const QString requester = first.value(QStringLiteral("requester_name")).toString();
    const auto byRequester = walk(QStringLiteral("q=") + QString::fromLatin1(QUrl::toPercentEncoding(requester)), 500, &total);
    QVERIFY(total > 0);
    for (const QJsonObject &t : byRequester) {
        QVERIFY(t.value(QStringLiteral("requester_name")).toString().contains(requester, Qt::CaseInsensitive)
                || t.value(QStringLiteral("subject")).toString().contains(requester, Qt::CaseInsensitive));
    }
}

void TstTickets::badQueryParametersAre400_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("limit 0") << QStringLiteral("limit=0");
    QTest::newRow("limit 501") << QStringLiteral("limit=501");
    QTest::newRow("limit text") << QStringLiteral("limit=ten");
    QTest::newRow("limit negative") << QStringLiteral("limit=-5");
    QTest::newRow("cursor garbage") << QStringLiteral("cursor=not-a-cursor!!");
    QTest::newRow("cursor empty") << QStringLiteral("cursor=");
    QTest::newRow("unknown status") << QStringLiteral("status=open,bogus");
    QTest::newRow("unknown category") << QStringLiteral("category=astrology");
}

void TstTickets::badQueryParametersAre400()
{
    QFETCH(QString, query);
    const auto r = m_client->get(QStringLiteral("/api/v1/tickets?") + query);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value(QStringLiteral("type")).toString(),
             QStringLiteral("https://izdesk.invalid/problems/bad-request"));
    QVERIFY(r.header("Content-Type").startsWith("application/problem+json"));
}

void TstTickets::tamperedCursorIs400()
{
    const auto first = m_client->get(QStringLiteral("/api/v1/tickets?limit=5"));
    QCOMPARE(first.status, 200);
    const QString cursor = first.object().value(QStringLiteral("next_cursor")).toString();
    QVERIFY(!cursor.isEmpty());
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/tickets?limit=5&cursor=") + cursor).status, 200);

    // Change one character of the cursor (staying inside the base64url alphabet).
    for (qsizetype i : {qsizetype(0), cursor.size() / 2, cursor.size() - 1}) {
        QString tampered = cursor;
        tampered[i] = tampered.at(i) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const auto r = m_client->get(QStringLiteral("/api/v1/tickets?limit=5&cursor=") + tampered);
        QCOMPARE(r.status, 400);
    }
    // A valid organizations cursor is not a ticket cursor.
    const auto orgs = m_client->get(QStringLiteral("/api/v1/organizations?limit=2"));
    QCOMPARE(orgs.status, 200);
    const QString orgCursor = orgs.object().value(QStringLiteral("next_cursor")).toString();
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/tickets?cursor=") + orgCursor).status, 400);
}

void TstTickets::getOneCarriesEtag()
{
    const auto list = m_client->get(QStringLiteral("/api/v1/tickets?limit=1"));
    const QJsonObject listed = list.object().value(QStringLiteral("items")).toArray().first().toObject();
    const qint64 id = listed.value(QStringLiteral("id")).toInteger();
    const auto r = m_client->get(QStringLiteral("/api/v1/tickets/%1").arg(id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object(), listed);
    const auto ticket = izdesk::Ticket::fromJson(r.object());
    QVERIFY(ticket);
    QCOMPARE(r.header("ETag"), ticket->etag());
    QCOMPARE(r.header("ETag"), QByteArray('"' + QByteArray::number(id) + '-'
                                          + QByteArray::number(listed.value(QStringLiteral("version")).toInt()) + '"'));
    QCOMPARE(r.object().value(QStringLiteral("number")).toString(), ticket->displayNumber());
}

void TstTickets::unknownTicketIs404()
{
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/tickets/999999")).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/tickets/abc")).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/tickets/-1")).status, 404);
}

void TstTickets::anonymousCallerIs401()
{
    HttpTestClient anonymous(m_server->baseUrl());
    QCOMPARE(anonymous.get(QStringLiteral("/api/v1/tickets")).status, 401);
    QCOMPARE(anonymous.get(QStringLiteral("/api/v1/tickets/1")).status, 401);
}

QTEST_GUILESS_MAIN(TstTickets)
#include "tst_tickets.moc"
