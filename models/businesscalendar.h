#pragma once

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QTime>
#include <QTimeZone>

#include <array>
#include <optional>

namespace izdesk {

// Business hours in one time zone: an opening window per weekday (or none) and holidays.
// Adds business seconds to an instant and counts the business seconds between two instants,
// with local times resolved through QTimeZone (so a DST change shifts the windows, not the
// length of a business day). Pure value type; thread-safe to read.
class BusinessCalendar
{
public:
    struct Window
    {
        QTime open;
        QTime close; // after open
    };

    BusinessCalendar() = default;
    BusinessCalendar(QTimeZone zone, std::array<std::optional<Window>, 7> hours, QSet<QDate> holidays);

    // hours[0] = Monday … hours[6] = Sunday.
    const std::array<std::optional<Window>, 7> &hours() const { return m_hours; }
    const QSet<QDate> &holidays() const { return m_holidays; }
    const QTimeZone &timeZone() const { return m_zone; }
    bool hasBusinessTime() const;

    // The instant at which `seconds` business seconds have passed since `from` (UTC).
    // seconds <= 0 answers `from`. Invalid when no business time exists within ten years.
    QDateTime addBusinessSeconds(const QDateTime &from, qint64 seconds) const;
    // Business seconds in [from, to); 0 when to <= from.
    qint64 businessSecondsBetween(const QDateTime &from, const QDateTime &to) const;
    // The instant `days` business days after `from` (UTC): the same time after opening (cut to
    // that day's closing) on the days-th open day after the one `from` falls in. `from` outside
    // business hours counts from the next opening, so days = 0 answers that opening (or `from`
    // itself when it is within business hours). Invalid when no open day exists within ten years.
    QDateTime addBusinessDays(const QDateTime &from, int days) const;

private:
    // The window of a local date as UTC instants; false on a closed day.
    bool windowOn(const QDate &date, QDateTime *open, QDateTime *close) const;

    QTimeZone m_zone = QTimeZone::utc();
    std::array<std::optional<Window>, 7> m_hours;
    QSet<QDate> m_holidays;
};

} // namespace izdesk
