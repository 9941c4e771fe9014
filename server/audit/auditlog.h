#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace izdesk::server {

// One row of the append-only audit trail. detail must hold no PHI.
struct AuditEvent
{
    QDateTime occurredAt;
    std::optional<qint64> actorUserId;
    QString actorUsername;
    QString action;      // e.g. "session.login", "ticket.update"
    QString entityType;  // e.g. "session", "ticket"
    QString entityId;
    QString peer;
    QJsonObject detail;
};

// Appends audit events on the given connection (so they commit or roll back with the
// caller's transaction). Stateless; any thread with its own connection.
class AuditLog
{
public:
    static bool append(QSqlDatabase db, Dialect dialect, const AuditEvent &event);
};

} // namespace izdesk::server
