#include "slaclock.h"

#include <algorithm>

namespace izdesk {

namespace {

bool isPausing(const QString &status)
{
    return status == QLatin1String("pending_caller");
}

bool isStopping(const QString &status)
{
    return status == QLatin1String("resolved") || status == QLatin1String("closed");
}

} // namespace

SlaClock SlaClock::start(const SlaPolicy &policy, const QString &priority, const QString &status,
                         const QDateTime &createdAt)
{
    SlaClock clock;
    clock.clockAt = createdAt.toUTC();
    clock.recomputeDue(policy, priority);
    clock.apply(policy, priority, status, createdAt);
    return clock;
}

qint64 SlaClock::usedAt(const SlaPolicy &policy, const QDateTime &at) const
{
    if (state != State::Running || !clockAt.isValid())
        return usedSeconds;
    return usedSeconds + policy.calendar().businessSecondsBetween(clockAt, at);
}

void SlaClock::recomputeDue(const SlaPolicy &policy, const QString &priority)
{
    firstResponseDue = {};
    resolutionDue = {};
    if (state != State::Running)
        return;
    const SlaPolicy::Target target = policy.target(priority);
    const BusinessCalendar &calendar = policy.calendar();
    if (!firstResponseAt.isValid())
        firstResponseDue = calendar.addBusinessSeconds(clockAt, target.firstResponseMinutes * 60 - usedSeconds);
    if (!resolutionMet)
        resolutionDue = calendar.addBusinessSeconds(clockAt, target.resolutionMinutes * 60 - usedSeconds);
}

void SlaClock::apply(const SlaPolicy &policy, const QString &priority, const QString &status, const QDateTime &now)
{
    const QDateTime at = now.toUTC();
    const State next = isPausing(status) ? State::Paused : isStopping(status) ? State::Stopped : State::Running;
    if (next != state) {
        // Count what ran so far, then switch.
        usedSeconds = usedAt(policy, at);
        clockAt = at;
        if (next == State::Stopped && !resolutionMet) {
            resolutionMet = true;
            resolutionBreached = usedSeconds > policy.target(priority).resolutionMinutes * 60;
        } else if (state == State::Stopped && next != State::Stopped) {
            // Reopened: the resolution clock runs again from where it stopped.
            resolutionMet = false;
            resolutionBreached = false;
        }
        state = next;
    }
    recomputeDue(policy, priority);
}

void SlaClock::meetFirstResponse(const SlaPolicy &policy, const QString &priority, const QDateTime &at)
{
    if (firstResponseAt.isValid())
        return;
    firstResponseAt = at.toUTC();
    firstResponseBreached = usedAt(policy, at) > policy.target(priority).firstResponseMinutes * 60;
    recomputeDue(policy, priority);
}

QDateTime SlaClock::nextDue() const
{
    if (firstResponseDue.isValid() && resolutionDue.isValid())
        return std::min(firstResponseDue, resolutionDue);
    return firstResponseDue.isValid() ? firstResponseDue : resolutionDue;
}

TicketSla SlaClock::view(const SlaPolicy &policy, const QString &priority, const QDateTime &now) const
{
    TicketSla sla;
    const SlaPolicy::Target target = policy.target(priority);
    const qint64 used = usedAt(policy, now);
    sla.paused = state == State::Paused;
    sla.firstResponseDue = firstResponseDue;
    sla.resolutionDue = resolutionDue;
    sla.firstResponseBreached
        = firstResponseAt.isValid()
              ? firstResponseBreached
              : used > target.firstResponseMinutes * 60 || (firstResponseDue.isValid() && now > firstResponseDue);
    sla.resolutionBreached
        = resolutionMet ? resolutionBreached
                        : used > target.resolutionMinutes * 60 || (resolutionDue.isValid() && now > resolutionDue);
    // Business seconds left on the unmet clock that runs out first (0 once overdue).
    std::optional<qint64> left;
    if (!firstResponseAt.isValid() && state != State::Stopped)
        left = target.firstResponseMinutes * 60 - used;
    if (!resolutionMet)
        left = left ? std::min(*left, target.resolutionMinutes * 60 - used) : target.resolutionMinutes * 60 - used;
    if (left)
        sla.remainingSeconds = std::max<qint64>(0, *left);
    return sla;
}

QString SlaClock::stateName(State state)
{
    switch (state) {
    case State::Paused: return QStringLiteral("paused");
    case State::Stopped: return QStringLiteral("stopped");
    case State::Running: break;
    }
    return QStringLiteral("running");
}

SlaClock::State SlaClock::stateFromName(const QString &name)
{
    if (name == QLatin1String("paused"))
        return State::Paused;
    if (name == QLatin1String("stopped"))
        return State::Stopped;
    return State::Running;
}

} // namespace izdesk
