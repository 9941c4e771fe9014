#include "sla/slastore.h"

#include "storage/sqlutil.h"

#include <QVariant>

namespace izdesk::server {

QString SlaStore::selectColumns()
{
    return QStringLiteral("t.sla_state, t.sla_used_seconds, t.sla_clock_at, t.first_response_at, "
                          "t.sla_first_response_breached, t.sla_resolution_met, t.sla_resolution_breached, "
                          "t.first_response_due, t.resolution_due");
}

SlaClock SlaStore::readClock(const QSqlQuery &q, int c)
{
    SlaClock clock;
    clock.state = SlaClock::stateFromName(q.value(c).toString());
    clock.usedSeconds = q.value(c + 1).toLongLong();
    clock.clockAt = fromDbTimestamp(q.value(c + 2));
    clock.firstResponseAt = fromDbTimestamp(q.value(c + 3));
    clock.firstResponseBreached = q.value(c + 4).toInt() != 0;
    clock.resolutionMet = q.value(c + 5).toInt() != 0;
    clock.resolutionBreached = q.value(c + 6).toInt() != 0;
    clock.firstResponseDue = fromDbTimestamp(q.value(c + 7));
    clock.resolutionDue = fromDbTimestamp(q.value(c + 8));
    return clock;
}

QDateTime SlaStore::farFuture()
{
    return QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
}

SlaStore::SlaStore(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

std::optional<SlaClock> SlaStore::load(qint64 ticketId, QString *priority, QString *status, bool *ok)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.priority, t.status, ") + selectColumns()
              + QStringLiteral(" FROM tickets t WHERE t.id = ?"));
    q.addBindValue(ticketId);
    *ok = execQuery(q);
    if (!*ok || !q.next())
        return std::nullopt;
    *priority = q.value(0).toString();
    *status = q.value(1).toString();
    return readClock(q, 2);
}

bool SlaStore::save(qint64 ticketId, const SlaClock &clock)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE tickets SET sla_state = ?, sla_used_seconds = ?, sla_clock_at = ?, first_response_at = ?, "
        "sla_first_response_breached = ?, sla_resolution_met = ?, sla_resolution_breached = ?, "
        "first_response_due = ?, resolution_due = ?, sla_sort_key = ? WHERE id = ?"));
    q.addBindValue(SlaClock::stateName(clock.state));
    q.addBindValue(clock.usedSeconds);
    q.addBindValue(toDbTimestamp(clock.clockAt, m_dialect));
    q.addBindValue(toDbTimestamp(clock.firstResponseAt, m_dialect));
    q.addBindValue(clock.firstResponseBreached ? 1 : 0);
    q.addBindValue(clock.resolutionMet ? 1 : 0);
    q.addBindValue(clock.resolutionBreached ? 1 : 0);
    q.addBindValue(toDbTimestamp(clock.firstResponseDue, m_dialect));
    q.addBindValue(toDbTimestamp(clock.resolutionDue, m_dialect));
    const QDateTime next = clock.nextDue();
    q.addBindValue(toDbTimestamp(next.isValid() ? next : farFuture(), m_dialect));
    q.addBindValue(ticketId);
    return execQuery(q);
}

} // namespace izdesk::server
