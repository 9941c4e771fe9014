#pragma once

#include "onboarding/onboardinggate.h"
#include "onboarding/onboardingtypes.h"

#include <QJsonObject>

namespace izdesk::server {

// The Project JSON of contracts-onboarding.md. `board`: the board's shape, whose "stages"
// holds only the current stage. Pure; any thread.
QJsonObject projectJson(const Project &p, const ProjectFacts &facts, const QDateTime &now, bool board = false);
// Whether the project's current stage is overdue (an active project only).
bool projectOverdue(const Project &p, const QDateTime &now);

} // namespace izdesk::server
