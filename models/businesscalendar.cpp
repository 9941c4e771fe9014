#include "businesscalendar.h"

#include <algorithm>
#include <utility>

namespace izdesk {

namespace {
constexpr int kMaxDays = 3660; // ten years: a policy with no business time must not loop forever
}

BusinessCalendar::BusinessCalendar(QTimeZone zone, std::array<std::optional<Window>, 7> hours, QSet<QDate> holidays)
    : m_zone(std::move(zone))
    , m_hours(hours)
    , m_holidays(std::move(holidays))
{
}

bool BusinessCalendar::hasBusinessTime() const
{
    return std::any_of(m_hours.cbegin(), m_hours.cend(), [](const auto &w) { return w.has_value(); });
}

bool BusinessCalendar::windowOn(const QDate &date, QDateTime *open, QDateTime *close) const
{
    const auto &window = m_hours[static_cast<size_t>(date.dayOfWeek() - 1)];
    if (!window || m_holidays.contains(date))
        return false;
    // QDateTime with a zone resolves a local time that DST skips by moving it forward.
    *open = QDateTime(date, window->open, m_zone).toUTC();
    *close = QDateTime(date, window->close, m_zone).toUTC();
    return *close > *open;
}

QDateTime BusinessCalendar::addBusinessSeconds(const QDateTime &from, qint64 seconds) const
{
    const QDateTime start = from.toUTC();
    if (seconds <= 0)
        return start;
    if (!hasBusinessTime())
        return {};
    qint64 remaining = seconds;
    // Start a day early: the local date of `from` may differ from its UTC date.
    QDate day = start.toTimeZone(m_zone).date().addDays(-1);
    for (int i = 0; i < kMaxDays; ++i, day = day.addDays(1)) {
        QDateTime open;
        QDateTime close;
        if (!windowOn(day, &open, &close) || close <= start)
            continue;
        const QDateTime segmentStart = std::max(open, start);
        const qint64 length = segmentStart.secsTo(close);
        if (remaining <= length)
            return segmentStart.addSecs(remaining);
        remaining -= length;
    }
    return {};
}

QDateTime BusinessCalendar::addBusinessDays(const QDateTime &from, int days) const
{
    const QDateTime start = from.toUTC();
    if (!hasBusinessTime())
        return {};
    QDateTime open;
    QDateTime close;
    qint64 offset = -1;
    // Start a day early: the local date of `from` may differ from its UTC date.
    QDate day = start.toTimeZone(m_zone).date().addDays(-1);
    int i = 0;
    for (; i < kMaxDays && offset < 0; ++i, day = day.addDays(1)) {
        if (windowOn(day, &open, &close) && close > start)
            offset = start <= open ? 0 : open.secsTo(start);
    }
    if (offset < 0)
        return {};
    day = day.addDays(-1);
    for (int passed = 0; passed < days; ++i) {
        if (i >= kMaxDays)
            return {};
        day = day.addDays(1);
        if (windowOn(day, &open, &close))
            ++passed;
    }
    return std::min(open.addSecs(offset), close);
}

qint64 BusinessCalendar::businessSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    const QDateTime a = from.toUTC();
    const QDateTime b = to.toUTC();
    if (!(a < b) || !hasBusinessTime())
        return 0;
    qint64 total = 0;
    const QDate last = b.toTimeZone(m_zone).date();
    QDate day = a.toTimeZone(m_zone).date().addDays(-1);
    for (int i = 0; i < kMaxDays * 3 && day <= last; ++i, day = day.addDays(1)) {
        QDateTime open;
        QDateTime close;
        if (!windowOn(day, &open, &close))
            continue;
        const QDateTime s = std::max(open, a);
        const QDateTime e = std::min(close, b);
        if (s < e)
            total += s.secsTo(e);
    }
    return total;
}

} // namespace izdesk
