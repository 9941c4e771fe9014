#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace izdesk::server {

class ChangeNotifier;
class Database;

// PostgreSQL only: LISTENs on channel izdesk_changes over a dedicated connection on the
// server thread, so a commit on any server instance (each write NOTIFYs in its transaction)
// wakes this instance's long polls. A health check re-opens the connection when it drops (a
// PostgreSQL restart, a failover, an idle-connection killer) and then wakes every long poll,
// because notifications sent while it was away are lost. Lives on, and must be destroyed
// on, the server thread.
class PgChangeListener : public QObject
{
    Q_OBJECT

public:
    PgChangeListener(Database &database, ChangeNotifier *notifier, QObject *parent = nullptr);
    ~PgChangeListener() override;

    // Opens the connection and subscribes; false + *error when that fails. The health check
    // runs either way, so a listener that could not start keeps trying.
    bool start(QString *error);
    // How often the connection is checked (default 5 s).
    void setHealthCheckInterval(int milliseconds);
    // The PostgreSQL backend pid of the listening connection (0 while disconnected); tests
    // terminate it to simulate a dropped connection.
    qint64 backendPid() const { return m_backendPid; }
    int reconnectCount() const { return m_reconnects; }

private:
    bool open(QString *error);
    void closeConnection();
    void checkHealth();

    Database &m_database;
    ChangeNotifier *m_notifier;
    QString m_connectionName;
    QTimer *m_healthTimer = nullptr;
    qint64 m_backendPid = 0;
    int m_reconnects = 0;
};

} // namespace izdesk::server
