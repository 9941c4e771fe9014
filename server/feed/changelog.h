#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace izdesk::server {

// Appends to the change feed (table changes) on the caller's connection, so the change
// commits or rolls back with the write it records. On PostgreSQL it also queues a NOTIFY on
// channel izdesk_changes, delivered to every server instance at commit. Stateless; any thread.
class ChangeLog
{
public:
    static constexpr const char *kChannel = "izdesk_changes";

    static bool append(QSqlDatabase db, Dialect dialect, const QString &kind, qint64 entityId, const QDateTime &at);
};

} // namespace izdesk::server
