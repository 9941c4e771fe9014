#include "timeline/entrystore.h"

#include "storage/sqlutil.h"

#include "ticket.h"

#include <QSqlQuery>

namespace izdesk::server {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT e.id, e.ticket_id, e.kind, e.body, s.username, e.created_at, e.direction, e.phone, e.started_at, "
    "e.ended_at, e.duration_seconds FROM ticket_entries e JOIN staff_users s ON s.id = e.author_id ");

EntryStore::Entry readEntry(const QSqlQuery &q)
{
    EntryStore::Entry e;
    e.id = q.value(0).toLongLong();
    e.ticketId = q.value(1).toLongLong();
    e.kind = q.value(2).toString();
    e.body = q.value(3).toString();
    e.author = q.value(4).toString();
    e.createdAt = fromDbTimestamp(q.value(5));
    e.direction = q.value(6).toString();
    e.phone = q.value(7).toString();
    e.startedAt = fromDbTimestamp(q.value(8));
    e.endedAt = fromDbTimestamp(q.value(9));
    if (!q.value(10).isNull())
        e.durationSeconds = q.value(10).toLongLong();
    return e;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(toIsoUtc(dt)) : QJsonValue();
}

} // namespace

QJsonObject EntryStore::Entry::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("ticket_id"), ticketId},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("body"), body},
        {QStringLiteral("author"), author},
        {QStringLiteral("created_at"), toIsoUtc(createdAt)},
        {QStringLiteral("direction"), textOrNull(direction)},
        {QStringLiteral("phone"), textOrNull(phone)},
        {QStringLiteral("started_at"), timeOrNull(startedAt)},
        {QStringLiteral("ended_at"), timeOrNull(endedAt)},
        {QStringLiteral("duration_seconds"), durationSeconds ? QJsonValue(*durationSeconds) : QJsonValue()}};
}

EntryStore::EntryStore(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

bool EntryStore::list(qint64 ticketId, qint64 afterId, int limit, QList<Entry> *out)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        kSelect
        + QStringLiteral("WHERE (e.ticket_id = ? OR e.ticket_id IN (SELECT id FROM tickets WHERE merged_into = ?)) "
                         "AND e.id > ? ORDER BY e.id LIMIT ?"));
    q.addBindValue(ticketId);
    q.addBindValue(ticketId);
    q.addBindValue(afterId);
    q.addBindValue(limit + 1);
    if (!execQuery(q))
        return false;
    out->clear();
    while (q.next())
        out->append(readEntry(q));
    return true;
}

std::optional<qint64> EntryStore::insert(const Entry &e, qint64 authorId)
{
    const auto nullableText
        = [](const QString &t) { return t.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(t); };
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO ticket_entries (ticket_id, kind, body, author_id, created_at, direction, phone, "
                       "started_at, ended_at, duration_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(e.ticketId);
    q.addBindValue(e.kind);
    q.addBindValue(e.body);
    q.addBindValue(authorId);
    q.addBindValue(toDbTimestamp(e.createdAt, m_dialect));
    q.addBindValue(nullableText(e.direction));
    q.addBindValue(nullableText(e.phone));
    q.addBindValue(toDbTimestamp(e.startedAt, m_dialect));
    q.addBindValue(toDbTimestamp(e.endedAt, m_dialect));
    q.addBindValue(e.durationSeconds ? QVariant(*e.durationSeconds) : QVariant(QMetaType::fromType<qint64>()));
    if (!execQuery(q) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<EntryStore::Entry> EntryStore::find(qint64 id, bool *ok)
{
    QSqlQuery q(m_db);
    q.prepare(kSelect + QStringLiteral("WHERE e.id = ?"));
    q.addBindValue(id);
    *ok = execQuery(q);
    if (!*ok || !q.next())
        return std::nullopt;
    return readEntry(q);
}

} // namespace izdesk::server
