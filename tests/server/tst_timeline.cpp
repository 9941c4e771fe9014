// The ticket timeline and canned responses over real HTTP: notes, replies and calls (with
// duration), the first reply or call meeting the first-response clock, paging, validation,
// Idempotency-Key; canned responses CRUD with If-Match and roles.

#include "httptestclient.h"
#include "testserver.h"

#include "ticket.h"

#include <QJsonArray>
#include <QUuid>
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
    void ticketCreatedWithItsCallOnce();
    void ticketWithBadCallIsRefusedWhole();
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

void TstTimeline::ticketCreatedWithItsCallOnce()
{
    // What an offline desk sends for an inbound call: the ticket and its call in one request,
    // replayed with the same key after the link comes back.
    const QString subject = QStringLiteral("Offline inbound call %1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QJsonObject body{{QStringLiteral("subject"), subject},
                           {QStringLiteral("category"), QStringLiteral("forecaster")},
                           {QStringLiteral("channel"), QStringLiteral("phone")},
                           {QStringLiteral("call"),
                            QJsonObject{{QStringLiteral("body"), QStringLiteral("Nurse asked about a forecast")},
                                        {QStringLiteral("direction"), QStringLiteral("inbound")},
                                        {QStringLiteral("phone"), QStringLiteral("(651) 555-0199")},
                                        {QStringLiteral("started_at"), QStringLiteral("2026-11-18T15:00:00.000Z")},
                                        {QStringLiteral("ended_at"), QStringLiteral("2026-11-18T15:04:00.000Z")}}}};
    const auto first = m_specialist->post(QStringLiteral("/api/v1/tickets"), body, {{"Idempotency-Key", "call-key-1"}});
    const auto again = m_specialist->post(QStringLiteral("/api/v1/tickets"), body, {{"Idempotency-Key", "call-key-1"}});
    QCOMPARE(first.status, 201);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    const qint64 id = first.object().value(QStringLiteral("id")).toInteger();
    QCOMPARE(again.object().value(QStringLiteral("id")).toInteger(), id);
    // The call answered the caller, so the ticket's first response is met by it.
    QVERIFY(!first.object().value(QStringLiteral("first_response_at")).isNull());

    const auto items = m_specialist->get(entriesPath(id)).object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject call = items.at(0).toObject();
    QCOMPARE(call.value(QStringLiteral("kind")).toString(), QStringLiteral("call"));
    QCOMPARE(call.value(QStringLiteral("duration_seconds")).toInteger(), 240);
    QCOMPARE(call.value(QStringLiteral("phone")).toString(), QStringLiteral("(651) 555-0199"));
    QCOMPARE(call.value(QStringLiteral("author")).toString(), QStringLiteral("specialist"));
}

void TstTimeline::ticketWithBadCallIsRefusedWhole()
{
    const QString subject = QStringLiteral("Bad call %1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const auto r = m_specialist->post(
        QStringLiteral("/api/v1/tickets"),
        QJsonObject{{QStringLiteral("subject"), subject},
                    {QStringLiteral("category"), QStringLiteral("forecaster")},
                    {QStringLiteral("call"),
                     QJsonObject{{QStringLiteral("body"), QStringLiteral("x")},
                                 {QStringLiteral("direction"), QStringLiteral("sideways")},
                                 {QStringLiteral("started_at"), QStringLiteral("2026-11-18T15:00:00.000Z")},
                                 {QStringLiteral("ended_at"), QStringLiteral("2026-11-18T14:00:00.000Z")}}}});
    QCOMPARE(r.status, 422);
    QStringList fields;
    const auto errors = r.object().value(QStringLiteral("errors")).toArray();
    for (const auto &e : errors)
        fields << e.toObject().value(QStringLiteral("field")).toString();
    QVERIFY2(fields.contains(QStringLiteral("call.direction")), qPrintable(fields.join(u',')));
    QVERIFY2(fields.contains(QStringLiteral("call.ended_at")), qPrintable(fields.join(u',')));
    // Nothing half-written: no ticket with that subject exists.
    const auto list = m_specialist->get(QStringLiteral("/api/v1/tickets?q=%1").arg(subject.section(u' ', 2)));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.object().value(QStringLiteral("items")).toArray().size(), 0);
    QCOMPARE(m_specialist
                 ->post(QStringLiteral("/api/v1/tickets"),
                        QJsonObject{{QStringLiteral("subject"), subject},
                                    {QStringLiteral("category"), QStringLiteral("forecaster")},
                                    {QStringLiteral("call"), QStringLiteral("a string")}})
                 .status,
             422);
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
