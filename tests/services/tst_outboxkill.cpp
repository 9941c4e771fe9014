// A real client process (the services' Outbox, TicketCache, ApiClient and controllers) keeps
// 40 offline writes — new tickets, timeline notes, a chain of edits of one ticket and single
// edits of others — and is SIGKILLed at seeded random points while it replays them against the
// real izdesk-server binary, 30 times; then one more run replays what is left. The server must
// hold every write exactly once and the notes in order, no write may have turned into a
// conflict, and the cache file must pass SQLite's integrity check after every kill and end up
// matching the server. IZDESK_KILL_SEED=N replays another sequence of kill points.
#include "deskfixture.h"
#include "serverprocess.h"

#include "apiclient.h"
#include "memorycredentialstore.h"
#include "phicipher.h"
#include "ticketcache.h"
#include "tickettimelinecontroller.h"

#include <httptestclient.h>

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace izdesk;
using izdesk::test::Desk;
using izdesk::test::HttpTestClient;

namespace {
constexpr int kKills = 30;
const QString kUser = QStringLiteral("trainer");
const QString kPassword = QStringLiteral("izdesk-trainer");

void say(const QByteArray &line)
{
    printf("%s\n", line.constData());
    fflush(stdout);
}

void seedKey(MemoryCredentialStore &keychain, const QByteArray &key)
{
    bool written = false;
    keychain.writeSecret(QStringLiteral("cache-key/training/") + kUser, key, [&](bool) { written = true; });
    if (!QTest::qWaitFor([&] { return written; }, 5000))
        qWarning("the cache key was not stored");
}

// The child: prime (sign in online once, so the desk can later sign in offline), queue (offline:
// make the writes of plan.json and wait until they are on disk) or replay (online; with "final"
// wait until the outbox is empty and the queue matches the server, then exit normally).
int runChild(const QStringList &args)
{
    const qsizetype at = args.indexOf(QStringLiteral("--kill-child"));
    const QString mode = args.value(at + 1);
    const QString dir = args.value(at + 2);
    const QUrl url(args.value(at + 3));
    MemoryCredentialStore keychain;
    seedKey(keychain, QByteArray::fromHex(args.value(at + 4).toLatin1()));
    Desk desk(dir, url, &keychain);
    TicketTimelineController timeline(desk.session.get());
    Outbox *outbox = desk.outbox();
    QObject::connect(outbox, &Outbox::entrySent,
                     [](const OutboxEntry &e) { say("sent " + QByteArray::number(e.seq)); });
    QObject::connect(outbox, &Outbox::conflictAdded, [] { say("conflict"); });
    bool offline = false;
    bool signedIn = false;
    QObject::connect(desk.session.get(), &SessionController::signedIn,
                     [&](const StaffUser &, const EnvironmentProfile &, bool off) {
                         signedIn = true;
                         offline = off;
                     });
    desk.session->signIn(QStringLiteral("training"), kUser, kPassword);
    if (!QTest::qWaitFor([&] { return signedIn && outbox->isLoaded(); }, 30000))
        return 2;
    if (mode == QLatin1String("prime"))
        return QTest::qWaitFor([&] { return desk.queue->lastRefresh().isValid(); }, 30000) ? 0 : 3;
    if (mode == QLatin1String("queue")) {
        if (!offline || !QTest::qWaitFor([&] { return desk.queue->model()->rowCount() > 0; }, 10000))
            return 3;
        QFile planFile(QDir(dir).filePath(QStringLiteral("plan.json")));
        if (!planFile.open(QIODevice::ReadOnly))
            return 3;
        const QJsonArray plan = QJsonDocument::fromJson(planFile.readAll()).array();
        int stored = 0;
        QObject::connect(outbox, &Outbox::entryStored, [&stored] { ++stored; });
        for (const QJsonValue &v : plan) {
            const QJsonObject w = v.toObject();
            const QString op = w.value(QStringLiteral("op")).toString();
            const qint64 ticket = w.value(QStringLiteral("ticket")).toInteger();
            if (op == QLatin1String("create"))
                desk.queue->createTicket(w.value(QStringLiteral("body")).toObject());
            else if (op == QLatin1String("note"))
                timeline.addNote(ticket, w.value(QStringLiteral("body")).toString());
            else
                desk.queue->updateTicket(ticket, w.value(QStringLiteral("fields")).toObject());
        }
        if (!QTest::qWaitFor([&] { return stored == plan.size(); }, 20000) || outbox->pendingCount() != plan.size())
            return 3;
        say("stored");
        return 0;
    }
    say("replaying " + QByteArray::number(outbox->pendingCount()));
    if (mode != QLatin1String("final")) {
        QTest::qWait(60000); // killed long before
        return 4;
    }
    if (!QTest::qWaitFor([&] { return outbox->pendingCount() == 0; }, 60000))
        return 5;
    // The queue (and with it the cache) has caught up when every ticket has the server's version.
    bool synced = false;
    for (int attempt = 0; attempt < 50 && !synced; ++attempt) {
        bool answered = false;
        desk.session->api()->allTickets({}, [&](const QList<Ticket> &tickets, const ApiReply &last) {
            answered = true;
            synced = last.ok() && !tickets.isEmpty();
            for (const Ticket &t : tickets) {
                const auto mine = desk.queue->model()->ticketById(t.id);
                synced = synced && mine && mine->version == t.version;
            }
        });
        if (!QTest::qWaitFor([&] { return answered; }, 20000))
            break;
        if (!synced)
            QTest::qWait(200);
    }
    say(QStringLiteral("result pending=%1 conflicts=%2 synced=%3")
            .arg(outbox->pendingCount())
            .arg(outbox->conflicts().size())
            .arg(synced ? 1 : 0)
            .toUtf8());
    return 0;
}

// Reads a child's stdout line by line, blocking (the server is another process).
struct ChildLines
{
    QProcess *process;
    QList<QByteArray> lines;
    QByteArray buffer;

    bool waitFor(const std::function<bool()> &done, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done()) {
            if (process->state() == QProcess::NotRunning || timer.elapsed() > timeoutMs)
                return done();
            process->waitForReadyRead(50);
            buffer += process->readAllStandardOutput();
            qsizetype nl;
            while ((nl = buffer.indexOf('\n')) >= 0) {
                lines.append(buffer.left(nl));
                buffer.remove(0, nl + 1);
            }
        }
        return true;
    }
    int count(const QByteArray &prefix) const
    {
        return int(
            std::count_if(lines.begin(), lines.end(), [&](const QByteArray &l) { return l.startsWith(prefix); }));
    }
    QByteArray first(const QByteArray &prefix) const
    {
        for (const QByteArray &l : lines) {
            if (l.startsWith(prefix))
                return l;
        }
        return {};
    }
};

} // namespace

class TestOutboxKill : public QObject
{
    Q_OBJECT

    void startChild(QProcess &child, const QString &mode, int run)
    {
        child.setStandardErrorFile(m_dir.filePath(QStringLiteral("client-%1.log").arg(run)));
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--kill-child"), mode, m_dir.path(), m_serverUrl.toString(),
                     QString::fromLatin1(m_key.toHex())});
    }

    int runToEnd(const QString &mode, int run, QByteArray *lastLine = nullptr)
    {
        QProcess child;
        startChild(child, mode, run);
        ChildLines out{&child, {}, {}};
        out.waitFor([] { return false; }, 90000);
        if (lastLine)
            *lastLine = out.first("result");
        return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    }

    // Where the child's desk keeps its cache (the data directory's cache folder).
    QString cacheDir() const { return m_dir.filePath(QStringLiteral("cache")); }

    bool cacheIntact()
    {
        const QString file = QDir(cacheDir()).filePath(QStringLiteral("training.sqlite"));
        if (!QFile::exists(file))
            return false;
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(file);
            QSqlQuery q(db);
            ok = db.open() && q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()
                 && q.value(0).toString() == QLatin1String("ok");
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return ok;
    }

    QList<QJsonObject> serverTickets(HttpTestClient &client)
    {
        QList<QJsonObject> all;
        QString cursor;
        do {
            const auto page = client
                                  .get(QStringLiteral("/api/v1/tickets?limit=500")
                                       + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor))
                                  .object();
            for (const QJsonValue &v : page.value(QStringLiteral("items")).toArray())
                all.append(v.toObject());
            cursor = page.value(QStringLiteral("next_cursor")).toString();
        } while (!cursor.isEmpty());
        return all;
    }

    void touchCreated(HttpTestClient &client, const QString &tag)
    {
        const auto page = client.get(QStringLiteral("/api/v1/tickets?limit=50&q=") + tag).object();
        for (const QJsonValue &v : page.value(QStringLiteral("items")).toArray()) {
            const auto t = Ticket::fromJson(v.toObject());
            if (!t || !t->subject.startsWith(tag + QStringLiteral(" new ticket")))
                continue;
            const QString priority
                = t->priority == QLatin1String("low") ? QStringLiteral("high") : QStringLiteral("low");
            client.request("PATCH", QStringLiteral("/api/v1/tickets/%1").arg(t->id),
                           QJsonObject{{QStringLiteral("priority"), priority}}, {{"If-Match", t->etag()}});
        }
    }

private Q_SLOTS:
    void killedDuringReplayConvergesExactlyOnce()
    {
        m_server = std::make_unique<izdesk::test::ServerProcess>(QStringLiteral(IZDESK_SERVER_PATH));
        QVERIFY2(m_server->isValid(), "izdesk-server is not built");
        QVERIFY(m_dir.isValid());
        m_key = PhiCipher::generateKey();
        // Every restart comes back on the same address, over the same SQLite file.
        m_server->setListenPort(izdesk::test::ServerProcess::freeLoopbackPort());
        // The same desk signs in again after every kill, far more often than a person would.
        QFile limits(m_dir.filePath(QStringLiteral("rate-limits.json")));
        QVERIFY(limits.open(QIODevice::WriteOnly));
        limits.write(R"({"sign_in_per_username": {"max_requests": 1000, "window_seconds": 300}})");
        limits.close();
        m_serverArguments = {QStringLiteral("--database"),
                             QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite")),
                             QStringLiteral("--environment"),
                             QStringLiteral("training"),
                             QStringLiteral("--seed"),
                             QStringLiteral("demo"),
                             QStringLiteral("--rate-limits"),
                             limits.fileName()};
        QString error;
        m_serverUrl = m_server->start(QStringLiteral("server-1"), m_serverArguments, &error);
        QVERIFY2(m_serverUrl.isValid(), qPrintable(error));
        QCOMPARE(runToEnd(QStringLiteral("prime"), 0), 0);

        // The plan: interleaved creates, notes on one ticket, edits of one ticket's subject in a
        // chain (all made offline on the same version), and one edit each of other tickets.
        HttpTestClient trainer(m_serverUrl);
        QCOMPARE(trainer.login(kUser, kPassword).status, 201);
        QList<QJsonObject> active;
        for (const QJsonObject &t : serverTickets(trainer)) {
            const QString status = t.value(QStringLiteral("status")).toString();
            if (status == QLatin1String("new") || status == QLatin1String("open"))
                active.append(t);
        }
        QVERIFY(active.size() >= 12);
        const QString tag
            = QStringLiteral("kill-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        const qint64 noteTicket = active.at(0).value(QStringLiteral("id")).toInteger();
        const QJsonObject subjectTicket = active.at(1);
        QJsonArray plan;
        QStringList creates;
        QStringList notes;
        QStringList subjects;
        QHash<qint64, QString> priorities;
        QHash<qint64, int> versions;
        for (int i = 0; i < 10; ++i) {
            creates << QStringLiteral("%1 new ticket %2").arg(tag).arg(i);
            plan.append(QJsonObject{
                {QStringLiteral("op"), QStringLiteral("create")},
                {QStringLiteral("body"), QJsonObject{{QStringLiteral("subject"), creates.last()},
                                                     {QStringLiteral("category"), QStringLiteral("other")},
                                                     {QStringLiteral("channel"), QStringLiteral("phone")}}}});
            notes << QStringLiteral("%1 note %2").arg(tag).arg(i);
            plan.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("note")},
                                    {QStringLiteral("ticket"), noteTicket},
                                    {QStringLiteral("body"), notes.last()}});
            subjects << QStringLiteral("%1 subject step %2").arg(tag).arg(i);
            plan.append(
                QJsonObject{{QStringLiteral("op"), QStringLiteral("patch")},
                            {QStringLiteral("ticket"), subjectTicket.value(QStringLiteral("id"))},
                            {QStringLiteral("fields"), QJsonObject{{QStringLiteral("subject"), subjects.last()}}}});
            const QJsonObject other = active.at(2 + i);
            const qint64 id = other.value(QStringLiteral("id")).toInteger();
            priorities[id] = other.value(QStringLiteral("priority")).toString() == QLatin1String("low")
                                 ? QStringLiteral("high")
                                 : QStringLiteral("low");
            versions[id] = other.value(QStringLiteral("version")).toInt();
            plan.append(
                QJsonObject{{QStringLiteral("op"), QStringLiteral("patch")},
                            {QStringLiteral("ticket"), id},
                            {QStringLiteral("fields"), QJsonObject{{QStringLiteral("priority"), priorities[id]}}}});
        }
        QFile planFile(m_dir.filePath(QStringLiteral("plan.json")));
        QVERIFY(planFile.open(QIODevice::WriteOnly));
        planFile.write(QJsonDocument(plan).toJson());
        planFile.close();

        m_server->stop();
        QCOMPARE(runToEnd(QStringLiteral("queue"), 1), 0);
        QVERIFY(cacheIntact());
        QCOMPARE(m_server->start(QStringLiteral("server-2"), m_serverArguments, &error), m_serverUrl);

        // A colleague changes each replayed new ticket between runs, so an answer replayed for a
        // repeated Idempotency-Key is older than what the change feed brings.
        HttpTestClient supervisor(m_serverUrl);
        QCOMPARE(supervisor.login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")).status, 201);
        const quint32 seed = qEnvironmentVariableIsSet("IZDESK_KILL_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("IZDESK_KILL_SEED"))
                                 : 20240611u;
        qInfo("kill seed %u", seed);
        QRandomGenerator rng(seed);
        int killsDuringReplay = 0;
        for (int run = 0; run < kKills; ++run) {
            QProcess child;
            startChild(child, QStringLiteral("replay"), 2 + run);
            ChildLines out{&child, {}, {}};
            QVERIFY2(out.waitFor([&] { return out.count("replaying") > 0; }, 30000),
                     qPrintable(QStringLiteral("run %1 did not start replaying").arg(run)));
            if (out.first("replaying") == "replaying 0") {
                child.kill();
                child.waitForFinished();
                break;
            }
            // After 0 to 2 answers, 0 to 8 ms on: before, during or after a request, a commit.
            const int answers = int(rng.bounded(3));
            const int delayUs = int(rng.bounded(8000));
            out.waitFor([&] { return out.count("sent") >= answers; }, 10000);
            QThread::usleep(delayUs);
            child.kill();
            QVERIFY(child.waitForFinished(5000));
            ++killsDuringReplay;
            QVERIFY2(out.count("conflict") == 0,
                     qPrintable(QStringLiteral("run %1 turned a write into a conflict").arg(run)));
            QVERIFY2(cacheIntact(), qPrintable(QStringLiteral("cache file damaged after kill %1").arg(run)));
            touchCreated(supervisor, tag);
        }
        QVERIFY2(killsDuringReplay >= kKills * 2 / 3, qPrintable(QString::number(killsDuringReplay)));

        QByteArray result;
        QCOMPARE(runToEnd(QStringLiteral("final"), 99, &result), 0);
        QCOMPARE(result, QByteArray("result pending=0 conflicts=0 synced=1"));
        QVERIFY(cacheIntact());

        // On the server: every write exactly once, the notes in the order they were made.
        const QList<QJsonObject> tickets = serverTickets(trainer);
        for (const QString &subject : std::as_const(creates)) {
            const auto n = std::count_if(tickets.begin(), tickets.end(), [&](const QJsonObject &t) {
                return t.value(QStringLiteral("subject")).toString() == subject;
            });
            QVERIFY2(n == 1, qPrintable(QStringLiteral("%1: %2 tickets").arg(subject).arg(n)));
        }
        QStringList timeline;
        const auto entries
            = trainer.get(QStringLiteral("/api/v1/tickets/%1/entries?limit=200").arg(noteTicket)).object();
        for (const QJsonValue &v : entries.value(QStringLiteral("items")).toArray()) {
            const QString body = v.toObject().value(QStringLiteral("body")).toString();
            if (body.startsWith(tag))
                timeline << body;
        }
        QCOMPARE(timeline, notes);
        QHash<qint64, QJsonObject> byId;
        for (const QJsonObject &t : tickets)
            byId.insert(t.value(QStringLiteral("id")).toInteger(), t);
        const QJsonObject edited = byId.value(subjectTicket.value(QStringLiteral("id")).toInteger());
        QCOMPARE(edited.value(QStringLiteral("subject")).toString(), subjects.last());
        QCOMPARE(edited.value(QStringLiteral("version")).toInt(),
                 subjectTicket.value(QStringLiteral("version")).toInt() + int(subjects.size()));
        for (auto it = priorities.cbegin(); it != priorities.cend(); ++it) {
            QCOMPARE(byId.value(it.key()).value(QStringLiteral("priority")).toString(), it.value());
            QCOMPARE(byId.value(it.key()).value(QStringLiteral("version")).toInt(), versions.value(it.key()) + 1);
        }

        // The cache file: no write left, and the same tickets at the same versions as the server.
        MemoryCredentialStore keychain;
        seedKey(keychain, m_key);
        TicketCache cache(cacheDir(), &keychain);
        bool opened = false;
        cache.open(QStringLiteral("training"), kUser, [&](bool ok) { opened = ok; });
        QTRY_VERIFY(opened);
        std::optional<QList<OutboxEntry>> left;
        cache.loadOutbox([&](const QList<OutboxEntry> &stored) { left = stored; });
        QTRY_VERIFY(left.has_value());
        QCOMPARE(left->size(), 0);
        std::optional<QList<Ticket>> cached;
        cache.loadQueue([&](const QList<Ticket> &rows, bool) { cached = rows; });
        QTRY_VERIFY(cached.has_value());
        QCOMPARE(cached->size(), tickets.size());
        for (const Ticket &t : std::as_const(*cached)) {
            const QJsonObject server = byId.value(t.id);
            QCOMPARE(t.version, server.value(QStringLiteral("version")).toInt());
            QCOMPARE(t.subject, server.value(QStringLiteral("subject")).toString());
            QCOMPARE(t.priority, server.value(QStringLiteral("priority")).toString());
        }
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_key;
    std::unique_ptr<izdesk::test::ServerProcess> m_server;
    QStringList m_serverArguments;
    QUrl m_serverUrl;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--kill-child")))
        return runChild(app.arguments());
    TestOutboxKill test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_outboxkill.moc"
