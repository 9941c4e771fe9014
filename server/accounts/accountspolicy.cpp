#include "accounts/accountspolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace izdesk::server {

const AccountsPolicy &AccountsPolicy::defaults()
{
    static const AccountsPolicy policy;
    return policy;
}

namespace {

bool readInt(const QJsonObject &o, const QString &key, int min, int max, int *out, QString *error)
{
    if (!o.contains(key))
        return true;
    const QJsonValue v = o.value(key);
    const double d = v.toDouble(-1);
    // The range first: converting a double beyond qint64 (1e300) is undefined behaviour.
    if (!v.isDouble() || d < min || d > max || d != double(qint64(d))) {
        *error = QStringLiteral("%1: must be a whole number from %2 to %3").arg(key).arg(min).arg(max);
        return false;
    }
    *out = int(d);
    return true;
}

} // namespace

std::optional<AccountsPolicy> AccountsPolicy::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? QStringLiteral("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())
            : QStringLiteral("the policy must be a JSON object");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    static const QStringList known{QStringLiteral("user_agreement_months"), QStringLiteral("organization_agreement_months"),
                                   QStringLiteral("expiring_days"), QStringLiteral("retention_years"),
                                   QStringLiteral("inactivity_days"), QStringLiteral("required_user_agreements"),
                                   QStringLiteral("facility_code_prefix"), QStringLiteral("sweep_interval_minutes")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("%1: unknown key (known: %2)").arg(it.key(), known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
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
