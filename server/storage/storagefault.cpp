#include "storage/storagefault.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>
#include <poll.h>

#include <algorithm>
#include <utility>

namespace izdesk::server::StorageFaults {

namespace {

thread_local StorageFault t_fault = StorageFault::None;

StorageFault classifySqlite(int code)
{
    switch (code & 0xff) { // the primary result code of an extended one
    case 5:  // SQLITE_BUSY: another writer held the file past the busy timeout
    case 6:  // SQLITE_LOCKED
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return StorageFault::Unavailable;
    case 13: // SQLITE_FULL
        return StorageFault::Full;
    case 8: // SQLITE_READONLY
        return StorageFault::ReadOnly;
    default:
        return StorageFault::None;
    }
}

StorageFault classifyPostgres(const QString &sqlState, QSqlError::ErrorType type)
{
    if (sqlState.startsWith(QLatin1String("08")) // connection_exception
        || sqlState == QLatin1String("57P01")    // admin_shutdown
        || sqlState == QLatin1String("57P02")    // crash_shutdown
        || sqlState == QLatin1String("57P03")    // cannot_connect_now (starting up, shutting down)
        || sqlState == QLatin1String("53300"))   // too_many_connections
        return StorageFault::Unavailable;
    if (sqlState == QLatin1String("53100")) // disk_full
        return StorageFault::Full;
    if (sqlState == QLatin1String("25006")) // read_only_sql_transaction
        return StorageFault::ReadOnly;
    // libpq's own errors carry no SQLSTATE; a failed connect is one of them.
    if (sqlState.isEmpty() && type == QSqlError::ConnectionError)
        return StorageFault::Unavailable;
    return StorageFault::None;
}

PGconn *pgConnection(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt 6 names the metatype after the struct behind the typedef (pg_conn*).
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace

StorageFault classify(const QSqlError &error, const QSqlDriver *driver)
{
    if (error.type() == QSqlError::NoError)
        return StorageFault::None;
    const QString code = error.nativeErrorCode();
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL)
        return classifyPostgres(code, error.type());
    bool numeric = false;
    const int value = code.toInt(&numeric);
    if (numeric)
        return classifySqlite(value);
    // Qt's SQLite driver reports a failed COMMIT without the code, with SQLite's fixed
    // message for it (sqlite3_errstr) as the database text.
    static const struct
    {
        const char *message;
        int code;
    } kMessages[] = {{"database or disk is full", 13},      {"attempt to write a readonly database", 8},
                     {"disk I/O error", 10},                {"database is locked", 5},
                     {"database table is locked", 6},       {"unable to open database file", 14}};
    const QString text = error.databaseText();
    for (const auto &known : kMessages) {
        if (text.contains(QLatin1String(known.message)))
            return classifySqlite(known.code);
    }
    return StorageFault::None;
}

void note(const QSqlError &error, const QSqlDriver *driver)
{
    t_fault = std::max(t_fault, classify(error, driver));
}

StorageFault take()
{
    return std::exchange(t_fault, StorageFault::None);
}

bool connectionLost(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver() || db.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        return false;
    PGconn *conn = pgConnection(db);
    if (!conn || PQstatus(conn) == CONNECTION_BAD)
        return true;
    if (PQtransactionStatus(conn) != PQTRANS_IDLE)
        return false; // mid-transaction: the statement under way reports what happens
    pollfd pending{PQsocket(conn), POLLIN, 0};
    // An idle connection with nothing sent has nothing to read; anything there is the server
    // saying goodbye (or the end of the stream itself).
    return ::poll(&pending, 1, 0) > 0;
}

} // namespace izdesk::server::StorageFaults
