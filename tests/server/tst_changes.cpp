// The change feed over real HTTP: a full replica from since=0, every ticket write appended,
// the long poll (wakes on a write, times out empty, holds no database thread, drops a waiter
// whose client went away) and, on PostgreSQL, a write on one server instance waking a long
// poll on another through LISTEN/NOTIFY.

#include "httptestclient.h"
#include "testserver.h"

#include "feed/changenotifier.h"
#include "feed/pgchangelistener.h"
#include "storage/databaseconfig.h"
#include "serverapp.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <vector>

using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;

class TstChanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullReplicaFromZero();
    void everyWriteIsAppended();
    void badParametersAre400_data();
    void badParametersAre400();
    void longPollWakesOnWrite();
    void longPollEndsEmptyAfterWait();
    void longPollsHoldNoDatabaseThread();
    void closedSocketDropsItsWaiter();
    void anonymousIs401();
    void writeOnOneInstanceWakesAnother();
    void droppedListenerReconnectsAndStillWakes();
    void cleanupTestCase();

private:
    QString endCursor();
    qint64 createTicket(HttpTestClient &client, const QString &subject);
    QNetworkReply *startPoll(QNetworkAccessManager &nam, const QUrl &base, const QString &token, const QString &since,
                             int wait);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;
    std::unique_ptr<HttpTestClient> m_writer;
};

void TstChanges::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<HttpTestClient>(m_server->baseUrl());
    QCOMPARE(m_client->login(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist")).status, 201);
    m_writer = std::make_unique<HttpTestClient>(m_server->baseUrl());
    QCOMPARE(m_writer->login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")).status, 201);
}

void TstChanges::cleanupTestCase()
{
    m_client.reset();
    m_writer.reset();
    m_server.reset();
}

QString TstChanges::endCursor()
{
    QString cursor = QStringLiteral("0");
    for (int i = 0; i < 1000; ++i) {
        const auto r = m_client->get(QStringLiteral("/api/v1/changes?limit=500&since=") + cursor);
        if (r.status != 200)
            return {};
        cursor = r.object().value(QStringLiteral("cursor")).toString();
        if (!r.object().value(QStringLiteral("more")).toBool())
            return cursor;
    }
    return {};
}

qint64 TstChanges::createTicket(HttpTestClient &client, const QString &subject)
{
    const auto r = client.post(QStringLiteral("/api/v1/tickets"),
                               QJsonObject{{QStringLiteral("subject"), subject},
                                           {QStringLiteral("category"), QStringLiteral("account_access")}});
    return r.status == 201 ? r.object().value(QStringLiteral("id")).toInteger() : 0;
}

QNetworkReply *TstChanges::startPoll(QNetworkAccessManager &nam, const QUrl &base, const QString &token,
                                     const QString &since, int wait)
{
    QNetworkRequest request(
        base.resolved(QUrl(QStringLiteral("/api/v1/changes?since=%1&wait=%2").arg(since).arg(wait))));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return nam.get(request);
}

void TstChanges::fullReplicaFromZero()
{
    const auto list = m_client->get(QStringLiteral("/api/v1/tickets?limit=1"));
    QCOMPARE(list.status, 200);
    const qint64 total = list.object().value(QStringLiteral("total")).toInteger();
    QVERIFY(total > 0);

    QSet<qint64> seen;
    QString cursor = QStringLiteral("0");
    qint64 lastSeq = 0;
    for (int page = 0; page < 1000; ++page) {
        const auto r = m_client->get(QStringLiteral("/api/v1/changes?limit=100&since=") + cursor);
        QCOMPARE(r.status, 200);
        const QJsonArray changes = r.object().value(QStringLiteral("changes")).toArray();
        QVERIFY(changes.size() <= 100);
        for (const auto &v : changes) {
            const QJsonObject change = v.toObject();
            QVERIFY(change.value(QStringLiteral("seq")).toInteger() > lastSeq);
            lastSeq = change.value(QStringLiteral("seq")).toInteger();
            QCOMPARE(change.value(QStringLiteral("kind")).toString(), QStringLiteral("ticket"));
            QCOMPARE(change.value(QStringLiteral("op")).toString(), QStringLiteral("upsert"));
            const QJsonObject ticket = change.value(QStringLiteral("ticket")).toObject();
            QCOMPARE(ticket.value(QStringLiteral("id")).toInteger(), change.value(QStringLiteral("id")).toInteger());
            QVERIFY(ticket.value(QStringLiteral("sla")).isObject());
            seen.insert(ticket.value(QStringLiteral("id")).toInteger());
        }
        cursor = r.object().value(QStringLiteral("cursor")).toString();
        if (!r.object().value(QStringLiteral("more")).toBool())
            break;
    }
    QCOMPARE(qint64(seen.size()), total);
    // Past the end: nothing, and the cursor stays.
    const auto end = m_client->get(QStringLiteral("/api/v1/changes?since=") + cursor);
    QCOMPARE(end.object().value(QStringLiteral("changes")).toArray().size(), 0);
    QCOMPARE(end.object().value(QStringLiteral("cursor")).toString(), cursor);
}

void TstChanges::everyWriteIsAppended()
{
    const QString before = endCursor();
    QVERIFY(!before.isEmpty());
    const qint64 id = createTicket(*m_writer, QStringLiteral("Feed create"));
    QVERIFY(id > 0);
    const auto got = m_writer->get(QStringLiteral("/api/v1/tickets/%1").arg(id));
    const auto patched = m_writer->request("PATCH", QStringLiteral("/api/v1/tickets/%1").arg(id),
                                           QJsonObject{{QStringLiteral("status"), QStringLiteral("open")}},
                                           {{"If-Match", got.header("ETag")}});
    QCOMPARE(patched.status, 200);

    const auto r = m_client->get(QStringLiteral("/api/v1/changes?since=") + before);
    QCOMPARE(r.status, 200);
    const QJsonArray changes = r.object().value(QStringLiteral("changes")).toArray();
    // Two writes of one ticket collapse into its latest state.
    QCOMPARE(changes.size(), 1);
    const QJsonObject ticket = changes.at(0).toObject().value(QStringLiteral("ticket")).toObject();
    QCOMPARE(ticket.value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(ticket.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(ticket.value(QStringLiteral("version")).toInt(), 2);
    QVERIFY(r.object().value(QStringLiteral("cursor")).toString().toLongLong() > before.toLongLong());

    // A refused write appends nothing.
    const QString after = r.object().value(QStringLiteral("cursor")).toString();
    const auto refused = m_writer->request("PATCH", QStringLiteral("/api/v1/tickets/%1").arg(id),
                                           QJsonObject{{QStringLiteral("status"), QStringLiteral("new")}},
                                           {{"If-Match", patched.header("ETag")}});
    QCOMPARE(refused.status, 422);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/changes?since=") + after)
                 .object()
                 .value(QStringLiteral("changes"))
                 .toArray()
                 .size(),
             0);
}

void TstChanges::badParametersAre400_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("wait too long") << QStringLiteral("wait=31");
    QTest::newRow("negative since") << QStringLiteral("since=-1");
    QTest::newRow("limit 0") << QStringLiteral("limit=0");
    QTest::newRow("limit 501") << QStringLiteral("limit=501");
    QTest::newRow("since text") << QStringLiteral("since=abc");
}

void TstChanges::badParametersAre400()
{
    QFETCH(QString, query);
    const auto r = m_client->get(QStringLiteral("/api/v1/changes?") + query);
    QCOMPARE(r.status, 400);
    QVERIFY(r.header("Content-Type").startsWith("application/problem+json"));
}

void TstChanges::longPollWakesOnWrite()
{
    const QString cursor = endCursor();
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply *poll = startPoll(nam, m_server->baseUrl(), m_client->token(), cursor, 20);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->app()->notifier()->waiterCount(), 1, 5000);
    QVERIFY(!poll->isFinished());

    QElapsedTimer timer;
    timer.start();
    const qint64 id = createTicket(*m_writer, QStringLiteral("Wake the poll"));
    QVERIFY(id > 0);
    QTRY_VERIFY_WITH_TIMEOUT(poll->isFinished(), 5000);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(poll->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject body = QJsonDocument::fromJson(poll->readAll()).object();
    const QJsonArray changes = body.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).toObject().value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(m_server->app()->notifier()->waiterCount(), 0);
    delete poll;
}

void TstChanges::longPollEndsEmptyAfterWait()
{
    const QString cursor = endCursor();
    QElapsedTimer timer;
    timer.start();
    const auto r = m_client->get(QStringLiteral("/api/v1/changes?wait=1&since=") + cursor);
    QCOMPARE(r.status, 200);
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(r.object().value(QStringLiteral("changes")).toArray().size(), 0);
    QCOMPARE(r.object().value(QStringLiteral("cursor")).toString(), cursor);
    QCOMPARE(r.object().value(QStringLiteral("more")).toBool(), false);
}

void TstChanges::longPollsHoldNoDatabaseThread()
{
    // More waiting polls than the pool has threads: the queue still answers at once.
    const QString cursor = endCursor();
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    QList<QNetworkReply *> polls;
    for (int i = 0; i < 12; ++i) {
        nams.push_back(std::make_unique<QNetworkAccessManager>());
        nams.back()->setProxy(QNetworkProxy::NoProxy);
        polls << startPoll(*nams.back(), m_server->baseUrl(), m_client->token(), cursor, 20);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->app()->notifier()->waiterCount(), 12, 10000);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/tickets?limit=5")).status, 200);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));

    QVERIFY(createTicket(*m_writer, QStringLiteral("Wake them all")) > 0);
    for (QNetworkReply *poll : std::as_const(polls)) {
        QTRY_VERIFY_WITH_TIMEOUT(poll->isFinished(), 5000);
        QCOMPARE(QJsonDocument::fromJson(poll->readAll()).object().value(QStringLiteral("changes")).toArray().size(),
                 1);
        delete poll;
    }
    QCOMPARE(m_server->app()->notifier()->waiterCount(), 0);
}

void TstChanges::closedSocketDropsItsWaiter()
{
    const QString cursor = endCursor();
    {
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QNetworkReply *poll = startPoll(nam, m_server->baseUrl(), m_client->token(), cursor, 20);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->app()->notifier()->waiterCount(), 1, 5000);
        poll->abort();
        delete poll;
    } // the manager closes its connections
    QTRY_COMPARE_WITH_TIMEOUT(m_server->app()->notifier()->waiterCount(), 0, 5000);
    // A later write still works and nobody answers the dropped poll.
    QVERIFY(createTicket(*m_writer, QStringLiteral("After the client left")) > 0);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/tickets?limit=1")).status, 200);
}

void TstChanges::anonymousIs401()
{
    HttpTestClient anonymous(m_server->baseUrl());
    QCOMPARE(anonymous.get(QStringLiteral("/api/v1/changes")).status, 401);
}

void TstChanges::writeOnOneInstanceWakesAnother()
{
    if (!m_server->isPostgres())
        QSKIP("instances share changes through PostgreSQL LISTEN/NOTIFY; SQLite is one instance");
    izdesk::server::ServerConfig config;
    config.databaseUrl = m_server->databaseUrl();
    config.listenHost = QStringLiteral("127.0.0.1");
    config.listenPort = 0;
    auto second = std::make_unique<izdesk::server::ServerApp>(config);
    QString error;
    QVERIFY2(second->initialize(&error), qPrintable(error));
    QVERIFY2(second->listen(&error), qPrintable(error));
    QUrl secondUrl = m_server->baseUrl();
    secondUrl.setPort(second->port());
    HttpTestClient onSecond(secondUrl);
    QCOMPARE(onSecond.login(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer")).status, 201);

    const QString cursor = endCursor();
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply *poll = startPoll(nam, secondUrl, onSecond.token(), cursor, 20);
    QTRY_COMPARE_WITH_TIMEOUT(second->notifier()->waiterCount(), 1, 5000);

    QElapsedTimer timer;
    timer.start();
    const qint64 id = createTicket(*m_writer, QStringLiteral("Written on instance A")); // on the first instance
    QVERIFY(id > 0);
    QTRY_VERIFY_WITH_TIMEOUT(poll->isFinished(), 5000);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    const QJsonArray changes
        = QJsonDocument::fromJson(poll->readAll()).object().value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).toObject().value(QStringLiteral("id")).toInteger(), id);
    delete poll;
    second.reset(); // before the test database is dropped
}

void TstChanges::droppedListenerReconnectsAndStillWakes()
{
    if (!m_server->isPostgres())
        QSKIP("the LISTEN connection exists only on PostgreSQL");
    izdesk::server::ServerConfig config;
    config.databaseUrl = m_server->databaseUrl();
    config.listenHost = QStringLiteral("127.0.0.1");
    config.listenPort = 0;
    auto second = std::make_unique<izdesk::server::ServerApp>(config);
    QString error;
    QVERIFY2(second->initialize(&error), qPrintable(error));
    QVERIFY2(second->listen(&error), qPrintable(error));
    auto *listener = second->changeListener();
    QVERIFY(listener);
    listener->setHealthCheckInterval(100);
    QTRY_VERIFY_WITH_TIMEOUT(listener->backendPid() > 0, 10000); // it starts on its own thread
    const qint64 oldPid = listener->backendPid();

    // Kill the listening backend the way a database restart or an idle-connection killer would.
    {
        const QString name = QStringLiteral("tst_changes_killer");
        {
            QString why;
            const auto dbConfig = izdesk::server::DatabaseConfig::parse(m_server->databaseUrl(), &why);
            QVERIFY2(dbConfig, qPrintable(why));
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            admin.setHostName(dbConfig->host);
            admin.setPort(dbConfig->port);
            admin.setDatabaseName(dbConfig->name);
            admin.setUserName(dbConfig->user);
            admin.setPassword(dbConfig->password);
            QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
            QSqlQuery kill(admin);
            QVERIFY2(kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(oldPid)),
                     qPrintable(kill.lastError().text()));
        }
        QSqlDatabase::removeDatabase(name);
    }
    QTRY_VERIFY_WITH_TIMEOUT(listener->reconnectCount() >= 1 && listener->backendPid() > 0, 10000);
    QVERIFY(listener->backendPid() != oldPid);

    QUrl secondUrl = m_server->baseUrl();
    secondUrl.setPort(second->port());
    HttpTestClient onSecond(secondUrl);
    QCOMPARE(onSecond.login(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer")).status, 201);
    const QString cursor = endCursor();
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply *poll = startPoll(nam, secondUrl, onSecond.token(), cursor, 20);
    QTRY_COMPARE_WITH_TIMEOUT(second->notifier()->waiterCount(), 1, 5000);
    // A write on the other instance still reaches this one's long poll promptly (well
    // before the 20 s poll timeout would have answered it).
    const qint64 id = createTicket(*m_writer, QStringLiteral("Written after the listener came back"));
    QVERIFY(id > 0);
    QTRY_VERIFY_WITH_TIMEOUT(poll->isFinished(), 5000);
    const QJsonArray changes
        = QJsonDocument::fromJson(poll->readAll()).object().value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).toObject().value(QStringLiteral("id")).toInteger(), id);
    delete poll;
    second.reset();
}

QTEST_GUILESS_MAIN(TstChanges)
#include "tst_changes.moc"
