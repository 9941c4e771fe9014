#include "supervision/presencestore.h"

#include "feed/changelog.h"
#include "storage/sqlutil.h"

#include <QList>
#include <QSqlQuery>

namespace izdesk::server {

PresenceStore::PresenceStore(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

PresenceStore::Result PresenceStore::put(qint64 ticketId, qint64 userId, const QString &mode, const QDateTime &now)
{
    QSqlQuery find(m_db);
    find.prepare(QStringLiteral("SELECT mode, expires_at FROM ticket_presence WHERE ticket_id = ? AND user_id = ?"));
    find.addBindValue(ticketId);
    find.addBindValue(userId);
    if (!execQuery(find))
        return Result::Error;
    const bool exists = find.next();
    const bool same = exists && find.value(0).toString() == mode && fromDbTimestamp(find.value(1)) > now;
    find.finish();
    QSqlQuery q(m_db);
    q.prepare(
        exists
            ? QStringLiteral("UPDATE ticket_presence SET mode = ?, expires_at = ? WHERE ticket_id = ? AND user_id = ?")
            : QStringLiteral("INSERT INTO ticket_presence (mode, expires_at, ticket_id, user_id) VALUES (?, ?, ?, ?)"));
    q.addBindValue(mode);
    q.addBindValue(toDbTimestamp(now.addSecs(kTtlSeconds), m_dialect));
    q.addBindValue(ticketId);
    q.addBindValue(userId);
    if (!execQuery(q))
        return Result::Error;
    if (same)
        return Result::Unchanged;
    return ChangeLog::append(m_db, m_dialect, QStringLiteral("presence"), ticketId, now) ? Result::Changed
                                                                                         : Result::Error;
}

PresenceStore::Result PresenceStore::remove(qint64 ticketId, qint64 userId, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM ticket_presence WHERE ticket_id = ? AND user_id = ?"));
    q.addBindValue(ticketId);
    q.addBindValue(userId);
    if (!execQuery(q))
        return Result::Error;
    if (q.numRowsAffected() == 0)
        return Result::Unchanged;
    return ChangeLog::append(m_db, m_dialect, QStringLiteral("presence"), ticketId, now) ? Result::Changed
                                                                                         : Result::Error;
}

int PresenceStore::sweep(const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT ticket_id FROM ticket_presence WHERE expires_at <= ?"));
    q.addBindValue(toDbTimestamp(now, m_dialect));
    if (!execQuery(q))
        return -1;
    QList<qint64> tickets;
    while (q.next())
        tickets.append(q.value(0).toLongLong());
    q.finish();
    if (tickets.isEmpty())
        return 0;
    if (!beginWriteTransaction(m_db, m_dialect))
        return -1;
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM ticket_presence WHERE expires_at <= ?"));
    del.addBindValue(toDbTimestamp(now, m_dialect));
    bool ok = execQuery(del);
    for (const qint64 id : std::as_const(tickets))
        ok = ok && ChangeLog::append(m_db, m_dialect, QStringLiteral("presence"), id, now);
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return -1;
    }
    return static_cast<int>(tickets.size());
}

} // namespace izdesk::server
