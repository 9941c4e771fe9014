#pragma once

#include "storage/databaseconfig.h"
#include "storage/storagefault.h"

#include <QHash>
#include <QMetaObject>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

class QThread;

namespace izdesk::server {

// The server's store. Thread-safe: connection() hands each calling thread its own
// QSqlDatabase, opened lazily (SQLite: WAL, foreign_keys=ON, busy_timeout; PostgreSQL:
// time zone UTC). A worker thread's connection is closed on that thread when it finishes;
// the rest (the creating thread's) when the Database is destroyed, which must happen after
// the worker threads that used it have finished. A connection found lost (a PostgreSQL
// restart, a dropped connection) is opened anew on its thread's next connection() call.
class Database
{
public:
    explicit Database(const DatabaseConfig &config);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // This thread's connection; check isOpen() (lastError() says why not). One found lost
    // (StorageFaults::connectionLost) or closed is reopened first, unless a Pin holds it.
    QSqlDatabase connection();
    // While one lives on a thread, connection() hands that thread's connection out as it is:
    // the statements of one unit of work (a request) never go on on a fresh connection,
    // outside the transaction they began in. Take the connection once before pinning it.
    class Pin
    {
    public:
        Pin();
        ~Pin();
        Pin(const Pin &) = delete;
        Pin &operator=(const Pin &) = delete;

    private:
        bool m_outer;
    };
    // What the store itself refused this thread since the last call, cleared: the faults the
    // SQL helpers noted, a connection that is not open or was lost, and on SQLite a failed
    // commit (the connection's own last error, which this clears). Does not reconnect.
    StorageFault takeFault();
    // Why a write failed when the driver kept no reason (SQLite reports a failed COMMIT, then
    // the caller's ROLLBACK replaces that error): on SQLite, a read-only or nearly full (under
    // 4 MiB free) filesystem under the database; else None.
    StorageFault diagnoseFailure() const;
    // A separate connection named `name` on the calling thread, outside the per-thread table
    // (e.g. the LISTEN connection); the caller closes and removes it on this thread.
    QSqlDatabase openDedicated(const QString &name) { return openConnection(m_prefix + name); }
    Dialect dialect() const { return m_config.dialect; }
    const DatabaseConfig &config() const { return m_config; }

private:
    QSqlDatabase openConnection(const QString &name);
    bool openAndConfigure(QSqlDatabase &db);
    QString threadConnectionName() const;

    DatabaseConfig m_config;
    QString m_prefix;
    struct Entry
    {
        QThread *thread = nullptr;
        QMetaObject::Connection cleanup; // closes it on its thread when that thread finishes
    };
    QMutex m_mutex;
    QHash<QString, Entry> m_connections;
};

} // namespace izdesk::server
