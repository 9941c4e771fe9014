#pragma once

#include "storage/databaseconfig.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace izdesk::server {

// Versioned SQL migrations (storage/migrations/NNNN_name.sql, built in as Qt resources under
// :/izdesk/migrations). Placeholders {{ID}} {{TIMESTAMP}} {{BLOB}} {{BIGINT}} are rewritten per
// dialect; statements end with ';' at the end of a line. Each pending migration runs in one
// transaction and is recorded in schema_migrations. Use on one thread with its connection.
class MigrationRunner
{
public:
    struct Migration
    {
        int version = 0;
        QString name;     // "core"
        QString fileName; // "0001_core.sql"
        QString sql;
    };

    static constexpr const char *builtInDirectory = ":/izdesk/migrations";

    MigrationRunner(QSqlDatabase db, Dialect dialect);

    // Loads NNNN_name.sql files from dir, sorted by version; empty + *error on a bad name or
    // duplicate version.
    static QList<Migration> load(const QString &dir, QString *error);
    static QString rewrite(const QString &sql, Dialect dialect);
    static QStringList splitStatements(const QString &sql);

    // Applies the pending migrations; on failure *error names the file and statement and the
    // database stays at the last fully applied version.
    bool migrate(const QList<Migration> &migrations, QString *error);
    bool migrateBuiltIn(QString *error);
    QList<int> appliedVersions();

private:
    bool ensureTable(QString *error);
    bool apply(const Migration &migration, QString *error);

    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
