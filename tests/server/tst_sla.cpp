// SLA over real HTTP with a fake clock: due times on the ticket (business hours of the default
// policy, America/Chicago), pause while pending_caller across a weekend, breach flags from
// now, sort=breach with keyset paging, and GET /api/v1/sla-policy.

#include "httptestclient.h"
#include "testserver.h"

#include "ticket.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;

namespace {

QDateTime chicago(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(QByteArrayLiteral("America/Chicago"))).toUTC();
}

QString iso(const QDateTime &dt)
{
    return izdesk::toIsoUtc(dt);
}

} // namespace

class TstSla : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void policyIsServed();
    void createdFridayAfternoonIsDueMonday();
    void pendingCallerPausesOverTheWeekend();
    void breachedFlagsFollowTheClock();
    void sortByBreach();
    void badSortIs400();

private:
    QJsonObject create(const QString &subject, const QString &priority);
    QJsonObject patch(const QJsonObject &ticket, const QJsonObject &body);
    // Moves the fake clock and signs in again (days may pass: the session would have expired).
    void setNow(const QDateTime &now);

    std::shared_ptr<QDateTime> m_now = std::make_shared<QDateTime>(chicago(2026, 11, 16, 9, 0));
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;
};

void TstSla::initTestCase()
{
    TestServer::Options options;
    options.clock = [now = m_now] { return *now; };
    m_server = std::make_unique<TestServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<HttpTestClient>(m_server->baseUrl());
    QCOMPARE(m_client->login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")).status, 201);
}

void TstSla::setNow(const QDateTime &now)
{
    *m_now = now;
    QCOMPARE(m_client->login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")).status, 201);
}

QJsonObject TstSla::create(const QString &subject, const QString &priority)
{
    const auto r = m_client->post(QStringLiteral("/api/v1/tickets"),
                                  QJsonObject{{QStringLiteral("subject"), subject},
                                              {QStringLiteral("category"), QStringLiteral("account_access")},
                                              {QStringLiteral("priority"), priority}});
    return r.status == 201 ? r.object() : QJsonObject();
}

QJsonObject TstSla::patch(const QJsonObject &ticket, const QJsonObject &body)
{
    izdesk::Ticket t;
    t.id = ticket.value(QStringLiteral("id")).toInteger();
    t.version = ticket.value(QStringLiteral("version")).toInt();
    const auto r
        = m_client->request("PATCH", QStringLiteral("/api/v1/tickets/%1").arg(t.id), body, {{"If-Match", t.etag()}});
    return r.status == 200 ? r.object() : QJsonObject();
}

void TstSla::policyIsServed()
{
    const auto r = m_client->get(QStringLiteral("/api/v1/sla-policy"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("timezone")).toString(), QStringLiteral("America/Chicago"));
    QCOMPARE(r.object()
                 .value(QStringLiteral("targets"))
                 .toObject()
                 .value(QStringLiteral("high"))
                 .toObject()
                 .value(QStringLiteral("first_response_minutes"))
                 .toInt(),
             60);
    HttpTestClient anonymous(m_server->baseUrl());
    QCOMPARE(anonymous.get(QStringLiteral("/api/v1/sla-policy")).status, 401);
}

void TstSla::createdFridayAfternoonIsDueMonday()
{
    setNow(chicago(2026, 11, 20, 16, 30));
    const QJsonObject ticket = create(QStringLiteral("Friday call"), QStringLiteral("high"));
    QVERIFY(!ticket.isEmpty());
    const QJsonObject sla = ticket.value(QStringLiteral("sla")).toObject();
    QCOMPARE(sla.value(QStringLiteral("first_response_due")).toString(), iso(chicago(2026, 11, 23, 8, 30)));
    QCOMPARE(sla.value(QStringLiteral("resolution_due")).toString(), iso(chicago(2026, 11, 23, 15, 30)));
    QCOMPARE(sla.value(QStringLiteral("paused")).toBool(), false);
    QCOMPARE(sla.value(QStringLiteral("remaining_seconds")).toInteger(), 3600);
    // Read back the same from GET.
    const auto got
        = m_client->get(QStringLiteral("/api/v1/tickets/%1").arg(ticket.value(QStringLiteral("id")).toInteger()));
    QCOMPARE(got.object().value(QStringLiteral("sla")).toObject(), sla);
}

void TstSla::pendingCallerPausesOverTheWeekend()
{
    setNow(chicago(2026, 11, 20, 16, 0));
    QJsonObject ticket = create(QStringLiteral("Waiting on the caller"), QStringLiteral("normal"));
    setNow(chicago(2026, 11, 20, 16, 30));
    ticket = patch(ticket, {{QStringLiteral("status"), QStringLiteral("pending_caller")}});
    QVERIFY(!ticket.isEmpty());
    QJsonObject sla = ticket.value(QStringLiteral("sla")).toObject();
    QCOMPARE(sla.value(QStringLiteral("paused")).toBool(), true);
    QVERIFY(sla.value(QStringLiteral("first_response_due")).isNull());
    QVERIFY(sla.value(QStringLiteral("resolution_due")).isNull());
    QCOMPARE(sla.value(QStringLiteral("remaining_seconds")).toInteger(), 240 * 60 - 1800);

    // Monday 10:00: the paused clock has not run; the caller answers and it resumes.
    setNow(chicago(2026, 11, 23, 10, 0));
    const auto still
        = m_client->get(QStringLiteral("/api/v1/tickets/%1").arg(ticket.value(QStringLiteral("id")).toInteger()));
    QCOMPARE(
        still.object().value(QStringLiteral("sla")).toObject().value(QStringLiteral("remaining_seconds")).toInteger(),
        240 * 60 - 1800);
    ticket = patch(ticket, {{QStringLiteral("status"), QStringLiteral("open")}});
    sla = ticket.value(QStringLiteral("sla")).toObject();
    QCOMPARE(sla.value(QStringLiteral("paused")).toBool(), false);
    QCOMPARE(sla.value(QStringLiteral("first_response_due")).toString(), iso(chicago(2026, 11, 23, 13, 30)));
}

void TstSla::breachedFlagsFollowTheClock()
{
    setNow(chicago(2026, 11, 24, 9, 0));
    const QJsonObject ticket = create(QStringLiteral("Urgent outage"), QStringLiteral("urgent"));
    const QString path = QStringLiteral("/api/v1/tickets/%1").arg(ticket.value(QStringLiteral("id")).toInteger());
    QCOMPARE(ticket.value(QStringLiteral("sla")).toObject().value(QStringLiteral("first_response_breached")).toBool(),
             false);
    setNow(chicago(2026, 11, 24, 9, 31));
    const QJsonObject sla = m_client->get(path).object().value(QStringLiteral("sla")).toObject();
    QCOMPARE(sla.value(QStringLiteral("first_response_breached")).toBool(), true);
    QCOMPARE(sla.value(QStringLiteral("resolution_breached")).toBool(), false);
    QCOMPARE(sla.value(QStringLiteral("remaining_seconds")).toInteger(), 0);
}

void TstSla::sortByBreach()
{
    setNow(chicago(2026, 11, 24, 11, 0));
    QList<qint64> all;
    QList<qint64> keys;
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        const auto r = m_client->get(QStringLiteral("/api/v1/tickets?sort=breach&limit=37")
                                     + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        QCOMPARE(r.status, 200);
        for (const auto &v : r.object().value(QStringLiteral("items")).toArray()) {
            const izdesk::Ticket t = *izdesk::Ticket::fromJson(v.toObject());
            all << t.id;
            const QDateTime due = t.sla.nextDue();
            keys << (due.isValid() ? due.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max());
        }
        if (r.object().value(QStringLiteral("next_cursor")).isNull())
            break;
        cursor = r.object().value(QStringLiteral("next_cursor")).toString();
    }
    const qint64 total
        = m_client->get(QStringLiteral("/api/v1/tickets?limit=1")).object().value(QStringLiteral("total")).toInteger();
    QCOMPARE(qint64(all.size()), total);
    QCOMPARE(qint64(QSet<qint64>(all.cbegin(), all.cend()).size()), total);
    QVERIFY(std::is_sorted(keys.cbegin(), keys.cend()));
    QVERIFY(keys.first() < std::numeric_limits<qint64>::max()); // running clocks come first
    QCOMPARE(keys.last(), std::numeric_limits<qint64>::max());  // paused / met last
}

void TstSla::badSortIs400()
{
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/tickets?sort=sideways")).status, 400);
}

QTEST_GUILESS_MAIN(TstSla)
#include "tst_sla.moc"
