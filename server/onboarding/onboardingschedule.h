#pragma once

#include "onboarding/onboardingpolicy.h"
#include "onboarding/onboardingtypes.h"

#include "businesscalendar.h"

namespace izdesk::server {

// A project's stage dates on the desk's business calendar (contracts-onboarding.md "Projects
// and stages"): each stage lasts its business days and starts when the previous one is due,
// or when the previous one was passed. Pure functions on a Project; any thread.
namespace OnboardingSchedule {

// The five stage rows of a new project, with the policy's business days.
QList<StageRow> newStages(const OnboardingPolicy &policy);
// A new project: the plan stage starts at `now`, every stage's due date follows.
void start(Project *p, const BusinessCalendar &calendar, const QDateTime &now);
// The agreed plan: the stages after `plan` are due from the start of business on agreedOn.
void agreePlan(Project *p, const QDate &agreedOn, const BusinessCalendar &calendar);
// Passes the current stage at `now`: the next one starts now and the rest follow it; after
// the last stage the project is completed.
void pass(Project *p, std::optional<qint64> staffId, const QString &username, const QDateTime &now,
          const BusinessCalendar &calendar);
// Moves `stage`'s due date to dueOn (the same local time of day) and the following stages
// after it. Empty, or why not: dueOn is not a business day.
QString reschedule(Project *p, const QString &stage, const QDate &dueOn, const BusinessCalendar &calendar);
// The first business instant of a local date (its opening, or the next day's when closed).
QDateTime startOfBusiness(const QDate &date, const BusinessCalendar &calendar);

} // namespace OnboardingSchedule

} // namespace izdesk::server
