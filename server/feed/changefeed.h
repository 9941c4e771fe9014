#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

namespace izdesk {
class SlaPolicy;
}

namespace izdesk::server {

// Reads the change feed (GET /api/v1/changes): the changes after a cursor, oldest first,
// each ticket change carrying the ticket as it is now and each presence change the users
// present now. Repeats of one entity within a page collapse into its last change. Works on
// the caller's connection; stateless; any thread.
class ChangeFeed
{
public:
    static constexpr int kMaxLimit = 500;
    static constexpr int kMaxWaitSeconds = 30;

    // {"changes":[…],"cursor":"N","more":bool}; *count = number of changes; false on error.
    static bool read(QSqlDatabase db, Dialect dialect, const SlaPolicy &policy, const QDateTime &now, qint64 since,
                     int limit, QJsonObject *out, qsizetype *count);
    // The body answered when a wait ends with nothing new.
    static QJsonObject empty(qint64 since);
};

} // namespace izdesk::server
