#include "onboarding/queuestore.h"

#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace izdesk::server {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT q.id, q.organization_id, o.name, o.type, q.status, q.registered_on, q.reporting_method, q.transport, "
    "q.vfc_enrolled, q.monthly_doses, q.site_count, q.registration_complete, q.requeue_reason, q.from_project_id, "
    "q.notes, q.created_at, q.invited_at, q.version "
    "FROM onboarding_queue q JOIN organizations o ON o.id = q.organization_id ");

QueueEntry readRow(const QSqlQuery &q)
{
    QueueEntry e;
    e.id = q.value(0).toLongLong();
    e.organization = {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()};
    e.status = q.value(4).toString();
    e.registeredOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    e.reportingMethod = q.value(6).toString();
    e.transport = q.value(7).toString();
    e.vfcEnrolled = q.value(8).toInt() != 0;
    e.monthlyDoses = q.value(9).toInt();
    e.siteCount = q.value(10).toInt();
    e.registrationComplete = q.value(11).toInt() != 0;
    e.requeueReason = q.value(12).toString();
    if (!q.value(13).isNull())
        e.fromProjectId = q.value(13).toLongLong();
    e.notes = q.value(14).toString();
    e.createdAt = fromDbTimestamp(q.value(15));
    e.invitedAt = fromDbTimestamp(q.value(16));
    e.version = q.value(17).toInt();
    return e;
}

} // namespace

QueueStore::QueueStore(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

bool QueueStore::insert(QueueEntry *e, std::optional<qint64> staffId, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO onboarding_queue (organization_id, status, registered_on, reporting_method, transport, "
        "vfc_enrolled, monthly_doses, site_count, registration_complete, requeue_reason, from_project_id, notes, "
        "created_by_id, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"));
    q.addBindValue(e->organization.id);
    q.addBindValue(e->status);
    q.addBindValue(e->registeredOn.toString(Qt::ISODate));
    q.addBindValue(e->reportingMethod);
    q.addBindValue(e->transport);
    q.addBindValue(e->vfcEnrolled ? 1 : 0);
    q.addBindValue(e->monthlyDoses);
    q.addBindValue(e->siteCount);
    q.addBindValue(e->registrationComplete ? 1 : 0);
    q.addBindValue(e->requeueReason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(e->requeueReason));
    q.addBindValue(e->fromProjectId ? QVariant(*e->fromProjectId) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(e->notes.isNull() ? QStringLiteral("") : e->notes); // NOT NULL: a null QString binds NULL
    q.addBindValue(staffId ? QVariant(*staffId) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(toDbTimestamp(now, m_dialect));
    if (!execQuery(q))
        return false;
    e->id = q.next() ? q.value(0).toLongLong() : 0;
    e->createdAt = now;
    e->version = 1;
    return e->id > 0;
}

bool QueueStore::select(const QString &where, const QVariantList &binds, QList<QueueEntry> *out)
{
    QSqlQuery q(m_db);
    q.prepare(kSelect + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!execQuery(q))
        return false;
    while (q.next())
        out->append(readRow(q));
    return true;
}

std::optional<QueueEntry> QueueStore::find(qint64 id, bool *ok)
{
    QList<QueueEntry> rows;
    *ok = select(QStringLiteral("WHERE q.id = ?"), {id}, &rows);
    return *ok && !rows.isEmpty() ? std::optional<QueueEntry>(rows.first()) : std::nullopt;
}

bool QueueStore::list(const QString &status, QList<QueueEntry> *out)
{
    if (status.isEmpty())
        return select(QStringLiteral("ORDER BY q.id"), {}, out);
    return select(QStringLiteral("WHERE q.status = ? ORDER BY q.id"), {status}, out);
}

bool QueueStore::forOrganization(qint64 organizationId, QList<QueueEntry> *out)
{
    return select(QStringLiteral("WHERE q.organization_id = ? ORDER BY q.id"), {organizationId}, out);
}

bool QueueStore::markInvited(qint64 id, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE onboarding_queue SET status = 'invited', invited_at = ?, version = version + 1 "
                             "WHERE id = ? AND status = 'waiting'"));
    q.addBindValue(toDbTimestamp(now, m_dialect));
    q.addBindValue(id);
    return execQuery(q) && q.numRowsAffected() == 1;
}

bool QueueStore::markWithdrawn(qint64 id, const QString &notes)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE onboarding_queue SET status = 'withdrawn', notes = ?, version = version + 1 "
                             "WHERE id = ? AND status = 'waiting'"));
    q.addBindValue(notes);
    q.addBindValue(id);
    return execQuery(q) && q.numRowsAffected() == 1;
}

QString QueueStore::openOnboarding(qint64 organizationId, bool *ok, bool projectsOnly)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM onboarding_queue WHERE organization_id = ? AND status = 'waiting'), "
        "(SELECT COUNT(*) FROM onboarding_projects WHERE organization_id = ? AND status = 'active')"));
    q.addBindValue(organizationId);
    q.addBindValue(organizationId);
    *ok = execQuery(q) && q.next();
    if (!*ok)
        return {};
    if (!projectsOnly && q.value(0).toInt() > 0)
        return QStringLiteral("the organization is already waiting in the onboarding queue");
    if (q.value(1).toInt() > 0)
        return QStringLiteral("the organization already has an active onboarding project");
    return {};
}

} // namespace izdesk::server
