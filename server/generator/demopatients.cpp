#include "generator/demopatients.h"

#include "generator/populationgenerator.h"
#include "patients/patientwriter.h"

#include <QSqlQuery>

namespace izdesk::server {

namespace {

QList<GeneratedRecord> showcase()
{
    const auto make = [](const char *source, const char *first, const char *last, const QDate &dob, const char *sex) {
        GeneratedRecord r;
        r.sourceId = QLatin1String(source);
        r.first = QLatin1String(first);
        r.last = QLatin1String(last);
        r.dob = dob;
        r.sex = QLatin1String(sex);
        r.street = QStringLiteral("12 MAPLE AVE");
        r.city = QStringLiteral("SAINT PAUL");
        r.state = QStringLiteral("MN");
        r.zip = QStringLiteral("55101");
        r.phone = QStringLiteral("651-555-0142");
        r.motherMaiden = QStringLiteral("PETERSON");
        return r;
    };
    QList<GeneratedRecord> out;
    out << make("DEMO-1", "JONATHAN", "SMITH", QDate(2019, 4, 3), "M");
    GeneratedRecord emma = make("DEMO-2", "EMMA", "NGUYEN", QDate(2020, 6, 1), "F");
    emma.street = QStringLiteral("77 ELM ST");
    emma.zip = QStringLiteral("55102");
    emma.phone = QStringLiteral("612-555-0199");
    emma.birthOrder = 1;
    GeneratedRecord olivia = emma;
    olivia.sourceId = QStringLiteral("DEMO-3");
    olivia.first = QStringLiteral("OLIVIA");
    olivia.birthOrder = 2;
    out << emma << olivia;
    GeneratedRecord ana = make("DEMO-4", "ANA", "GARCIA-LOPEZ", QDate(2015, 11, 20), "F");
    ana.street = QStringLiteral("5 RIVER RD");
    ana.zip = QStringLiteral("55106");
    ana.phone.clear();
    out << ana;
    GeneratedRecord baby = make("DEMO-5", "BABY BOY", "SMITH", QDate(2019, 4, 3), "M"); // the birth-hospital duplicate
    baby.street.clear();
    out << baby;
    for (GeneratedRecord &r : out) {
        ImmunizationInput hepb;
        hepb.cvx = QStringLiteral("08");
        hepb.mvx = QStringLiteral("MSD");
        hepb.date = r.dob.addDays(1);
        hepb.lot = QStringLiteral("HB2291");
        r.immunizations << hepb;
    }
    return out;
}

} // namespace

bool seedDemoPatients(QSqlDatabase db, Dialect dialect, const QDateTime &now, int count, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM patients")) || !q.next()) {
        *error = QStringLiteral("cannot read the patient table");
        return false;
    }
    if (q.value(0).toLongLong() > 0)
        return true;
    if (!db.transaction()) {
        *error = QStringLiteral("cannot begin the demo patient transaction");
        return false;
    }
    PatientWriter writer(db, dialect, now);
    bool ok = true;
    const auto add = [&](const GeneratedRecord &r) {
        if (!ok)
            return;
        const auto id = writer.insert(r.toPatientInput(), error);
        ok = id.has_value();
        for (const auto &im : r.immunizations)
            ok = ok && writer.insertImmunization(*id, im, error);
    };
    for (const GeneratedRecord &r : showcase())
        add(r);
    PopulationGenerator(20260101, QDate(2026, 1, 1)).generate(count, add);
    if (ok) {
        // One patient under full opt-out: locked, never shown, not deleted.
        PatientInput optOut;
        optOut.first = QStringLiteral("OLGA");
        optOut.last = QStringLiteral("HIDDEN");
        optOut.dob = QDate(2012, 5, 5);
        optOut.sex = QStringLiteral("F");
        optOut.consents << PatientInput::Consent{QStringLiteral("full_opt_out"), QDate(2023, 1, 1), QStringLiteral("opt-out form")};
        ok = writer.insert(optOut, error).has_value();
    }
    ok = ok && writer.flush(error);
    if (!ok || !db.commit()) {
        db.rollback();
        if (error->isEmpty())
            *error = QStringLiteral("writing the demo patients failed");
        return false;
    }
    return true;
}

} // namespace izdesk::server
