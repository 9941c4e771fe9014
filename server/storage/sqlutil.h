#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QSqlDatabase>
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

namespace izdesk::server {

// Opens a transaction that will write tickets (or anything in the change feed). On SQLite it
// takes the write lock at once (BEGIN IMMEDIATE), so a transaction that reads before it writes
// cannot fail on a snapshot another writer moved meanwhile. On PostgreSQL it takes the
// transaction-scoped advisory lock kWriteLockId first, before any row lock: change sequence
// numbers then commit in order, and multi-ticket writes cannot deadlock. Commit or roll back
// with the QSqlDatabase as usual.
constexpr qint64 kWriteLockId = 727001;
bool beginWriteTransaction(QSqlDatabase db, Dialect dialect);

} // namespace izdesk::server
