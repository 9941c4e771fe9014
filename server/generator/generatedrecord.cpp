#include "generator/generatedrecord.h"

namespace izdesk::server {

PatientInput GeneratedRecord::toPatientInput() const
{
    PatientInput p;
    p.first = first;
    p.middle = middle;
    p.last = last;
    p.suffix = suffix;
    p.dob = dob;
    p.sex = sex;
    p.motherMaiden = motherMaiden;
    p.multipleBirth = birthOrder > 0;
    p.birthOrder = birthOrder;
    if (!street.isEmpty() || !zip.isEmpty())
        p.addresses << PatientInput::Address{QStringLiteral("home"), street, city, state, zip};
    if (!phone.isEmpty())
        p.phones << PatientInput::Phone{QStringLiteral("home"), phone};
    p.identifiers << PatientInput::Identifier{QStringLiteral("source_id"), sourceId, QString()};
    if (!mrn.isEmpty())
        p.identifiers << PatientInput::Identifier{QStringLiteral("mrn"), mrn, mrnFacility};
    if (!birthFileNumber.isEmpty())
        p.identifiers << PatientInput::Identifier{QStringLiteral("birth_file_number"), birthFileNumber, QString()};
    return p;
}

QStringList GeneratedRecord::csvHeader()
{
    return {QStringLiteral("source_id"), QStringLiteral("first_name"), QStringLiteral("middle_name"), QStringLiteral("last_name"),
            QStringLiteral("suffix"), QStringLiteral("birth_date"), QStringLiteral("sex"), QStringLiteral("mother_maiden_name"),
            QStringLiteral("street"), QStringLiteral("city"), QStringLiteral("state"), QStringLiteral("zip"), QStringLiteral("phone"),
            QStringLiteral("birth_file_number"), QStringLiteral("mrn"), QStringLiteral("mrn_facility"), QStringLiteral("birth_order")};
}

QStringList GeneratedRecord::csvFields() const
{
    return {sourceId, first, middle, last, suffix, dob.toString(Qt::ISODate), sex, motherMaiden, street, city, state, zip,
            phone, birthFileNumber, mrn, mrnFacility, birthOrder > 0 ? QString::number(birthOrder) : QString()};
}

} // namespace izdesk::server
