#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace izdesk::server {

// Phone-release locks on patients (release_locks): placed after too many failed verification
// attempts in a day, lifted by time or by a supervisor. Works on the caller's connection;
// one thread.
class ReleaseLocks
{
public:
    ReleaseLocks(QSqlDatabase db, Dialect dialect);

    // The end of the active lock, or an invalid QDateTime when the patient is not locked.
    // nullopt on a database error.
    std::optional<QDateTime> activeUntil(qint64 patientId, const QDateTime &now);
    // When a supervisor last lifted a lock (failures before it no longer count); invalid if never.
    std::optional<QDateTime> lastLifted(qint64 patientId);
    bool lock(qint64 patientId, const QDateTime &at, const QDateTime &until);
    // Lifts the active lock; *lifted false when there was none.
    bool lift(qint64 patientId, qint64 byUserId, const QString &reason, const QDateTime &now, bool *lifted);

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
