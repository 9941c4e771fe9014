#pragma once

#include <QSqlDatabase>
#include <QSqlError>

class QSqlDriver;

namespace izdesk::server {

// Why the store refused a statement, when the reason is the store itself rather than the
// statement (docs/architecture/failure-behaviour.md says what each one answers):
//   Unavailable  the connection is gone or cannot be made (PostgreSQL restarting or down, a
//                dropped connection, SQLite's file busy past the timeout or an I/O error)
//   Full         no space left (SQLite SQLITE_FULL, PostgreSQL disk_full 53100)
//   ReadOnly     the store takes no writes (SQLite SQLITE_READONLY, PostgreSQL 25006 on a
//                standby or a database set default_transaction_read_only)
// Ordered: a request that met several reports the last one here.
enum class StorageFault { None, Unavailable, Full, ReadOnly };

namespace StorageFaults {

// The fault behind a driver error, None for any other error (a constraint, a syntax error).
StorageFault classify(const QSqlError &error, const QSqlDriver *driver);
// Remembers, for the calling thread, the worst fault among the failed statements since the
// last take() (the SQL helpers in sqlutil call it for every failure).
void note(const QSqlError &error, const QSqlDriver *driver);
// The remembered fault, cleared.
StorageFault take();
// PostgreSQL: true when the connection is gone — libpq has marked it bad, or the server
// sent something while it sat idle outside a transaction (a shutdown, an idle-connection
// killer: the reason it closes, then the end of the stream). Never blocks, sends nothing.
// Always false on SQLite.
bool connectionLost(const QSqlDatabase &db);

} // namespace StorageFaults
} // namespace izdesk::server
