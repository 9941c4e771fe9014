#pragma once

#include <QObject>
#include <QString>

namespace izdesk::server {

class ChangeNotifier;
class Database;

// PostgreSQL only: LISTENs on channel izdesk_changes over a dedicated connection on the
// server thread, so a commit on any server instance (each write NOTIFYs in its transaction)
// wakes this instance's long polls. Lives on, and must be destroyed on, the server thread.
class PgChangeListener : public QObject
{
    Q_OBJECT

public:
    PgChangeListener(Database &database, ChangeNotifier *notifier, QObject *parent = nullptr);
    ~PgChangeListener() override;

    // Opens the connection and subscribes; false + *error when that fails.
    bool start(QString *error);

private:
    Database &m_database;
    ChangeNotifier *m_notifier;
    QString m_connectionName;
};

} // namespace izdesk::server
