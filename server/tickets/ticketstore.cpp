#include "ticketstore.h"

#include "storage/sqlutil.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace izdesk::server {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT t.id, t.subject, t.description, t.status, t.priority, t.category, t.channel, "
    "t.requester_name, t.requester_contact, t.organization_id, o.name, a.username, c.username, "
    "t.created_at, t.updated_at, t.version, t.assignee_id "
    "FROM tickets t "
    "LEFT JOIN organizations o ON o.id = t.organization_id "
    "LEFT JOIN staff_users a ON a.id = t.assignee_id "
    "JOIN staff_users c ON c.id = t.created_by_id ");

Ticket readTicket(const QSqlQuery &q, std::optional<qint64> *assigneeId = nullptr)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.subject = q.value(1).toString();
    t.description = q.value(2).toString();
    t.status = q.value(3).toString();
    t.priority = q.value(4).toString();
    t.category = q.value(5).toString();
    t.channel = q.value(6).toString();
    t.requesterName = q.value(7).toString();
    t.requesterContact = q.value(8).toString();
    if (!q.value(9).isNull())
        t.organizationId = q.value(9).toLongLong();
    t.organizationName = q.value(10).toString();
    t.assignee = q.value(11).toString();
    t.createdBy = q.value(12).toString();
    t.createdAt = fromDbTimestamp(q.value(13));
    t.updatedAt = fromDbTimestamp(q.value(14));
    t.version = q.value(15).toInt();
    if (assigneeId)
        *assigneeId = q.value(16).isNull() ? std::nullopt : std::optional<qint64>(q.value(16).toLongLong());
    return t;
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

// Text columns are NOT NULL: an absent or JSON-null value is stored as the empty string.
QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

// LIKE pattern for a substring search, with the wildcards in the user's text escaped.
QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

TicketStore::TicketStore(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

QString TicketStore::whereClause(const Filter &filter, QVariantList *binds) const
{
    QStringList conditions;
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &status : filter.statuses) {
            marks << QStringLiteral("?");
            binds->append(status);
        }
        conditions << QStringLiteral("t.status IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (filter.assignee) {
        if (filter.assignee->isEmpty()) {
            conditions << QStringLiteral("t.assignee_id IS NULL");
        } else {
            conditions << QStringLiteral("a.username = ?");
            binds->append(*filter.assignee);
        }
    }
    if (!filter.category.isEmpty()) {
        conditions << QStringLiteral("t.category = ?");
        binds->append(filter.category);
    }
    if (!filter.text.isEmpty()) {
        conditions << QStringLiteral("(LOWER(t.subject) LIKE ? ESCAPE '\\' OR LOWER(t.requester_name) LIKE ? "
                                     "ESCAPE '\\' OR LOWER(t.requester_contact) LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(filter.text);
        *binds << pattern << pattern << pattern;
    }
    return conditions.join(QStringLiteral(" AND "));
}

bool TicketStore::list(const Filter &filter, int limit, const std::optional<QList<qint64>> &after, Page *out)
{
    QVariantList binds;
    const QString where = whereClause(filter, &binds);

    QSqlQuery count(m_db);
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM tickets t LEFT JOIN staff_users a ON a.id = t.assignee_id")
                  + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    for (const QVariant &v : std::as_const(binds))
        count.addBindValue(v);
    if (!execQuery(count) || !count.next())
        return false;
    out->total = count.value(0).toLongLong();

    QStringList conditions;
    if (!where.isEmpty())
        conditions << where;
    if (after && after->size() == 2) {
        const QVariant at = toDbTimestamp(QDateTime::fromMSecsSinceEpoch(after->at(0), Qt::UTC), m_dialect);
        conditions << QStringLiteral("(t.updated_at < ? OR (t.updated_at = ? AND t.id < ?))");
        binds << at << at << after->at(1);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kSelect + (conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")))
              + QStringLiteral(" ORDER BY t.updated_at DESC, t.id DESC LIMIT ?"));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(limit + 1); // one extra row says whether another page follows
    if (!execQuery(q))
        return false;
    out->items.clear();
    while (q.next())
        out->items.append(readTicket(q));
    out->hasMore = out->items.size() > limit;
    if (out->hasMore)
        out->items.resize(limit);
    return true;
}

std::optional<Ticket> TicketStore::find(qint64 id, bool *ok, std::optional<qint64> *assigneeId)
{
    QSqlQuery q(m_db);
    q.prepare(kSelect + QStringLiteral("WHERE t.id = ?"));
    q.addBindValue(id);
    *ok = execQuery(q);
    if (!*ok || !q.next())
        return std::nullopt;
    return readTicket(q, assigneeId);
}

// Binds the writable columns in the order both INSERT and UPDATE list them.
void TicketStore::bindValues(QSqlQuery &q, const Values &v)
{
    q.addBindValue(textValue(v.subject));
    q.addBindValue(textValue(v.description));
    q.addBindValue(textValue(v.status));
    q.addBindValue(textValue(v.priority));
    q.addBindValue(textValue(v.category));
    q.addBindValue(textValue(v.channel));
    q.addBindValue(textValue(v.requesterName));
    q.addBindValue(textValue(v.requesterContact));
    q.addBindValue(optionalId(v.organizationId));
    q.addBindValue(optionalId(v.assigneeId));
}

std::optional<qint64> TicketStore::insert(const Values &v, qint64 createdById, const QDateTime &createdAt,
                                          const QDateTime &updatedAt, int version)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO tickets (subject, description, status, priority, category, channel, requester_name, "
        "requester_contact, organization_id, assignee_id, created_by_id, created_at, updated_at, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindValues(q, v);
    q.addBindValue(createdById);
    q.addBindValue(toDbTimestamp(createdAt, m_dialect));
    q.addBindValue(toDbTimestamp(updatedAt.isValid() ? updatedAt : createdAt, m_dialect));
    q.addBindValue(version);
    if (!execQuery(q) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

TicketStore::UpdateResult TicketStore::update(qint64 id, int expectedVersion, const Values &v, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE tickets SET subject = ?, description = ?, status = ?, priority = ?, category = ?, channel = ?, "
        "requester_name = ?, requester_contact = ?, organization_id = ?, assignee_id = ?, updated_at = ?, "
        "version = version + 1 WHERE id = ? AND version = ?"));
    bindValues(q, v);
    q.addBindValue(toDbTimestamp(now, m_dialect));
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    if (!execQuery(q))
        return UpdateResult::Error;
    return q.numRowsAffected() == 1 ? UpdateResult::Updated : UpdateResult::Stale;
}

std::optional<qint64> TicketStore::activeStaffId(const QString &username, bool *ok)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, active FROM staff_users WHERE username = ?"));
    q.addBindValue(username);
    *ok = execQuery(q);
    if (!*ok || !q.next() || !q.value(1).toBool())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool TicketStore::organizationExists(qint64 id, bool *ok)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM organizations WHERE id = ?"));
    q.addBindValue(id);
    *ok = execQuery(q);
    return *ok && q.next();
}

TicketStore::Values TicketStore::valuesOf(const Ticket &t, std::optional<qint64> assigneeId)
{
    return Values{t.subject,       t.description,      t.status,         t.priority, t.category,
                  t.channel,       t.requesterName,    t.requesterContact, t.organizationId, assigneeId};
}

QList<qint64> TicketStore::cursorKey(const Ticket &ticket)
{
    return {ticket.updatedAt.toMSecsSinceEpoch(), ticket.id};
}

} // namespace izdesk::server
