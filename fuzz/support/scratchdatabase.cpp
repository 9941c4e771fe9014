#include "scratchdatabase.h"

#include "fuzzenv.h"

#include "storage/databaseconfig.h"
#include "storage/migrationrunner.h"

#include <QFile>
#include <QSqlDriver>

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>

namespace izdesk::fuzz {

namespace {

server::DatabaseConfig sqliteConfig(const QString &path)
{
    server::DatabaseConfig config;
    config.dialect = server::Dialect::Sqlite;
    config.sqlitePath = path;
    return config;
}

[[noreturn]] void giveUp(const char *what, const QString &detail)
{
    fprintf(stderr, "izdesk-fuzz: %s: %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace

bool restoreSqliteFile(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(to + suffix);
    return QFile::copy(from, to);
}

bool restoreSqliteConnection(QSqlDatabase db, const QString &from)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *target = *static_cast<sqlite3 *const *>(handle.data());
    sqlite3 *source = nullptr;
    bool ok = target
        && sqlite3_open_v2(QFile::encodeName(from).constData(), &source, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK;
    if (ok) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
        ok = backup && sqlite3_backup_step(backup, -1) == SQLITE_DONE;
        ok = backup && sqlite3_backup_finish(backup) == SQLITE_OK && ok;
    }
    sqlite3_close(source);
    return ok;
}

ScratchDatabase::ScratchDatabase(const QString &name, Prepare prepare)
    : m_templatePath(scratchDir() + QLatin1Char('/') + name + QStringLiteral("-template.sqlite"))
    , m_path(scratchDir() + QLatin1Char('/') + name + QStringLiteral(".sqlite"))
{
    {
        server::Database built(sqliteConfig(m_templatePath));
        QSqlDatabase db = built.connection();
        if (!db.isOpen())
            giveUp("cannot open the template database", m_templatePath);
        QString error;
        if (!server::MigrationRunner(db, server::Dialect::Sqlite).migrateBuiltIn(&error))
            giveUp("the migrations failed", error);
        if (prepare && !prepare(built))
            giveUp("preparing the template database failed", name);
    } // closing the last connection checkpoints the WAL into the file
    reset();
}

ScratchDatabase::~ScratchDatabase() = default;

void ScratchDatabase::reset()
{
    if (m_database && restoreSqliteConnection(m_database->connection(), m_templatePath))
        return;
    m_database.reset();
    if (!restoreSqliteFile(m_templatePath, m_path))
        giveUp("cannot copy the template database", m_path);
    m_database = std::make_unique<server::Database>(sqliteConfig(m_path));
    if (!m_database->connection().isOpen())
        giveUp("cannot open the scratch database", m_path);
}

} // namespace izdesk::fuzz
