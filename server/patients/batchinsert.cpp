#include "patients/batchinsert.h"

#include "storage/sqlutil.h"

#include <QSqlError>

namespace izdesk::server {

BatchInsert::BatchInsert(QSqlDatabase db, const QString &table, const QStringList &columns, int maxRows)
    : m_db(std::move(db))
    , m_table(table)
    , m_columns(columns)
    , m_maxRows(maxRows)
    , m_full(m_db)
{
}

QString BatchInsert::sql(int rows) const
{
    QStringList marks;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString one = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    QStringList tuples;
    tuples.reserve(rows);
    for (int i = 0; i < rows; ++i)
        tuples << one;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3").arg(m_table, m_columns.join(QStringLiteral(", ")), tuples.join(QLatin1Char(',')));
}

bool BatchInsert::add(const QVariantList &row, QString *error)
{
    for (const QVariant &v : row) {
        // A null QString means "empty" (the columns are NOT NULL DEFAULT ''); a null QVariant stays NULL.
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            m_values << QStringLiteral("");
        else
            m_values << v;
    }
    ++m_rows;
    return m_rows < m_maxRows || flush(error);
}

bool BatchInsert::flush(QString *error)
{
    if (m_rows == 0)
        return true;
    QSqlQuery partial(m_db);
    QSqlQuery *q = &partial;
    if (m_rows == m_maxRows) {
        if (!m_fullPrepared)
            m_fullPrepared = m_full.prepare(sql(m_maxRows));
        q = &m_full;
    } else {
        partial.prepare(sql(m_rows));
    }
    for (qsizetype i = 0; i < m_values.size(); ++i)
        q->bindValue(static_cast<int>(i), m_values.at(i));
    const bool ok = execQuery(*q);
    if (!ok && error)
        *error = q->lastError().databaseText().section(QLatin1Char('\n'), 0, 0);
    m_values.clear();
    m_rows = 0;
    return ok;
}

} // namespace izdesk::server
