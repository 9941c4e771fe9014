#pragma once

#include "ticket.h"

#include <QDateTime>
#include <QString>

namespace izdesk {

// How a ticket stands against its SLA at a given moment, as the queue shows it. The server
// computes the due times (business hours, holidays, pauses); this only counts down to them
// against the client's clock. Pure functions; any thread.
// Missed: a resolved or closed ticket whose clock broke (history, not an alarm); Met: one
// whose clocks held.
enum class SlaState { None, Running, Warning, Breached, Paused, Met, Missed };

struct SlaStatus
{
    SlaState state = SlaState::None;
    qint64 secondsToBreach = 0; // negative once breached; 0 when no clock runs
    QString text;               // "1h 12m", "Paused", "Met", "Missed", "Breached 25m ago", "—"
    // Sort key for "time to breach": unsent tickets (no clock yet) first, then most overdue,
    // soonest due, paused, and finished (met or missed) or none last. It does not depend on the current time (it
    // orders by the due time itself), so a sort can compute it once per row and keep it.
    static qint64 orderKey(const Ticket &ticket);

    static SlaStatus of(const Ticket &ticket, const QDateTime &nowUtc, int warningMinutes = 30);
    // "12m", "1h 12m", "2d 3h", "<1m"
    static QString formatDuration(qint64 seconds);
};

} // namespace izdesk
