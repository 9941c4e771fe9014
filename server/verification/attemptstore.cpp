#include "verification/attemptstore.h"

#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace izdesk::server {

namespace {

const char *const kColumns
    = "a.id, a.ticket_id, a.caller_type, a.subject_kind, a.patient_id, a.iis_user_id, a.facility_id, a.outcome, "
      "a.reason, a.caller_name_given, a.scope, a.release_methods, a.created_by_id, s.username, a.created_at, "
      "a.decided_at, a.expires_at";

std::optional<qint64> optionalId(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

// An empty list is stored as '' (the column is NOT NULL; a null QString would bind NULL).
QString methodsColumn(const QStringList &methods)
{
    return methods.isEmpty() ? QStringLiteral("") : methods.join(QLatin1Char(','));
}

QVariant bindId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

QHash<QString, VerificationPolicy::Result> VerificationAttempt::results() const
{
    QHash<QString, VerificationPolicy::Result> out;
    for (const FactorRow &f : factors)
        out.insert(f.factor, VerificationPolicy::parseResult(f.result).value_or(VerificationPolicy::Result::NoMatch));
    return out;
}

AttemptStore::AttemptStore(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

std::optional<qint64> AttemptStore::create(const VerificationAttempt &a)
{
    QSqlQuery q(m_db);
    const QString sql = QStringLiteral(
        "INSERT INTO verification_attempts (ticket_id, caller_type, subject_kind, patient_id, outcome, reason, "
        "scope, release_methods, created_by_id, created_at, decided_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?)");
    q.prepare(m_dialect == Dialect::Postgres ? sql + QStringLiteral(" RETURNING id") : sql);
    q.addBindValue(a.ticketId);
    q.addBindValue(a.callerType);
    q.addBindValue(a.subjectKind);
    q.addBindValue(bindId(a.patientId));
    q.addBindValue(a.outcome);
    q.addBindValue(a.reason.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(a.reason));
    q.addBindValue(a.scope);
    q.addBindValue(methodsColumn(a.releaseMethods));
    q.addBindValue(a.createdById);
    q.addBindValue(toDbTimestamp(a.createdAt, m_dialect));
    q.addBindValue(toDbTimestamp(a.decidedAt, m_dialect));
    q.addBindValue(toDbTimestamp(a.expiresAt, m_dialect));
    if (!execQuery(q))
        return std::nullopt;
    if (m_dialect == Dialect::Postgres)
        return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
    return q.lastInsertId().toLongLong();
}

bool AttemptStore::select(const QString &where, const QVariantList &binds, int limit, QList<VerificationAttempt> *out)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM verification_attempts a JOIN staff_users s ON s.id = a.created_by_id "
                             "WHERE %2 ORDER BY a.created_at DESC, a.id DESC LIMIT %3")
                  .arg(QLatin1String(kColumns), where)
                  .arg(limit));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!execQuery(q))
        return false;
    while (q.next()) {
        VerificationAttempt a;
        a.id = q.value(0).toLongLong();
        a.ticketId = q.value(1).toLongLong();
        a.callerType = q.value(2).toString();
        a.subjectKind = q.value(3).toString();
        a.patientId = optionalId(q.value(4));
        a.iisUserId = optionalId(q.value(5));
        a.facilityId = optionalId(q.value(6));
        a.outcome = q.value(7).toString();
        a.reason = q.value(8).toString();
        a.callerNameGiven = q.value(9).toBool();
        a.scope = q.value(10).toString();
        a.releaseMethods = q.value(11).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        a.createdById = q.value(12).toLongLong();
        a.createdBy = q.value(13).toString();
        a.createdAt = fromDbTimestamp(q.value(14));
        a.decidedAt = fromDbTimestamp(q.value(15));
        a.expiresAt = fromDbTimestamp(q.value(16));
        out->append(a);
    }
    return loadFactors(out);
}

bool AttemptStore::loadFactors(QList<VerificationAttempt> *attempts)
{
    for (VerificationAttempt &a : *attempts) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT factor, result, checked_at FROM verification_factors WHERE attempt_id = ? "
                                 "ORDER BY checked_at, factor"));
        q.addBindValue(a.id);
        if (!execQuery(q))
            return false;
        while (q.next())
            a.factors.append({q.value(0).toString(), q.value(1).toString(), fromDbTimestamp(q.value(2))});
    }
    return true;
}

std::optional<VerificationAttempt> AttemptStore::find(qint64 id, bool *ok)
{
    QList<VerificationAttempt> list;
    *ok = select(QStringLiteral("a.id = ?"), {id}, 1, &list);
    if (!*ok || list.isEmpty())
        return std::nullopt;
    return list.first();
}

bool AttemptStore::listForTicket(qint64 ticketId, int limit, QList<VerificationAttempt> *out)
{
    return select(QStringLiteral("a.ticket_id = ?"), {ticketId}, limit, out);
}

bool AttemptStore::verifiedOnTicket(qint64 ticketId, QList<VerificationAttempt> *out)
{
    return select(QStringLiteral("a.ticket_id = ? AND a.outcome = 'verified'"), {ticketId}, 100, out);
}

bool AttemptStore::addFactor(qint64 attemptId, const QString &factor, const QString &result, const QDateTime &at)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO verification_factors (attempt_id, factor, result, checked_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(attemptId);
    q.addBindValue(factor);
    q.addBindValue(result);
    q.addBindValue(toDbTimestamp(at, m_dialect));
    return execQuery(q);
}

bool AttemptStore::setProvider(qint64 attemptId, std::optional<qint64> iisUserId, std::optional<qint64> facilityId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE verification_attempts SET iis_user_id = ?, facility_id = ? WHERE id = ?"));
    q.addBindValue(bindId(iisUserId));
    q.addBindValue(bindId(facilityId));
    q.addBindValue(attemptId);
    return execQuery(q);
}

bool AttemptStore::setCallerNameGiven(qint64 attemptId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE verification_attempts SET caller_name_given = ? WHERE id = ?"));
    q.addBindValue(true);
    q.addBindValue(attemptId);
    return execQuery(q);
}

bool AttemptStore::decide(const VerificationAttempt &a)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE verification_attempts SET outcome = ?, reason = ?, scope = ?, release_methods = ?, "
                       "decided_at = ?, expires_at = ? WHERE id = ?"));
    q.addBindValue(a.outcome);
    q.addBindValue(a.reason.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(a.reason));
    q.addBindValue(a.scope);
    q.addBindValue(methodsColumn(a.releaseMethods));
    q.addBindValue(toDbTimestamp(a.decidedAt, m_dialect));
    q.addBindValue(toDbTimestamp(a.expiresAt, m_dialect));
    q.addBindValue(a.id);
    return execQuery(q);
}

std::optional<int> AttemptStore::failedSince(qint64 patientId, const QDateTime &since)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM verification_attempts WHERE patient_id = ? AND outcome = 'failed' "
                             "AND decided_at > ?"));
    q.addBindValue(patientId);
    q.addBindValue(toDbTimestamp(since, m_dialect));
    if (!execQuery(q) || !q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

} // namespace izdesk::server
