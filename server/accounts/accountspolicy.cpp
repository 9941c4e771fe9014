#include "accounts/accountspolicy.h"

#include "policyjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace izdesk::server {

const AccountsPolicy &AccountsPolicy::defaults()
{
    static const AccountsPolicy policy;
    return policy;
}

using PolicyJson::readInt;

std::optional<AccountsPolicy> AccountsPolicy::fromJson(const QByteArray &json, QString *error)
{
    static const QStringList known{QStringLiteral("user_agreement_months"), QStringLiteral("organization_agreement_months"),
                                   QStringLiteral("expiring_days"), QStringLiteral("retention_years"),
                                   QStringLiteral("inactivity_days"), QStringLiteral("required_user_agreements"),
                                   QStringLiteral("facility_code_prefix"), QStringLiteral("sweep_interval_minutes")};
    const auto parsed = PolicyJson::object(json, known, error);
    if (!parsed)
        return std::nullopt;
    const QJsonObject &o = *parsed;
    AccountsPolicy p;
    if (!readInt(o, QStringLiteral("user_agreement_months"), 1, 120, &p.userAgreementMonths, error)
        || !readInt(o, QStringLiteral("organization_agreement_months"), 1, 240, &p.organizationAgreementMonths, error)
        || !readInt(o, QStringLiteral("expiring_days"), 1, 365, &p.expiringDays, error)
        || !readInt(o, QStringLiteral("retention_years"), 0, 100, &p.retentionYears, error)
        || !readInt(o, QStringLiteral("inactivity_days"), 1, 3650, &p.inactivityDays, error)
        || !readInt(o, QStringLiteral("sweep_interval_minutes"), 1, 1440, &p.sweepIntervalMinutes, error))
        return std::nullopt;
    if (o.contains(QStringLiteral("required_user_agreements"))) {
        const QJsonValue v = o.value(QStringLiteral("required_user_agreements"));
        QStringList kinds;
        bool ok = v.isArray() && !v.toArray().isEmpty();
        for (const QJsonValue &k : v.toArray()) {
            const QString kind = k.toString();
            ok = ok && (kind == QLatin1String("confidentiality") || kind == QLatin1String("user_access"));
            if (!kinds.contains(kind))
                kinds << kind;
        }
        if (!ok) {
            *error = QStringLiteral("required_user_agreements: must be a non-empty list of confidentiality, user_access");
            return std::nullopt;
        }
        p.requiredUserAgreements = kinds;
    }
    if (o.contains(QStringLiteral("facility_code_prefix"))) {
        static const QRegularExpression prefix(QStringLiteral("^[A-Z]{2,4}$"));
        const QString value = o.value(QStringLiteral("facility_code_prefix")).toString();
        if (!prefix.match(value).hasMatch()) {
            *error = QStringLiteral("facility_code_prefix: must be 2 to 4 upper-case letters");
            return std::nullopt;
        }
        p.facilityCodePrefix = value;
    }
    return p;
}

} // namespace izdesk::server
