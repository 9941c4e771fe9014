#include "calltimerwidget.h"
#include "guitesthelpers.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace izdesk;
using izdesk::testing::child;

class TestCallTimerWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsElapsed()
    {
        QCOMPARE(CallTimerWidget::formatElapsed(0), QStringLiteral("0:00:00"));
        QCOMPARE(CallTimerWidget::formatElapsed(252), QStringLiteral("0:04:12"));
        QCOMPARE(CallTimerWidget::formatElapsed(3725), QStringLiteral("1:02:05"));
    }

    void buttonStartsAndStopsAndReportsTheCall()
    {
        CallTimerWidget timer;
        timer.show();
        auto *button = child<QPushButton>(&timer, "callTimerButton");
        auto *elapsed = child<QLabel>(&timer, "callElapsed");
        QVERIFY(!button->accessibleName().isEmpty());
        QCOMPARE(button->text(), QStringLiteral("Start call"));
        QSignalSpy started(&timer, &CallTimerWidget::started);
        QSignalSpy stopped(&timer, &CallTimerWidget::stopped);

        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(timer.isRunning());
        QCOMPARE(started.count(), 1);
        QCOMPARE(button->text(), QStringLiteral("Stop call"));
        // The readout ticks every second, computed from the start time.
        QTRY_COMPARE_WITH_TIMEOUT(elapsed->text(), QStringLiteral("0:00:01"), 2500);

        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!timer.isRunning());
        QCOMPARE(stopped.count(), 1);
        const QDateTime from = stopped.first().at(0).toDateTime();
        const QDateTime to = stopped.first().at(1).toDateTime();
        QVERIFY(from.secsTo(to) >= 1);
        QCOMPARE(from.timeSpec(), Qt::UTC);
        QCOMPARE(button->text(), QStringLiteral("Start call"));
    }

    void startAtCountsFromAnEarlierPickUp()
    {
        CallTimerWidget timer;
        timer.startAt(QDateTime::currentDateTimeUtc().addSecs(-125));
        QVERIFY(timer.elapsedSeconds() >= 125);
        QCOMPARE(timer.elapsedText(), QStringLiteral("0:02:05"));
        timer.reset();
        QCOMPARE(timer.elapsedText(), QStringLiteral("0:00:00"));
    }
};

QTEST_MAIN(TestCallTimerWidget)
#include "tst_calltimerwidget.moc"
