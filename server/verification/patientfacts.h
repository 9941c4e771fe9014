#pragma once

#include "storage/databaseconfig.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace izdesk::server {

// What the verification rules need to know about a patient: whether it may be found at all,
// its protection flags, its age and owning provider. Never sent to a client. Value type.
struct PatientFacts
{
    bool found = false; // false for unknown ids and for full opt-out (never found)
    bool sharingLock = false;
    bool protection = false; // an active protection indicator consent
    QDate birthDate;
    QString owningFacilityCode;

    // nullopt on a database error.
    static std::optional<PatientFacts> load(QSqlDatabase db, qint64 patientId);
};

} // namespace izdesk::server
