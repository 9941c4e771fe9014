#pragma once

#include "accounts/accountspolicy.h"
#include "onboarding/onboardingtypes.h"
#include "storage/databaseconfig.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace izdesk::server {

// THE gate rule (contracts-onboarding.md "Projects and stages"): whether the current stage of
// a project may be passed now and, when not, why, in sentences a specialist can read to the
// vendor. The Project JSON's "gate" and POST …/advance both ask it. Also what the rule reads
// that the Project JSON shows: the latest submission and the data use agreement's status.
// Reads on the caller's connection; not shared between threads.
struct ProjectFacts
{
    QString stage; // the stage the gate is for (the current one)
    bool met = false;
    QStringList reasons;
    QString dataUseAgreement;    // current | expiring | expired | ended | none
    QJsonValue latestSubmission; // Submission JSON, or null

    QJsonObject gateJson() const;
};

namespace OnboardingGate {

// nullopt on a database error. `today` is the accounts rule's day (agreement status).
std::optional<ProjectFacts> evaluate(QSqlDatabase db, Dialect dialect, const Project &p, const AccountsPolicy &accounts,
                                     const QDate &today, const QDateTime &now);

} // namespace OnboardingGate

} // namespace izdesk::server
