// SlaClock: due times from the policy, pauses while pending_caller (also over a weekend),
// stopping at resolved, reopening, first response, breach flags and remaining time.

#include "slaclock.h"
#include "slapolicy.h"

#include <QTest>

using izdesk::SlaClock;
using izdesk::SlaPolicy;

namespace {

const QTimeZone kChicago(QByteArrayLiteral("America/Chicago"));

QDateTime chicago(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kChicago).toUTC();
}

const SlaPolicy &policy()
{
    return SlaPolicy::builtIn(); // America/Chicago, Mon–Fri 08–17, Thanksgiving off
}

} // namespace

class TstSlaClock : public QObject
{
    Q_OBJECT

private slots:
    void newTicketDueTimes();
    void pauseOverAWeekend();
    void pausedClocksDoNotRun();
    void resolvedStopsAndReopenResumes();
    void firstResponseMeetsTheFirstClock();
    void lateFirstResponseIsBreached();
    void breachedWhileRunning();
    void priorityChangeMovesDueTimes();
};

void TstSlaClock::newTicketDueTimes()
{
    const SlaClock clock
        = SlaClock::start(policy(), QStringLiteral("high"), QStringLiteral("new"), chicago(2026, 11, 20, 16, 30));
    QCOMPARE(clock.firstResponseDue, chicago(2026, 11, 23, 8, 30));
    // 480 business minutes: 30 on Friday, 450 from Monday 08:00 = 15:30.
    QCOMPARE(clock.resolutionDue, chicago(2026, 11, 23, 15, 30));
    QCOMPARE(clock.nextDue(), clock.firstResponseDue);
    const auto view = clock.view(policy(), QStringLiteral("high"), chicago(2026, 11, 21, 12, 0));
    QVERIFY(!view.paused);
    QVERIFY(!view.breached());
    QCOMPARE(view.remainingSeconds, std::optional<qint64>(1800));
}

void TstSlaClock::pauseOverAWeekend()
{
    SlaClock clock
        = SlaClock::start(policy(), QStringLiteral("normal"), QStringLiteral("new"), chicago(2026, 11, 20, 16, 0));
    clock.apply(policy(), QStringLiteral("normal"), QStringLiteral("pending_caller"), chicago(2026, 11, 20, 16, 30));
    QCOMPARE(clock.state, SlaClock::State::Paused);
    QCOMPARE(clock.usedSeconds, qint64(1800));
    QVERIFY(!clock.firstResponseDue.isValid());
    QVERIFY(!clock.nextDue().isValid());
    // The caller answers on Monday at 10:00: 210 business minutes remain on first response.
    clock.apply(policy(), QStringLiteral("normal"), QStringLiteral("open"), chicago(2026, 11, 23, 10, 0));
    QCOMPARE(clock.state, SlaClock::State::Running);
    QCOMPARE(clock.firstResponseDue, chicago(2026, 11, 23, 13, 30));
}

void TstSlaClock::pausedClocksDoNotRun()
{
    SlaClock clock
        = SlaClock::start(policy(), QStringLiteral("urgent"), QStringLiteral("open"), chicago(2026, 11, 18, 9, 0));
    clock.apply(policy(), QStringLiteral("urgent"), QStringLiteral("pending_caller"), chicago(2026, 11, 18, 9, 20));
    const auto soon = clock.view(policy(), QStringLiteral("urgent"), chicago(2026, 11, 18, 9, 25));
    const auto muchLater = clock.view(policy(), QStringLiteral("urgent"), chicago(2026, 11, 19, 16, 0));
    QVERIFY(soon.paused);
    QCOMPARE(soon.remainingSeconds, std::optional<qint64>(600));
    QCOMPARE(muchLater.remainingSeconds, std::optional<qint64>(600));
    QVERIFY(!muchLater.firstResponseBreached);
    QVERIFY(!muchLater.firstResponseDue.isValid());
}

void TstSlaClock::resolvedStopsAndReopenResumes()
{
    SlaClock clock
        = SlaClock::start(policy(), QStringLiteral("urgent"), QStringLiteral("open"), chicago(2026, 11, 18, 9, 0));
    clock.meetFirstResponse(policy(), QStringLiteral("urgent"), chicago(2026, 11, 18, 9, 10));
    clock.apply(policy(), QStringLiteral("urgent"), QStringLiteral("resolved"), chicago(2026, 11, 18, 10, 0));
    QVERIFY(clock.resolutionMet);
    QVERIFY(!clock.resolutionBreached);
    QVERIFY(!clock.nextDue().isValid());
    const auto view = clock.view(policy(), QStringLiteral("urgent"), chicago(2026, 11, 24, 10, 0));
    QVERIFY(!view.breached());
    QVERIFY(!view.remainingSeconds);
    // Reopened the next morning: 180 business minutes of the 240 remain.
    clock.apply(policy(), QStringLiteral("urgent"), QStringLiteral("open"), chicago(2026, 11, 19, 8, 0));
    QVERIFY(!clock.resolutionMet);
    QCOMPARE(clock.resolutionDue, chicago(2026, 11, 19, 11, 0));
    QVERIFY(!clock.firstResponseDue.isValid()); // already met
}

void TstSlaClock::firstResponseMeetsTheFirstClock()
{
    SlaClock clock
        = SlaClock::start(policy(), QStringLiteral("high"), QStringLiteral("new"), chicago(2026, 11, 18, 9, 0));
    clock.meetFirstResponse(policy(), QStringLiteral("high"), chicago(2026, 11, 18, 9, 45));
    QVERIFY(!clock.firstResponseDue.isValid());
    QVERIFY(!clock.firstResponseBreached);
    QCOMPARE(clock.nextDue(), clock.resolutionDue);
    // A second reply changes nothing.
    clock.meetFirstResponse(policy(), QStringLiteral("high"), chicago(2026, 11, 18, 15, 0));
    QCOMPARE(clock.firstResponseAt, chicago(2026, 11, 18, 9, 45));
}

void TstSlaClock::lateFirstResponseIsBreached()
{
    SlaClock clock
        = SlaClock::start(policy(), QStringLiteral("urgent"), QStringLiteral("new"), chicago(2026, 11, 18, 9, 0));
    clock.meetFirstResponse(policy(), QStringLiteral("urgent"), chicago(2026, 11, 18, 10, 0));
    QVERIFY(clock.firstResponseBreached);
    QVERIFY(clock.view(policy(), QStringLiteral("urgent"), chicago(2026, 11, 18, 10, 1)).firstResponseBreached);
}

void TstSlaClock::breachedWhileRunning()
{
    const SlaClock clock
        = SlaClock::start(policy(), QStringLiteral("urgent"), QStringLiteral("new"), chicago(2026, 11, 18, 9, 0));
    const auto before = clock.view(policy(), QStringLiteral("urgent"), chicago(2026, 11, 18, 9, 29));
    const auto after = clock.view(policy(), QStringLiteral("urgent"), chicago(2026, 11, 18, 9, 31));
    QVERIFY(!before.firstResponseBreached);
    QCOMPARE(before.remainingSeconds, std::optional<qint64>(60));
    QVERIFY(after.firstResponseBreached);
    QVERIFY(!after.resolutionBreached);
    QCOMPARE(after.remainingSeconds, std::optional<qint64>(0));
}

void TstSlaClock::priorityChangeMovesDueTimes()
{
    SlaClock clock
        = SlaClock::start(policy(), QStringLiteral("low"), QStringLiteral("new"), chicago(2026, 11, 18, 9, 0));
    clock.apply(policy(), QStringLiteral("urgent"), QStringLiteral("new"), chicago(2026, 11, 18, 9, 10));
    QCOMPARE(clock.firstResponseDue, chicago(2026, 11, 18, 9, 30));
}

QTEST_GUILESS_MAIN(TstSlaClock)
#include "tst_slaclock.moc"
