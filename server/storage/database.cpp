#include "storage/database.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <sys/statvfs.h>
#include <utility>

namespace izdesk::server {

Q_LOGGING_CATEGORY(lcDatabase, "izdesk.server.storage")

namespace {
QAtomicInteger<quint64> s_instanceCounter;
thread_local bool t_pinned = false;
} // namespace

Database::Pin::Pin()
    : m_outer(std::exchange(t_pinned, true))
{
}

Database::Pin::~Pin()
{
    t_pinned = m_outer;
}

Database::Database(const DatabaseConfig &config)
    : m_config(config)
    , m_prefix(QStringLiteral("izdesk-db-%1-").arg(s_instanceCounter.fetchAndAddOrdered(1)))
{
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        QObject::disconnect(it->cleanup);
        // Qt SQL connections may only be removed on their own thread.
        if (it->thread == QThread::currentThread())
            QSqlDatabase::removeDatabase(it.key());
        else
            qCWarning(lcDatabase) << "a database connection outlived its Database (thread still running)";
    }
}

QString Database::threadConnectionName() const
{
    return m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

QSqlDatabase Database::connection()
{
    // One connection per (Database, thread): Qt SQL connections must stay on their thread.
    QThread *thread = QThread::currentThread();
    const QString name = threadConnectionName();
    {
        QMutexLocker lock(&m_mutex);
        if (m_connections.contains(name)) {
            lock.unlock();
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (t_pinned)
                return db;
            if (StorageFaults::connectionLost(db)) {
                qCWarning(lcDatabase) << "the database connection was lost; reconnecting";
                db.close();
            }
            if (!db.isOpen())
                openAndConfigure(db);
            return db;
        }
        Entry entry;
        entry.thread = thread;
        // Runs on the finishing thread itself (finished is emitted from it).
        entry.cleanup = QObject::connect(thread, &QThread::finished, thread, [this, name] {
            QMutexLocker innerLock(&m_mutex);
            m_connections.remove(name);
            QSqlDatabase::removeDatabase(name);
        }, Qt::DirectConnection);
        m_connections.insert(name, entry);
    }
    return openConnection(name);
}

StorageFault Database::takeFault()
{
    StorageFault fault = StorageFaults::take();
    const QString name = threadConnectionName();
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connections.contains(name))
            return fault;
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isOpen() || StorageFaults::connectionLost(db))
        return StorageFault::Unavailable;
    if (m_config.dialect != Dialect::Sqlite)
        return fault; // a failed commit there is a lost connection, or a statement noted above
    const StorageFault committed = StorageFaults::classify(db.lastError(), db.driver());
    if (committed != StorageFault::None) {
        fault = std::max(fault, committed);
        // The driver keeps its last error until another one replaces it: put a harmless one
        // there ("cannot start a transaction within a transaction"), so the next request does
        // not find this one again, and end whatever the failed COMMIT left open.
        db.transaction();
        db.transaction();
        db.rollback();
    }
    return fault;
}

StorageFault Database::diagnoseFailure() const
{
    if (m_config.dialect != Dialect::Sqlite)
        return StorageFault::None;
    struct statvfs disk = {};
    if (::statvfs(QFile::encodeName(QFileInfo(m_config.sqlitePath).absolutePath()).constData(), &disk) != 0)
        return StorageFault::None;
    if (disk.f_flag & ST_RDONLY)
        return StorageFault::ReadOnly;
    constexpr unsigned long long kNearlyFullBytes = 4ull * 1024 * 1024;
    if (static_cast<unsigned long long>(disk.f_bavail) * disk.f_frsize < kNearlyFullBytes)
        return StorageFault::Full;
    return StorageFault::None;
}

QSqlDatabase Database::openConnection(const QString &name)
{
    QSqlDatabase db;
    if (m_config.dialect == Dialect::Sqlite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_config.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        db.setDatabaseName(m_config.name);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    openAndConfigure(db);
    return db;
}

bool Database::openAndConfigure(QSqlDatabase &db)
{
    if (!db.open()) {
        // The first line only: libpq adds hints on further lines.
        qCWarning(lcDatabase).noquote() << "opening the database failed:"
                                        << db.lastError().text().section(QLatin1Char('\n'), 0, 0);
        return false;
    }
    QSqlQuery q(db);
    if (m_config.dialect == Dialect::Sqlite) {
        // mmap_size: reads of the store come straight from the page cache instead of one
        // pread() call per page, which halves patient search at a million records (the
        // library caps the mapping at about 2 GiB). Writes still go through write(), so a
        // full disk is an error and not a signal.
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=10000",
                                   "PRAGMA synchronous=NORMAL", "PRAGMA mmap_size=2147418112"}) {
            if (!q.exec(QLatin1String(pragma)))
                qCWarning(lcDatabase) << "pragma failed:" << pragma << q.lastError().text();
        }
    } else if (!q.exec(QStringLiteral("SET TIME ZONE 'UTC'"))) {
        qCWarning(lcDatabase) << "setting the session time zone failed:" << q.lastError().text();
    }
    return true;
}

} // namespace izdesk::server
