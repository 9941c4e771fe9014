#include "onboarding/onboardingschedule.h"

#include <algorithm>

namespace izdesk::server::OnboardingSchedule {

namespace {

// Stage `index` is due its business days after `from`; each later stage its own after that.
void projectFrom(Project *p, qsizetype index, const QDateTime &from, const BusinessCalendar &calendar)
{
    QDateTime start = from;
    for (qsizetype i = index; i < p->stages.size(); ++i) {
        StageRow &s = p->stages[i];
        if (s.completedAt.isValid())
            continue;
        s.dueAt = calendar.addBusinessDays(start, s.businessDays);
        start = s.dueAt;
    }
}

} // namespace

QList<StageRow> newStages(const OnboardingPolicy &policy)
{
    QList<StageRow> stages;
    const QStringList &keys = OnboardingPolicy::stageKeys();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        StageRow s;
        s.stage = keys.at(i);
        s.position = int(i + 1);
        s.businessDays = policy.businessDays(s.stage);
        stages.append(s);
    }
    return stages;
}

QDateTime startOfBusiness(const QDate &date, const BusinessCalendar &calendar)
{
    return calendar.addBusinessDays(QDateTime(date, QTime(0, 0), calendar.timeZone()).toUTC(), 0);
}

void start(Project *p, const BusinessCalendar &calendar, const QDateTime &now)
{
    if (p->stages.isEmpty())
        return;
    p->currentStage = p->stages.first().stage;
    p->stages.first().startedAt = now;
    projectFrom(p, 0, now, calendar);
}

void agreePlan(Project *p, const QDate &agreedOn, const BusinessCalendar &calendar)
{
    p->planAgreedOn = agreedOn;
    const qsizetype plan = p->stageIndex(QStringLiteral("plan"));
    if (plan >= 0 && plan + 1 < p->stages.size())
        projectFrom(p, plan + 1, startOfBusiness(agreedOn, calendar), calendar);
}

void pass(Project *p, std::optional<qint64> staffId, const QString &username, const QDateTime &now,
          const BusinessCalendar &calendar)
{
    const qsizetype i = p->stageIndex(p->currentStage);
    if (i < 0)
        return;
    StageRow &current = p->stages[i];
    current.completedAt = now;
    current.completedById = staffId;
    current.completedBy = username;
    if (i + 1 >= p->stages.size()) {
        p->status = QStringLiteral("completed");
        return;
    }
    StageRow &next = p->stages[i + 1];
    next.startedAt = now;
    p->currentStage = next.stage;
    projectFrom(p, i + 1, now, calendar);
}

QString reschedule(Project *p, const QString &stage, const QDate &dueOn, const BusinessCalendar &calendar)
{
    const qsizetype i = p->stageIndex(stage);
    if (i < 0)
        return QStringLiteral("no such stage");
    if (startOfBusiness(dueOn, calendar).toTimeZone(calendar.timeZone()).date() != dueOn)
        return QStringLiteral("%1 is not a business day").arg(dueOn.toString(Qt::ISODate));
    StageRow &s = p->stages[i];
    // The same local time of day as before, within that day's business hours.
    const QTime localTime = s.dueAt.isValid() ? s.dueAt.toTimeZone(calendar.timeZone()).time() : QTime(23, 59);
    const QDateTime open = startOfBusiness(dueOn, calendar);
    const QDateTime close = open.addSecs(
        calendar.businessSecondsBetween(open, QDateTime(dueOn.addDays(1), QTime(0, 0), calendar.timeZone()).toUTC()));
    s.dueAt = std::clamp(QDateTime(dueOn, localTime, calendar.timeZone()).toUTC(), open, close);
    QDateTime from = s.dueAt;
    for (qsizetype j = i + 1; j < p->stages.size(); ++j) {
        StageRow &later = p->stages[j];
        if (later.completedAt.isValid())
            continue;
        later.dueAt = calendar.addBusinessDays(from, later.businessDays);
        from = later.dueAt;
    }
    return {};
}

} // namespace izdesk::server::OnboardingSchedule
