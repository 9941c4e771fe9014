#pragma once

#include "onboarding/onboardingpolicy.h"
#include "storage/databaseconfig.h"

#include "businesscalendar.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace izdesk::server {

// The demo's electronic-reporting onboarding: four organizations waiting in the queue and four
// projects in different stages (one overdue), with their queue entries, stage dates on the
// calendar and history, so the desk's board is not empty. Uses the first organizations of
// the demo seed; call inside its transaction.
bool seedDemoOnboarding(QSqlDatabase db, Dialect dialect, const QDateTime &now, const BusinessCalendar &calendar,
                        const OnboardingPolicy &policy);

} // namespace izdesk::server
