#pragma once

#include "storage/database.h"

#include <QString>

#include <functional>
#include <memory>

namespace izdesk::fuzz {

// Copies a closed SQLite database file over another, first removing the target's WAL and
// shared-memory files so SQLite does not replay them onto the copy. false when the copy fails.
bool restoreSqliteFile(const QString &from, const QString &to);

// Puts the content of a closed SQLite file into an open connection with SQLite's online
// backup, so whatever holds the connection (a server) keeps running, now on a fresh copy.
// Much cheaper than closing and reopening. false when the backup fails.
bool restoreSqliteConnection(QSqlDatabase db, const QString &from);

// A SQLite database a target may write to and then start over from. The first use builds a
// template (the project's migrations, then `prepare` if given) in scratchDir(); reset() puts a
// fresh copy of it in place, so a long run neither grows the database nor lets one input's rows
// change what a later input does. One thread (the connection is this thread's).
class ScratchDatabase
{
public:
    using Prepare = std::function<bool(server::Database &)>;

    explicit ScratchDatabase(const QString &name, Prepare prepare = {});
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    server::Database &database() { return *m_database; }
    QSqlDatabase connection() { return m_database->connection(); }
    server::Dialect dialect() const { return server::Dialect::Sqlite; }

    void reset();

private:
    QString m_templatePath;
    QString m_path;
    std::unique_ptr<server::Database> m_database;
};

} // namespace izdesk::fuzz
