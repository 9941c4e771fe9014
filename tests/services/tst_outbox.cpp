// The durable outbox against the real in-process server: writes made while the server is
// down survive the client being destroyed without signing out and arrive exactly once after
// a restart; a replay that hits 412 becomes a conflict with a field diff that survives a
// restart and can be resolved both ways; a reply lost after the server applied a create does
// not duplicate it; without a keychain the outbox says it is memory-only.
#include "deskfixture.h"

#include "apiclient.h"
#include "memorycredentialstore.h"
#include "phicipher.h"
#include "ticketcache.h"

#include <http/ratelimiter.h>
#include <httptestclient.h>
#include <serverconfig.h>
#include <testserver.h>

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

using namespace izdesk;
using izdesk::test::Desk;

namespace {

// Every test signs the trainer in again, some of them several times: more often in a few
// seconds than the sign-in limit lets one person try.
izdesk::test::TestServer::Options frequentSignIns()
{
    izdesk::test::TestServer::Options options;
    options.configure = [](izdesk::server::ServerConfig &config) {
        auto limits = std::make_shared<izdesk::server::RateLimitPolicy>(izdesk::server::RateLimitPolicy::defaults());
        limits->signInPerUsername.maxRequests = 1000;
        config.rateLimitPolicy = std::move(limits);
    };
    return options;
}
const QString kKeyName = QStringLiteral("cache-key/training/trainer");

void seedKey(MemoryCredentialStore &keychain, const QByteArray &key)
{
    bool written = false;
    keychain.writeSecret(kKeyName, key, [&](bool) { written = true; });
    if (!QTest::qWaitFor([&] { return written; }, 5000))
        qWarning("the key was not stored");
}

// The child of killedByKill: signs in, waits for "go" on stdin (the server is then down),
// logs two calls as new tickets, reports when they are on disk, and waits to be killed.
int runChild(const QStringList &args)
{
    const qsizetype at = args.indexOf(QStringLiteral("--outbox-child"));
    const QString dir = args.value(at + 1);
    const QUrl url(args.value(at + 2));
    const QByteArray key = QByteArray::fromHex(args.value(at + 3).toLatin1());
    const QString subject = args.value(at + 4);
    MemoryCredentialStore keychain;
    seedKey(keychain, key);
    Desk desk(dir, url, &keychain);
    if (!desk.signIn(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer")))
        return 2;
    if (!QTest::qWaitFor([&] { return desk.outbox()->isLoaded(); }, 5000))
        return 5;
    printf("ready\n");
    fflush(stdout);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly) || in.readLine().trimmed() != "go")
        return 3;
    int stored = 0;
    QObject::connect(desk.outbox(), &Outbox::entryStored, [&stored] {
        if (++stored == 2) {
            printf("stored\n");
            fflush(stdout);
        }
    });
    for (int i = 1; i <= 2; ++i)
        desk.queue->createTicket(QJsonObject{{QStringLiteral("subject"), QString(subject + QString::number(i))},
                                             {QStringLiteral("category"), QStringLiteral("other")},
                                             {QStringLiteral("channel"), QStringLiteral("phone")}});
    QTest::qWait(60000); // killed long before
    return 4;
}
} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<izdesk::test::HttpTestClient> supervisor()
    {
        auto client = std::make_unique<izdesk::test::HttpTestClient>(m_server.baseUrl());
        client->login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor"));
        return client;
    }

    int serverTotal()
    {
        return supervisor()->get(QStringLiteral("/api/v1/tickets?limit=1")).object().value(QStringLiteral("total")).toInt();
    }

    int countWithSubject(const QString &subject)
    {
        auto client = supervisor();
        const auto page = client->get(QStringLiteral("/api/v1/tickets?limit=50&q=%1")
                                         .arg(QString::fromLatin1(QUrl::toPercentEncoding(subject))));
        int n = 0;
        for (const QJsonValue &v : page.object().value(QStringLiteral("items")).toArray())
            n += v.toObject().value(QStringLiteral("subject")).toString() == subject;
        return n;
    }

    QJsonObject serverTicket(qint64 id)
    {
        return supervisor()->get(QStringLiteral("/api/v1/tickets/%1").arg(id)).object();
    }

    static Ticket activeTicket(const Desk &desk)
    {
        for (const Ticket &t : desk.queue->model()->tickets()) {
            if (t.status == QLatin1String("open") || t.status == QLatin1String("new"))
                return t;
        }
        return {};
    }

    // A priority different from every value in `taken`.
    static QString otherPriority(const QStringList &taken)
    {
        for (const QString &p : {QStringLiteral("low"), QStringLiteral("high"), QStringLiteral("normal"),
                                 QStringLiteral("urgent")}) {
            if (!taken.contains(p))
                return p;
        }
        return {};
    }

    static QJsonObject newTicket(const QString &subject)
    {
        return {{QStringLiteral("subject"), subject},
                {QStringLiteral("category"), QStringLiteral("other")},
                {QStringLiteral("channel"), QStringLiteral("phone")}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void killedClientReplaysExactlyOnce()
    {
        QTemporaryDir dir;
        MemoryCredentialStore keychain;
        const int before = serverTotal();
        const QString subjectA = QStringLiteral("Outage call A %1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString subjectB = QStringLiteral("Outage call B %1").arg(QUuid::createUuid().toString(QUuid::Id128));
        Ticket victim;
        const QString newPriority = QStringLiteral("urgent");
        {
            Desk desk(dir.path(), m_server.baseUrl(), &keychain);
            QVERIFY(desk.signIn(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer")));
            QTRY_VERIFY(desk.outbox()->isLoaded());
            QVERIFY(desk.outbox()->isDurable());
            victim = activeTicket(desk);
            QVERIFY(victim.id > 0);
            QVERIFY(victim.priority != newPriority);

            m_server.stop();
            QSignalSpy stored(desk.outbox(), &Outbox::entryStored);
            desk.queue->createTicket(newTicket(subjectA));
            desk.queue->createTicket(newTicket(subjectB));
            desk.queue->updateTicket(victim.id, {{QStringLiteral("priority"), newPriority}});
            QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 3, 5000);
            QTRY_VERIFY_WITH_TIMEOUT(!desk.session->isOnline(), 10000); // the first attempt failed
            QCOMPARE(desk.outbox()->pendingCount(), 3);
        } // the client goes away without signing out or sending anything

        QVERIFY(m_server.restart());
        QCOMPARE(serverTotal(), before);
        Desk desk(dir.path(), m_server.baseUrl(), &keychain);
        QVERIFY(desk.signIn(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer")));
        QTRY_VERIFY_WITH_TIMEOUT(desk.outbox()->isLoaded() && desk.outbox()->pendingCount() == 0, 20000);
        QCOMPARE(desk.outbox()->conflicts().size(), 0);
        QCOMPARE(serverTotal(), before + 2);
        QCOMPARE(countWithSubject(subjectA), 1);
        QCOMPARE(countWithSubject(subjectB), 1);
        QCOMPARE(serverTicket(victim.id).value(QStringLiteral("priority")).toString(), newPriority);
        // The queue shows what the replay produced.
        QTRY_COMPARE_WITH_TIMEOUT(desk.queue->model()->ticketById(victim.id)->priority, newPriority, 10000);
    }

    void killedProcessReplaysExactlyOnce()
    {
        // A real client process with unsent offline writes is killed with SIGKILL; a new one
        // on the same cache folder sends them after the server is back, each exactly once.
        QTemporaryDir dir;
        const QByteArray key = PhiCipher::generateKey();
        const QString subject = QStringLiteral("Killed client call %1 #").arg(QUuid::createUuid().toString(QUuid::Id128));
        const int before = serverTotal();
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--outbox-child"), dir.path(), m_server.baseUrl().toString(),
                     QString::fromLatin1(key.toHex()), subject});
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() != QProcess::Running, 30000);
        QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));
        m_server.stop();
        child.write("go\n");
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() != QProcess::Running, 20000);
        QCOMPARE(child.readLine().trimmed(), QByteArray("stored"));
        child.kill(); // SIGKILL: no destructor, no clean shutdown
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        QVERIFY(m_server.restart());
        QCOMPARE(serverTotal(), before);
        MemoryCredentialStore keychain;
        seedKey(keychain, key);
        Desk desk(dir.path(), m_server.baseUrl(), &keychain);
        QVERIFY(desk.signIn(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer")));
        QTRY_VERIFY_WITH_TIMEOUT(desk.outbox()->isLoaded() && desk.outbox()->pendingCount() == 0, 20000);
        QCOMPARE(serverTotal(), before + 2);
        QCOMPARE(countWithSubject(subject + QLatin1Char('1')), 1);
        QCOMPARE(countWithSubject(subject + QLatin1Char('2')), 1);
    }

    void replayAfterLostReplyIsNotDuplicated()
    {
        // The server applied the create but the client died before the answer: the stored
        // entry is replayed with the same Idempotency-Key and the server answers from its record.
        QTemporaryDir dir;
        MemoryCredentialStore keychain;
        const QString subject = QStringLiteral("Lost reply %1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        {
            Desk desk(dir.path(), m_server.baseUrl(), &keychain);
            QVERIFY(desk.signIn(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer")));
            QTRY_VERIFY(desk.outbox()->isLoaded());
            // Write the entry straight into the cache file, as a crash right after sending leaves it.
            OutboxEntry entry;
            entry.seq = 42;
            entry.kind = QStringLiteral("create_ticket");
            entry.method = "POST";
            entry.path = QStringLiteral("/tickets");
            entry.body = newTicket(subject);
            entry.idempotencyKey = key;
            entry.createdAt = QDateTime::currentDateTimeUtc();
            bool saved = false;
            desk.session->cache()->saveOutboxEntry(entry, [&saved](bool ok) { saved = ok; });
            QTRY_VERIFY(saved);
        }
        izdesk::test::HttpTestClient trainer(m_server.baseUrl());
        trainer.login(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer"));
        QCOMPARE(trainer.post(QStringLiteral("/api/v1/tickets"), newTicket(subject), {{"Idempotency-Key", key}}).status,
                 201);
        const int before = serverTotal();

        Desk desk(dir.path(), m_server.baseUrl(), &keychain);
        QSignalSpy sent(desk.outbox(), &Outbox::entrySent);
        QVERIFY(desk.signIn(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer")));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 10000);
        QCOMPARE(desk.outbox()->pendingCount(), 0);
        QCOMPARE(serverTotal(), before);
        QCOMPARE(countWithSubject(subject), 1);
    }

    void staleReplayBecomesConflict()
    {
        QTemporaryDir dir;
        MemoryCredentialStore keychain;
        Ticket victim;
        QString mine;
        QString theirs;
        {
            Desk desk(dir.path(), m_server.baseUrl(), &keychain);
            QVERIFY(desk.signIn(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer")));
            QTRY_VERIFY(desk.outbox()->isLoaded());
            victim = activeTicket(desk);
            QVERIFY(victim.id > 0);
            // Both edits must really change the ticket (see discardMineKeepsTheirs).
            mine = otherPriority({victim.priority});
            theirs = otherPriority({victim.priority, mine});
            m_server.stop();
            QSignalSpy stored(desk.outbox(), &Outbox::entryStored);
            desk.queue->updateTicket(victim.id, {{QStringLiteral("priority"), mine},
                                                 {QStringLiteral("status"), QStringLiteral("pending_internal")}});
            QTRY_COMPARE(stored.size(), 1);
            QTRY_VERIFY_WITH_TIMEOUT(!desk.session->isOnline(), 10000);
        }
        QVERIFY(m_server.restart());
        // Meanwhile someone else changes the same ticket.
        auto other = supervisor();
        QCOMPARE(other->request("PATCH", QStringLiteral("/api/v1/tickets/%1").arg(victim.id),
                               QJsonObject{{QStringLiteral("priority"), theirs}},
                               {{"If-Match", victim.etag()}})
                     .status,
                 200);

        {
            Desk desk(dir.path(), m_server.baseUrl(), &keychain);
            QSignalSpy conflictAdded(desk.outbox(), &Outbox::conflictAdded);
            QVERIFY(desk.signIn(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer")));
            QTRY_COMPARE_WITH_TIMEOUT(conflictAdded.size(), 1, 10000);
            const QList<OutboxConflict> conflicts = desk.outbox()->conflicts();
            QCOMPARE(conflicts.size(), 1);
            QCOMPARE(conflicts.first().entry.conflictStatus, 412);
            QCOMPARE(desk.outbox()->pendingCount(), 0);
            QHash<QString, FieldDiff> byField;
            for (const FieldDiff &d : conflicts.first().fields)
                byField.insert(d.field, d);
            QCOMPARE(byField.value(QStringLiteral("priority")).mine.toString(), mine);
            QCOMPARE(byField.value(QStringLiteral("priority")).theirs.toString(), theirs);
            QCOMPARE(byField.value(QStringLiteral("status")).mine.toString(), QStringLiteral("pending_internal"));
            // Nothing was overwritten.
            QCOMPARE(serverTicket(victim.id).value(QStringLiteral("priority")).toString(), theirs);
        }

        // The conflict is kept across a restart until the user resolves it.
        Desk desk(dir.path(), m_server.baseUrl(), &keychain);
        QVERIFY(desk.signIn(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer")));
        QTRY_VERIFY(desk.outbox()->isLoaded());
        QCOMPARE(desk.outbox()->conflicts().size(), 1);
        QSignalSpy sent(desk.outbox(), &Outbox::entrySent);
        desk.outbox()->resolveApplyMine(desk.outbox()->conflicts().first().entry.seq);
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 10000);
        QCOMPARE(desk.outbox()->conflicts().size(), 0);
        const QJsonObject now = serverTicket(victim.id);
        QCOMPARE(now.value(QStringLiteral("priority")).toString(), mine);
        QCOMPARE(now.value(QStringLiteral("status")).toString(), QStringLiteral("pending_internal"));
    }

    void discardMineKeepsTheirs()
    {
        // The other desk's edit must really change the ticket: a PATCH that sets a value the
        // ticket already has is a no-op on the server (version and ETag stay), so the offline
        // write would then rightly apply without a conflict. Earlier tests leave the first active
        // ticket "urgent", which is what made this test wait for a conflict that never came.
        QTemporaryDir dir;
        MemoryCredentialStore keychain;
        Desk desk(dir.path(), m_server.baseUrl(), &keychain);
        QVERIFY(desk.signIn(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer")));
        QTRY_VERIFY(desk.outbox()->isLoaded());
        const Ticket victim = activeTicket(desk);
        QVERIFY(victim.id > 0);
        const QString mine = otherPriority({victim.priority});
        const QString theirs = otherPriority({victim.priority, mine});
        // Signed in before the outage, so their edit right after the restart is one request.
        auto other = supervisor();
        m_server.stop();
        desk.queue->updateTicket(victim.id, {{QStringLiteral("priority"), mine}});
        QTRY_VERIFY_WITH_TIMEOUT(!desk.session->isOnline(), 10000);
        QVERIFY(m_server.restart());
        QCOMPARE(other->request("PATCH", QStringLiteral("/api/v1/tickets/%1").arg(victim.id),
                               QJsonObject{{QStringLiteral("priority"), theirs}}, {{"If-Match", victim.etag()}})
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(desk.outbox()->conflicts().size(), 1, 40000);
        QCOMPARE(desk.outbox()->conflicts().first().entry.conflictStatus, 412);
        desk.outbox()->resolveDiscardMine(desk.outbox()->conflicts().first().entry.seq);
        QCOMPARE(desk.outbox()->conflicts().size(), 0);
        QCOMPARE(desk.outbox()->pendingCount(), 0);
        QCOMPARE(serverTicket(victim.id).value(QStringLiteral("priority")).toString(), theirs);
        // Discarded for good: a restart does not bring it back.
        Desk again(dir.path(), m_server.baseUrl(), &keychain);
        QVERIFY(again.signIn(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer")));
        QTRY_VERIFY(again.outbox()->isLoaded());
        QCOMPARE(again.outbox()->conflicts().size(), 0);
        QCOMPARE(again.outbox()->pendingCount(), 0);
    }

    void withoutKeychainOutboxIsMemoryOnly()
    {
        QTemporaryDir dir;
        MemoryCredentialStore keychain;
        keychain.setAvailable(false);
        Desk desk(dir.path(), m_server.baseUrl(), &keychain);
        QSignalSpy durability(desk.outbox(), &Outbox::durabilityChanged);
        QVERIFY(desk.signIn(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer")));
        QVERIFY(!desk.outbox()->isDurable());
        QCOMPARE(durability.size(), 1);
        QCOMPARE(durability.first().at(0).toBool(), false);
        // Writes still work online.
        QSignalSpy saved(desk.queue.get(), &TicketQueueController::ticketSaved);
        desk.queue->createTicket(newTicket(QStringLiteral("Memory-only outbox")));
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        // A fresh desk with a keychain reports durable again.
        MemoryCredentialStore working;
        QTemporaryDir dir2;
        Desk durable(dir2.path(), m_server.baseUrl(), &working);
        QVERIFY(durable.signIn(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer")));
        QVERIFY(durable.outbox()->isDurable());
    }

private:
    izdesk::test::TestServer m_server{frequentSignIns()};
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--outbox-child")))
        return runChild(app.arguments());
    TestOutbox test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_outbox.moc"
