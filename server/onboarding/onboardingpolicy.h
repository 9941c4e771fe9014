#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace izdesk::server {

// The onboarding rules a jurisdiction may tune (docs/architecture/contracts-onboarding.md
// "Onboarding policy"): each stage's business days, how long submission contents are kept,
// and the weights of the queue's priority. Value type, read-only after load; any thread.
struct OnboardingPolicy
{
    // The five stages in order; their keys are the API's stage names.
    static const QStringList &stageKeys();

    std::array<int, 5> stageBusinessDays{5, 5, 20, 1, 10};
    int submissionRetentionDays = 90;

    struct Weights
    {
        int registrationComplete = 20;
        int electronic = 15;
        int vfcEnrolled = 20;
        int volume = 20;
        int sites = 10;
        int organizationType = 5;
        int waiting = 10;
        int total() const
        {
            return registrationComplete + electronic + vfcEnrolled + volume + sites + organizationType + waiting;
        }
    } weights;
    int volumeFullAt = 1000;
    int sitesFullAt = 10;
    int waitingFullAtDays = 90;
    QStringList organizationTypesFirst{QStringLiteral("provider"), QStringLiteral("pharmacy")};

    // The business days of a stage by key; 0 for an unknown key.
    int businessDays(const QString &stage) const;

    // resources/policies/onboarding-default.json.
    static const OnboardingPolicy &builtIn();
    // Parses and validates the policy JSON; nullopt + *error naming the key on a bad value
    // ("stages.plan: must be a whole number from 1 to 250", "priority_weight: unknown key …").
    static std::optional<OnboardingPolicy> fromJson(const QByteArray &json, QString *error);
};

} // namespace izdesk::server
