#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

class QThreadPool;
class QTimer;

namespace izdesk::server {

class Database;

// Purges the content of HL7 submissions past their retention_until (SubmissionStore::
// purgeExpired; the reports stay), once when the server starts listening and then every hour,
// auditing each purge that removed any. Lives on the server thread; the purge runs on the
// pool with that thread's connection.
class SubmissionPurgeTimer : public QObject
{
    Q_OBJECT

public:
    SubmissionPurgeTimer(Database &database, QThreadPool *pool, std::function<QDateTime()> clock,
                         QObject *parent = nullptr);
    void runNow();

private:
    Database &m_database;
    QThreadPool *m_pool;
    std::function<QDateTime()> m_clock;
    QTimer *m_timer;
    bool m_running = false;
};

} // namespace izdesk::server
