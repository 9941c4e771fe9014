#pragma once

// Shared by the duplicate review client tests: three candidate pairs written straight to the
// store and found by the server's own detector. Source ids are PREFIX-A1/A2 (a typo pair,
// certain, one dose on both records where only the target's has a lot), PREFIX-V1/V2 (DOB and
// sex differ: a hard veto) at `facility`, and PREFIX-T1/T2 (certain) at `otherFacility`.

#include "duplicates/duplicatedetector.h"
#include "mergetestdata.h"
#include "patienttestdata.h"

#include <QDebug>

namespace izdesk::test {

inline bool seedDuplicatePairs(izdesk::server::Database &database, const QString &prefix, const QString &facility,
                               const QString &otherFacility)
{
    bool ok = true;
    auto insert
        = [&](PatientInput p, const QString &suffix, const QString &code, const QList<ImmunizationInput> &events = {}) {
              p.owningFacility = code;
              p.identifiers << PatientInput::Identifier{QStringLiteral("source_id"), prefix + suffix, QString()};
              QString error;
              if (!insertPatient(database, p, events, &error)) {
                  qWarning() << "insert failed" << error;
                  ok = false;
              }
          };
    auto household = [](const QString &first) {
        PatientInput p
            = person(first, QStringLiteral("Okonkwo-Baptiste"), QDate(2020, 3, 7), QStringLiteral("M"),
                     QStringLiteral("418 Larkspur Ln"), QStringLiteral("55104"), QStringLiteral("651-555-0142"));
        p.motherMaiden = QStringLiteral("Ferreira");
        // One birth certificate on both records: the middle name only one of them has cannot
        // be a twin's.
        p.identifiers << PatientInput::Identifier{QStringLiteral("birth_file_number"), QStringLiteral("2020-0307-118"),
                                                  QString()};
        return p;
    };
    insert(household(QStringLiteral("William")), QStringLiteral("-A1"), facility,
           {dose(QStringLiteral("20"), QDate(2020, 5, 7), QStringLiteral("LOT-1"))});
    PatientInput typo = household(QStringLiteral("Wiliam"));
    typo.middle = QStringLiteral("Tobias");
    insert(typo, QStringLiteral("-A2"), facility,
           {dose(QStringLiteral("20"), QDate(2020, 5, 7)), dose(QStringLiteral("03"), QDate(2021, 3, 7))});
    PatientInput zeb
        = person(QStringLiteral("Zebulon"), QStringLiteral("Quigley"), QDate(2019, 4, 3), QStringLiteral("M"));
    zeb.motherMaiden = QStringLiteral("Thistlewood");
    insert(zeb, QStringLiteral("-V1"), facility);
    zeb.first = QStringLiteral("Zebulun");
    zeb.dob = QDate(2018, 1, 9);
    zeb.sex = QStringLiteral("F");
    insert(zeb, QStringLiteral("-V2"), facility);
    auto theo = [](const QString &first) {
        PatientInput p = person(first, QStringLiteral("Vanterpool"), QDate(2016, 9, 12), QStringLiteral("F"),
                                QStringLiteral("9 Birchwood Ct"), QStringLiteral("55106"));
        p.motherMaiden = QStringLiteral("Asantewaa");
        return p;
    };
    insert(theo(QStringLiteral("Theodora")), QStringLiteral("-T1"), otherFacility);
    insert(theo(QStringLiteral("Teodora")), QStringLiteral("-T2"), otherFacility);
    izdesk::server::DuplicateDetector detector(database.connection(), database.dialect(),
                                               QDateTime::currentDateTimeUtc());
    return ok && detector.scan().has_value();
}

} // namespace izdesk::test
