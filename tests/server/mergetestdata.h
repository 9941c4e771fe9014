#pragma once

// Shared by the merge tests: patient pairs written straight to the store, and snapshots to
// compare (PatientSnapshot minus the bookkeeping a write always moves on).

#include "merge/patientsnapshot.h"
#include "patients/patientinput.h"
#include "patients/patientwriter.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace izdesk::test {

using izdesk::server::ImmunizationInput;
using izdesk::server::PatientInput;

inline ImmunizationInput dose(const QString &cvx, const QDate &date, const QString &lot = {},
                              const QString &recordType = QStringLiteral("administered"))
{
    ImmunizationInput im;
    im.cvx = cvx;
    im.date = date;
    im.lot = lot;
    im.recordType = recordType;
    im.informationSource = recordType == QLatin1String("administered") ? QStringLiteral("00") : QStringLiteral("01");
    return im;
}

// Inserts one patient with its events in its own transaction; nullopt + *error on failure.
inline std::optional<qint64> insertPatient(izdesk::server::Database &database, const PatientInput &patient,
                                           const QList<ImmunizationInput> &events, QString *error)
{
    QSqlDatabase db = database.connection();
    izdesk::server::PatientWriter writer(db, database.dialect(), QDateTime::currentDateTimeUtc());
    if (!db.transaction()) {
        *error = QStringLiteral("cannot begin");
        return std::nullopt;
    }
    const auto id = writer.insert(patient, error);
    bool ok = id.has_value();
    for (const auto &e : events)
        ok = ok && writer.insertImmunization(*id, e, error);
    ok = ok && writer.flush(error);
    if (!ok || !db.commit()) {
        db.rollback();
        return std::nullopt;
    }
    return id;
}

// A snapshot without version and updated_at (which every write bumps).
inline QJsonObject withoutBookkeeping(QJsonObject snapshot)
{
    QJsonObject row = snapshot.value(QStringLiteral("patient")).toObject();
    row.remove(QStringLiteral("version"));
    row.remove(QStringLiteral("updated_at"));
    snapshot.insert(QStringLiteral("patient"), row);
    return snapshot;
}

// The patient's full row images, without bookkeeping.
inline QJsonObject comparable(izdesk::server::Database &database, qint64 id)
{
    return withoutBookkeeping(izdesk::server::PatientSnapshot::read(database.connection(), id).value_or(QJsonObject()));
}

} // namespace izdesk::test
