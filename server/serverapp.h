#pragma once

#include "http/router.h"
#include "serverconfig.h"

#include <QDateTime>
#include <QHostAddress>
#include <QSqlDatabase>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <functional>
#include <memory>

class QThread;

namespace izdesk::server {

class ApiServer;
class ChangeNotifier;
class Database;
class PgChangeListener;

// The server's composition root: opens the database, applies migrations, optionally seeds,
// registers the routes and listens. Lives on (and must be used from) the thread that created
// it; request handlers run on its private thread pool.
class ServerApp : public QObject
{
    Q_OBJECT

public:
    explicit ServerApp(ServerConfig config, QObject *parent = nullptr);
    ~ServerApp() override;

    // Opens the database and migrates it. false + *error (no secrets) on failure.
    bool initialize(QString *error);
    // Seeds the demo data into an empty database; *accounts gets the sign-in lines.
    bool seedDemo(QStringList *accounts, QString *error);
    bool listen(QString *error);
    void stopListening();
    quint16 port() const;

    Router &router() { return m_router; }
    // Wakes change-feed long polls; exists once listen() succeeded.
    ChangeNotifier *notifier() const { return m_notifier; }
    PgChangeListener *changeListener() const { return m_listener; } // PostgreSQL only, else null
    Database &database() { return *m_database; }
    const ServerConfig &config() const { return m_config; }
    // Replaces the clock (UTC); for tests. Call before listen().
    void setClock(std::function<QDateTime()> clock);

    // Removes expired presence heartbeats (on the pool) and wakes the feed; runs every 5 s
    // once listening. Public for tests with a fake clock.
    void sweepPresence();

    // The izdesk-server command line: parses arguments, runs until quit, returns the exit
    // code (2 bad arguments / refused, 1 database or listen failure).
    static int runCommandLine(const QStringList &arguments);

private:
    // Run by the first listen(), not by the one-shot tools: the HL7 check policy and code tables
    // the check routes share (ServerConfig::hl7Tables).
    bool loadHl7Checks(QSqlDatabase db, QString *error);
    // The data key: --data-key, else outside production a key file beside the SQLite database.
    bool loadDataKey(const DatabaseConfig &dbConfig, QString *error);
    // Logs plain HTTP beyond loopback (training, UAT) and a TLS certificate out of its dates.
    void warnAboutTransport() const;

    ServerConfig m_config;
    Router m_router;
    std::unique_ptr<Database> m_database;
    QThreadPool m_pool;
    std::function<QDateTime()> m_clock;
    ApiServer *m_api = nullptr;
    ChangeNotifier *m_notifier = nullptr;
    PgChangeListener *m_listener = nullptr; // lives on m_listenerThread
    QThread *m_listenerThread = nullptr;
    bool m_sweeping = false;
};

} // namespace izdesk::server
