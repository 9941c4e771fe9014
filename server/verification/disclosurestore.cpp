#include "verification/disclosurestore.h"

#include "storage/sqlutil.h"
#include "ticket.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace izdesk::server {

DisclosureStore::DisclosureStore(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

std::optional<qint64> DisclosureStore::record(const Disclosure &d)
{
    QSqlQuery q(m_db);
    const QString sql
        = QStringLiteral("INSERT INTO disclosures (patient_id, ticket_id, attempt_id, caller_type, method, "
                         "recipient, scope, disclosed_by_id, disclosed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.prepare(m_dialect == Dialect::Postgres ? sql + QStringLiteral(" RETURNING id") : sql);
    q.addBindValue(d.patientId);
    q.addBindValue(d.ticketId);
    q.addBindValue(d.attemptId);
    q.addBindValue(d.callerType);
    q.addBindValue(d.method);
    q.addBindValue(d.recipient);
    q.addBindValue(d.scope);
    q.addBindValue(d.disclosedById);
    q.addBindValue(toDbTimestamp(d.disclosedAt, m_dialect));
    if (!execQuery(q))
        return std::nullopt;
    if (m_dialect == Dialect::Postgres)
        return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
    return q.lastInsertId().toLongLong();
}

bool DisclosureStore::listForPatient(qint64 patientId, int limit, QJsonArray *out)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT d.id, d.disclosed_at, d.method, d.caller_type, d.recipient, d.ticket_id, s.username "
                       "FROM disclosures d JOIN staff_users s ON s.id = d.disclosed_by_id WHERE d.patient_id = ? "
                       "ORDER BY d.disclosed_at DESC, d.id DESC LIMIT %1")
            .arg(limit));
    q.addBindValue(patientId);
    if (!execQuery(q))
        return false;
    while (q.next())
        out->append(QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                                {QStringLiteral("disclosed_at"), toIsoUtc(fromDbTimestamp(q.value(1)))},
                                {QStringLiteral("method"), q.value(2).toString()},
                                {QStringLiteral("caller_type"), q.value(3).toString()},
                                {QStringLiteral("recipient"), q.value(4).toString()},
                                {QStringLiteral("ticket_id"), q.value(5).toLongLong()},
                                {QStringLiteral("disclosed_by"), q.value(6).toString()}});
    return true;
}

} // namespace izdesk::server
