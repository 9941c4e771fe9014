#include "accountrecords.h"

#include "jsonfields.h"

#include <QHash>
#include <QJsonArray>

namespace izdesk {

using json::date;
using json::str;
using json::time;

AccountAgreement AccountAgreement::fromJson(const QJsonObject &json)
{
    AccountAgreement a;
    a.id = json.value(QLatin1String("id")).toInteger();
    a.kind = str(json, "kind");
    a.version = str(json, "version");
    a.signerName = str(json, "signer_name");
    a.signedOn = date(json, "signed_on");
    a.expiresOn = date(json, "expires_on");
    a.endedOn = date(json, "ended_on");
    a.retentionUntil = date(json, "retention_until");
    a.status = str(json, "status");
    a.daysLeft = json.value(QLatin1String("days_left")).toInt();
    a.iisUserId = json.value(QLatin1String("iis_user_id")).toInteger();
    a.organizationId = json.value(QLatin1String("organization_id")).toInteger();
    const QJsonObject document = json.value(QLatin1String("document")).toObject();
    a.documentType = str(document, "content_type");
    a.documentSize = document.value(QLatin1String("size")).toInteger();
    a.documentSha256 = str(document, "sha256");
    a.recordedBy = str(json, "recorded_by");
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
    u.username = str(json, "username");
    u.givenName = str(json, "given_name");
    u.familyName = str(json, "family_name");
    u.email = str(json, "email");
    u.phone = str(json, "phone");
    u.role = str(json, "role");
    u.status = str(json, "status");
    u.inactiveReason = str(json, "inactive_reason");
    u.inactivatedAt = time(json, "inactivated_at");
    u.activatedAt = time(json, "activated_at");
    u.lastLoginAt = time(json, "last_login_at");
    u.credentialIssuedAt = time(json, "credential_issued_at");
    u.createdAt = time(json, "created_at");
    for (const QJsonValue &v : json.value(QLatin1String("sites")).toArray()) {
        const QJsonObject s = v.toObject();
        u.sites.append({s.value(QLatin1String("id")).toInteger(), str(s, "name"), str(s, "facility_code")});
    }
    u.agreementStatus = str(json, "agreement_status");
    u.agreementExpiresOn = date(json, "agreement_expires_on");
    u.version = json.value(QLatin1String("version")).toInt();
    return u;
}

AccountFacility AccountFacility::fromJson(const QJsonObject &json)
{
    AccountFacility f;
    f.id = json.value(QLatin1String("id")).toInteger();
    f.organizationId = json.value(QLatin1String("organization_id")).toInteger();
    f.name = str(json, "name");
    f.facilityCode = str(json, "facility_code");
    f.vfcPin = str(json, "vfc_pin");
    f.phone = str(json, "phone");
    f.fax = str(json, "fax");
    f.address = str(json, "address");
    for (const QJsonValue &v : json.value(QLatin1String("access_administrators")).toArray()) {
        const QJsonObject a = v.toObject();
        f.accessAdministrators.append({a.value(QLatin1String("id")).toInteger(), str(a, "username"), str(a, "name")});
    }
    return f;
}

AccountOrganization AccountOrganization::fromJson(const QJsonObject &json)
{
    AccountOrganization o;
    o.id = json.value(QLatin1String("id")).toInteger();
    o.name = str(json, "name");
    o.type = str(json, "type");
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
    r.holderKind = str(holder, "kind");
    r.holderId = holder.value(QLatin1String("id")).toInteger();
    r.name = str(holder, "name");
    r.email = str(holder, "email");
    r.siteCodes = str(holder, "sites");
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
