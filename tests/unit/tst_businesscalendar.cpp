// BusinessCalendar: adding and counting business seconds across closed days, holidays and a
// DST change, in the policy's time zone.

#include "businesscalendar.h"

#include <QTest>

using izdesk::BusinessCalendar;

namespace {

const QTimeZone kChicago(QByteArrayLiteral("America/Chicago"));

BusinessCalendar weekdays(QSet<QDate> holidays = {})
{
    std::array<std::optional<BusinessCalendar::Window>, 7> hours;
    for (int d = 0; d < 5; ++d)
        hours[static_cast<size_t>(d)] = BusinessCalendar::Window{QTime(8, 0), QTime(17, 0)};
    return BusinessCalendar(kChicago, hours, std::move(holidays));
}

QDateTime chicago(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kChicago).toUTC();
}

} // namespace

class TstBusinessCalendar : public QObject
{
    Q_OBJECT

private slots:
    void addBusinessSeconds_data();
    void addBusinessSeconds();
    void countsOnlyBusinessTime_data();
    void countsOnlyBusinessTime();
    void addAndCountAreInverse();
    void noBusinessHoursGivesInvalid();
    void addBusinessDays_data();
    void addBusinessDays();
};

void TstBusinessCalendar::addBusinessSeconds_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<bool>("withHolidays");

    QTest::newRow("within a day") << chicago(2026, 11, 18, 9, 0) << qint64(3600) << chicago(2026, 11, 18, 10, 0)
                                  << false;
    QTest::newRow("Friday 16:30 + 60 min = Monday 08:30")
        << chicago(2026, 11, 20, 16, 30) << qint64(3600) << chicago(2026, 11, 23, 8, 30) << false;
    QTest::newRow("created on Saturday starts Monday 08:00")
        << chicago(2026, 11, 21, 11, 0) << qint64(1800) << chicago(2026, 11, 23, 8, 30) << false;
    QTest::newRow("before opening") << chicago(2026, 11, 18, 6, 0) << qint64(600) << chicago(2026, 11, 18, 8, 10)
                                    << false;
    QTest::newRow("ends exactly at closing")
        << chicago(2026, 11, 18, 16, 0) << qint64(3600) << chicago(2026, 11, 18, 17, 0) << false;
    QTest::newRow("Thanksgiving and the day after are skipped")
        << chicago(2026, 11, 25, 16, 30) << qint64(3600) << chicago(2026, 11, 30, 8, 30) << true;
    QTest::newRow("DST ends over the weekend (CDT to CST)")
        << chicago(2026, 10, 30, 16, 30) << qint64(3600) << chicago(2026, 11, 2, 8, 30) << false;
    QTest::newRow("DST starts over the weekend (CST to CDT)")
        << chicago(2026, 3, 6, 16, 0) << qint64(2 * 3600) << chicago(2026, 3, 9, 9, 0) << false;
    QTest::newRow("zero seconds") << chicago(2026, 11, 21, 11, 0) << qint64(0) << chicago(2026, 11, 21, 11, 0) << false;
}

void TstBusinessCalendar::addBusinessSeconds()
{
    QFETCH(QDateTime, from);
    QFETCH(qint64, seconds);
    QFETCH(QDateTime, expected);
    QFETCH(bool, withHolidays);
    const BusinessCalendar calendar = withHolidays ? weekdays({QDate(2026, 11, 26), QDate(2026, 11, 27)}) : weekdays();
    QCOMPARE(calendar.addBusinessSeconds(from, seconds), expected);
}

void TstBusinessCalendar::countsOnlyBusinessTime_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("same day") << chicago(2026, 11, 18, 9, 0) << chicago(2026, 11, 18, 9, 30) << qint64(1800);
    QTest::newRow("over a weekend") << chicago(2026, 11, 20, 16, 0) << chicago(2026, 11, 23, 9, 0) << qint64(7200);
    QTest::newRow("a whole closed weekend") << chicago(2026, 11, 21, 0, 0) << chicago(2026, 11, 23, 0, 0) << qint64(0);
    QTest::newRow("a full week") << chicago(2026, 11, 16, 0, 0) << chicago(2026, 11, 23, 0, 0) << qint64(5 * 9 * 3600);
    QTest::newRow("DST weekend") << chicago(2026, 10, 30, 16, 0) << chicago(2026, 11, 2, 9, 0) << qint64(7200);
    QTest::newRow("reversed is zero") << chicago(2026, 11, 18, 10, 0) << chicago(2026, 11, 18, 9, 0) << qint64(0);
}

void TstBusinessCalendar::countsOnlyBusinessTime()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(qint64, expected);
    QCOMPARE(weekdays().businessSecondsBetween(from, to), expected);
}

void TstBusinessCalendar::addAndCountAreInverse()
{
    const BusinessCalendar calendar = weekdays({QDate(2026, 12, 25)});
    const QDateTime from = chicago(2026, 12, 23, 13, 17);
    for (const qint64 seconds : {qint64(60), qint64(4 * 3600), qint64(30 * 3600), qint64(200 * 3600)}) {
        const QDateTime due = calendar.addBusinessSeconds(from, seconds);
        QVERIFY(due.isValid());
        QCOMPARE(calendar.businessSecondsBetween(from, due), seconds);
    }
}

void TstBusinessCalendar::noBusinessHoursGivesInvalid()
{
    const BusinessCalendar closed(kChicago, {}, {});
    QVERIFY(!closed.addBusinessSeconds(chicago(2026, 11, 18, 9, 0), 60).isValid());
    QCOMPARE(closed.businessSecondsBetween(chicago(2026, 11, 18, 9, 0), chicago(2026, 11, 19, 9, 0)), qint64(0));
}

void TstBusinessCalendar::addBusinessDays_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("Monday 10:00 + 5 = next Monday 10:00") << chicago(2026, 11, 9, 10, 0) << 5 << chicago(2026, 11, 16, 10, 0);
    QTest::newRow("Friday + 1 = Monday") << chicago(2026, 11, 13, 15, 0) << 1 << chicago(2026, 11, 16, 15, 0);
    QTest::newRow("Thanksgiving and the day after are skipped")
        << chicago(2026, 11, 25, 9, 0) << 1 << chicago(2026, 11, 30, 9, 0);
    QTest::newRow("Saturday counts from Monday's opening") << chicago(2026, 11, 21, 11, 0) << 1 << chicago(2026, 11, 24, 8, 0);
    QTest::newRow("after closing counts from the next opening") << chicago(2026, 11, 18, 18, 0) << 0 << chicago(2026, 11, 19, 8, 0);
    QTest::newRow("within hours, 0 days is the same instant") << chicago(2026, 11, 18, 11, 5) << 0 << chicago(2026, 11, 18, 11, 5);
    QTest::newRow("20 days over the Christmas holidays")
        << chicago(2026, 12, 14, 9, 0) << 20 << chicago(2027, 1, 14, 9, 0);
    QTest::newRow("across the end of daylight saving time keeps local time")
        << chicago(2026, 10, 30, 9, 0) << 1 << chicago(2026, 11, 2, 9, 0);
}

void TstBusinessCalendar::addBusinessDays()
{
    QFETCH(QDateTime, from);
    QFETCH(int, days);
    QFETCH(QDateTime, expected);
    const QSet<QDate> holidays{QDate(2026, 11, 26), QDate(2026, 11, 27), QDate(2026, 12, 24), QDate(2026, 12, 25),
                               QDate(2027, 1, 1)};
    QCOMPARE(weekdays(holidays).addBusinessDays(from, days), expected);
}

QTEST_GUILESS_MAIN(TstBusinessCalendar)
#include "tst_businesscalendar.moc"
