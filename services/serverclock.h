#pragma once

#include <QDateTime>

#include <functional>

namespace izdesk {

// The server's time as this computer can tell it: the local UTC clock plus the offset of the
// server's clock, measured from the Date header of the server's answers. Whatever counts down
// to a time the server set (SLA due times, the expiry of a caller verification) asks this
// clock, so a desk whose clock is hours off still shows the right time left. The header has
// whole seconds, so the offset is known to about a second; differences under 2 s are left
// alone (no jumps in a countdown). Value type; GUI thread.
class ServerClock
{
public:
    QDateTime now() const; // UTC
    qint64 offsetMs() const { return m_offsetMs; }
    // One answer: its Date header (IMF-fixdate; anything else is ignored), when it arrived by
    // this computer's clock, and how long the request took (the answer was made within it).
    void observe(const QByteArray &dateHeader, const QDateTime &receivedUtc, qint64 elapsedMs);
    // now() as a function, for models and views that count down (the clock must outlive them).
    std::function<QDateTime()> source() const;

private:
    qint64 m_offsetMs = 0;
};

} // namespace izdesk
