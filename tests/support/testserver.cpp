#include "testserver.h"

#include "testdatabase.h"

#include "auth/staffaccounts.h"
#include "serverapp.h"
#include "storage/database.h"

#include <QUrl>

#include <utility>

namespace izdesk::test {

using izdesk::server::ServerApp;

struct TestServer::Private
{
    Options options;
    TestDatabase database;
    std::unique_ptr<ServerApp> app;
};

namespace {

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

TestServer::TestServer()
    : TestServer(Options())
{
}

TestServer::TestServer(Options options)
    : d(std::make_unique<Private>())
{
    d->options = std::move(options);
}

TestServer::~TestServer()
{
    // The server's connections close before TestDatabase drops the database.
    d->app.reset();
}

bool TestServer::start(QString *error)
{
    if (d->app)
        return setError(error, QStringLiteral("already started"));
    if (!d->database.create(error))
        return false;

    izdesk::server::ServerConfig config;
    config.environment = izdesk::server::Environment::Training;
    config.databaseUrl = d->database.url();
    config.listenHost = QStringLiteral("127.0.0.1");
    config.listenPort = 0;
    if (d->options.configure)
        d->options.configure(config);
    d->app = std::make_unique<ServerApp>(config);
    if (d->options.clock)
        d->app->setClock(d->options.clock);
    QString why;
    if (!d->app->initialize(&why))
        return setError(error, why);
    if (d->options.seedDemo) {
        QStringList accounts;
        if (!d->app->seedDemo(&accounts, &why))
            return setError(error, QStringLiteral("demo seed: ") + why);
    }
    if (d->options.extraRoutes)
        d->options.extraRoutes(d->app->router());
    if (!d->app->listen(&why))
        return setError(error, why);
    return true;
}

QUrl TestServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->app ? d->app->port() : 0);
    return url;
}

void TestServer::stop()
{
    if (d->app)
        d->app->stopListening();
}

bool TestServer::restart()
{
    QString why;
    return d->app && d->app->listen(&why);
}

QString TestServer::databaseUrl() const
{
    return d->database.url();
}

bool TestServer::isPostgres() const
{
    return d->database.isPostgres();
}

bool TestServer::addStaffUser(const QString &username, const QString &displayName,
                              const QString &role, const QString &password, QString *error)
{
    if (!d->app)
        return setError(error, QStringLiteral("not started"));
    auto &db = d->app->database();
    return izdesk::server::StaffAccounts::create(db.connection(), db.dialect(), d->app->config().passwords(),
                                                 username, displayName, role, password,
                                                 d->options.clock ? d->options.clock().toUTC() : QDateTime::currentDateTimeUtc(),
                                                 error)
        .has_value();
}

ServerApp *TestServer::app() const
{
    return d->app.get();
}

} // namespace izdesk::test
