// The ticket timeline and canned responses over real HTTP: notes, replies and calls (with
// duration), the first reply or call meeting the first-response clock, paging, validation,
// Idempotency-Key; canned responses CRUD with If-Match and roles.

#include "httptestclient.h"
#include "testserver.h"

#include "ticket.h"

#include <QJsonArray>
#include <QTest>

using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;

class TstTimeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noteDoesNotMeetFirstResponse();
    void replyMeetsFirstResponseOnce();
    void callHasDuration();
    void invalidEntriesAre422_data();
    void invalidEntriesAre422();
    void entriesPageOldestFirst();
    void idempotentEntryIsNotDuplicated();
    void cannedResponsesCrud();
    void cannedResponsesNeedSupervisorToManage();

private:
    qint64 createTicket(const QString &subject);
    QString entriesPath(qint64 id) const { return QStringLiteral("/api/v1/tickets/%1/entries").arg(id); }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_specialist;
    std::unique_ptr<HttpTestClient> m_supervisor;
};

void TstTimeline::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_specialist = std::make_unique<HttpTestClient>(m_server->baseUrl());
    QCOMPARE(m_specialist->login(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist")).status, 201);
    m_supervisor = std::make_unique<HttpTestClient>(m_server->baseUrl());
    QCOMPARE(m_supervisor->login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")).status, 201);
}

qint64 TstTimeline::createTicket(const QString &subject)
{
    const auto r = m_specialist->post(
        QStringLiteral("/api/v1/tickets"),
        QJsonObject{{QStringLiteral("subject"), subject}, {QStringLiteral("category"), QStringLiteral("forecaster")}});
    return r.status == 201 ? r.object().value(QStringLiteral("id")).toInteger() : 0;
}

void TstTimeline::noteDoesNotMeetFirstResponse()
{
    const qint64 id = createTicket(QStringLiteral("Note only"));
    const auto r = m_specialist->post(entriesPath(id),
                                      QJsonObject{{QStringLiteral("kind"), QStringLiteral("note")},
                                                  {QStringLiteral("body"), QStringLiteral("Checked the forecast")}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(QStringLiteral("kind")).toString(), QStringLiteral("note"));
    QCOMPARE(r.object().value(QStringLiteral("author")).toString(), QStringLiteral("specialist"));
    QVERIFY(r.object().value(QStringLiteral("direction")).isNull());
    const auto ticket = m_specialist->get(QStringLiteral("/api/v1/tickets/%1").arg(id)).object();
    QVERIFY(ticket.value(QStringLiteral("first_response_at")).isNull());
    QCOMPARE(ticket.value(QStringLiteral("version")).toInt(), 1);
}

void TstTimeline::replyMeetsFirstResponseOnce()
{
    const qint64 id = createTicket(QStringLiteral("Reply"));
    QCOMPARE(m_specialist
                 ->post(entriesPath(id), QJsonObject{{QStringLiteral("kind"), QStringLiteral("reply")},
                                                     {QStringLiteral("body"), QStringLiteral("Here is the answer")}})
                 .status,
             201);
    const auto ticket = m_specialist->get(QStringLiteral("/api/v1/tickets/%1").arg(id)).object();
    const QString first = ticket.value(QStringLiteral("first_response_at")).toString();
    QVERIFY(!first.isEmpty());
    QVERIFY(ticket.value(QStringLiteral("sla")).toObject().value(QStringLiteral("first_response_due")).isNull());
    QCOMPARE(ticket.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(m_specialist
                 ->post(entriesPath(id), QJsonObject{{QStringLiteral("kind"), QStringLiteral("reply")},
                                                     {QStringLiteral("body"), QStringLiteral("And more")}})
                 .status,
             201);
    const auto again = m_specialist->get(QStringLiteral("/api/v1/tickets/%1").arg(id)).object();
    QCOMPARE(again.value(QStringLiteral("first_response_at")).toString(), first);
    QCOMPARE(again.value(QStringLiteral("version")).toInt(), 2);
}

void TstTimeline::callHasDuration()
{
    const qint64 id = createTicket(QStringLiteral("Call"));
    const auto r = m_specialist->post(
        entriesPath(id), QJsonObject{{QStringLiteral("kind"), QStringLiteral("call")},
                                     {QStringLiteral("body"), QStringLiteral("Walked through the reset")},
                                     {QStringLiteral("direction"), QStringLiteral("inbound")},
                                     {QStringLiteral("phone"), QStringLiteral("(651) 555-0142")},
                                     {QStringLiteral("started_at"), QStringLiteral("2026-11-18T15:00:00.000Z")},
                                     {QStringLiteral("ended_at"), QStringLiteral("2026-11-18T15:07:30.000Z")}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(QStringLiteral("duration_seconds")).toInteger(), 450);
    QCOMPARE(r.object().value(QStringLiteral("direction")).toString(), QStringLiteral("inbound"));
    QCOMPARE(r.object().value(QStringLiteral("started_at")).toString(), QStringLiteral("2026-11-18T15:00:00.000Z"));
    QVERIFY(!m_specialist->get(QStringLiteral("/api/v1/tickets/%1").arg(id))
                 .object()
                 .value(QStringLiteral("first_response_at"))
                 .isNull());
}

void TstTimeline::invalidEntriesAre422_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown kind") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("email")},
                                                 {QStringLiteral("body"), QStringLiteral("x")}}
                                  << QStringLiteral("kind");
    QTest::newRow("empty note") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("note")},
                                               {QStringLiteral("body"), QStringLiteral(" ")}}
                                << QStringLiteral("body");
    QTest::newRow("call without direction")
        << QJsonObject{{QStringLiteral("kind"), QStringLiteral("call")},
                       {QStringLiteral("started_at"), QStringLiteral("2026-11-18T15:00:00Z")},
                       {QStringLiteral("ended_at"), QStringLiteral("2026-11-18T15:01:00Z")}}
        << QStringLiteral("direction");
    QTest::newRow("call ends before it starts")
        << QJsonObject{{QStringLiteral("kind"), QStringLiteral("call")},
                       {QStringLiteral("direction"), QStringLiteral("outbound")},
                       {QStringLiteral("started_at"), QStringLiteral("2026-11-18T15:00:00Z")},
                       {QStringLiteral("ended_at"), QStringLiteral("2026-11-18T14:00:00Z")}}
        << QStringLiteral("ended_at");
    QTest::newRow("direction on a note") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("note")},
                                                        {QStringLiteral("body"), QStringLiteral("x")},
                                                        {QStringLiteral("direction"), QStringLiteral("inbound")}}
                                         << QStringLiteral("direction");
}

void TstTimeline::invalidEntriesAre422()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const qint64 id = createTicket(QStringLiteral("Invalid entries"));
    const auto r = m_specialist->post(entriesPath(id), body);
    QCOMPARE(r.status, 422);
    QCOMPARE(
        r.object().value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("field")).toString(),
        field);
    QCOMPARE(m_specialist
                 ->post(entriesPath(99999999), QJsonObject{{QStringLiteral("kind"), QStringLiteral("note")},
                                                           {QStringLiteral("body"), QStringLiteral("x")}})
                 .status,
             404);
}

void TstTimeline::entriesPageOldestFirst()
{
    const qint64 id = createTicket(QStringLiteral("Many entries"));
    for (int i = 0; i < 7; ++i)
        QCOMPARE(m_specialist
                     ->post(entriesPath(id), QJsonObject{{QStringLiteral("kind"), QStringLiteral("note")},
                                                         {QStringLiteral("body"), QStringLiteral("note %1").arg(i)}})
                     .status,
                 201);
    QStringList bodies;
    QString cursor;
    for (int page = 0; page < 10; ++page) {
        const auto r = m_specialist->get(entriesPath(id) + QStringLiteral("?limit=3")
                                         + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.object().value(QStringLiteral("items")).toArray();
        QVERIFY(items.size() <= 3);
        for (const auto &v : items)
            bodies << v.toObject().value(QStringLiteral("body")).toString();
        if (r.object().value(QStringLiteral("next_cursor")).isNull())
            break;
        cursor = r.object().value(QStringLiteral("next_cursor")).toString();
    }
    QCOMPARE(bodies.size(), 7);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(bodies.at(i), QStringLiteral("note %1").arg(i));
}

void TstTimeline::idempotentEntryIsNotDuplicated()
{
    const qint64 id = createTicket(QStringLiteral("Outbox replay"));
    const QJsonObject body{{QStringLiteral("kind"), QStringLiteral("note")},
                           {QStringLiteral("body"), QStringLiteral("written offline")}};
    const auto first = m_specialist->post(entriesPath(id), body, {{"Idempotency-Key", "entry-key-1"}});
    const auto second = m_specialist->post(entriesPath(id), body, {{"Idempotency-Key", "entry-key-1"}});
    QCOMPARE(first.status, 201);
    QCOMPARE(second.status, 201);
    QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(second.object(), first.object());
    QCOMPARE(m_specialist->get(entriesPath(id)).object().value(QStringLiteral("items")).toArray().size(), 1);
    const auto other = m_specialist->post(entriesPath(id),
                                          QJsonObject{{QStringLiteral("kind"), QStringLiteral("note")},
                                                      {QStringLiteral("body"), QStringLiteral("different")}},
                                          {{"Idempotency-Key", "entry-key-1"}});
    QCOMPARE(other.status, 422);
}

void TstTimeline::cannedResponsesCrud()
{
    const auto created
        = m_supervisor->post(QStringLiteral("/api/v1/canned-responses"),
                             QJsonObject{{QStringLiteral("title"), QStringLiteral("Password reset")},
                                         {QStringLiteral("body"), QStringLiteral("Use the Forgot password link.")},
                                         {QStringLiteral("category"), QStringLiteral("account_access")}});
    QCOMPARE(created.status, 201);
    const qint64 id = created.object().value(QStringLiteral("id")).toInteger();
    QCOMPARE(created.object().value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(m_supervisor
                 ->post(QStringLiteral("/api/v1/canned-responses"),
                        QJsonObject{{QStringLiteral("title"), QStringLiteral("General")},
                                    {QStringLiteral("body"), QStringLiteral("Thanks for calling.")},
                                    {QStringLiteral("category"), QJsonValue()}})
                 .status,
             201);
    QCOMPARE(m_supervisor
                 ->post(QStringLiteral("/api/v1/canned-responses"),
                        QJsonObject{{QStringLiteral("title"), QStringLiteral("Forecast")},
                                    {QStringLiteral("body"), QStringLiteral("See the schedule.")},
                                    {QStringLiteral("category"), QStringLiteral("forecaster")}})
                 .status,
             201);

    // Specialists read them, filtered by category (plus the general ones).
    const auto list = m_specialist->get(QStringLiteral("/api/v1/canned-responses?category=account_access"));
    QCOMPARE(list.status, 200);
    QStringList titles;
    for (const auto &v : list.object().value(QStringLiteral("items")).toArray())
        titles << v.toObject().value(QStringLiteral("title")).toString();
    QCOMPARE(titles, (QStringList{QStringLiteral("General"), QStringLiteral("Password reset")}));

    const QString path = QStringLiteral("/api/v1/canned-responses/%1").arg(id);
    QCOMPARE(m_supervisor->request("PATCH", path, QJsonObject{{QStringLiteral("title"), QStringLiteral("x")}}).status,
             428);
    const auto patched = m_supervisor->request(
        "PATCH", path, QJsonObject{{QStringLiteral("title"), QStringLiteral("Reset your password")}},
        {{"If-Match", created.header("ETag")}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.object().value(QStringLiteral("version")).toInt(), 2);
    const auto stale
        = m_supervisor->request("PATCH", path, QJsonObject{{QStringLiteral("title"), QStringLiteral("Late")}},
                                {{"If-Match", created.header("ETag")}});
    QCOMPARE(stale.status, 412);
    QCOMPARE(m_supervisor
                 ->request("PATCH", path, QJsonObject{{QStringLiteral("category"), QStringLiteral("nope")}},
                           {{"If-Match", patched.header("ETag")}})
                 .status,
             422);
    QCOMPARE(m_supervisor->request("DELETE", path).status, 204);
    QCOMPARE(m_supervisor->request("DELETE", path).status, 404);
}

void TstTimeline::cannedResponsesNeedSupervisorToManage()
{
    QCOMPARE(m_specialist
                 ->post(QStringLiteral("/api/v1/canned-responses"),
                        QJsonObject{{QStringLiteral("title"), QStringLiteral("Mine")},
                                    {QStringLiteral("body"), QStringLiteral("x")}})
                 .status,
             403);
    QCOMPARE(m_specialist->request("DELETE", QStringLiteral("/api/v1/canned-responses/1")).status, 403);
}

QTEST_GUILESS_MAIN(TstTimeline)
#include "tst_timeline.moc"
