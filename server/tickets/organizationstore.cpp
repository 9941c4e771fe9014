#include "organizationstore.h"

#include "storage/sqlutil.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace izdesk::server {

OrganizationStore::OrganizationStore(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

const QStringList &OrganizationStore::types()
{
    static const QStringList keys{
        QStringLiteral("provider"), QStringLiteral("pharmacy"),  QStringLiteral("hospital"),
        QStringLiteral("local_health_department"), QStringLiteral("school"), QStringLiteral("childcare"),
        QStringLiteral("health_plan"),
    };
    return keys;
}

bool OrganizationStore::list(int limit, std::optional<qint64> afterId, QList<Organization> *out, bool *hasMore)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, type FROM organizations WHERE id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(afterId.value_or(0));
    q.addBindValue(limit + 1);
    if (!execQuery(q))
        return false;
    out->clear();
    while (q.next())
        out->append(Organization{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), {}});
    *hasMore = out->size() > limit;
    if (*hasMore)
        out->resize(limit);
    return loadFacilities(out);
}

bool OrganizationStore::loadFacilities(QList<Organization> *organizations)
{
    if (organizations->isEmpty())
        return true;
    // One query for the whole page: the ids are a contiguous ascending range.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT organization_id, id, name, facility_code, vfc_pin, phone, address "
                             "FROM facilities WHERE organization_id >= ? AND organization_id <= ? "
                             "ORDER BY organization_id, id"));
    q.addBindValue(organizations->first().id);
    q.addBindValue(organizations->last().id);
    if (!execQuery(q))
        return false;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < organizations->size(); ++i)
        index.insert(organizations->at(i).id, i);
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        (*organizations)[*it].facilities.append(Facility{q.value(1).toLongLong(), q.value(2).toString(),
                                                         q.value(3).toString(), q.value(4).toString(),
                                                         q.value(5).toString(), q.value(6).toString()});
    }
    return true;
}

std::optional<qint64> OrganizationStore::insert(const QString &name, const QString &type, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO organizations (name, type, created_at) VALUES (?, ?, ?) RETURNING id"));
    q.addBindValue(name);
    q.addBindValue(type);
    q.addBindValue(toDbTimestamp(now, m_dialect));
    if (!execQuery(q) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<qint64> OrganizationStore::insertFacility(qint64 organizationId, const Facility &f)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO facilities (organization_id, name, facility_code, vfc_pin, phone, address) "
                             "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(organizationId);
    q.addBindValue(f.name);
    q.addBindValue(f.facilityCode);
    q.addBindValue(f.vfcPin.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(f.vfcPin));
    q.addBindValue(f.phone);
    q.addBindValue(f.address);
    if (!execQuery(q) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace izdesk::server
