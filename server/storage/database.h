#pragma once

#include "storage/databaseconfig.h"

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
// the worker threads that used it have finished.
class Database
{
public:
    explicit Database(const DatabaseConfig &config);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // This thread's connection; check isOpen() (lastError() says why not).
    QSqlDatabase connection();
    // A separate connection named `name` on the calling thread, outside the per-thread table
    // (e.g. the LISTEN connection); the caller closes and removes it on this thread.
    QSqlDatabase openDedicated(const QString &name) { return openConnection(m_prefix + name); }
    Dialect dialect() const { return m_config.dialect; }
    const DatabaseConfig &config() const { return m_config; }

private:
    QSqlDatabase openConnection(const QString &name);

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
