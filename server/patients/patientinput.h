#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace izdesk::server {

// A patient as a feed, the importer, the generator or the demo seed hands it to the store:
// raw values as given (standardization happens in PatientWriter). Value type; any thread.
struct PatientInput
{
    struct Name { QString kind, first, middle, last; };
    struct Address { QString kind, street, city, state, zip; };
    struct Phone { QString kind, number; };
    struct Guardian { QString first, last, relationship, phone; };
    struct Identifier { QString type, value, facility; };
    struct Consent { QString kind; QDate effective; QString source; };

    QString iisId; // generated when empty
    QString first, middle, last, suffix;
    QDate dob;
    QString sex = QStringLiteral("U");
    bool multipleBirth = false;
    int birthOrder = 0;
    QString motherMaiden;
    QString race, ethnicity;
    QString owningFacility;
    QList<Name> aliases;
    QList<Address> addresses;
    QList<Phone> phones;
    QList<Guardian> guardians;
    QList<Identifier> identifiers;
    QList<Consent> consents;
};

// One vaccination event for a patient. Value type; any thread.
struct ImmunizationInput
{
    QString cvx, ndc, cpt, mvx, lot;
    QDate date;
    QString recordType = QStringLiteral("administered"); // or historical
    QString informationSource = QStringLiteral("00");
    QString facilityCode;
    QString vfcEligibility;
};

} // namespace izdesk::server
