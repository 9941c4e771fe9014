#include "verification/patientfacts.h"

#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace izdesk::server {

std::optional<PatientFacts> PatientFacts::load(QSqlDatabase db, qint64 patientId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT full_opt_out, sharing_lock, birth_date, owning_facility_code FROM patients WHERE id = ?"));
    q.addBindValue(patientId);
    if (!execQuery(q))
        return std::nullopt;
    PatientFacts facts;
    if (!q.next() || q.value(0).toBool())
        return facts; // a full opt-out answers exactly like a missing record
    facts.found = true;
    facts.sharingLock = q.value(1).toBool();
    facts.birthDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    facts.owningFacilityCode = q.value(3).toString();
    QSqlQuery c(db);
    c.prepare(QStringLiteral("SELECT COUNT(*) FROM patient_consents WHERE patient_id = ? AND kind = ? AND active = ?"));
    c.addBindValue(patientId);
    c.addBindValue(QStringLiteral("protection"));
    c.addBindValue(true);
    if (!execQuery(c) || !c.next())
        return std::nullopt;
    facts.protection = c.value(0).toInt() > 0;
    return facts;
}

} // namespace izdesk::server
