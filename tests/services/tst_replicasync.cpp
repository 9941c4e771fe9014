// Live sync between two desks on one in-process server through the change feed: a change on
// desk A shows on desk B in under a second, row-wise (no model reset); the replica keeps the
// cursor so a restart catches up from it; presence reaches the other desk; user requests are
// not queued behind the outstanding long poll. Skipped when the server has no /changes route.
#include "deskfixture.h"

#include "apiclient.h"
#include "memorycredentialstore.h"
#include "ticketcache.h"

#include <httptestclient.h>
#include <testserver.h>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace izdesk;
using izdesk::test::Desk;

class TestReplicaSync : public QObject
{
    Q_OBJECT

private:
    bool hasFeed()
    {
        izdesk::test::HttpTestClient client(m_server.baseUrl());
        client.login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor"));
        return client.get(QStringLiteral("/api/v1/changes?since=0&limit=1")).status == 200;
    }

    static Ticket activeTicket(const Desk &desk)
    {
        for (const Ticket &t : desk.queue->model()->tickets()) {
            if (t.status == QLatin1String("open") || t.status == QLatin1String("new"))
                return t;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        if (!hasFeed())
            QSKIP("the server has no change feed yet");
    }

    void changeOnOneDeskAppearsOnTheOther()
    {
        QTemporaryDir dirA;
        QTemporaryDir dirB;
        MemoryCredentialStore keychainA;
        MemoryCredentialStore keychainB;
        Desk a(dirA.path(), m_server.baseUrl(), &keychainA);
        Desk b(dirB.path(), m_server.baseUrl(), &keychainB);
        QVERIFY(a.signIn(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer")));
        QVERIFY(b.signIn(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")));
        QTRY_VERIFY(a.queue->isLive());
        QTRY_VERIFY(b.queue->isLive());
        QAbstractItemModelTester tester(b.queue->model());
        QSignalSpy resetB(b.queue->model(), &QAbstractItemModel::modelReset);
        QCOMPARE(b.queue->model()->rowCount(), a.queue->model()->rowCount());
        QTest::qWait(300); // both long polls are now outstanding

        // An update on A.
        const Ticket t = activeTicket(a);
        QVERIFY(t.id > 0);
        const QString priority = t.priority == QLatin1String("urgent") ? QStringLiteral("low") : QStringLiteral("urgent");
        QElapsedTimer clock;
        clock.start();
        a.queue->updateTicket(t.id, {{QStringLiteral("priority"), priority}});
        QTRY_COMPARE_WITH_TIMEOUT(b.queue->model()->ticketById(t.id)->priority, priority, 1000);
        qInfo("update visible on the other desk after %lld ms", qlonglong(clock.elapsed()));

        // A new ticket from A is a new row on B.
        const int rows = b.queue->model()->rowCount();
        clock.restart();
        a.queue->createTicket({{QStringLiteral("subject"), QStringLiteral("Live sync check")},
                               {QStringLiteral("category"), QStringLiteral("other")},
                               {QStringLiteral("channel"), QStringLiteral("phone")}});
        QTRY_COMPARE_WITH_TIMEOUT(b.queue->model()->rowCount(), rows + 1, 1000);
        qInfo("new ticket visible on the other desk after %lld ms", qlonglong(clock.elapsed()));
        QCOMPARE(resetB.size(), 0);

        // A user request while the long poll is outstanding is not queued behind it.
        clock.restart();
        bool answered = false;
        b.session->api()->ticket(t.id, [&answered](const ApiReply &r) { answered = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 2000);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));

        // The replica has the cursor and the rows.
        QString cursor;
        bool gotCursor = false;
        b.session->cache()->loadFeedCursor([&](const QString &c) {
            cursor = c;
            gotCursor = true;
        });
        QTRY_VERIFY(gotCursor);
        QVERIFY(!cursor.isEmpty());
    }

    void restartCatchesUpFromTheStoredCursor()
    {
        QTemporaryDir dir;
        MemoryCredentialStore keychain;
        Ticket t;
        {
            Desk b(dir.path(), m_server.baseUrl(), &keychain);
            QVERIFY(b.signIn(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")));
            QTRY_VERIFY(b.queue->isLive());
            t = activeTicket(b);
            QTest::qWait(300);
        }
        izdesk::test::HttpTestClient other(m_server.baseUrl());
        other.login(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer"));
        const auto current = other.get(QStringLiteral("/api/v1/tickets/%1").arg(t.id)).object();
        const QString status = QStringLiteral("pending_internal");
        QCOMPARE(other.request("PATCH", QStringLiteral("/api/v1/tickets/%1").arg(t.id),
                               QJsonObject{{QStringLiteral("status"), status}},
                               {{"If-Match", Ticket::fromJson(current)->etag()}})
                     .status,
                 200);
        Desk b(dir.path(), m_server.baseUrl(), &keychain);
        QVERIFY(b.signIn(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")));
        QCOMPARE(b.queue->model()->ticketById(t.id)->status, status);
    }

    void presenceReachesTheOtherDesk()
    {
        QTemporaryDir dirA;
        QTemporaryDir dirB;
        MemoryCredentialStore keychainA;
        MemoryCredentialStore keychainB;
        Desk a(dirA.path(), m_server.baseUrl(), &keychainA);
        Desk b(dirB.path(), m_server.baseUrl(), &keychainB);
        QVERIFY(a.signIn(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer")));
        QVERIFY(b.signIn(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")));
        QTRY_VERIFY(b.queue->isLive());
        QTest::qWait(300);
        const Ticket t = activeTicket(a);
        QSignalSpy changed(b.presence.get(), &PresenceController::presenceChanged);
        a.presence->openTicket(t.id, PresenceController::Mode::Editing);
        QTRY_VERIFY_WITH_TIMEOUT(!b.presence->others(t.id).isEmpty(), 1000);
        QCOMPARE(b.presence->others(t.id).first().username, QStringLiteral("trainer"));
        QCOMPARE(b.presence->others(t.id).first().mode, QStringLiteral("editing"));
        a.presence->closeTicket();
        QTRY_VERIFY_WITH_TIMEOUT(b.presence->others(t.id).isEmpty(), 1000);
        QVERIFY(changed.size() >= 2);
    }

private:
    izdesk::test::TestServer m_server;
};

QTEST_GUILESS_MAIN(TestReplicaSync)
#include "tst_replicasync.moc"
