#include "guitesthelpers.h"
#include "notificationstrip.h"
#include "slaalertmonitor.h"
#include "ticketlistmodel.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace izdesk;
using izdesk::testing::child;
using izdesk::testing::makeTicket;

class TestSlaAlertMonitor : public QObject
{
    Q_OBJECT

    const QDateTime m_now{QDate(2026, 11, 20), QTime(10, 0), Qt::UTC};

    Ticket dueIn(qint64 id, const QString &assignee, qint64 seconds) const
    {
        Ticket t = makeTicket(id, QStringLiteral("Ticket %1").arg(id), QStringLiteral("open"), assignee);
        t.sla.resolutionDue = m_now.addSecs(seconds);
        return t;
    }

private Q_SLOTS:
    void alertsOwnTicketsOnceWhenTheyEnterTheWarningWindow()
    {
        TicketListModel model;
        model.setCurrentTimeOverride(m_now);
        model.setTickets({dueIn(1, QStringLiteral("jchen"), 2 * 3600), dueIn(2, QStringLiteral("other"), 10 * 60),
                          dueIn(3, QStringLiteral("jchen"), 20 * 60)});
        SlaAlertMonitor monitor;
        QSignalSpy spy(&monitor, &SlaAlertMonitor::breachApproaching);
        monitor.setModel(&model);
        monitor.setCurrentUser(QStringLiteral("jchen"));
        QCOMPARE(spy.count(), 1); // only ticket 3: mine and within 30 minutes
        QCOMPARE(spy.first().at(0).toLongLong(), 3);
        QVERIFY(spy.first().at(1).toString().contains(QStringLiteral("T-000003")));
        QVERIFY(spy.first().at(1).toString().contains(QStringLiteral("20m")));

        monitor.check();
        QCOMPARE(spy.count(), 1); // once per ticket

        // Ticket 1 gets close as time passes: reported then, and only then.
        model.setCurrentTimeOverride(m_now.addSecs(95 * 60));
        monitor.check();
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.last().at(0).toLongLong(), 1);

        // A ticket reassigned to me that is already about to breach is reported on the update.
        Ticket mine = dueIn(2, QStringLiteral("jchen"), 10 * 60 + 95 * 60);
        model.upsertTicket(mine);
        QCOMPARE(spy.count(), 3);
    }

    void pausedAndOthersTicketsNeverAlert()
    {
        TicketListModel model;
        model.setCurrentTimeOverride(m_now);
        Ticket paused = dueIn(1, QStringLiteral("jchen"), 60);
        paused.sla.paused = true;
        model.setTickets({paused, dueIn(2, QString(), 60)});
        SlaAlertMonitor monitor;
        QSignalSpy spy(&monitor, &SlaAlertMonitor::breachApproaching);
        monitor.setModel(&model);
        monitor.setCurrentUser(QStringLiteral("jchen"));
        QCOMPARE(spy.count(), 0);
    }

    void stripShowsTheMessageAndAsksToOpen()
    {
        NotificationStrip strip;
        QVERIFY(!strip.isVisibleTo(nullptr) || strip.isHidden());
        QSignalSpy open(&strip, &NotificationStrip::openRequested);
        strip.resize(700, 40);
        strip.showNotification(7, QStringLiteral("T-000007 breaches its SLA in 12m"), QStringLiteral("Locked out"));
        QVERIFY(!strip.isHidden());
        QCOMPARE(child<QLabel>(&strip, "notificationText")->text(),
                 QStringLiteral("T-000007 breaches its SLA in 12m — Locked out"));
        izdesk::testing::saveGrab(&strip, QStringLiteral("notificationstrip"));
        QTest::mouseClick(child<QPushButton>(&strip, "notificationOpenButton"), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().at(0).toLongLong(), 7);
        QVERIFY(strip.isHidden());

        strip.showNotification(8, QStringLiteral("x"), QString());
        QTest::mouseClick(child<QPushButton>(&strip, "notificationCloseButton"), Qt::LeftButton);
        QVERIFY(strip.isHidden());
        QCOMPARE(open.count(), 1);
    }
};

QTEST_MAIN(TestSlaAlertMonitor)
#include "tst_slaalertmonitor.moc"
