// Idempotency-Key on POST and PATCH /api/v1/tickets over real HTTP: replay, reuse with another
// body, per-user keys, key length, identical requests racing, and a PATCH retried after its
// answer was lost.

#include "httptestclient.h"
#include "testserver.h"
#include "ticketstestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;

class TstTicketsIdempotency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameKeySameBodyReplays();
    void sameKeyOtherBodyIs422();
    void keysArePerUser();
    void keyLength();
    void failedRequestDoesNotBurnTheKey();
    void racingIdenticalRequestsCreateOneTicket();
    void patchRetriedAfterLostAnswerIsReplayedNotStale();

private:
    HttpTestClient::Response post(HttpTestClient &client, const QJsonObject &body, const QByteArray &key);
    qint64 countSubject(const QString &subject);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;
};

void TstTicketsIdempotency::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<HttpTestClient>(m_server->baseUrl());
    QCOMPARE(m_client->login(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist")).status, 201);
}

HttpTestClient::Response TstTicketsIdempotency::post(HttpTestClient &client, const QJsonObject &body, const QByteArray &key)
{
    return client.post(QStringLiteral("/api/v1/tickets"), body, {{"Idempotency-Key", key}});
}

qint64 TstTicketsIdempotency::countSubject(const QString &subject)
{
    const auto r = m_client->get(QStringLiteral("/api/v1/tickets?limit=500&q=")
                                 + QString::fromLatin1(QUrl::toPercentEncoding(subject)));
    return r.status == 200 ? r.object().value(QStringLiteral("total")).toInteger() : -1;
}

void TstTicketsIdempotency::sameKeySameBodyReplays()
{
    const QString subject = QStringLiteral("Replay ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject body{{QStringLiteral("subject"), subject}, {QStringLiteral("category"), QStringLiteral("reports")}};
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);

    const auto first = post(*m_client, body, key);
    QCOMPARE(first.status, 201);
    QVERIFY(first.header("Idempotent-Replayed").isEmpty());
    const auto second = post(*m_client, body, key);
    QCOMPARE(second.status, 201);
    QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(second.raw, first.raw);
    QCOMPARE(second.header("Location"), first.header("Location"));
    QCOMPARE(second.header("ETag"), first.header("ETag"));
    QCOMPARE(countSubject(subject), 1);

    // The replay is the stored answer, even after the ticket changed.
    const qint64 id = first.object().value(QStringLiteral("id")).toInteger();
    const auto changed = m_client->request("PATCH", QStringLiteral("/api/v1/tickets/%1").arg(id),
                                           QJsonObject{{QStringLiteral("status"), QStringLiteral("open")}},
                                           {{"If-Match", first.header("ETag")}});
    QCOMPARE(changed.status, 200);
    const auto third = post(*m_client, body, key);
    QCOMPARE(third.status, 201);
    QCOMPARE(third.raw, first.raw);
}

void TstTicketsIdempotency::sameKeyOtherBodyIs422()
{
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QJsonObject body{{QStringLiteral("subject"), QStringLiteral("Reuse A")}, {QStringLiteral("category"), QStringLiteral("other")}};
    QCOMPARE(post(*m_client, body, key).status, 201);
    const QJsonObject other{{QStringLiteral("subject"), QStringLiteral("Reuse B")}, {QStringLiteral("category"), QStringLiteral("other")}};
    const auto r = post(*m_client, other, key);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.object().value(QStringLiteral("type")).toString(),
             QStringLiteral("https://izdesk.invalid/problems/idempotency-key-reused"));
    QCOMPARE(countSubject(QStringLiteral("Reuse B")), 0);
}

void TstTicketsIdempotency::keysArePerUser()
{
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QString subject = QStringLiteral("Per user ") + QString::fromLatin1(key);
    const QJsonObject body{{QStringLiteral("subject"), subject}, {QStringLiteral("category"), QStringLiteral("other")}};
    const auto mine = post(*m_client, body, key);
    QCOMPARE(mine.status, 201);

    HttpTestClient other(m_server->baseUrl());
    QCOMPARE(other.login(QStringLiteral("jchen"), QStringLiteral("izdesk-specialist")).status, 201);
    const auto theirs = post(other, body, key);
    QCOMPARE(theirs.status, 201);
    QVERIFY(theirs.header("Idempotent-Replayed").isEmpty());
    QVERIFY(theirs.object().value(QStringLiteral("id")) != mine.object().value(QStringLiteral("id")));
    QCOMPARE(theirs.object().value(QStringLiteral("created_by")).toString(), QStringLiteral("jchen"));
    QCOMPARE(countSubject(subject), 2);
}

void TstTicketsIdempotency::keyLength()
{
    const QJsonObject body{{QStringLiteral("subject"), QStringLiteral("Key length")}, {QStringLiteral("category"), QStringLiteral("other")}};
    const auto tooLong = post(*m_client, body, QByteArray(201, 'k'));
    QCOMPARE(tooLong.status, 400);
    QCOMPARE(tooLong.object().value(QStringLiteral("type")).toString(), QStringLiteral("https://izdesk.invalid/problems/bad-request"));
    QCOMPARE(post(*m_client, body, QByteArray(200, 'k')).status, 201);
    QCOMPARE(countSubject(QStringLiteral("Key length")), 1);
}

void TstTicketsIdempotency::failedRequestDoesNotBurnTheKey()
{
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const auto invalid = post(*m_client, {{QStringLiteral("subject"), QStringLiteral("Fix me")}}, key);
    QCOMPARE(invalid.status, 422);
    const QJsonObject fixed{{QStringLiteral("subject"), QStringLiteral("Fix me")}, {QStringLiteral("category"), QStringLiteral("other")}};
    const auto ok = post(*m_client, fixed, key);
    QCOMPARE(ok.status, 201);
    QVERIFY(ok.header("Idempotent-Replayed").isEmpty());
}

void TstTicketsIdempotency::racingIdenticalRequestsCreateOneTicket()
{
    const QUrl url = m_server->baseUrl().resolved(QUrl(QStringLiteral("/api/v1/tickets")));
    for (int round = 0; round < 5; ++round) {
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QString subject = QStringLiteral("Race ") + QString::fromLatin1(key);
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("subject"), subject},
                                                          {QStringLiteral("category"), QStringLiteral("duplicate_record")}})
                                    .toJson(QJsonDocument::Compact);
        const auto answers = izdesk::test::sendInParallel(
            url, "POST", body,
            {{"Authorization", "Bearer " + m_client->token().toLatin1()},
             {"Content-Type", "application/json"},
             {"Idempotency-Key", key}},
            4);
        int replayed = 0;
        for (const auto &a : answers) {
            QVERIFY2(a.status == 201, a.body.constData());
            QCOMPARE(a.body, answers.first().body);
            if (a.header("Idempotent-Replayed") == "true")
                ++replayed;
        }
        QCOMPARE(replayed, 3);
        QCOMPARE(countSubject(subject), 1);
    }
}

QTEST_GUILESS_MAIN(TstTicketsIdempotency)
// The desk sent a PATCH, the change was committed, and the answer never arrived: the retry
// carries the same key and the same (now old) If-Match. It must get the first answer back
// (same version and ETag), not a 412 about its own change, and the ticket moves once.
void TstTicketsIdempotency::patchRetriedAfterLostAnswerIsReplayedNotStale()
{
    const auto created = post(*m_client, {{QStringLiteral("subject"), QStringLiteral("Lost answer")},
                                          {QStringLiteral("category"), QStringLiteral("other")}},
                              QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    QCOMPARE(created.status, 201);
    const qint64 id = created.object().value(QStringLiteral("id")).toInteger();
    const QString path = QStringLiteral("/api/v1/tickets/%1").arg(id);
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QJsonObject change{{QStringLiteral("priority"), QStringLiteral("high")}};
    const HttpTestClient::Headers headers{{"If-Match", created.header("ETag")}, {"Idempotency-Key", key}};

    const auto first = m_client->request("PATCH", path, change, headers);
    QCOMPARE(first.status, 200);
    const auto retry = m_client->request("PATCH", path, change, headers);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(retry.raw, first.raw);
    QCOMPARE(retry.header("ETag"), first.header("ETag"));
    QCOMPARE(m_client->get(path).object().value(QStringLiteral("version")).toInteger(),
             first.object().value(QStringLiteral("version")).toInteger());

    // Without the key the same retry is (rightly) a conflict: the ticket moved on.
    const auto unkeyed = m_client->request("PATCH", path, change, {{"If-Match", created.header("ETag")}});
    QCOMPARE(unkeyed.status, 412);
    // The key names that one change: another body with it is refused and changes nothing.
    const auto reused = m_client->request("PATCH", path, QJsonObject{{QStringLiteral("priority"), QStringLiteral("low")}},
                                          {{"If-Match", first.header("ETag")}, {"Idempotency-Key", key}});
    QCOMPARE(reused.status, 422);
    QCOMPARE(m_client->get(path).object().value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
}

#include "tst_tickets_idempotency.moc"
