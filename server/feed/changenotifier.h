#pragma once

#include "storage/storagefault.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>

#include <functional>

class QThreadPool;

namespace izdesk::server {

class Database;
struct ServerConfig;

// Wakes the long polls of the change feed. Lives on the server thread; notifyChanged() may be
// called from any thread (it bumps an atomic generation and emits changed() on the server
// thread). Called by the adapter after each successful write and by the PostgreSQL listener
// when another instance committed. read() runs one feed query on the pool.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        QJsonObject body; // {"changes","cursor","more"}
        qsizetype count = 0;
        StorageFault fault = StorageFault::None; // why not ok, when the store refused
    };

    ChangeNotifier(Database &database, QThreadPool *pool, const ServerConfig &config, std::function<QDateTime()> clock,
                   QObject *parent = nullptr);

    quint64 generation() const { return m_generation.loadAcquire(); }
    void notifyChanged();
    // Reads the feed after `since` (at most `limit`) on a pool thread (once more on a fresh
    // connection when the first one was lost), then calls `done` on the server thread.
    void read(qint64 since, int limit, std::function<void(const Result &)> done);
    int waiterCount() const { return m_waiters; }
    void addWaiter(int delta) { m_waiters += delta; }

signals:
    void changed();

private:
    Database &m_database;
    QThreadPool *m_pool;
    const ServerConfig &m_config;
    std::function<QDateTime()> m_clock;
    QAtomicInteger<quint64> m_generation;
    int m_waiters = 0;
};

} // namespace izdesk::server
