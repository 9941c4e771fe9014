#pragma once

// A small hand-written registry for the patient tests: the true records a caller looks for,
// plus the near-misses that make ranking matter (same surname, same DOB, twins).

#include "patients/patientinput.h"
#include "patients/patientwriter.h"
#include "storage/database.h"

#include <QHash>
#include <QSqlDatabase>

namespace izdesk::test {

using izdesk::server::ImmunizationInput;
using izdesk::server::PatientInput;

inline PatientInput person(const QString &first, const QString &last, const QDate &dob, const QString &sex,
                           const QString &street = {}, const QString &zip = {}, const QString &phone = {})
{
    PatientInput p;
    p.first = first;
    p.last = last;
    p.dob = dob;
    p.sex = sex;
    if (!street.isEmpty())
        p.addresses << PatientInput::Address{QStringLiteral("home"), street, QStringLiteral("Saint Paul"), QStringLiteral("MN"), zip};
    if (!phone.isEmpty())
        p.phones << PatientInput::Phone{QStringLiteral("home"), phone};
    return p;
}

// Inserts the registry; returns ids by a short key ("jonathan", "twin_emma", …).
inline QHash<QString, qint64> insertRegistry(izdesk::server::Database &database, QString *error)
{
    QHash<QString, qint64> ids;
    QSqlDatabase db = database.connection();
    izdesk::server::PatientWriter writer(db, database.dialect(), QDateTime::currentDateTimeUtc());
    db.transaction();
    auto add = [&](const QString &key, PatientInput p) {
        const auto id = writer.insert(p, error);
        if (id)
            ids.insert(key, *id);
        return id.has_value();
    };
    PatientInput jonathan = person(QStringLiteral("JONATHAN"), QStringLiteral("SMITH"), QDate(2019, 4, 3), QStringLiteral("M"),
                                   QStringLiteral("12 Maple Ave"), QStringLiteral("55101"), QStringLiteral("651-555-0142"));
    jonathan.motherMaiden = QStringLiteral("Peterson");
    jonathan.identifiers << PatientInput::Identifier{QStringLiteral("mrn"), QStringLiteral("MRN-7781"), QStringLiteral("CLINIC01")}
                         << PatientInput::Identifier{QStringLiteral("source_id"), QStringLiteral("SRC-1"), QString()};
    bool ok = add(QStringLiteral("jonathan"), jonathan);
    ok = ok && add(QStringLiteral("john_sr"), person(QStringLiteral("JOHN"), QStringLiteral("SMITH"), QDate(1988, 3, 4), QStringLiteral("M"),
                                                     QStringLiteral("12 Maple Ave"), QStringLiteral("55101"), QStringLiteral("651-555-0142")));
    ok = ok && add(QStringLiteral("jane"), person(QStringLiteral("JANE"), QStringLiteral("SMITH"), QDate(2019, 3, 4), QStringLiteral("F"),
                                                  QStringLiteral("400 Oak St"), QStringLiteral("55104")));
    ok = ok && add(QStringLiteral("jonah"), person(QStringLiteral("JONAH"), QStringLiteral("SNYDER"), QDate(2019, 4, 3), QStringLiteral("M")));
    PatientInput emma = person(QStringLiteral("EMMA"), QStringLiteral("NGUYEN"), QDate(2020, 6, 1), QStringLiteral("F"),
                               QStringLiteral("77 Elm St"), QStringLiteral("55102"), QStringLiteral("612-555-0199"));
    emma.multipleBirth = true;
    emma.birthOrder = 1;
    PatientInput olivia = emma;
    olivia.first = QStringLiteral("OLIVIA");
    olivia.birthOrder = 2;
    ok = ok && add(QStringLiteral("twin_emma"), emma) && add(QStringLiteral("twin_olivia"), olivia);
    ok = ok && add(QStringLiteral("ana"), person(QStringLiteral("Ana"), QStringLiteral("Garcia-Lopez"), QDate(2015, 11, 20), QStringLiteral("F"),
                                                 QStringLiteral("5 River Rd"), QStringLiteral("55106")));
    ok = ok && add(QStringLiteral("william"), person(QStringLiteral("William"), QStringLiteral("Johnson"), QDate(2010, 1, 15), QStringLiteral("M"),
                                                     QStringLiteral("900 Summit Ave"), QStringLiteral("55105"), QStringLiteral("(612) 555-0111")));
    ok = ok && add(QStringLiteral("baby"), person(QStringLiteral("BABY GIRL"), QStringLiteral("MARTINEZ"), QDate(2024, 2, 10), QStringLiteral("F"),
                                                  QStringLiteral("31 Cedar Ln"), QStringLiteral("55107")));
    PatientInput optOut = person(QStringLiteral("Olga"), QStringLiteral("Hidden"), QDate(2012, 5, 5), QStringLiteral("F"));
    optOut.consents << PatientInput::Consent{QStringLiteral("full_opt_out"), QDate(2023, 1, 1), QStringLiteral("form OPT-1")};
    ok = ok && add(QStringLiteral("optout"), optOut);
    PatientInput locked = person(QStringLiteral("Lena"), QStringLiteral("Locke"), QDate(2013, 6, 6), QStringLiteral("F"));
    locked.consents << PatientInput::Consent{QStringLiteral("sharing_lock"), QDate(2023, 2, 1), QStringLiteral("letter")};
    ok = ok && add(QStringLiteral("locked"), locked);
    if (ok) {
        const qint64 j = ids.value(QStringLiteral("jonathan"));
        ImmunizationInput dtap;
        dtap.cvx = QStringLiteral("20");
        dtap.mvx = QStringLiteral("PMC");
        dtap.lot = QStringLiteral("L123");
        dtap.date = QDate(2019, 6, 3);
        ImmunizationInput mmr;
        mmr.cvx = QStringLiteral("03");
        mmr.mvx = QStringLiteral("MSD");
        mmr.date = QDate(2020, 4, 5);
        mmr.recordType = QStringLiteral("historical");
        mmr.informationSource = QStringLiteral("01");
        ok = writer.insertImmunization(j, dtap, error) && writer.insertImmunization(j, mmr, error);
    }
    ok = ok && writer.flush(error);
    if (!ok) {
        db.rollback();
        return {};
    }
    db.commit();
    return ids;
}

} // namespace izdesk::test
