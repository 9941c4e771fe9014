#include "feed/changefeed.h"

#include "storage/sqlutil.h"
#include "tickets/ticketstore.h"
#include "verification/alertstore.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>

namespace izdesk::server {

namespace {

struct Row
{
    qint64 seq = 0;
    QString kind;
    qint64 entityId = 0;
};

bool presenceUsers(QSqlDatabase db, Dialect dialect, const QDateTime &now, const QList<qint64> &ticketIds,
                   QHash<qint64, QJsonArray> *out)
{
    for (const qint64 id : ticketIds) {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("SELECT s.username, p.mode FROM ticket_presence p JOIN staff_users s ON s.id = p.user_id "
                           "WHERE p.ticket_id = ? AND p.expires_at > ? ORDER BY s.username"));
        q.addBindValue(id);
        q.addBindValue(toDbTimestamp(now, dialect));
        if (!execQuery(q))
            return false;
        QJsonArray users;
        while (q.next())
            users.append(QJsonObject{{QStringLiteral("username"), q.value(0).toString()},
                                     {QStringLiteral("mode"), q.value(1).toString()}});
        out->insert(id, users);
    }
    return true;
}

} // namespace

QJsonObject ChangeFeed::empty(qint64 since)
{
    return QJsonObject{{QStringLiteral("changes"), QJsonArray()},
                       {QStringLiteral("cursor"), QString::number(since)},
                       {QStringLiteral("more"), false}};
}

bool ChangeFeed::read(QSqlDatabase db, Dialect dialect, const SlaPolicy &policy, const QDateTime &now, qint64 since,
                      int limit, QJsonObject *out, qsizetype *count)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, kind, entity_id FROM changes WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(since);
    q.addBindValue(limit + 1);
    if (!execQuery(q))
        return false;
    QList<Row> rows;
    while (q.next())
        rows.append(Row{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    const bool more = rows.size() > limit;
    if (more)
        rows.resize(limit);
    *count = rows.size();
    if (rows.isEmpty()) {
        *out = empty(since);
        return true;
    }

    // Only the last change of each entity in the page is sent (it carries the current state).
    QHash<QString, qint64> lastSeq;
    for (const Row &row : std::as_const(rows))
        lastSeq.insert(row.kind + QLatin1Char(':') + QString::number(row.entityId), row.seq);
    QList<qint64> ticketIds;
    QList<qint64> presenceIds;
    QList<qint64> alertIds; // supervisor alerts (phone-release locks, referrals)
    for (const Row &row : std::as_const(rows)) {
        if (lastSeq.value(row.kind + QLatin1Char(':') + QString::number(row.entityId)) != row.seq)
            continue;
        if (row.kind == QLatin1String("alert")) {
            alertIds.append(row.entityId);
            continue;
        }
        (row.kind == QLatin1String("presence") ? presenceIds : ticketIds).append(row.entityId);
    }
    TicketStore store(db, dialect, &policy, now);
    QList<Ticket> tickets;
    if (!store.findMany(ticketIds, &tickets))
        return false;
    QHash<qint64, QJsonObject> ticketJson;
    for (const Ticket &t : std::as_const(tickets))
        ticketJson.insert(t.id, t.toJson());
    QHash<qint64, QJsonArray> presence;
    if (!presenceUsers(db, dialect, now, presenceIds, &presence))
        return false;
    QHash<qint64, QJsonObject> alerts;
    if (!AlertStore(db, dialect).byIds(alertIds, &alerts))
        return false;

    QJsonArray changes;
    for (const Row &row : std::as_const(rows)) {
        if (lastSeq.value(row.kind + QLatin1Char(':') + QString::number(row.entityId)) != row.seq)
            continue;
        QJsonObject change{{QStringLiteral("seq"), row.seq}, {QStringLiteral("kind"), row.kind}};
        if (row.kind == QLatin1String("alert")) {
            if (!alerts.contains(row.entityId))
                continue;
            change.insert(QStringLiteral("id"), row.entityId);
            change.insert(QStringLiteral("op"), QStringLiteral("upsert"));
            change.insert(QStringLiteral("alert"), alerts.value(row.entityId));
            changes.append(change);
            continue;
        }
        if (row.kind == QLatin1String("presence")) {
            change.insert(QStringLiteral("ticket_id"), row.entityId);
            change.insert(QStringLiteral("users"), presence.value(row.entityId));
        } else {
            if (!ticketJson.contains(row.entityId))
                continue; // deleted rows do not exist today; skip rather than send a hole
            change.insert(QStringLiteral("id"), row.entityId);
            change.insert(QStringLiteral("op"), QStringLiteral("upsert"));
            change.insert(QStringLiteral("ticket"), ticketJson.value(row.entityId));
        }
        changes.append(change);
    }
    *out = QJsonObject{{QStringLiteral("changes"), changes},
                       {QStringLiteral("cursor"), QString::number(rows.last().seq)},
                       {QStringLiteral("more"), more}};
    return true;
}

} // namespace izdesk::server
