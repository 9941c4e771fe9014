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
// Runs a statement that has no bind values (same logging). On PostgreSQL a QSqlQuery::prepare
// is a server round trip of its own (QPSQL sends PREPARE, then EXECUTE, then DEALLOCATE when
// the query is reset or destroyed), so a statement without binds is sent once, as it is.
bool prepareAndExec(QSqlQuery &query, const QString &sql);
// Runs sql with `values` for its `?` placeholders, in one round trip on both stores. SQLite
// binds them (its prepare is in process); on PostgreSQL they are written into the statement as
// literals by the driver's own formatter (QSqlDriver::formatValue, which escapes strings with
// libpq) — what QPSQL's EXECUTE of a prepared query does too — so no PREPARE and DEALLOCATE
// are sent for a statement run once. For statements run once with varying text (IN lists);
// keep prepare()/exec() for one statement run many times. Placeholders inside quoted literals
// are left alone. Failures are logged with the statement as written (placeholders, no values).
bool execWithValues(QSqlQuery &query, Dialect dialect, const QString &sql, const QVariantList &values);
// "?,?,?" for an IN list of n values.
QString sqlPlaceholders(qsizetype n);
// "12,15,40": row ids written into an IN list (numbers only, so never a value from outside).
QString sqlIdList(const QList<qint64> &ids);

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
