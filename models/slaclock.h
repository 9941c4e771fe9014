#pragma once

#include "slapolicy.h"
#include "ticket.h"

#include <QDateTime>
#include <QString>

namespace izdesk {

// The SLA clocks of one ticket as the server stores them, and the pure rules that move them:
// both clocks start at creation, count business seconds, stop while pending_caller (paused)
// and while resolved/closed (stopped); first response is met by the first reply or call,
// resolution by reaching resolved. Value type; no I/O; thread-safe.
struct SlaClock
{
    enum class State { Running, Paused, Stopped };

    State state = State::Running;
    qint64 usedSeconds = 0;             // business seconds counted up to clockAt
    QDateTime clockAt;                  // when usedSeconds was last brought up to date (UTC)
    QDateTime firstResponseAt;          // invalid until met
    bool firstResponseBreached = false; // decided when met
    bool resolutionMet = false;
    bool resolutionBreached = false; // decided when met
    QDateTime firstResponseDue;      // stored for sorting; invalid once met or while not running
    QDateTime resolutionDue;

    // A new ticket's clocks (running unless created in a stopping status).
    static SlaClock start(const SlaPolicy &policy, const QString &priority, const QString &status,
                          const QDateTime &createdAt);
    // Brings the clocks to `status` / `priority` at `now` (pause, resume, stop, reopen,
    // new targets). Idempotent for an unchanged status.
    void apply(const SlaPolicy &policy, const QString &priority, const QString &status, const QDateTime &now);
    // Records the first reply or call at `at` (no-op once met).
    void meetFirstResponse(const SlaPolicy &policy, const QString &priority, const QDateTime &at);

    // The earliest running due time, or invalid: the breach sort key.
    QDateTime nextDue() const;
    // The API view at `now` (breached flags, remaining business seconds).
    TicketSla view(const SlaPolicy &policy, const QString &priority, const QDateTime &now) const;

    static QString stateName(State state);
    static State stateFromName(const QString &name);

private:
    qint64 usedAt(const SlaPolicy &policy, const QDateTime &at) const;
    void recomputeDue(const SlaPolicy &policy, const QString &priority);
};

} // namespace izdesk
