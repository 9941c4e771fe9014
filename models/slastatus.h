#pragma once

#include "ticket.h"

#include <QDateTime>
#include <QString>

namespace izdesk {

// How a ticket stands against its SLA at a given moment, as the queue shows it. The server
// computes the due times (business hours, holidays, pauses); this only counts down to them
// against the client's clock. Pure functions; any thread.
enum class SlaState { None, Running, Warning, Breached, Paused, Met };

struct SlaStatus
{
    SlaState state = SlaState::None;
    qint64 secondsToBreach = 0; // negative once breached; 0 when no clock runs
    QString text;               // "1h 12m", "Paused", "Met", "Breached 25m ago", "—"
    // Sort key for "time to breach": most overdue first, then soonest due, then paused,
    // then met/none.
    qint64 sortKey() const;

    static SlaStatus of(const Ticket &ticket, const QDateTime &nowUtc, int warningMinutes = 30);
    // "12m", "1h 12m", "2d 3h", "<1m"
    static QString formatDuration(qint64 seconds);
};

} // namespace izdesk
