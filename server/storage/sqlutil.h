#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace izdesk::server {

// Small helpers shared by every piece of SQL. Pure functions; any thread.

// Bind value for a {{TIMESTAMP}} column.
QVariant toDbTimestamp(const QDateTime &utc, Dialect dialect);
// Back to a UTC QDateTime (invalid for NULL).
QDateTime fromDbTimestamp(const QVariant &value);
// Execs a prepared query; on failure logs the driver error (never the bound values) and
// returns false. Throws nothing.
bool execQuery(QSqlQuery &query);
// Prepares and execs in one go (same logging).
bool prepareAndExec(QSqlQuery &query, const QString &sql);

} // namespace izdesk::server
