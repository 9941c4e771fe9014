#pragma once

#include <QObject>
#include <QString>

#include <atomic>

class QTimer;

namespace izdesk::server {

class ChangeNotifier;
class Database;

// PostgreSQL only: LISTENs on channel izdesk_changes over a dedicated connection, so a commit
// on any server instance (each write NOTIFYs in its transaction) wakes this instance's long
// polls. A health check (a round trip every interval) notices when the connection drops (a
// PostgreSQL restart, a failover, an idle-connection killer); it is then reopened at once
// and, while that fails, again after 250 ms, doubling up to 8 s. Once back it wakes every long
// poll, because notifications sent while it was away are lost: each re-reads the change log
// from its cursor. It lives on a thread of its own (ServerApp moves it there), so a reopen
// that waits for a silent database host never holds up the HTTP thread; start() and every
// slot run on that thread; backendPid() and reconnectCount() may be read from any thread.
class PgChangeListener : public QObject
{
    Q_OBJECT

public:
    PgChangeListener(Database &database, ChangeNotifier *notifier, QObject *parent = nullptr);
    ~PgChangeListener() override;

    // Opens the connection and subscribes; false + *error when that fails. The health check
    // runs either way, so a listener that could not start keeps trying.
    bool start(QString *error);
    // How often a working connection is checked (default 5 s). Any thread.
    void setHealthCheckInterval(int milliseconds);
    // The PostgreSQL backend pid of the listening connection (0 while disconnected); tests
    // terminate it to simulate a dropped connection.
    qint64 backendPid() const { return m_backendPid.load(); }
    int reconnectCount() const { return m_reconnects.load(); }

private:
    static constexpr int kFirstRetryMs = 250;
    static constexpr int kMaxRetryMs = 8000;

    bool open(QString *error);
    void closeConnection();
    void checkHealth();
    // Reopens now; on failure the timer tries again after the next, longer delay.
    void reconnect();

    Database &m_database;
    ChangeNotifier *m_notifier;
    QString m_connectionName;
    QTimer *m_healthTimer = nullptr;
    int m_intervalMs = 5000;
    int m_retryMs = 0; // 0 while connected
    std::atomic<qint64> m_backendPid = 0;
    std::atomic<int> m_reconnects = 0;
};

} // namespace izdesk::server
