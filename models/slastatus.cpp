#include "slastatus.h"

#include <QCoreApplication>

#include <limits>

namespace izdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("izdesk::SlaStatus", text);
}

// Due times are seconds since the epoch (about 2^31 today); these come after any of them.
// A breached clock without a next due time sorts with the overdue ones, before anything due.
constexpr qint64 kBreachedNoDueKey = 0;
constexpr qint64 kPausedKey = Q_INT64_C(1) << 40;
constexpr qint64 kDoneKey = Q_INT64_C(1) << 41;

bool finished(const Ticket &ticket)
{
    return ticket.status == QLatin1String("resolved") || ticket.status == QLatin1String("closed");
}

} // namespace

QString SlaStatus::formatDuration(qint64 seconds)
{
    seconds = std::abs(seconds);
    if (seconds < 60)
        return tr("<1m");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1m").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1h %2m").arg(hours).arg(minutes % 60);
    return tr("%1d %2h").arg(hours / 24).arg(hours % 24);
}

qint64 SlaStatus::orderKey(const Ticket &ticket)
{
    // The same states as of(), without the text: a sort asks for this 100,000s of times.
    if (ticket.isUnsent())
        return std::numeric_limits<qint64>::min();
    const TicketSla &sla = ticket.sla;
    if (sla.paused)
        return kPausedKey;
    const QDateTime due = sla.nextDue();
    if (due.isValid())
        return due.toSecsSinceEpoch();
    if (sla.breached() && !finished(ticket))
        return kBreachedNoDueKey;
    return kDoneKey;
}

SlaStatus SlaStatus::of(const Ticket &ticket, const QDateTime &nowUtc, int warningMinutes)
{
    SlaStatus s;
    if (ticket.isUnsent()) {
        s.text = tr("Starts when sent"); // the server computes the due times on arrival
        return s;
    }
    const TicketSla &sla = ticket.sla;
    const QDateTime due = sla.nextDue();
    if (sla.paused) {
        s.state = SlaState::Paused;
        s.text = tr("Paused");
        return s;
    }
    if (due.isValid()) {
        s.secondsToBreach = nowUtc.secsTo(due);
        if (s.secondsToBreach <= 0) {
            s.state = SlaState::Breached;
            s.text = tr("Breached %1 ago").arg(formatDuration(s.secondsToBreach));
        } else if (sla.breached()) {
            // The first-response clock already broke; resolution still runs.
            s.state = SlaState::Breached;
            s.text = tr("Breached · %1 left").arg(formatDuration(s.secondsToBreach));
        } else {
            s.state = s.secondsToBreach <= qint64(warningMinutes) * 60 ? SlaState::Warning : SlaState::Running;
            s.text = formatDuration(s.secondsToBreach);
        }
        return s;
    }
    const bool done = finished(ticket);
    if (sla.breached()) {
        // Late once, now finished: a fact for the record, not a clock still running out.
        s.state = done ? SlaState::Missed : SlaState::Breached;
        s.text = done ? tr("Missed") : tr("Breached");
        return s;
    }
    if (done || ticket.firstResponseAt.isValid()) {
        s.state = SlaState::Met;
        s.text = tr("Met");
        return s;
    }
    s.text = tr("—");
    return s;
}

} // namespace izdesk
