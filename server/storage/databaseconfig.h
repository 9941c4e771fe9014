#pragma once

#include <QString>

#include <optional>

namespace izdesk::server {

enum class Dialect { Sqlite, Postgres };

// Where the server keeps its data: parsed from "sqlite:PATH" or
// "postgresql://USER[:PASS]@HOST:PORT/DB[?host=/socket/dir]". Value type.
struct DatabaseConfig
{
    Dialect dialect = Dialect::Sqlite;
    QString sqlitePath;
    QString host;       // TCP host, or a unix socket folder (from ?host=)
    int port = 5432;
    QString user, password, name;

    static std::optional<DatabaseConfig> parse(const QString &url, QString *error);
    // The URL again, without the password (safe to log).
    QString redacted() const;
};

} // namespace izdesk::server
