#pragma once

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace izdesk {

// Patient data as the client shows it, parsed from the patients API (docs/architecture/contracts.md).
// Plain values, held in memory only: patient records are never cached on disk.

// One field's part of a match score ("first_name", "nickname", +5.1).
struct MatchContribution
{
    QString field;
    QString level;
    double weight = 0.0;
};

// One row of GET /api/v1/patients: the summary plus its score and explanation.
struct PatientMatch
{
    qint64 id = 0;
    QString iisId;
    QString firstName;
    QString middleName;
    QString lastName;
    QString suffix;
    QDate birthDate;
    QString sex;
    QString city;
    QString state;
    double score = 0.0;
    QString grade; // certain | probable | possible
    QList<MatchContribution> explanation;
    QStringList badges; // twin_guard, multiple_birth, sharing_lock
    QStringList vetoes;

    QString displayName() const; // "JONATHAN A SMITH JR"

    static PatientMatch fromJson(const QJsonObject &o);
};

struct PatientIdentifier
{
    QString type; // iis_id | mrn | birth_file_number | source_id
    QString value;
    QString assigningFacility;
    QString status; // empty/active | old

    static PatientIdentifier fromJson(const QJsonObject &o);
};

struct PatientConsent
{
    QString kind; // reminder_opt_out | sharing_lock | full_opt_out | protection
    bool active = true;
    QDate effectiveDate;
    QString source;
};

struct PatientGuardian
{
    QString firstName;
    QString lastName;
    QString relationship;
    QString phone;
};

struct PatientAddress
{
    QString kind;
    QString street;
    QString city;
    QString state;
    QString zip;
    bool current = false;

    QString oneLine() const;
};

struct PatientPhone
{
    QString kind;
    QString number;
};

struct PatientAlias
{
    QString kind;
    QString firstName;
    QString middleName;
    QString lastName;
};

// One immunization of a released history (the verification routes' "immunizations").
struct PatientImmunization
{
    qint64 id = 0;
    QString cvx;
    QString vaccineName;
    QString vaccineGroup;
    QString manufacturer;
    QString mvx;
    QString lot;
    QDate administeredDate;
    QString recordType; // administered | historical
    QString facilityCode;

    static PatientImmunization fromJson(const QJsonObject &o);
    static QList<PatientImmunization> listFromJson(const QJsonArray &a);
};

// GET /api/v1/patients/{id}: demographics, identifiers, consents, guardians. Deliberately no
// immunizations: a history is shown only from the verification route's answer
// (PatientRecordView::setHistory), whatever this route sends.
struct PatientRecord
{
    qint64 id = 0;
    QString iisId;
    QString firstName;
    QString middleName;
    QString lastName;
    QString suffix;
    QDate birthDate;
    QString sex;
    bool multipleBirth = false;
    int birthOrder = 0;
    QString motherMaidenName;
    QString race;
    QString ethnicity;
    bool active = true;
    QString owningFacilityCode;
    QList<PatientAlias> aliases;
    QList<PatientAddress> addresses;
    QList<PatientPhone> phones;
    QList<PatientGuardian> guardians;
    QList<PatientIdentifier> identifiers;
    QList<PatientConsent> consents;
    bool historyWithheld = true;

    bool isValid() const { return id > 0; }
    QString displayName() const;

    static PatientRecord fromJson(const QJsonObject &o);
};

} // namespace izdesk

Q_DECLARE_METATYPE(izdesk::PatientRecord)
