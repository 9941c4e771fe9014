#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace izdesk::server {

// The rows of one SELECT on a SQLite connection, stepped with the SQLite API itself: each value
// read where it lies, without the QVariant (and UTF-16 copy) QSqlQuery makes of every column of
// every row. For the few statements that read thousands of rows. Binds as QSQLITE does (bool
// and int as integers, strings as text). One thread, with that thread's connection.
class SqliteRows
{
public:
    // The connection's SQLite handle; null when it is not a SQLite connection (then QSqlQuery).
    static sqlite3 *handle(const QSqlDatabase &db);

    explicit SqliteRows(sqlite3 *db)
        : m_db(db)
    {
    }
    ~SqliteRows();
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;

    // Prepares and binds; on failure logs SQLite's error (never the bound values).
    bool exec(const QString &sql, const QVariantList &values);
    // The next row; false at the end or on an error (then failed() is true, and logged).
    bool next();
    bool failed() const { return m_failed; }
    sqlite3_stmt *statement() const { return m_statement; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
};

} // namespace izdesk::server
