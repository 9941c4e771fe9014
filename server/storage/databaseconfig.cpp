#include "storage/databaseconfig.h"

#include <QUrl>
#include <QUrlQuery>

namespace izdesk::server {

std::optional<DatabaseConfig> DatabaseConfig::parse(const QString &url, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<DatabaseConfig> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    DatabaseConfig config;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        config.dialect = Dialect::Sqlite;
        config.sqlitePath = url.mid(7);
        if (config.sqlitePath.startsWith(QLatin1String("//")))
            config.sqlitePath = config.sqlitePath.mid(2); // sqlite:///abs/path
        if (config.sqlitePath.isEmpty())
            return fail(QStringLiteral("sqlite: URL needs a file path (sqlite:PATH)"));
        return config;
    }
    if (url.startsWith(QLatin1String("postgresql://")) || url.startsWith(QLatin1String("postgres://"))) {
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid())
            return fail(QStringLiteral("not a valid postgresql:// URL"));
        config.dialect = Dialect::Postgres;
        config.user = u.userName();
        config.password = u.password();
        config.host = u.host();
        config.port = u.port(5432);
        config.name = u.path().mid(1);
        const QUrlQuery query(u);
        if (query.hasQueryItem(QStringLiteral("host")))
            config.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        if (config.name.isEmpty() || config.name.contains(QLatin1Char('/')))
            return fail(QStringLiteral("postgresql:// URL needs a database name (…/DB)"));
        if (config.host.isEmpty())
            return fail(QStringLiteral("postgresql:// URL needs a host"));
        return config;
    }
    return fail(QStringLiteral("expected sqlite:PATH or postgresql://USER@HOST:PORT/DB"));
}

QString DatabaseConfig::redacted() const
{
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + sqlitePath;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(name);
}

} // namespace izdesk::server
