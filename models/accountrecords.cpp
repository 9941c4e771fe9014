#include "accountrecords.h"

#include <QHash>
#include <QJsonArray>

namespace izdesk {

namespace {
QDate date(const QJsonObject &json, const char *key)
{
    return QDate::fromString(json.value(QLatin1String(key)).toString(), Qt::ISODate);
}

QDateTime timestamp(const QJsonObject &json, const char *key)
{
    return QDateTime::fromString(json.value(QLatin1String(key)).toString(), Qt::ISODateWithMs).toUTC();
}

QString text(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}
} // namespace

AccountAgreement AccountAgreement::fromJson(const QJsonObject &json)
{
    AccountAgreement a;
    a.id = json.value(QLatin1String("id")).toInteger();
    a.kind = text(json, "kind");
    a.version = text(json, "version");
    a.signerName = text(json, "signer_name");
    a.signedOn = date(json, "signed_on");
    a.expiresOn = date(json, "expires_on");
    a.endedOn = date(json, "ended_on");
    a.retentionUntil = date(json, "retention_until");
    a.status = text(json, "status");
    a.daysLeft = json.value(QLatin1String("days_left")).toInt();
    a.iisUserId = json.value(QLatin1String("iis_user_id")).toInteger();
    a.organizationId = json.value(QLatin1String("organization_id")).toInteger();
    const QJsonObject document = json.value(QLatin1String("document")).toObject();
    a.documentType = text(document, "content_type");
    a.documentSize = document.value(QLatin1String("size")).toInteger();
    a.documentSha256 = text(document, "sha256");
    a.recordedBy = text(json, "recorded_by");
    return a;
}

QString AccountAgreement::documentFileName() const
{
    static const QHash<QString, QString> suffixes{{QStringLiteral("application/pdf"), QStringLiteral("pdf")},
                                                  {QStringLiteral("image/png"), QStringLiteral("png")},
                                                  {QStringLiteral("image/jpeg"), QStringLiteral("jpg")},
                                                  {QStringLiteral("image/tiff"), QStringLiteral("tif")}};
    const QString suffix = suffixes.value(documentType, QStringLiteral("pdf"));
    return QStringLiteral("agreement-%1-%2.%3").arg(QString::number(id), kind, suffix);
}

QString IisAccount::fullName() const
{
    return QStringList{givenName, familyName}.join(QLatin1Char(' ')).trimmed();
}

QString IisAccount::sitesText() const
{
    QStringList parts;
    for (const AccountSite &s : sites)
        parts << (s.name.isEmpty() ? s.facilityCode : QStringLiteral("%1 (%2)").arg(s.name, s.facilityCode));
    return parts.join(QStringLiteral("; "));
}

QByteArray IisAccount::etag() const
{
    return "\"iisuser-" + QByteArray::number(id) + '-' + QByteArray::number(version) + '"';
}

IisAccount IisAccount::fromJson(const QJsonObject &json)
{
    IisAccount u;
    u.id = json.value(QLatin1String("id")).toInteger();
    u.username = text(json, "username");
    u.givenName = text(json, "given_name");
    u.familyName = text(json, "family_name");
    u.email = text(json, "email");
    u.phone = text(json, "phone");
    u.role = text(json, "role");
    u.status = text(json, "status");
    u.inactiveReason = text(json, "inactive_reason");
    u.inactivatedAt = timestamp(json, "inactivated_at");
    u.activatedAt = timestamp(json, "activated_at");
    u.lastLoginAt = timestamp(json, "last_login_at");
    u.credentialIssuedAt = timestamp(json, "credential_issued_at");
    u.createdAt = timestamp(json, "created_at");
    for (const QJsonValue &v : json.value(QLatin1String("sites")).toArray()) {
        const QJsonObject s = v.toObject();
        u.sites.append({s.value(QLatin1String("id")).toInteger(), text(s, "name"), text(s, "facility_code")});
    }
    u.agreementStatus = text(json, "agreement_status");
    u.agreementExpiresOn = date(json, "agreement_expires_on");
    u.version = json.value(QLatin1String("version")).toInt();
    return u;
}

AccountFacility AccountFacility::fromJson(const QJsonObject &json)
{
    AccountFacility f;
    f.id = json.value(QLatin1String("id")).toInteger();
    f.organizationId = json.value(QLatin1String("organization_id")).toInteger();
    f.name = text(json, "name");
    f.facilityCode = text(json, "facility_code");
    f.vfcPin = text(json, "vfc_pin");
    f.phone = text(json, "phone");
    f.fax = text(json, "fax");
    f.address = text(json, "address");
    for (const QJsonValue &v : json.value(QLatin1String("access_administrators")).toArray()) {
        const QJsonObject a = v.toObject();
        f.accessAdministrators.append({a.value(QLatin1String("id")).toInteger(), text(a, "username"), text(a, "name")});
    }
    return f;
}

AccountOrganization AccountOrganization::fromJson(const QJsonObject &json)
{
    AccountOrganization o;
    o.id = json.value(QLatin1String("id")).toInteger();
    o.name = text(json, "name");
    o.type = text(json, "type");
    o.version = json.value(QLatin1String("version")).toInt();
    for (const QJsonValue &v : json.value(QLatin1String("facilities")).toArray())
        o.facilities.append(AccountFacility::fromJson(v.toObject()));
    return o;
}

RenewalItem RenewalItem::fromJson(const QJsonObject &json)
{
    RenewalItem r;
    r.agreement = AccountAgreement::fromJson(json.value(QLatin1String("agreement")).toObject());
    const QJsonObject holder = json.value(QLatin1String("holder")).toObject();
    r.holderKind = text(holder, "kind");
    r.holderId = holder.value(QLatin1String("id")).toInteger();
    r.name = text(holder, "name");
    r.email = text(holder, "email");
    r.siteCodes = text(holder, "sites");
    return r;
}

QJsonObject AgreementDraft::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kind},
                  {QStringLiteral("version"), version},
                  {QStringLiteral("signer_name"), signerName},
                  {QStringLiteral("signed_on"), signedOn.toString(Qt::ISODate)}};
    if (expiresOn.isValid())
        o.insert(QStringLiteral("expires_on"), expiresOn.toString(Qt::ISODate));
    return o;
}

} // namespace izdesk
