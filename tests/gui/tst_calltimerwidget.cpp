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
        // The readout ticks every second, computed from the start time (a loaded machine may
        // show 0:00:02 first: what matters is that it moves and never runs ahead of the clock).
        QTRY_VERIFY_WITH_TIMEOUT(elapsed->text() != QStringLiteral("0:00:00"), 5000);
        const QStringList parts = elapsed->text().split(QLatin1Char(':'));
        QCOMPARE(parts.size(), 3);
        const int shown = parts.at(0).toInt() * 3600 + parts.at(1).toInt() * 60 + parts.at(2).toInt();
        QVERIFY2(shown >= 1 && shown <= timer.elapsedSeconds(), qPrintable(elapsed->text()));

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
        // 0:02:06 when a second boundary passes in between (a loaded machine).
        const QString text = timer.elapsedText();
        QVERIFY2(text == QStringLiteral("0:02:05") || text == QStringLiteral("0:02:06"), qPrintable(text));
        timer.reset();
        QCOMPARE(timer.elapsedText(), QStringLiteral("0:00:00"));
    }
};

QTEST_MAIN(TestCallTimerWidget)
#include "tst_calltimerwidget.moc"
