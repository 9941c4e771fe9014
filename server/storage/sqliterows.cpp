#include "storage/sqliterows.h"

#include <QLoggingCategory>
#include <QSqlDriver>

#include <sqlite3.h>

namespace izdesk::server {

namespace {
Q_LOGGING_CATEGORY(lcSqliteRows, "izdesk.server.sql")
}

sqlite3 *SqliteRows::handle(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    if (!driver)
        return nullptr;
    const QVariant v = driver->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

SqliteRows::~SqliteRows()
{
    sqlite3_finalize(m_statement);
}

bool SqliteRows::exec(const QString &sql, const QVariantList &values)
{
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_statement, nullptr) != SQLITE_OK) {
        qCWarning(lcSqliteRows).noquote() << "prepare failed:" << sqlite3_errmsg(m_db)
                                          << "| statement:" << sql.simplified().left(300);
        m_failed = true;
        return false;
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const int index = int(i) + 1;
        int rc = SQLITE_OK;
        // As QSQLITE: a null value, null QString included, is NULL.
        if (!v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isNull())) {
            rc = sqlite3_bind_null(m_statement, index);
        } else switch (v.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
            rc = sqlite3_bind_int(m_statement, index, v.toInt());
            break;
        case QMetaType::LongLong:
            rc = sqlite3_bind_int64(m_statement, index, v.toLongLong());
            break;
        default: {
            const QString s = v.toString();
            rc = sqlite3_bind_text16(m_statement, index, s.constData(), int(s.size() * sizeof(QChar)), SQLITE_TRANSIENT);
            break;
        }
        }
        if (rc != SQLITE_OK) {
            qCWarning(lcSqliteRows).noquote() << "bind failed:" << sqlite3_errmsg(m_db)
                                              << "| statement:" << sql.simplified().left(300);
            m_failed = true;
            return false;
        }
    }
    return true;
}

bool SqliteRows::next()
{
    if (!m_statement || m_failed)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        qCWarning(lcSqliteRows).noquote() << "query failed:" << sqlite3_errmsg(m_db);
        m_failed = true;
    }
    return false;
}

} // namespace izdesk::server
