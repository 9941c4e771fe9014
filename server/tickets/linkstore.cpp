#include "tickets/linkstore.h"

#include "storage/sqlutil.h"

#include <QHash>
#include <QSqlQuery>

namespace izdesk::server {

const QStringList &LinkStore::kinds()
{
    static const QStringList kinds{QStringLiteral("organization"), QStringLiteral("facility"), QStringLiteral("ticket"),
                                   QStringLiteral("patient"), QStringLiteral("iis_user")};
    return kinds;
}

LinkStore::LinkStore(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

bool LinkStore::attach(QList<Ticket> *tickets)
{
    if (tickets->isEmpty())
        return true;
    QHash<qint64, qsizetype> index;
    QStringList marks;
    for (qsizetype i = 0; i < tickets->size(); ++i) {
        index.insert(tickets->at(i).id, i);
        marks << QStringLiteral("?");
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ticket_id, kind, target, label FROM ticket_links WHERE ticket_id IN (")
              + marks.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY ticket_id, created_at, kind, target"));
    for (const Ticket &t : std::as_const(*tickets))
        q.addBindValue(t.id);
    if (!execQuery(q))
        return false;
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            (*tickets)[*it].links.append(
                TicketLink{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    return true;
}

std::optional<QString> LinkStore::resolve(const QString &kind, const QString &target, bool *ok)
{
    *ok = true;
    bool numeric = false;
    const qint64 id = target.toLongLong(&numeric);
    if (!numeric || id <= 0)
        return std::nullopt;
    QSqlQuery q(m_db);
    if (kind == QLatin1String("organization"))
        q.prepare(QStringLiteral("SELECT name FROM organizations WHERE id = ?"));
    else if (kind == QLatin1String("facility"))
        q.prepare(QStringLiteral("SELECT name FROM facilities WHERE id = ?"));
    // A patient link carries no label: ticket lists are read without caller verification,
    // so they must not show a patient's name. Merged-away (inactive) patients are refused.
    else if (kind == QLatin1String("patient"))
        q.prepare(QStringLiteral("SELECT active FROM patients WHERE id = ?"));
    else if (kind == QLatin1String("iis_user"))
        q.prepare(QStringLiteral("SELECT username FROM iis_users WHERE id = ?"));
    else
        q.prepare(QStringLiteral("SELECT id FROM tickets WHERE id = ?"));
    q.addBindValue(id);
    *ok = execQuery(q);
    if (!*ok || !q.next())
        return std::nullopt;
    if (kind == QLatin1String("patient"))
        return q.value(0).toBool() ? std::optional<QString>(QString()) : std::nullopt;
    if (kind == QLatin1String("ticket")) {
        Ticket t;
        t.id = id;
        return t.displayNumber();
    }
    return q.value(0).toString();
}

bool LinkStore::add(qint64 ticketId, const TicketLink &link, const QDateTime &now, bool *added)
{
    QSqlQuery exists(m_db);
    exists.prepare(QStringLiteral("SELECT 1 FROM ticket_links WHERE ticket_id = ? AND kind = ? AND target = ?"));
    exists.addBindValue(ticketId);
    exists.addBindValue(link.kind);
    exists.addBindValue(link.target);
    if (!execQuery(exists))
        return false;
    *added = !exists.next();
    if (!*added)
        return true;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO ticket_links (ticket_id, kind, target, label, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(ticketId);
    q.addBindValue(link.kind);
    q.addBindValue(link.target);
    q.addBindValue(link.label.isNull() ? QStringLiteral("") : link.label);
    q.addBindValue(toDbTimestamp(now, m_dialect));
    return execQuery(q);
}

bool LinkStore::remove(qint64 ticketId, const QString &kind, const QString &target, bool *removed)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM ticket_links WHERE ticket_id = ? AND kind = ? AND target = ?"));
    q.addBindValue(ticketId);
    q.addBindValue(kind);
    q.addBindValue(target);
    if (!execQuery(q))
        return false;
    *removed = q.numRowsAffected() == 1;
    return true;
}

} // namespace izdesk::server
