#include "serverapp.h"

#include "accounts/accountsweep.h"
#include "datakeyfile.h"
#include "feed/changenotifier.h"
#include "feed/pgchangelistener.h"
#include "generator/demopatients.h"
#include "hl7/checkpolicy.h"
#include "codesets/publishedcodetables.h"
#include "onboarding/submissionpurge.h"
#include "http/apiserver.h"
#include "http/tlsidentity.h"
#include "poolcall.h"
#include "routes/routeregistry.h"
#include "seed/demoseed.h"
#include "storage/database.h"
#include "storage/migrationrunner.h"
#include "supervision/presencestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QSqlError>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace izdesk::server {

Q_LOGGING_CATEGORY(lcServer, "izdesk.server")

ServerApp::ServerApp(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    // Threads must not expire: each keeps its own database connection for the pool's life.
    m_pool.setExpiryTimeout(-1);
    m_pool.setMaxThreadCount(qMax(4, QThread::idealThreadCount()));
}

ServerApp::~ServerApp()
{
    if (m_api)
        m_api->stopListening();
    m_pool.waitForDone();
    delete m_api;
    m_api = nullptr;
    if (m_listenerThread) { // the listener is deleted on its own thread as that ends
        m_listenerThread->quit();
        m_listenerThread->wait();
        m_listener = nullptr;
    }
    delete m_notifier;
    m_notifier = nullptr;
    // m_pool's threads are joined before m_database (declared earlier) closes the connections.
}

void ServerApp::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

bool ServerApp::initialize(QString *error)
{
    QString why;
    const auto dbConfig = DatabaseConfig::parse(m_config.databaseUrl, &why);
    if (!dbConfig) {
        *error = QStringLiteral("--database: %1").arg(why);
        return false;
    }
    if (dbConfig->dialect == Dialect::Sqlite) {
        const QString dir = QFileInfo(dbConfig->sqlitePath).absolutePath();
        if (!QDir().mkpath(dir)) {
            *error = QStringLiteral("cannot create the database folder %1").arg(dir);
            return false;
        }
        // Every sign-in, change and audited read writes, so a read-only store is refused
        // here rather than failing each request (docs/architecture/failure-behaviour.md).
        const QFileInfo file(dbConfig->sqlitePath);
        const QString readOnly = file.exists() && !file.isWritable() ? file.absoluteFilePath()
                                 : !QFileInfo(dir).isWritable()      ? dir
                                                                     : QString();
        if (!readOnly.isEmpty()) {
            *error = QStringLiteral("the database is read-only: %1 cannot be written (a read-only mount or its "
                                    "permissions); the server writes on every sign-in and change, so make the "
                                    "database file and its folder writable and start it again")
                         .arg(readOnly);
            return false;
        }
    }
    m_database = std::make_unique<Database>(*dbConfig);
    QSqlDatabase db = m_database->connection();
    if (!db.isOpen()) {
        *error = QStringLiteral("cannot open the database %1: %2")
                     .arg(dbConfig->redacted(), db.lastError().text().section(QLatin1Char('\n'), 0, 0));
        return false;
    }
    MigrationRunner runner(db, dbConfig->dialect);
    if (!runner.migrateBuiltIn(&why)) {
        *error = QStringLiteral("database migration failed: %1").arg(why);
        return false;
    }
    registerAllRoutes(m_router);
    const QStringList unruled = m_router.routesWithoutRule();
    if (!unruled.isEmpty()) {
        *error = QStringLiteral("the access policy has no rule for %1").arg(unruled.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

bool ServerApp::loadHl7Checks(QSqlDatabase db, QString *error)
{
    if (!m_config.hl7Policy)
        m_config.hl7Policy = std::make_shared<const hl7::CheckPolicy>(hl7::CheckPolicy::builtIn());
    auto tables = PublishedCodeTables::load(db, error);
    if (!tables)
        return false;
    m_config.hl7Tables = std::make_shared<PublishedCodeTables>();
    m_config.hl7Tables->replace(std::move(tables));
    return true;
}

bool ServerApp::loadDataKey(const DatabaseConfig &dbConfig, QString *error)
{
    if (!m_config.dataKey.isEmpty())
        return true;
    if (m_config.environment == Environment::Production || dbConfig.dialect != Dialect::Sqlite) {
        qCWarning(lcServer).noquote() << QStringLiteral("no --data-key: HL7 test submissions are refused until the "
                                                        "server is started with one");
        return true;
    }
    const QString path = DataKeyFile::besideDatabase(dbConfig.sqlitePath);
    const bool exists = QFileInfo::exists(path);
    const auto key = exists ? DataKeyFile::read(path, error) : DataKeyFile::create(path, error);
    if (!key)
        return false;
    if (!exists)
        qCInfo(lcServer).noquote() << QStringLiteral("created the data key file %1 (mode 600); back it up apart "
                                                     "from the database")
                                          .arg(path);
    m_config.dataKey = *key;
    m_config.dataKeyFile = path;
    return true;
}

bool ServerApp::seedDemo(QStringList *accounts, QString *error)
{
    const SeedResult result = izdesk::server::seedDemo(m_database->connection(), m_database->dialect(),
                                                       m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc());
    if (!result.error.isEmpty()) {
        *error = result.error;
        return false;
    }
    *accounts = result.accounts;
    return true;
}

bool ServerApp::listen(QString *error)
{
    if (!m_database) {
        *error = QStringLiteral("the server is not initialised");
        return false;
    }
    if (const QString refusal = m_config.transportRefusal(); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    if (!m_api) {
        if (!loadHl7Checks(m_database->connection(), error) || !loadDataKey(m_database->config(), error))
            return false;
        warnAboutTransport();
        m_api = new ApiServer(m_router, *m_database, m_config, &m_pool, m_clock, this);
        m_notifier = new ChangeNotifier(*m_database, &m_pool, m_config, m_clock, this);
        m_api->setNotifier(m_notifier);
        if (m_database->dialect() == Dialect::Postgres) {
            m_listenerThread = new QThread(this);
            m_listenerThread->setObjectName(QStringLiteral("izdesk-listen"));
            m_listener = new PgChangeListener(*m_database, m_notifier);
            m_listener->moveToThread(m_listenerThread);
            connect(m_listenerThread, &QThread::finished, m_listener, &QObject::deleteLater);
            m_listenerThread->start();
            QMetaObject::invokeMethod(m_listener, [listener = m_listener] {
                QString why;
                // Without it this instance still sees its own writes; other instances'
                // writes reach its long polls only when they time out.
                if (!listener->start(&why))
                    qCWarning(lcServer).noquote() << why;
            });
        }
        // Expired presence heartbeats leave the feed within a few seconds of expiring.
        auto *sweep = new QTimer(this);
        sweep->setInterval(5000);
        connect(sweep, &QTimer::timeout, this, &ServerApp::sweepPresence);
        sweep->start();
        // The daily IIS account sweep (expired agreements, no login).
        new AccountSweepTimer(*m_database, &m_pool, m_config.accounts(), m_clock, this);
        // HL7 submission contents past their retention (now, then hourly).
        new SubmissionPurgeTimer(*m_database, &m_pool, m_clock, this);
    }
    QHostAddress address;
    if (m_config.listenHost == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(m_config.listenHost)) {
        *error = QStringLiteral("--listen: %1 is not an IP address").arg(m_config.listenHost);
        return false;
    }
    if (m_api->start(address, m_config.listenPort) == 0) {
        *error = QStringLiteral("cannot listen on %1:%2").arg(m_config.listenHost).arg(m_config.listenPort);
        return false;
    }
    // Later restarts reuse the port we got.
    m_config.listenPort = m_api->port();
    return true;
}

void ServerApp::warnAboutTransport() const
{
    if (m_config.listensBeyondLoopback() && !m_config.tls && !m_config.behindTlsProxy)
        qCWarning(lcServer).noquote()
            << QStringLiteral("serving plain HTTP on %1, beyond this computer: passwords, session tokens and patient "
                              "data cross the network unencrypted (a production server refuses this; give "
                              "--tls-certificate and --tls-key)")
                   .arg(m_config.listenHost);
    if (!m_config.tls)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_config.tls->expiresAt() < now)
        qCWarning(lcServer).noquote() << QStringLiteral("the TLS certificate in %1 expired on %2: clients refuse it")
                                             .arg(m_config.tls->certificateFile,
                                                  m_config.tls->expiresAt().toString(Qt::ISODate));
    else if (m_config.tls->validFrom() > now)
        qCWarning(lcServer).noquote() << QStringLiteral("the TLS certificate in %1 is not valid before %2: clients "
                                                        "refuse it until then")
                                             .arg(m_config.tls->certificateFile,
                                                  m_config.tls->validFrom().toString(Qt::ISODate));
}

void ServerApp::sweepPresence()
{
    if (m_sweeping)
        return;
    m_sweeping = true;
    runOnPool(
        &m_pool, this,
        [this] {
            const QDateTime now = m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
            return PresenceStore(m_database->connection(), m_database->dialect()).sweep(now);
        },
        [this](int removed) {
            m_sweeping = false;
            if (removed > 0 && m_notifier)
                m_notifier->notifyChanged();
        });
}

void ServerApp::stopListening()
{
    if (!m_api)
        return;
    m_api->stopListening();
    // Also drop open keep-alive connections, so clients see the outage at once.
    const QList<QTcpServer *> servers = m_api->servers();
    for (QTcpServer *server : servers) {
        const QList<QTcpSocket *> sockets = server->findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets)
            socket->abort();
    }
}

quint16 ServerApp::port() const
{
    return m_api ? m_api->port() : 0;
}

namespace {

int s_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalFds[0], &byte, 1);
}

// SIGINT/SIGTERM quit the event loop cleanly (self-pipe: nothing else is signal-safe).
void installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(s_signalFds[1], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(s_signalFds[1], &byte, 1);
        QCoreApplication::quit();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

void printOut(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

} // namespace

int ServerApp::runCommandLine(const QStringList &arguments)
{
    const CommandLine cli = CommandLine::parse(arguments);
    switch (cli.action) {
    case CommandLine::Action::Help:
    case CommandLine::Action::Version: printOut(cli.message); return 0;
    case CommandLine::Action::Error:
        printErr(QStringLiteral("izdesk-server: %1\nTry izdesk-server --help.\n").arg(cli.message));
        return 2;
    case CommandLine::Action::Run: break;
    }

    ServerApp app(cli.config);
    QString error;
    if (!app.initialize(&error)) {
        printErr(QStringLiteral("izdesk-server: %1\n").arg(error));
        return 1;
    }
    if (cli.config.seedDemo) {
        QStringList accounts;
        if (!app.seedDemo(&accounts, &error)) {
            printErr(QStringLiteral("izdesk-server: --seed demo: %1\n").arg(error));
            return 1;
        }
        // A demo patient population (CLI only, so test servers stay small).
        if (!seedDemoPatients(app.database().connection(), app.database().dialect(), QDateTime::currentDateTimeUtc(),
                              2000, &error)) {
            printErr(QStringLiteral("izdesk-server: --seed demo: %1\n").arg(error));
            return 1;
        }
        printOut(QStringLiteral("demo accounts (username / password (role)):\n  ")
                 + accounts.join(QStringLiteral("\n  ")) + QLatin1Char('\n'));
    }
    if (!app.listen(&error)) {
        printErr(QStringLiteral("izdesk-server: %1\n").arg(error));
        return 1;
    }
    installSignalHandlers();
    QString host = cli.config.listenHost;
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    printOut(QStringLiteral("listening on %1://%2:%3\n")
                 .arg(cli.config.tls ? QStringLiteral("https") : QStringLiteral("http"), host)
                 .arg(app.port()));
    qCInfo(lcServer).noquote() << "environment" << cli.config.environmentName();
    return QCoreApplication::exec();
}

} // namespace izdesk::server
