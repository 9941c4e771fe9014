#include "storage/sqlutil.h"

#include "storage/storagefault.h"

#include "ticket.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

namespace izdesk::server {

Q_LOGGING_CATEGORY(lcSql, "izdesk.server.sql")

QVariant toDbTimestamp(const QDateTime &utc, Dialect dialect)
{
    if (!utc.isValid())
        return QVariant(dialect == Dialect::Sqlite ? QMetaType(QMetaType::QString)
                                                   : QMetaType(QMetaType::QDateTime));
    // Both stores take the ISO-8601 text: SQLite keeps it as TEXT (sortable: fixed width, ms,
    // Z), PostgreSQL parses it into TIMESTAMPTZ, which avoids driver time zone conversions.
    return toIsoUtc(utc);
}

QDateTime fromDbTimestamp(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QString text = value.toString().trimmed();
    QDateTime dt = fromIsoUtc(text);
    if (dt.isValid())
        return dt;
    // PostgreSQL text form: "2024-05-01 10:00:00.123+00"
    text.replace(QLatin1Char(' '), QLatin1Char('T'));
    if (text.endsWith(QLatin1String("+00"))) {
        text.chop(3);
        text.append(QLatin1Char('Z'));
    }
    return fromIsoUtc(text);
}

namespace {

// First line of the driver's message: PostgreSQL puts key values in its DETAIL lines, and
// values must never reach the log.
QString safeError(const QSqlError &error, const QSqlDriver *driver)
{
    // Every failure passes through here: remember whether the store itself refused it.
    StorageFaults::note(error, driver);
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    return error.nativeErrorCode() + QLatin1Char(' ') + text.section(QLatin1Char('\n'), 0, 0);
}

} // namespace

bool execQuery(QSqlQuery &query)
{
    if (query.exec())
        return true;
    // The statement text has no values in it (they are bound), so it is safe to log.
    qCWarning(lcSql).noquote() << "query failed:" << safeError(query.lastError(), query.driver())
                               << "| statement:" << query.lastQuery().simplified().left(300);
    return false;
}

bool prepareAndExec(QSqlQuery &query, const QString &sql)
{
    if (query.exec(sql))
        return true;
    qCWarning(lcSql).noquote() << "query failed:" << safeError(query.lastError(), query.driver())
                               << "| statement:" << sql.simplified().left(300);
    return false;
}

bool execWithValues(QSqlQuery &query, Dialect dialect, const QString &sql, const QVariantList &values)
{
    if (dialect == Dialect::Sqlite) {
        if (!query.prepare(sql)) {
            qCWarning(lcSql).noquote() << "prepare failed:" << safeError(query.lastError(), query.driver())
                                       << "| statement:" << sql.simplified().left(300);
            return false;
        }
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(static_cast<int>(i), values.at(i));
        return execQuery(query);
    }
    const QSqlDriver *driver = query.driver();
    QString text;
    text.reserve(sql.size() + values.size() * 12);
    qsizetype next = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            text += c;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            text += c;
        } else if (c == u'?') {
            if (next >= values.size()) {
                qCWarning(lcSql).noquote() << "query failed: more placeholders than values | statement:"
                                           << sql.simplified().left(300);
                return false;
            }
            const QVariant &v = values.at(next++);
            QSqlField field(QString(), v.metaType());
            field.setValue(v);
            text += driver->formatValue(field);
        } else {
            text += c;
        }
    }
    if (next != values.size()) {
        qCWarning(lcSql).noquote() << "query failed: more values than placeholders | statement:"
                                   << sql.simplified().left(300);
        return false;
    }
    if (query.exec(text))
        return true;
    // The statement as written: the values are in `text` only.
    qCWarning(lcSql).noquote() << "query failed:" << safeError(query.lastError(), query.driver())
                               << "| statement:" << sql.simplified().left(300);
    return false;
}

} // namespace izdesk::server

namespace izdesk::server {

bool beginWriteTransaction(QSqlDatabase db, Dialect dialect)
{
    if (dialect == Dialect::Postgres) {
        if (!db.transaction())
            return false;
        QSqlQuery lock(db);
        if (prepareAndExec(lock, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLockId)))
            return true;
        db.rollback();
        return false;
    }
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    StorageFaults::note(q.lastError(), db.driver());
    return false;
}

QString sqlPlaceholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

QString sqlIdList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

} // namespace izdesk::server
