#include "storage/database.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace izdesk::server {

Q_LOGGING_CATEGORY(lcDatabase, "izdesk.server.storage")

namespace {
QAtomicInteger<quint64> s_instanceCounter;
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

QSqlDatabase Database::connection()
{
    // One connection per (Database, thread): Qt SQL connections must stay on their thread.
    QThread *thread = QThread::currentThread();
    const QString name = m_prefix + QString::number(reinterpret_cast<quintptr>(thread), 16);
    {
        QMutexLocker lock(&m_mutex);
        if (m_connections.contains(name)) {
            lock.unlock();
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (!db.isOpen() && !db.open())
                qCWarning(lcDatabase) << "reopening the database failed:" << db.lastError().text();
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
    if (!db.open()) {
        qCWarning(lcDatabase) << "opening the database failed:" << db.lastError().text();
        return db;
    }
    QSqlQuery q(db);
    if (m_config.dialect == Dialect::Sqlite) {
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                                   "PRAGMA busy_timeout=10000", "PRAGMA synchronous=NORMAL"}) {
            if (!q.exec(QLatin1String(pragma)))
                qCWarning(lcDatabase) << "pragma failed:" << pragma << q.lastError().text();
        }
    } else if (!q.exec(QStringLiteral("SET TIME ZONE 'UTC'"))) {
        qCWarning(lcDatabase) << "setting the session time zone failed:" << q.lastError().text();
    }
    return db;
}

} // namespace izdesk::server
