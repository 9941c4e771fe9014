#include "verification/alertstore.h"

#include "feed/changelog.h"
#include "storage/sqlutil.h"
#include "ticket.h"

#include <QSqlQuery>

namespace izdesk::server {

AlertStore::AlertStore(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

std::optional<qint64> AlertStore::raise(const QString &kind, qint64 ticketId, std::optional<qint64> patientId,
                                        qint64 attemptId, const QString &note, const QDateTime &at)
{
    QSqlQuery q(m_db);
    const QString sql
        = QStringLiteral("INSERT INTO supervisor_alerts (kind, ticket_id, patient_id, attempt_id, note, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?)");
    q.prepare(m_dialect == Dialect::Postgres ? sql + QStringLiteral(" RETURNING id") : sql);
    q.addBindValue(kind);
    q.addBindValue(ticketId);
    q.addBindValue(patientId ? QVariant(*patientId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(attemptId);
    q.addBindValue(note.isEmpty() ? QStringLiteral("") : note); // NOT NULL: never bind a null QString
    q.addBindValue(toDbTimestamp(at, m_dialect));
    if (!execQuery(q))
        return std::nullopt;
    qint64 id = 0;
    if (m_dialect == Dialect::Postgres) {
        if (!q.next())
            return std::nullopt;
        id = q.value(0).toLongLong();
    } else {
        id = q.lastInsertId().toLongLong();
    }
    if (!ChangeLog::append(m_db, m_dialect, QStringLiteral("alert"), id, at))
        return std::nullopt;
    return id;
}

bool AlertStore::select(const QString &where, const QVariantList &binds, int limit, QList<QJsonObject> *out)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT a.id, a.kind, a.ticket_id, a.patient_id, a.attempt_id, a.created_at, a.acknowledged_at, "
                  "s.username, a.note FROM supervisor_alerts a LEFT JOIN staff_users s ON s.id = a.acknowledged_by_id "
                  "WHERE %1 ORDER BY a.created_at DESC, a.id DESC LIMIT %2")
                  .arg(where)
                  .arg(limit));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!execQuery(q))
        return false;
    while (q.next()) {
        const QDateTime acked = fromDbTimestamp(q.value(6));
        out->append(QJsonObject{
            {QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("kind"), q.value(1).toString()},
            {QStringLiteral("ticket_id"), q.value(2).toLongLong()},
            {QStringLiteral("patient_id"), q.value(3).isNull() ? QJsonValue() : QJsonValue(q.value(3).toLongLong())},
            {QStringLiteral("attempt_id"), q.value(4).toLongLong()},
            {QStringLiteral("created_at"), toIsoUtc(fromDbTimestamp(q.value(5)))},
            {QStringLiteral("acknowledged_at"), acked.isValid() ? QJsonValue(toIsoUtc(acked)) : QJsonValue()},
            {QStringLiteral("acknowledged_by"), q.value(7).isNull() ? QJsonValue() : QJsonValue(q.value(7).toString())},
            {QStringLiteral("note"), q.value(8).toString()},
        });
    }
    return true;
}

bool AlertStore::list(bool openOnly, int limit, QJsonArray *out)
{
    QList<QJsonObject> rows;
    if (!select(openOnly ? QStringLiteral("a.acknowledged_at IS NULL") : QStringLiteral("1 = 1"), {}, limit, &rows))
        return false;
    for (const QJsonObject &o : std::as_const(rows))
        out->append(o);
    return true;
}

bool AlertStore::byIds(const QList<qint64> &ids, QHash<qint64, QJsonObject> *out)
{
    if (ids.isEmpty())
        return true;
    QList<QJsonObject> rows;
    if (!select(QStringLiteral("a.id IN (%1)").arg(sqlIdList(ids)), {}, static_cast<int>(ids.size()), &rows))
        return false;
    // The change feed goes to every desk: the referral note (it may name the caller) stays out.
    for (QJsonObject o : std::as_const(rows)) {
        o.remove(QStringLiteral("note"));
        out->insert(o.value(QStringLiteral("id")).toInteger(), o);
    }
    return true;
}

bool AlertStore::acknowledge(qint64 id, qint64 byUserId, const QDateTime &at, bool *found)
{
    QSqlQuery exists(m_db);
    exists.prepare(QStringLiteral("SELECT acknowledged_at FROM supervisor_alerts WHERE id = ?"));
    exists.addBindValue(id);
    if (!execQuery(exists))
        return false;
    *found = exists.next();
    if (!*found || !exists.value(0).isNull())
        return true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE supervisor_alerts SET acknowledged_by_id = ?, acknowledged_at = ? WHERE id = ?"));
    q.addBindValue(byUserId);
    q.addBindValue(toDbTimestamp(at, m_dialect));
    q.addBindValue(id);
    return execQuery(q) && ChangeLog::append(m_db, m_dialect, QStringLiteral("alert"), id, at);
}

} // namespace izdesk::server
