// The desk's clock three hours behind or ahead of the server's (the server runs on a shifted
// clock; the client keeps the real one): the client learns the offset from the Date header,
// the queue's SLA countdown counts on the server's time, a call logged on the desk is stored
// at the server's time with its real duration, the session is not taken for expired, and a
// stale edit is refused by version, not decided by whose clock says later.
#include "deskfixture.h"

#include "apiclient.h"
#include "memorycredentialstore.h"
#include "tickettimelinecontroller.h"

#include <httptestclient.h>
#include <slastatus.h>
#include <testserver.h>

#include <QTemporaryDir>

using namespace izdesk;
using izdesk::test::Desk;

class TestClockSkew : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deskCountsOnServerTime_data()
    {
        QTest::addColumn<int>("skewSeconds"); // server clock minus the desk's
        QTest::newRow("desk 3 h behind") << 3 * 3600;
        QTest::newRow("desk 3 h ahead") << -3 * 3600;
    }

    void deskCountsOnServerTime()
    {
        QFETCH(int, skewSeconds);
        izdesk::test::TestServer::Options options;
        options.clock = [skewSeconds] { return QDateTime::currentDateTimeUtc().addSecs(skewSeconds); };
        izdesk::test::TestServer server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));

        // The server says what time it is on every answer.
        izdesk::test::HttpTestClient probe(server.baseUrl());
        const auto meta = probe.get(QStringLiteral("/api/v1/meta"));
        const QDateTime date = fromHttpDate(meta.header("Date"));
        QVERIFY2(date.isValid(), meta.header("Date").constData());
        QVERIFY(std::abs(QDateTime::currentDateTimeUtc().addSecs(skewSeconds).secsTo(date)) <= 2);

        QTemporaryDir dir;
        MemoryCredentialStore keychain;
        Desk desk(dir.path(), server.baseUrl(), &keychain);
        QVERIFY(desk.signIn(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer")));
        const ServerClock &clock = desk.session->api()->serverClock();
        QVERIFY2(std::abs(clock.offsetMs() - skewSeconds * 1000LL) <= 2000, qPrintable(QString::number(clock.offsetMs())));

        // SLA: the Due column counts down to the server's due time on the server's clock.
        TicketListModel *model = desk.queue->model();
        QVERIFY(std::abs(model->currentTime().secsTo(QDateTime::currentDateTimeUtc().addSecs(skewSeconds))) <= 3);
        int checked = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Ticket t = model->tickets().at(row);
            if (!t.sla.nextDue().isValid() || t.sla.paused)
                continue;
            const SlaStatus truth = SlaStatus::of(t, QDateTime::currentDateTimeUtc().addSecs(skewSeconds));
            const SlaStatus shown = SlaStatus::of(t, model->currentTime());
            QVERIFY2(std::abs(shown.secondsToBreach - truth.secondsToBreach) <= 3,
                     qPrintable(QStringLiteral("T-%1: %2 s left shown, %3 s true")
                                    .arg(t.id)
                                    .arg(shown.secondsToBreach)
                                    .arg(truth.secondsToBreach)));
            if (shown.text == truth.text) // the same minute, unless a minute turned in between
                QCOMPARE(model->index(row, TicketListModel::DueColumn).data().toString(), truth.text);
            ++checked;
        }
        QVERIFY(checked > 0);

        // A call logged on the desk: stored at the server's time, five minutes long.
        Ticket target;
        for (const Ticket &t : model->tickets()) {
            if (t.status == QLatin1String("open") || t.status == QLatin1String("new"))
                target = t;
        }
        QVERIFY(target.id > 0);
        TicketTimelineController timeline(desk.session.get());
        QSignalSpy added(&timeline, &TicketTimelineController::entryAdded);
        const QDateTime ended = QDateTime::currentDateTimeUtc();
        timeline.addCall(target.id, QStringLiteral("Skewed desk call"), QStringLiteral("inbound"),
                         QStringLiteral("555-0100"), ended.addSecs(-300), ended);
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 10000);
        const auto entry = added.first().at(0).value<TimelineEntry>();
        QVERIFY2(std::abs(entry.endedAt.secsTo(entry.createdAt)) <= 3,
                 qPrintable(toIsoUtc(entry.endedAt) + QLatin1Char(' ') + toIsoUtc(entry.createdAt)));
        QCOMPARE(entry.startedAt.secsTo(entry.endedAt), 300);
        QCOMPARE(entry.durationSeconds.value_or(-1), 300);

        // The session counts on the server's clock only: still signed in and online.
        QVERIFY(desk.session->isSignedIn());
        QVERIFY(desk.session->isOnline());

        // A stale edit is refused by version whatever the desk's clock says.
        izdesk::test::HttpTestClient supervisor(server.baseUrl());
        supervisor.login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor"));
        const QString theirs = target.priority == QLatin1String("low") ? QStringLiteral("high") : QStringLiteral("low");
        QCOMPARE(supervisor
                     .request("PATCH", QStringLiteral("/api/v1/tickets/%1").arg(target.id),
                              QJsonObject{{QStringLiteral("priority"), theirs}}, {{"If-Match", target.etag()}})
                     .status,
                 200);
        QSignalSpy conflicted(desk.queue.get(), &TicketQueueController::saveConflicted);
        desk.queue->updateTicket(target.id, {{QStringLiteral("priority"), QStringLiteral("urgent")}}, target.version);
        QTRY_COMPARE_WITH_TIMEOUT(conflicted.size(), 1, 10000);
        QCOMPARE(conflicted.first().at(0).value<Ticket>().priority, theirs);
    }
};

QTEST_GUILESS_MAIN(TestClockSkew)
#include "tst_clockskew.moc"
