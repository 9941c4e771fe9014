// PostgreSQL restarted under the running server: two real izdesk-server binaries (A and B) on
// one private PostgreSQL cluster (tests/pg/pg-cluster.sh, so the shared test cluster is left
// alone). While requests are in flight the cluster is stopped; every answer is then either
// right or a clear 503 database-unavailable problem — never a 500, never wrong data — and
// a change refused during the outage is not saved. Once PostgreSQL is back both servers,
// never restarted, answer correctly on every worker thread; a long poll waiting on A across
// a second restart receives a change written through B (A's LISTEN connection came back);
// everything written before the restarts is still there.

#include "httptestclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QUuid>

using izdesk::test::HttpTestClient;
using izdesk::test::ServerProcess;

namespace {

constexpr const char *kPassword = "Quiet-Harbour-7391";

// A problem answer that tells the desk the database is away, and nothing else.
bool isUnavailable(const HttpTestClient::Response &r)
{
    return r.status == 503 && r.header("Content-Type").startsWith("application/problem+json")
        && r.object().value(QStringLiteral("type")).toString().endsWith(QLatin1String("/database-unavailable"))
        && !r.object().value(QStringLiteral("detail")).toString().isEmpty() && r.header("Retry-After") == "5";
}

} // namespace

class TstPgRestart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void restartUnderLoadAnswersRightOrUnavailable();
    void listenConnectionComesBackAcrossARestart();

private:
    bool cluster(const char *command);
    QProcess *startCluster(const char *command);
    qint64 createTicket(HttpTestClient &client, const QString &subject, int *status = nullptr);
    // Every ticket created so far reads back exactly as it was created, on both servers.
    void verifyNothingLost();
    // Enough requests at once that every worker thread of both servers serves some.
    void verifyEveryThreadAnswers();
    QString endCursor(HttpTestClient &client);

    QString m_clusterDir;
    QString m_url;
    std::unique_ptr<ServerProcess> m_a, m_b;
    QUrl m_urlA, m_urlB;
    std::unique_ptr<HttpTestClient> m_onA, m_onB;
    QHash<qint64, QJsonObject> m_written; // id → the ticket as created
};

bool TstPgRestart::cluster(const char *command)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral("bash"),
            {QStringLiteral(IZDESK_PG_CLUSTER_SCRIPT), QString::fromLatin1(command), m_clusterDir});
    return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QProcess *TstPgRestart::startCluster(const char *command)
{
    auto *p = new QProcess(this);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start(QStringLiteral("bash"),
             {QStringLiteral(IZDESK_PG_CLUSTER_SCRIPT), QString::fromLatin1(command), m_clusterDir});
    return p;
}

void TstPgRestart::initTestCase()
{
    m_clusterDir = QDir::temp().filePath(QStringLiteral("izdesk-pgrestart-")
                                         + QUuid::createUuid().toString(QUuid::Id128).left(12));
    QVERIFY2(cluster("start"), "the private PostgreSQL cluster did not start");
    QFile urlFile(QDir(m_clusterDir).filePath(QStringLiteral("url")));
    QVERIFY(urlFile.open(QIODevice::ReadOnly));
    m_url = QString::fromUtf8(urlFile.readAll()).trimmed();
    QVERIFY(m_url.startsWith(QLatin1String("postgresql://")));

    m_a = std::make_unique<ServerProcess>(QStringLiteral(IZDESK_SERVER_BINARY));
    m_b = std::make_unique<ServerProcess>(QStringLiteral(IZDESK_SERVER_BINARY));
    QVERIFY(m_a->isValid() && m_b->isValid());
    const QStringList database{QStringLiteral("--database"), m_url};
    QCOMPARE(m_a->runTool(QStringLiteral("staff-add"),
                          QStringList{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("deskuser"),
                                      QStringLiteral("--role"), QStringLiteral("specialist"),
                                      QStringLiteral("--password-stdin")}
                              + database,
                          QByteArray(kPassword) + '\n'),
             0);
    const QStringList run = database + QStringList{QStringLiteral("--environment"), QStringLiteral("uat")};
    QString error;
    m_urlA = m_a->start(QStringLiteral("server"), run, &error);
    QVERIFY2(m_urlA.isValid(), qPrintable(error));
    m_urlB = m_b->start(QStringLiteral("server"), run, &error);
    QVERIFY2(m_urlB.isValid(), qPrintable(error));
    m_onA = std::make_unique<HttpTestClient>(m_urlA);
    m_onB = std::make_unique<HttpTestClient>(m_urlB);
    QCOMPARE(m_onA->login(QStringLiteral("deskuser"), QLatin1String(kPassword)).status, 201);
    QCOMPARE(m_onB->login(QStringLiteral("deskuser"), QLatin1String(kPassword)).status, 201);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(createTicket(*m_onA, QStringLiteral("Before the restart A%1").arg(i)) > 0);
        QVERIFY(createTicket(*m_onB, QStringLiteral("Before the restart B%1").arg(i)) > 0);
    }
}

void TstPgRestart::cleanupTestCase()
{
    m_onA.reset();
    m_onB.reset();
    m_a.reset();
    m_b.reset();
    if (!m_clusterDir.isEmpty())
        cluster("stop");
}

qint64 TstPgRestart::createTicket(HttpTestClient &client, const QString &subject, int *status)
{
    const auto r = client.post(QStringLiteral("/api/v1/tickets"),
                               QJsonObject{{QStringLiteral("subject"), subject},
                                           {QStringLiteral("category"), QStringLiteral("account_access")}});
    if (status)
        *status = r.status;
    if (r.status != 201)
        return 0;
    const qint64 id = r.object().value(QStringLiteral("id")).toInteger();
    m_written.insert(id, r.object());
    return id;
}

void TstPgRestart::verifyNothingLost()
{
    for (auto it = m_written.cbegin(); it != m_written.cend(); ++it) {
        for (HttpTestClient *client : {m_onA.get(), m_onB.get()}) {
            const auto r = client->get(QStringLiteral("/api/v1/tickets/%1").arg(it.key()));
            QCOMPARE(r.status, 200);
            const QJsonObject now = r.object();
            for (const char *field : {"id", "subject", "category", "created_at"})
                QCOMPARE(now.value(QLatin1String(field)), it.value().value(QLatin1String(field)));
        }
    }
}

void TstPgRestart::verifyEveryThreadAnswers()
{
    const qint64 id = m_written.cbegin().key();
    const QString subject = m_written.cbegin().value().value(QStringLiteral("subject")).toString();
    for (HttpTestClient *client : {m_onA.get(), m_onB.get()}) {
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QList<QNetworkReply *> replies;
        // Six connections at once (QNetworkAccessManager's limit per host), four rounds: the
        // server's pool threads (at least four) each take requests.
        const QUrl base = client == m_onA.get() ? m_urlA : m_urlB;
        for (int i = 0; i < 24; ++i) {
            QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/api/v1/tickets/%1").arg(id))));
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            request.setRawHeader("Authorization", "Bearer " + client->token().toLatin1());
            replies << nam.get(request);
        }
        for (QNetworkReply *reply : std::as_const(replies)) {
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
            QCOMPARE(status, 200);
            QCOMPARE(body.value(QStringLiteral("subject")).toString(), subject);
        }
        qDeleteAll(replies);
    }
}

QString TstPgRestart::endCursor(HttpTestClient &client)
{
    QString cursor = QStringLiteral("0");
    for (int i = 0; i < 1000; ++i) {
        const auto r = client.get(QStringLiteral("/api/v1/changes?limit=500&since=") + cursor);
        if (r.status != 200)
            return {};
        cursor = r.object().value(QStringLiteral("cursor")).toString();
        if (!r.object().value(QStringLiteral("more")).toBool())
            return cursor;
    }
    return {};
}

void TstPgRestart::restartUnderLoadAnswersRightOrUnavailable()
{
    const qint64 known = m_written.cbegin().key();
    const QString knownSubject = m_written.cbegin().value().value(QStringLiteral("subject")).toString();
    QSet<QString> refused; // subjects of creations answered 503 while PostgreSQL was down
    int answered = 0, unavailable = 0;
    auto check = [&](const HttpTestClient::Response &r, const char *what) {
        if (r.status == 200 || r.status == 201) {
            ++answered;
            return true;
        }
        ++unavailable;
        if (!isUnavailable(r)) {
            qWarning().noquote() << what << r.status << r.raw;
            return false;
        }
        return true;
    };

    // In flight: reads and writes on both servers while the cluster shuts down.
    QProcess *halt = startCluster("halt");
    int n = 0;
    while (halt->state() != QProcess::NotRunning || n < 8) {
        for (HttpTestClient *client : {m_onA.get(), m_onB.get()}) {
            const auto read = client->get(QStringLiteral("/api/v1/tickets/%1").arg(known));
            QVERIFY(check(read, "read"));
            if (read.status == 200)
                QCOMPARE(read.object().value(QStringLiteral("subject")).toString(), knownSubject);
            const QString subject = QStringLiteral("In flight %1").arg(++n);
            const auto write = client->post(QStringLiteral("/api/v1/tickets"),
                                            QJsonObject{{QStringLiteral("subject"), subject},
                                                        {QStringLiteral("category"), QStringLiteral("account_access")}});
            QVERIFY(check(write, "write"));
            if (write.status == 201)
                m_written.insert(write.object().value(QStringLiteral("id")).toInteger(), write.object());
        }
        if (n > 400)
            break;
        QCoreApplication::processEvents();
    }
    QVERIFY(halt->state() == QProcess::NotRunning || halt->waitForFinished(60000));
    QCOMPARE(halt->exitCode(), 0);

    // The outage itself: every request a clear 503, the servers still running.
    for (HttpTestClient *client : {m_onA.get(), m_onB.get()}) {
        for (int i = 0; i < 6; ++i) {
            QVERIFY(isUnavailable(client->get(QStringLiteral("/api/v1/tickets/%1").arg(known))));
            QVERIFY(isUnavailable(client->get(QStringLiteral("/api/v1/tickets?limit=5"))));
            const QString subject = QStringLiteral("During the outage %1").arg(++n);
            const auto write = client->post(QStringLiteral("/api/v1/tickets"),
                                            QJsonObject{{QStringLiteral("subject"), subject},
                                                        {QStringLiteral("category"), QStringLiteral("account_access")}});
            QVERIFY2(isUnavailable(write), write.raw.constData());
            QVERIFY(write.object().value(QStringLiteral("detail")).toString().contains(QLatin1String("not confirmed")));
            refused.insert(subject);
        }
    }
    QVERIFY(unavailable > 0);

    QVERIFY2(cluster("resume"), "the cluster did not come back");
    QVERIFY(m_a->isRunning() && m_b->isRunning());
    // Back, without restarting either server: every worker thread answers, right.
    verifyEveryThreadAnswers();
    verifyNothingLost();
    // A refused change was not saved; a new one is.
    const auto list = m_onA->get(QStringLiteral("/api/v1/tickets?limit=500"));
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.object().value(QStringLiteral("items")).toArray();
    QSet<QString> subjects;
    for (const QJsonValue &item : items) {
        const QString subject = item.toObject().value(QStringLiteral("subject")).toString();
        QVERIFY2(!subjects.contains(subject), qPrintable(subject)); // nothing doubled
        subjects.insert(subject);
    }
    for (const QString &subject : std::as_const(refused)) {
        if (subject.startsWith(QLatin1String("During the outage")))
            QVERIFY2(!subjects.contains(subject), qPrintable(subject));
    }
    QVERIFY(createTicket(*m_onA, QStringLiteral("After the restart A")) > 0);
    QVERIFY(createTicket(*m_onB, QStringLiteral("After the restart B")) > 0);
    qInfo("%d answers during the restart, %d of them 503", answered + unavailable, unavailable);
}

void TstPgRestart::listenConnectionComesBackAcrossARestart()
{
    const QString cursor = endCursor(*m_onA);
    QVERIFY(!cursor.isEmpty());
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(
        m_urlA.resolved(QUrl(QStringLiteral("/api/v1/changes?since=%1&wait=30").arg(cursor))));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Authorization", "Bearer " + m_onA->token().toLatin1());
    std::unique_ptr<QNetworkReply> poll(nam.get(request));
    QTest::qWait(300); // the poll is waiting on A

    QVERIFY(cluster("halt"));
    QTest::qWait(1000);
    QVERIFY(!poll->isFinished());
    QVERIFY(cluster("resume"));

    // Written through B once PostgreSQL is back, on connections that sat idle through the
    // restart (each is found gone and reopened before the request, so no change is refused):
    // they reach the poll waiting on A, which only A's LISTEN connection (reopened after the
    // restart) can tell about.
    qint64 id = 0; // the first of them
    for (int i = 0; i < 6; ++i) {
        int status = 0;
        const qint64 created = createTicket(*m_onB, QStringLiteral("Written on B after the restart %1").arg(i), &status);
        QVERIFY2(created > 0, qPrintable(QString::number(status)));
        id = id ? id : created;
    }
    QTRY_VERIFY_WITH_TIMEOUT(poll->isFinished(), 35000);
    QCOMPARE(poll->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonArray changes
        = QJsonDocument::fromJson(poll->readAll()).object().value(QStringLiteral("changes")).toArray();
    QSet<qint64> ids;
    for (const QJsonValue &change : changes)
        ids.insert(change.toObject().value(QStringLiteral("id")).toInteger());
    QVERIFY2(ids.contains(id), "the long poll on A timed out without the change written on B");
    const QByteArray log = ServerProcess::readFile(m_a->logFile(QStringLiteral("server"), "stderr"));
    QVERIFY(log.contains("the change notification connection is back"));
    verifyNothingLost();
}

QTEST_GUILESS_MAIN(TstPgRestart)
#include "tst_pgrestart.moc"
