#include "supervision/staffdirectory.h"

#include "storage/sqlutil.h"

#include "catalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace izdesk::server {

namespace {

// A session used within this long counts as online; within kAwaySeconds as away.
constexpr int kOnlineSeconds = 5 * 60;
constexpr int kAwaySeconds = 30 * 60;

} // namespace

StaffDirectory::StaffDirectory(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

bool StaffDirectory::members(const QDateTime &now, QList<Member> *out)
{
    out->clear();
    QHash<qint64, qsizetype> index;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, username, display_name, role, on_shift, skills FROM staff_users "
                             "WHERE active = TRUE ORDER BY username LIMIT %1")
                  .arg(kMaxStaff));
    if (!execQuery(q))
        return false;
    while (q.next()) {
        Member m;
        m.id = q.value(0).toLongLong();
        m.username = q.value(1).toString();
        m.displayName = q.value(2).toString();
        m.role = q.value(3).toString();
        m.onShift = q.value(4).toInt() != 0;
        m.skills = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        m.presence = QStringLiteral("offline");
        index.insert(m.id, out->size());
        out->append(m);
    }

    QSqlQuery load(m_db);
    load.setForwardOnly(true);
    if (!prepareAndExec(
            load, QStringLiteral("SELECT assignee_id, status, COUNT(*) FROM tickets WHERE assignee_id IS NOT NULL "
                                 "AND status IN ('new', 'open', 'pending_caller', 'pending_internal') "
                                 "GROUP BY assignee_id, status")))
        return false;
    while (load.next()) {
        const auto it = index.constFind(load.value(0).toLongLong());
        if (it == index.cend())
            continue;
        Member &m = (*out)[*it];
        const int n = load.value(2).toInt();
        m.byStatus.insert(load.value(1).toString(), n);
        m.openTickets += n;
    }

    QSqlQuery seen(m_db);
    seen.setForwardOnly(true);
    seen.prepare(
        QStringLiteral("SELECT user_id, MAX(last_seen_at) FROM sessions WHERE revoked_at IS NULL AND expires_at > ? "
                       "GROUP BY user_id"));
    seen.addBindValue(toDbTimestamp(now, m_dialect));
    if (!execQuery(seen))
        return false;
    while (seen.next()) {
        const auto it = index.constFind(seen.value(0).toLongLong());
        if (it == index.cend())
            continue;
        const qint64 idle = fromDbTimestamp(seen.value(1)).secsTo(now);
        (*out)[*it].presence = idle <= kOnlineSeconds ? QStringLiteral("online")
                               : idle <= kAwaySeconds ? QStringLiteral("away")
                                                      : QStringLiteral("offline");
    }

    QSqlQuery viewing(m_db);
    viewing.setForwardOnly(true);
    viewing.prepare(
        QStringLiteral("SELECT user_id, ticket_id FROM ticket_presence WHERE expires_at > ? ORDER BY ticket_id"));
    viewing.addBindValue(toDbTimestamp(now, m_dialect));
    if (!execQuery(viewing))
        return false;
    while (viewing.next()) {
        const auto it = index.constFind(viewing.value(0).toLongLong());
        if (it == index.cend())
            continue;
        Member &m = (*out)[*it];
        m.viewing.append(viewing.value(1).toLongLong());
        m.presence = QStringLiteral("online"); // a live heartbeat beats an older session
    }
    return true;
}

QList<StaffDirectory::Member> StaffDirectory::eligible(const QList<Member> &members, const QString &category)
{
    QList<Member> result;
    for (const Member &m : members) {
        if (m.role == QLatin1String("specialist") && m.onShift && (m.skills.isEmpty() || m.skills.contains(category)))
            result.append(m);
    }
    return result;
}

bool StaffDirectory::update(const QString &username, std::optional<bool> onShift, std::optional<QStringList> skills,
                            bool *found)
{
    QStringList sets;
    QVariantList binds;
    if (onShift) {
        sets << QStringLiteral("on_shift = ?");
        binds << (*onShift ? 1 : 0);
    }
    if (skills) {
        sets << QStringLiteral("skills = ?");
        // join() of an empty list is a null QString, which Qt SQL binds as NULL: bind "" instead
        // ("no skills" means every category).
        const QString joined = skills->join(QLatin1Char(','));
        binds << (joined.isNull() ? QStringLiteral("") : joined);
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE staff_users SET ") + sets.join(QStringLiteral(", "))
              + QStringLiteral(" WHERE username = ? AND active = TRUE"));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(username);
    if (!execQuery(q))
        return false;
    *found = q.numRowsAffected() == 1;
    return true;
}

QJsonObject StaffDirectory::toJson(const Member &m)
{
    QJsonObject byStatus;
    for (const QString &status : {QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("pending_caller"),
                                  QStringLiteral("pending_internal")})
        byStatus.insert(status, m.byStatus.value(status));
    QJsonArray viewing;
    for (const qint64 id : m.viewing)
        viewing.append(id);
    return QJsonObject{{QStringLiteral("username"), m.username},
                       {QStringLiteral("display_name"), m.displayName},
                       {QStringLiteral("role"), m.role},
                       {QStringLiteral("on_shift"), m.onShift},
                       {QStringLiteral("skills"), QJsonArray::fromStringList(m.skills)},
                       {QStringLiteral("presence"), m.presence},
                       {QStringLiteral("open_tickets"), m.openTickets},
                       {QStringLiteral("by_status"), byStatus},
                       {QStringLiteral("viewing"), viewing}};
}

} // namespace izdesk::server
