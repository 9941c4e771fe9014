#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace izdesk::server {

// Collects rows for one table and writes them as multi-row INSERTs (…VALUES (…),(…)), so a
// bulk load makes one round trip per few hundred rows instead of one per row — the
// difference that matters on PostgreSQL. Rows are written on flush() or when the batch is
// full; callers must flush() before they commit. One thread, with its connection.
class BatchInsert
{
public:
    BatchInsert(QSqlDatabase db, const QString &table, const QStringList &columns, int maxRows = 400);

    bool add(const QVariantList &row, QString *error);
    bool flush(QString *error);
    int pending() const { return m_rows; }

private:
    QString sql(int rows) const;

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_maxRows;
    int m_rows = 0;
    QVariantList m_values;
    QSqlQuery m_full; // prepared once for a full batch
    bool m_fullPrepared = false;
};

} // namespace izdesk::server
