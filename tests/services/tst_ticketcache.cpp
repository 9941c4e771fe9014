// TicketCache: PHI encrypted at rest, nothing written without a keychain, purge on sign-out.
// Inspects the real SQLite file with a separate raw connection.
#include "memorycredentialstore.h"
#include "staffuser.h"
#include "ticketcache.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace izdesk;

namespace {

const QString kSubject = QStringLiteral("Duplicate record for Zebediah Quackenbush DOB 2019-04-02");

QList<Ticket> sampleTickets()
{
    QList<Ticket> list;
    for (int i = 1; i <= 3; ++i) {
        Ticket t;
        t.id = i;
        t.subject = kSubject + QString::number(i);
        t.description = QStringLiteral("Mother Philippa Quackenbush called");
        t.status = QStringLiteral("open");
        t.priority = QStringLiteral("high");
        t.category = QStringLiteral("duplicate_record");
        t.channel = QStringLiteral("phone");
        t.requesterName = QStringLiteral("Philippa Quackenbush");
        t.requesterContact = QStringLiteral("555-0199");
        t.assignee = QStringLiteral("trainer");
        t.createdBy = QStringLiteral("trainer");
        t.createdAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        t.updatedAt = QDateTime::currentDateTimeUtc().addSecs(-i);
        t.version = i;
        list.append(t);
    }
    return list;
}

// Everything SQLite can see, as text, plus the raw bytes of the database and WAL files.
QByteArray everythingOnDisk(const QString &path)
{
    QByteArray all;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT * FROM tickets"));
            while (q.next()) {
                for (int c = 0; c < q.record().count(); ++c)
                    all += q.value(c).toByteArray() + '|';
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

bool waitFor(const std::function<void(TicketCache::DoneHandler)> &call)
{
    bool done = false, result = false;
    call([&](bool ok) {
        result = ok;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return false;
    return result;
}

} // namespace

class TestTicketCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phiIsEncryptedAtRest()
    {
        QTemporaryDir dir;
        MemoryCredentialStore keychain;
        TicketCache cache(dir.path(), &keychain);
        QVERIFY(waitFor([&](auto done) { cache.open(QStringLiteral("training"), QStringLiteral("trainer"), done); }));
        QVERIFY(cache.isPhiAvailable());
        QVERIFY(keychain.contains(QStringLiteral("cache-key/training/trainer")));
        const QList<Ticket> expected = sampleTickets();
        QVERIFY(waitFor([&](auto done) { cache.saveQueue(expected, done); }));

        const QByteArray disk = everythingOnDisk(cache.databasePath(QStringLiteral("training")));
        QVERIFY(disk.contains("duplicate_record")); // clear columns are there
        QVERIFY(!disk.contains("Quackenbush"));
        QVERIFY(!disk.contains("555-0199"));

        QList<Ticket> loaded;
        bool missing = true, done = false;
        cache.loadQueue([&](const QList<Ticket> &t, bool phiMissing) {
            loaded = t;
            missing = phiMissing;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(!missing);
        QCOMPARE(loaded.size(), 3);
        std::sort(loaded.begin(), loaded.end(), [](const Ticket &a, const Ticket &b) { return a.id < b.id; });
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(loaded.at(i), expected.at(i));
        }
    }

    void noKeychainMeansNoPhiOnDisk()
    {
        QTemporaryDir dir;
        MemoryCredentialStore keychain;
        keychain.setAvailable(false);
        TicketCache cache(dir.path(), &keychain);
        QVERIFY(waitFor([&](auto done) { cache.open(QStringLiteral("uat"), QStringLiteral("trainer"), done); }));
        QVERIFY(!cache.isPhiAvailable());
        QVERIFY(waitFor([&](auto done) { cache.saveQueue(sampleTickets(), done); }));
        const QByteArray disk = everythingOnDisk(cache.databasePath(QStringLiteral("uat")));
        QVERIFY(disk.contains("duplicate_record"));
        QVERIFY(!disk.contains("Quackenbush"));

        QList<Ticket> loaded;
        bool missing = false, done = false;
        cache.loadQueue([&](const QList<Ticket> &t, bool phiMissing) {
            loaded = t;
            missing = phiMissing;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(missing);
        QCOMPARE(loaded.size(), 3);
        QVERIFY(loaded.first().subject.isEmpty());
        QCOMPARE(loaded.first().status, QStringLiteral("open"));
    }

    void purgeRemovesPhiAndKey()
    {
        QTemporaryDir dir;
        MemoryCredentialStore keychain;
        TicketCache cache(dir.path(), &keychain);
        QVERIFY(waitFor([&](auto done) { cache.open(QStringLiteral("training"), QStringLiteral("trainer"), done); }));
        QVERIFY(waitFor([&](auto done) { cache.saveQueue(sampleTickets(), done); }));
        QVERIFY(waitFor([&](auto done) { cache.purgePhi(done); }));
        QTRY_VERIFY(!keychain.contains(QStringLiteral("cache-key/training/trainer")));

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("purge"));
        db.setDatabaseName(cache.databasePath(QStringLiteral("training")));
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(phi) FROM tickets")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 3); // rows stay for indexing
            QCOMPARE(q.value(1).toInt(), 0); // no PHI blob left
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("purge"));

        // Signing in again gets a new key; the cached rows come back without details.
        QVERIFY(waitFor([&](auto done) { cache.open(QStringLiteral("training"), QStringLiteral("trainer"), done); }));
        bool missing = false, done = false;
        cache.loadQueue([&](const QList<Ticket> &, bool phiMissing) {
            missing = phiMissing;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(missing);
    }

    void replicaKeepsEveryFieldCursorAndSealedOutbox()
    {
        QTemporaryDir dir;
        MemoryCredentialStore keychain;
        TicketCache cache(dir.path(), &keychain);
        QVERIFY(waitFor([&](auto done) { cache.open(QStringLiteral("training"), QStringLiteral("trainer"), done); }));
        QList<Ticket> tickets = sampleTickets();
        Ticket &t = tickets.first();
        t.facilityId = 12;
        t.firstResponseAt = QDateTime::currentDateTimeUtc().addSecs(-1800);
        t.mergedInto = 77;
        t.sla.resolutionDue = QDateTime::currentDateTimeUtc().addSecs(5400);
        t.sla.firstResponseBreached = true;
        t.sla.remainingSeconds = 5400;
        t.links.append({QStringLiteral("patient"), QStringLiteral("42"), QStringLiteral("Zebediah Quackenbush")});
        // Timestamps round to milliseconds on disk.
        for (Ticket &x : tickets) {
            x.createdAt = fromIsoUtc(toIsoUtc(x.createdAt));
            x.updatedAt = fromIsoUtc(toIsoUtc(x.updatedAt));
        }
        t.firstResponseAt = fromIsoUtc(toIsoUtc(t.firstResponseAt));
        t.sla.resolutionDue = fromIsoUtc(toIsoUtc(t.sla.resolutionDue));
        QVERIFY(waitFor([&](auto done) { cache.applyChanges(tickets, QStringLiteral("seq-99"), done); }));

        OutboxEntry entry;
        entry.seq = 7;
        entry.kind = QStringLiteral("add_entry");
        entry.method = "POST";
        entry.path = QStringLiteral("/tickets/1/entries");
        entry.body = {{QStringLiteral("kind"), QStringLiteral("call")},
                      {QStringLiteral("body"), QStringLiteral("Called back Philippa Quackenbush")}};
        entry.idempotencyKey = "key-7";
        entry.ticketId = 1;
        QVERIFY(waitFor([&](auto done) { cache.saveOutboxEntry(entry, done); }));

        // Link labels and outbox bodies name people: never in clear on disk.
        const QByteArray disk = everythingOnDisk(cache.databasePath(QStringLiteral("training")));
        QVERIFY(!disk.contains("Zebediah"));
        QVERIFY(!disk.contains("Philippa"));

        QString cursor;
        bool gotCursor = false;
        cache.loadFeedCursor([&](const QString &c) {
            cursor = c;
            gotCursor = true;
        });
        QTRY_VERIFY(gotCursor);
        QCOMPARE(cursor, QStringLiteral("seq-99"));

        QList<Ticket> loaded;
        bool done = false;
        cache.loadQueue([&](const QList<Ticket> &l, bool phiMissing) {
            QVERIFY(!phiMissing);
            loaded = l;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(loaded.size(), tickets.size());
        std::sort(loaded.begin(), loaded.end(), [](const Ticket &a, const Ticket &b) { return a.id < b.id; });
        for (int i = 0; i < tickets.size(); ++i)
            QCOMPARE(loaded.at(i), tickets.at(i));

        QList<OutboxEntry> outbox;
        bool gotOutbox = false;
        cache.loadOutbox([&](const QList<OutboxEntry> &l) {
            outbox = l;
            gotOutbox = true;
        });
        QTRY_VERIFY(gotOutbox);
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().body, entry.body);
        QCOMPARE(outbox.first().idempotencyKey, entry.idempotencyKey);

        // Sign-out purges the outbox and the cursor with the PHI.
        QVERIFY(waitFor([&](auto d) { cache.purgePhi(d); }));
        QVERIFY(waitFor([&](auto d) { cache.open(QStringLiteral("training"), QStringLiteral("trainer"), d); }));
        gotOutbox = false;
        cache.loadOutbox([&](const QList<OutboxEntry> &l) {
            outbox = l;
            gotOutbox = true;
        });
        QTRY_VERIFY(gotOutbox);
        QVERIFY(outbox.isEmpty());
    }

    void offlineVerifier()
    {
        QTemporaryDir dir;
        MemoryCredentialStore keychain;
        TicketCache cache(dir.path(), &keychain);
        QVERIFY(waitFor([&](auto done) { cache.open(QStringLiteral("training"), QStringLiteral("trainer"), done); }));
        const StaffUser me{1, QStringLiteral("trainer"), QStringLiteral("Tina Trainer"), QStringLiteral("trainer")};
        QVERIFY(waitFor([&](auto done) { cache.storeVerifier(me, QStringLiteral("izdesk-trainer"), done); }));
        for (const auto &[password, ok] :
             {std::pair{QStringLiteral("izdesk-trainer"), true}, std::pair{QStringLiteral("wrong"), false}}) {
            std::optional<StaffUser> user;
            bool done = false;
            cache.verifyPassword(password, [&](const std::optional<StaffUser> &u) {
                user = u;
                done = true;
            });
            QTRY_VERIFY(done);
            QCOMPARE(user.has_value(), ok);
            if (ok)
                QCOMPARE(*user, me);
        }
        QVERIFY(!everythingOnDisk(cache.databasePath(QStringLiteral("training"))).contains("izdesk-trainer"));
    }
};

QTEST_GUILESS_MAIN(TestTicketCache)
#include "tst_ticketcache.moc"
