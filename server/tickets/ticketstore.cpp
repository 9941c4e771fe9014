#include "ticketstore.h"

#include "feed/changelog.h"
#include "sla/slastore.h"
#include "tickets/linkstore.h"
#include "storage/sqlutil.h"

#include "slaclock.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace izdesk::server {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT t.id, t.subject, t.description, t.status, t.priority, t.category, t.channel, "
    "t.requester_name, t.requester_contact, t.organization_id, o.name, a.username, c.username, "
    "t.created_at, t.updated_at, t.version, t.assignee_id, t.facility_id, t.resolved_at, t.merged_into, ")
    + SlaStore::selectColumns() + QStringLiteral(" "
    "FROM tickets t "
    "LEFT JOIN organizations o ON o.id = t.organization_id "
    "LEFT JOIN staff_users a ON a.id = t.assignee_id "
    "JOIN staff_users c ON c.id = t.created_by_id ");

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

TicketStore::TicketStore(QSqlDatabase db, Dialect dialect, const SlaPolicy *policy, const QDateTime &now)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_policy(policy ? policy : &SlaPolicy::builtIn())
    , m_now(now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc())
{
}

Ticket TicketStore::readTicket(const QSqlQuery &q, std::optional<qint64> *assigneeId) const
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
    if (!q.value(17).isNull())
        t.facilityId = q.value(17).toLongLong();
    t.resolvedAt = fromDbTimestamp(q.value(18));
    if (!q.value(19).isNull())
        t.mergedInto = q.value(19).toLongLong();
    const SlaClock clock = SlaStore::readClock(q, 20);
    t.firstResponseAt = clock.firstResponseAt;
    t.sla = clock.view(*m_policy, t.priority, m_now);
    return t;
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
        conditions << (filter.breachOrder ? QStringLiteral("(t.sla_sort_key > ? OR (t.sla_sort_key = ? AND t.id > ?))")
                                          : QStringLiteral("(t.updated_at < ? OR (t.updated_at = ? AND t.id < ?))"));
        binds << at << at << after->at(1);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kSelect + (conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")))
              + (filter.breachOrder ? QStringLiteral(" ORDER BY t.sla_sort_key, t.id LIMIT ?")
                                    : QStringLiteral(" ORDER BY t.updated_at DESC, t.id DESC LIMIT ?")));
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
    return LinkStore(m_db, m_dialect).attach(&out->items);
}

std::optional<Ticket> TicketStore::find(qint64 id, bool *ok, std::optional<qint64> *assigneeId)
{
    QSqlQuery q(m_db);
    q.prepare(kSelect + QStringLiteral("WHERE t.id = ?"));
    q.addBindValue(id);
    *ok = execQuery(q);
    if (!*ok || !q.next())
        return std::nullopt;
    QList<Ticket> one{readTicket(q, assigneeId)};
    q.finish();
    *ok = LinkStore(m_db, m_dialect).attach(&one);
    return *ok ? std::optional<Ticket>(one.first()) : std::nullopt;
}

bool TicketStore::findMany(const QList<qint64> &ids, QList<Ticket> *out)
{
    out->clear();
    for (qsizetype from = 0; from < ids.size(); from += 200) {
        const QList<qint64> chunk = ids.mid(from, 200);
        QStringList marks;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(kSelect + QStringLiteral("WHERE t.id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
        for (const qint64 id : chunk)
            q.addBindValue(id);
        if (!execQuery(q))
            return false;
        while (q.next())
            out->append(readTicket(q));
    }
    return LinkStore(m_db, m_dialect).attach(out);
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
    q.addBindValue(optionalId(v.facilityId));
    const QString phone = TicketStore::phoneDigits(v.requesterContact);
    q.addBindValue(phone.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(phone));
}

QString TicketStore::phoneDigits(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
        else if (c.isLetter() && c != QLatin1Char('x') && c != QLatin1Char('X'))
            return {}; // an e-mail address or a name, not a phone number
        else if (c == QLatin1Char('x') || c == QLatin1Char('X'))
            break;     // an extension follows
    }
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('1')))
        digits.remove(0, 1);
    return digits.size() == 10 ? digits : QString();
}

std::optional<qint64> TicketStore::insert(const Values &v, qint64 createdById, const QDateTime &createdAt,
                                          const QDateTime &updatedAt, int version)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO tickets (subject, description, status, priority, category, channel, requester_name, "
        "requester_contact, organization_id, assignee_id, facility_id, requester_phone, created_by_id, created_at, "
        "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindValues(q, v);
    q.addBindValue(createdById);
    q.addBindValue(toDbTimestamp(createdAt, m_dialect));
    q.addBindValue(toDbTimestamp(updatedAt.isValid() ? updatedAt : createdAt, m_dialect));
    q.addBindValue(version);
    if (!execQuery(q) || !q.next())
        return std::nullopt;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    // The clocks start at creation; a seeded ticket with an older history moves on to its
    // status at its last update.
    SlaClock clock = SlaClock::start(*m_policy, v.priority, QStringLiteral("new"), createdAt);
    clock.apply(*m_policy, v.priority, v.status, updatedAt.isValid() ? updatedAt : createdAt);
    if (!SlaStore(m_db, m_dialect).save(id, clock))
        return std::nullopt;
    if (v.status == QLatin1String("resolved") || v.status == QLatin1String("closed")) {
        QSqlQuery r(m_db);
        r.prepare(QStringLiteral("UPDATE tickets SET resolved_at = ? WHERE id = ?"));
        r.addBindValue(toDbTimestamp(clock.clockAt, m_dialect));
        r.addBindValue(id);
        if (!execQuery(r))
            return std::nullopt;
    }
    if (!afterWrite(id, updatedAt.isValid() ? updatedAt : createdAt, createdById, true))
        return std::nullopt;
    return id;
}

TicketStore::UpdateResult TicketStore::update(qint64 id, int expectedVersion, const Values &v, const QDateTime &now,
                                              std::optional<qint64> changedById)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE tickets SET subject = ?, description = ?, status = ?, priority = ?, category = ?, channel = ?, "
        "requester_name = ?, requester_contact = ?, organization_id = ?, assignee_id = ?, facility_id = ?, "
        "requester_phone = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
    bindValues(q, v);
    q.addBindValue(toDbTimestamp(now, m_dialect));
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    if (!execQuery(q))
        return UpdateResult::Error;
    if (q.numRowsAffected() != 1)
        return UpdateResult::Stale;
    return afterWrite(id, now, changedById, false) ? UpdateResult::Updated : UpdateResult::Error;
}

bool TicketStore::afterWrite(qint64 id, const QDateTime &at, std::optional<qint64> changedById, bool created)
{
    bool ok = false;
    QString priority;
    QString status;
    SlaStore sla(m_db, m_dialect);
    auto clock = sla.load(id, &priority, &status, &ok);
    if (!clock)
        return false;
    const bool wasStopped = clock->state == SlaClock::State::Stopped;
    clock->apply(*m_policy, priority, status, at);
    if (!sla.save(id, *clock))
        return false;
    if (!created && !wasStopped && status == QLatin1String("resolved")) {
        QSqlQuery r(m_db);
        r.prepare(QStringLiteral("UPDATE tickets SET resolved_at = ? WHERE id = ?"));
        r.addBindValue(toDbTimestamp(at, m_dialect));
        r.addBindValue(id);
        if (!execQuery(r))
            return false;
    }
    // A status history row whenever the status differs from the last one recorded.
    QSqlQuery last(m_db);
    last.prepare(QStringLiteral("SELECT status FROM ticket_status_history WHERE ticket_id = ? ORDER BY id DESC LIMIT 1"));
    last.addBindValue(id);
    if (!execQuery(last))
        return false;
    if (!last.next() || last.value(0).toString() != status) {
        QSqlQuery h(m_db);
        h.prepare(QStringLiteral("INSERT INTO ticket_status_history (ticket_id, status, changed_at, changed_by_id) VALUES (?, ?, ?, ?)"));
        h.addBindValue(id);
        h.addBindValue(status);
        h.addBindValue(toDbTimestamp(at, m_dialect));
        h.addBindValue(optionalId(changedById));
        if (!execQuery(h))
            return false;
    }
    return ChangeLog::append(m_db, m_dialect, QStringLiteral("ticket"), id, at);
}

bool TicketStore::recordFirstResponse(qint64 id, const QDateTime &at)
{
    bool ok = false;
    QString priority;
    QString status;
    SlaStore sla(m_db, m_dialect);
    auto clock = sla.load(id, &priority, &status, &ok);
    if (!clock || clock->firstResponseAt.isValid())
        return ok;
    clock->meetFirstResponse(*m_policy, priority, at);
    return sla.save(id, *clock) && touch(id, at) == UpdateResult::Updated;
}

TicketStore::UpdateResult TicketStore::touch(qint64 id, const QDateTime &now, std::optional<int> expectedVersion)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE tickets SET updated_at = ?, version = version + 1 WHERE id = ?")
              + (expectedVersion ? QStringLiteral(" AND version = ?") : QString()));
    q.addBindValue(toDbTimestamp(now, m_dialect));
    q.addBindValue(id);
    if (expectedVersion)
        q.addBindValue(*expectedVersion);
    if (!execQuery(q))
        return UpdateResult::Error;
    if (q.numRowsAffected() != 1)
        return UpdateResult::Stale;
    return ChangeLog::append(m_db, m_dialect, QStringLiteral("ticket"), id, now) ? UpdateResult::Updated
                                                                                 : UpdateResult::Error;
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

std::optional<qint64> TicketStore::facilityOrganization(qint64 facilityId, bool *ok)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT organization_id FROM facilities WHERE id = ?"));
    q.addBindValue(facilityId);
    *ok = execQuery(q);
    if (!*ok || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

TicketStore::Values TicketStore::valuesOf(const Ticket &t, std::optional<qint64> assigneeId)
{
    return Values{t.subject,       t.description,      t.status,         t.priority, t.category,
                  t.channel,       t.requesterName,    t.requesterContact, t.organizationId, assigneeId,
                  t.facilityId};
}

QList<qint64> TicketStore::cursorKey(const Ticket &ticket)
{
    return {ticket.updatedAt.toMSecsSinceEpoch(), ticket.id};
}

QList<qint64> TicketStore::breachCursorKey(const Ticket &ticket)
{
    const QDateTime next = ticket.sla.nextDue();
    return {(next.isValid() ? next : SlaStore::farFuture()).toMSecsSinceEpoch(), ticket.id};
}

} // namespace izdesk::server
