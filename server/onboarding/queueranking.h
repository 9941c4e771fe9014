#pragma once

#include "onboarding/onboardingpolicy.h"
#include "onboarding/onboardingtypes.h"

#include <QJsonObject>

namespace izdesk::server {

// The queue's computed members (contracts-onboarding.md "Queue"): priority from the policy's
// weights, days waiting, and the position among waiting entries. Pure; any thread.
namespace QueueRanking {

// Each factor from 0 to 1, weighted and scaled so the weights' total is 100:
// priority = round(100 × Σ weight × factor / Σ weight).
int priority(const QueueEntry &e, const OnboardingPolicy &policy, const QDate &today);
// Days from registered_on to today while waiting, to the invitation once invited.
int daysWaiting(const QueueEntry &e, const QDate &today);

struct Ranked
{
    QueueEntry entry;
    int priority = 0;
    int position = 0; // 1-based among waiting entries; 0 for the others
    int daysWaiting = 0;
    QJsonObject toJson() const;
};

// `entries` in the order of GET /onboarding/queue: waiting by position (priority descending,
// then registered_on, then id), then the others newest first. Positions are ranks among the
// waiting entries of `entries`, so pass every waiting entry when positions matter.
QList<Ranked> rank(const QList<QueueEntry> &entries, const OnboardingPolicy &policy, const QDate &today);

} // namespace QueueRanking

} // namespace izdesk::server
