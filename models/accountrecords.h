#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace izdesk {

// Client-side values of the accounts API (contracts-accounts.md): IIS user accounts, their
// agreements, organizations with their facilities, and the expiring-agreements worklist.
// JSON decoding only; plain values, safe on any thread.

struct AccountSite
{
    qint64 id = 0;
    QString name;
    QString facilityCode;
};

struct AccountAgreement
{
    qint64 id = 0;
    QString kind; // confidentiality | user_access | organization_data_use
    QString version;
    QString signerName;
    QDate signedOn;
    QDate expiresOn;
    QDate endedOn;
    QDate retentionUntil;
    QString status; // current | expiring | expired | ended (computed by the server)
    int daysLeft = 0;
    qint64 iisUserId = 0; // the holder: exactly one of the two is set
    qint64 organizationId = 0;
    // The signed document on file: empty type when none is stored.
    QString documentType; // application/pdf | image/png | image/jpeg | image/tiff
    qint64 documentSize = 0;
    QString documentSha256; // lower-case hex
    QString recordedBy;

    bool hasDocument() const { return !documentType.isEmpty(); }
    // A file name for the signed document: "agreement-12-confidentiality.pdf".
    QString documentFileName() const;
    static AccountAgreement fromJson(const QJsonObject &json);
};

struct IisAccount
{
    qint64 id = 0;
    QString username;
    QString givenName;
    QString familyName;
    QString email;
    QString phone;
    QString role;   // Catalog::iisUserRoles
    QString status; // Catalog::iisUserStatuses
    QString inactiveReason;
    QDateTime inactivatedAt; // UTC; invalid when never
    QDateTime activatedAt;
    QDateTime lastLoginAt;
    QDateTime credentialIssuedAt;
    QDateTime createdAt;
    QList<AccountSite> sites;
    QString agreementStatus; // current | expiring | expired | none
    QDate agreementExpiresOn;
    int version = 0;

    QString fullName() const;
    // "Lakeside Clinic (CHC001); …"
    QString sitesText() const;
    QByteArray etag() const;
    static IisAccount fromJson(const QJsonObject &json);
};

struct AccessAdministrator
{
    qint64 id = 0;
    QString username;
    QString name;
};

struct AccountFacility
{
    qint64 id = 0;
    qint64 organizationId = 0;
    QString name;
    QString facilityCode;
    QString vfcPin;
    QString phone;
    QString fax;
    QString address;
    QList<AccessAdministrator> accessAdministrators;

    static AccountFacility fromJson(const QJsonObject &json);
};

struct AccountOrganization
{
    qint64 id = 0;
    QString name;
    QString type; // Catalog::organizationTypes
    QList<AccountFacility> facilities;
    int version = 0;

    static AccountOrganization fromJson(const QJsonObject &json);
};

// One row of the expiring-agreements worklist: the agreement and who holds it.
struct RenewalItem
{
    AccountAgreement agreement;
    QString holderKind; // iis_user | organization
    qint64 holderId = 0;
    QString name;
    QString email;
    QString siteCodes; // "CODE1;CODE2" (users)

    bool isUser() const { return holderKind == QLatin1String("iis_user"); }
    static RenewalItem fromJson(const QJsonObject &json);
};

// An agreement the desk is recording (POST …/agreements).
struct AgreementDraft
{
    QString kind;
    QString version;
    QString signerName;
    QDate signedOn;
    QDate expiresOn; // invalid: the server's default term

    QJsonObject toJson() const;
};

} // namespace izdesk

Q_DECLARE_METATYPE(izdesk::IisAccount)
Q_DECLARE_METATYPE(izdesk::AccountOrganization)
Q_DECLARE_METATYPE(izdesk::RenewalItem)
