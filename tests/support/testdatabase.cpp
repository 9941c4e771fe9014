#include "testdatabase.h"

#include "storage/databaseconfig.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

namespace izdesk::test {

struct TestDatabase::Private
{
    QTemporaryDir dir;
    QString url;
    QString adminUrl;
    QString pgDatabase;
};

namespace {

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// One statement on a short-lived admin connection (CREATE/DROP DATABASE cannot run in a
// transaction, so no pooling and no transaction here).
bool adminExec(const QString &adminUrl, const QString &sql, QString *error)
{
    QString why;
    const auto config = izdesk::server::DatabaseConfig::parse(adminUrl, &why);
    if (!config)
        return setError(error, QStringLiteral("admin URL: ") + why);
    const QString name = QStringLiteral("izt-admin-%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(config->host);
        db.setPort(config->port);
        db.setUserName(config->user);
        db.setPassword(config->password);
        db.setDatabaseName(config->name);
        if (!db.open()) {
            setError(error, QStringLiteral("cannot connect to the test cluster: ") + db.lastError().text());
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                setError(error, q.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

TestDatabase::TestDatabase()
    : d(std::make_unique<Private>())
{
}

TestDatabase::~TestDatabase()
{
    if (!d->pgDatabase.isEmpty()) {
        QString error;
        if (!adminExec(d->adminUrl, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(d->pgDatabase), &error))
            qWarning("TestDatabase: dropping %s failed: %s", qPrintable(d->pgDatabase), qPrintable(error));
    }
}

bool TestDatabase::postgresRequested()
{
    return !qEnvironmentVariableIsEmpty("IZDESK_TEST_PG_URL_FILE");
}

bool TestDatabase::create(QString *error)
{
    if (!d->url.isEmpty())
        return setError(error, QStringLiteral("already created"));
    if (postgresRequested()) {
        QFile f(qEnvironmentVariable("IZDESK_TEST_PG_URL_FILE"));
        if (!f.open(QIODevice::ReadOnly))
            return setError(error, QStringLiteral("cannot read IZDESK_TEST_PG_URL_FILE %1 (is the pg fixture running?)").arg(f.fileName()));
        d->adminUrl = QString::fromUtf8(f.readAll()).trimmed();
        const QString name = QStringLiteral("izt_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        if (!adminExec(d->adminUrl, QStringLiteral("CREATE DATABASE %1").arg(name), error))
            return false;
        d->pgDatabase = name;
        QUrl url(d->adminUrl);
        url.setPath(QLatin1Char('/') + name);
        d->url = url.toString();
        return true;
    }
    if (!d->dir.isValid())
        return setError(error, QStringLiteral("cannot create a temporary folder"));
    d->url = QStringLiteral("sqlite:") + d->dir.filePath(QStringLiteral("izdesk-server.sqlite"));
    return true;
}

QString TestDatabase::url() const
{
    return d->url;
}

bool TestDatabase::isPostgres() const
{
    return !d->pgDatabase.isEmpty();
}

} // namespace izdesk::test
