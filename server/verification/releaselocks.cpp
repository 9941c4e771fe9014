#include "verification/releaselocks.h"

#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace izdesk::server {

ReleaseLocks::ReleaseLocks(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

std::optional<QDateTime> ReleaseLocks::activeUntil(qint64 patientId, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT locked_until FROM release_locks WHERE patient_id = ? AND lifted_at IS NULL "
                             "AND locked_until > ? ORDER BY locked_until DESC LIMIT 1"));
    q.addBindValue(patientId);
    q.addBindValue(toDbTimestamp(now, m_dialect));
    if (!execQuery(q))
        return std::nullopt;
    return q.next() ? fromDbTimestamp(q.value(0)) : QDateTime();
}

std::optional<QDateTime> ReleaseLocks::lastLifted(qint64 patientId)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT MAX(lifted_at) FROM release_locks WHERE patient_id = ? AND lifted_at IS NOT NULL"));
    q.addBindValue(patientId);
    if (!execQuery(q))
        return std::nullopt;
    return q.next() ? fromDbTimestamp(q.value(0)) : QDateTime();
}

bool ReleaseLocks::lock(qint64 patientId, const QDateTime &at, const QDateTime &until)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO release_locks (patient_id, locked_at, locked_until) VALUES (?, ?, ?)"));
    q.addBindValue(patientId);
    q.addBindValue(toDbTimestamp(at, m_dialect));
    q.addBindValue(toDbTimestamp(until, m_dialect));
    return execQuery(q);
}

bool ReleaseLocks::lift(qint64 patientId, qint64 byUserId, const QString &reason, const QDateTime &now, bool *lifted)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE release_locks SET lifted_by_id = ?, lifted_at = ?, lift_reason = ? "
                             "WHERE patient_id = ? AND lifted_at IS NULL AND locked_until > ?"));
    q.addBindValue(byUserId);
    q.addBindValue(toDbTimestamp(now, m_dialect));
    q.addBindValue(reason);
    q.addBindValue(patientId);
    q.addBindValue(toDbTimestamp(now, m_dialect));
    if (!execQuery(q))
        return false;
    *lifted = q.numRowsAffected() > 0;
    return true;
}

} // namespace izdesk::server
