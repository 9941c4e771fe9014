#include "serverclock.h"

#include "logcategories.h"

#include <ticket.h>

namespace izdesk {

namespace {
constexpr qint64 kToleranceMs = 2000;
constexpr qint64 kWarnMs = 60 * 1000;
} // namespace

QDateTime ServerClock::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs);
}

void ServerClock::observe(const QByteArray &dateHeader, const QDateTime &receivedUtc, qint64 elapsedMs)
{
    const QDateTime date = fromHttpDate(dateHeader);
    if (!date.isValid() || !receivedUtc.isValid())
        return;
    // The server wrote the header during the request and cut it to the second: on average half
    // a second and half the request's time before the answer arrived.
    const qint64 offset = receivedUtc.msecsTo(date) + 500 + std::max<qint64>(0, elapsedMs) / 2;
    if (std::abs(offset - m_offsetMs) < kToleranceMs)
        return;
    if (std::abs(offset) >= kWarnMs)
        qCWarning(lcHttp, "the server's clock is %lld s ahead of this computer's; time left is counted on the server's",
                  qlonglong(offset / 1000));
    m_offsetMs = std::abs(offset) < kToleranceMs ? 0 : offset;
}

std::function<QDateTime()> ServerClock::source() const
{
    return [this] { return now(); };
}

} // namespace izdesk
