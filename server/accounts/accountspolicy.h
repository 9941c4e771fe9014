#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace izdesk::server {

// The account and agreement rules a jurisdiction may tune (docs/architecture/contracts-accounts.md
// "Policy"): agreement terms, the expiring window, retention, the inactivity limit, which user
// agreements activation needs, the facility code prefix and how often the sweep runs.
// Value type, read-only after load; any thread.
struct AccountsPolicy
{
    int userAgreementMonths = 12;         // Maryland: annual
    int organizationAgreementMonths = 36; // Minnesota: three years
    int expiringDays = 30;
    int retentionYears = 6;               // HIPAA documentation retention
    int inactivityDays = 180;
    QStringList requiredUserAgreements{QStringLiteral("confidentiality")};
    QString facilityCodePrefix = QStringLiteral("IZ");
    int sweepIntervalMinutes = 60;

    static const AccountsPolicy &defaults();
    // Parses and validates the policy JSON; nullopt + *error naming the key on a bad value.
    static std::optional<AccountsPolicy> fromJson(const QByteArray &json, QString *error);
};

} // namespace izdesk::server
