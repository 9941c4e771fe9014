#include "slastatus.h"
#include "ticketlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace izdesk;

class TestSlaStatus : public QObject
{
    Q_OBJECT

    const QDateTime m_now{QDate(2026, 11, 20), QTime(10, 0), Qt::UTC};

    Ticket ticket(qint64 id, qint64 dueInSeconds) const
    {
        Ticket t;
        t.id = id;
        t.status = QStringLiteral("open");
        t.sla.resolutionDue = m_now.addSecs(dueInSeconds);
        return t;
    }

private Q_SLOTS:
    void formatsDurations()
    {
        QCOMPARE(SlaStatus::formatDuration(30), QStringLiteral("<1m"));
        QCOMPARE(SlaStatus::formatDuration(12 * 60 + 5), QStringLiteral("12m"));
        QCOMPARE(SlaStatus::formatDuration(72 * 60), QStringLiteral("1h 12m"));
        QCOMPARE(SlaStatus::formatDuration(-25 * 60), QStringLiteral("25m"));
        QCOMPARE(SlaStatus::formatDuration((51 * 60 + 30) * 60), QStringLiteral("2d 3h"));
    }

    void statesAndTexts()
    {
        QCOMPARE(SlaStatus::of(ticket(1, 72 * 60), m_now).text, QStringLiteral("1h 12m"));
        QCOMPARE(SlaStatus::of(ticket(1, 72 * 60), m_now).state, SlaState::Running);
        QCOMPARE(SlaStatus::of(ticket(1, 20 * 60), m_now).state, SlaState::Warning);
        const SlaStatus breached = SlaStatus::of(ticket(1, -25 * 60), m_now);
        QCOMPARE(breached.state, SlaState::Breached);
        QCOMPARE(breached.text, QStringLiteral("Breached 25m ago"));

        Ticket paused = ticket(2, 0);
        paused.sla = {};
        paused.sla.paused = true;
        QCOMPARE(SlaStatus::of(paused, m_now).text, QStringLiteral("Paused"));

        Ticket met = ticket(3, 0);
        met.sla = {};
        met.status = QStringLiteral("resolved");
        QCOMPARE(SlaStatus::of(met, m_now).state, SlaState::Met);
        QCOMPARE(SlaStatus::of(met, m_now).text, QStringLiteral("Met"));

        Ticket lateFirst = ticket(4, 3600);
        lateFirst.sla.firstResponseBreached = true;
        QCOMPARE(SlaStatus::of(lateFirst, m_now).state, SlaState::Breached);

        // Resolved late: the queue says so, but not as a live alarm.
        Ticket resolvedLate = ticket(5, 0);
        resolvedLate.sla = {};
        resolvedLate.sla.resolutionBreached = true;
        resolvedLate.status = QStringLiteral("resolved");
        QCOMPARE(SlaStatus::of(resolvedLate, m_now).state, SlaState::Missed);
        QCOMPARE(SlaStatus::of(resolvedLate, m_now).text, QStringLiteral("Missed"));
        resolvedLate.status = QStringLiteral("open"); // still open without a due time: overdue
        QCOMPARE(SlaStatus::of(resolvedLate, m_now).state, SlaState::Breached);
    }

    void orderKeyPutsUnsentThenOverdueThenSoonestThenPausedThenMet()
    {
        Ticket unsent = ticket(-7, 60);
        Ticket paused;
        paused.sla.paused = true;
        Ticket met;
        met.status = QStringLiteral("closed");
        Ticket lateNoDue;
        lateNoDue.sla.resolutionBreached = true;
        const QList<qint64> keys{SlaStatus::orderKey(unsent),         SlaStatus::orderKey(lateNoDue),
                                 SlaStatus::orderKey(ticket(1, -600)), SlaStatus::orderKey(ticket(2, 60)),
                                 SlaStatus::orderKey(ticket(3, 6000)), SlaStatus::orderKey(paused),
                                 SlaStatus::orderKey(met)};
        for (int i = 1; i < keys.size(); ++i)
            QVERIFY2(keys.at(i - 1) < keys.at(i), qPrintable(QString::number(i)));
        // Closed late sorts with the finished tickets, after everything still running.
        Ticket missed = lateNoDue;
        missed.status = QStringLiteral("closed");
        QCOMPARE(SlaStatus::orderKey(missed), SlaStatus::orderKey(met));
    }

    void modelDueColumnTicksWithoutReset()
    {
        TicketListModel model;
        QAbstractItemModelTester tester(&model);
        model.setCurrentTimeOverride(m_now);
        model.setTickets({ticket(1, 72 * 60), ticket(2, 10 * 60)});
        const QModelIndex due = model.index(0, TicketListModel::DueColumn);
        QCOMPARE(due.data().toString(), QStringLiteral("1h 12m"));
        QCOMPARE(model.headerData(TicketListModel::DueColumn, Qt::Horizontal).toString(), QStringLiteral("Due"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setCurrentTimeOverride(m_now.addSecs(30 * 60));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(TicketListModel::DueColumn));
        QCOMPARE(changed.first().at(1).toModelIndex().column(), int(TicketListModel::DueColumn));
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
        QCOMPARE(due.data().toString(), QStringLiteral("42m"));
        QCOMPARE(model.index(1, TicketListModel::DueColumn).data().toString(), QStringLiteral("Breached 20m ago"));
        QCOMPARE(model.index(1, 0).data(TicketListModel::SlaStateRole).toInt(), int(SlaState::Breached));
    }
};

QTEST_GUILESS_MAIN(TestSlaStatus)
#include "tst_slastatus.moc"
