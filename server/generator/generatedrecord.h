#pragma once

#include "patients/patientinput.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace izdesk::server {

// One synthetic patient record and its ground truth: which person it is, and — for a
// duplicate — the record it duplicates and the errors put into it. Value type; any thread.
struct GeneratedRecord
{
    qint64 personId = 0;
    QString sourceId;
    QString duplicateOf; // source_id of the person's first record; "" for that record itself
    QStringList errors;  // typo, nickname, placeholder, swapped, transposed_dob, dob_typo, dob_and_name, moved, hyphenated, missing
    QString first, middle, last, suffix;
    QDate dob;
    QString sex;
    QString motherMaiden;
    QString street, city, state, zip, phone;
    QString birthFileNumber, mrn, mrnFacility;
    int birthOrder = 0;
    QList<ImmunizationInput> immunizations;

    PatientInput toPatientInput() const;
    static QStringList csvHeader();
    QStringList csvFields() const;
};

} // namespace izdesk::server
