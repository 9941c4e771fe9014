#include "onboarding/projectstore.h"

#include "storage/sqlutil.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace izdesk::server {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT p.id, p.organization_id, o.name, o.type, p.queue_entry_id, p.status, p.current_stage, p.reporting_method, "
    "p.transport, p.contacts, p.plan_agreed_on, p.clinical_workflow_on, p.training_on, p.go_live_on, p.created_at, "
    "p.updated_at, p.version FROM onboarding_projects p JOIN organizations o ON o.id = p.organization_id ");

QDate dateAt(const QSqlQuery &q, int i)
{
    return QDate::fromString(q.value(i).toString(), Qt::ISODate);
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant idValue(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qlonglong>());
}

Project readRow(const QSqlQuery &q)
{
    Project p;
    p.id = q.value(0).toLongLong();
    p.organization = {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()};
    if (!q.value(4).isNull())
        p.queueEntryId = q.value(4).toLongLong();
    p.status = q.value(5).toString();
    p.currentStage = q.value(6).toString();
    p.reportingMethod = q.value(7).toString();
    p.transport = q.value(8).toString();
    p.contacts = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    p.planAgreedOn = dateAt(q, 10);
    p.clinicalWorkflowOn = dateAt(q, 11);
    p.trainingOn = dateAt(q, 12);
    p.goLiveOn = dateAt(q, 13);
    p.createdAt = fromDbTimestamp(q.value(14));
    p.updatedAt = fromDbTimestamp(q.value(15));
    p.version = q.value(16).toInt();
    return p;
}

QString contactsText(const QJsonObject &contacts)
{
    return QString::fromUtf8(QJsonDocument(contacts).toJson(QJsonDocument::Compact));
}

} // namespace

ProjectStore::ProjectStore(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

bool ProjectStore::insert(Project *p, std::optional<qint64> staffId, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO onboarding_projects (organization_id, queue_entry_id, status, current_stage, reporting_method, "
        "transport, contacts, plan_agreed_on, clinical_workflow_on, training_on, go_live_on, created_by_id, "
        "created_at, "
        "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"));
    for (const QVariant &v :
         {QVariant(p->organization.id), idValue(p->queueEntryId), QVariant(p->status), QVariant(p->currentStage),
          QVariant(p->reportingMethod), QVariant(p->transport), QVariant(contactsText(p->contacts)),
          dateValue(p->planAgreedOn), dateValue(p->clinicalWorkflowOn), dateValue(p->trainingOn),
          dateValue(p->goLiveOn), idValue(staffId), toDbTimestamp(now, m_dialect), toDbTimestamp(now, m_dialect)})
        q.addBindValue(v);
    if (!execQuery(q) || !q.next())
        return false;
    p->id = q.value(0).toLongLong();
    p->createdAt = p->updatedAt = now;
    p->version = 1;
    return writeStages(*p, true) && writeSites(*p);
}

bool ProjectStore::save(Project *p, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE onboarding_projects SET status = ?, current_stage = ?, reporting_method = ?, transport "
                       "= ?, contacts = ?, "
                       "plan_agreed_on = ?, clinical_workflow_on = ?, training_on = ?, go_live_on = ?, updated_at = ?, "
                       "version = version + 1 WHERE id = ? AND version = ?"));
    for (const QVariant &v : {QVariant(p->status), QVariant(p->currentStage), QVariant(p->reportingMethod),
                              QVariant(p->transport), QVariant(contactsText(p->contacts)), dateValue(p->planAgreedOn),
                              dateValue(p->clinicalWorkflowOn), dateValue(p->trainingOn), dateValue(p->goLiveOn),
                              toDbTimestamp(now, m_dialect), QVariant(p->id), QVariant(p->version)})
        q.addBindValue(v);
    if (!execQuery(q) || q.numRowsAffected() != 1)
        return false;
    p->version += 1;
    p->updatedAt = now;
    return writeStages(*p, false) && writeSites(*p);
}

bool ProjectStore::writeStages(const Project &p, bool insert)
{
    QSqlQuery q(m_db);
    q.prepare(insert
                  ? QStringLiteral("INSERT INTO onboarding_stages (started_at, due_at, completed_at, completed_by_id, "
                                   "business_days, project_id, stage, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                  : QStringLiteral("UPDATE onboarding_stages SET started_at = ?, due_at = ?, completed_at = ?, "
                                   "completed_by_id = ?, business_days = ? WHERE project_id = ? AND stage = ?"));
    for (const StageRow &s : p.stages) {
        for (const QDateTime &t : {s.startedAt, s.dueAt, s.completedAt})
            q.addBindValue(toDbTimestamp(t, m_dialect));
        q.addBindValue(idValue(s.completedById));
        q.addBindValue(s.businessDays);
        q.addBindValue(p.id);
        q.addBindValue(s.stage);
        if (insert)
            q.addBindValue(s.position);
        if (!execQuery(q))
            return false;
    }
    return true;
}

bool ProjectStore::writeSites(const Project &p)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM onboarding_sites WHERE project_id = ?"));
    q.addBindValue(p.id);
    if (!execQuery(q))
        return false;
    q.prepare(QStringLiteral("INSERT INTO onboarding_sites (project_id, facility_id) VALUES (?, ?)"));
    for (const ProjectSite &s : p.sites) {
        q.addBindValue(p.id);
        q.addBindValue(s.facilityId);
        if (!execQuery(q))
            return false;
    }
    return true;
}

bool ProjectStore::select(const QString &where, const QVariantList &binds, QList<Project> *out)
{
    QSqlQuery q(m_db);
    q.prepare(kSelect + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!execQuery(q))
        return false;
    QList<Project> rows;
    while (q.next())
        rows.append(readRow(q));
    if (!loadStages(&rows) || !loadSites(&rows))
        return false;
    out->append(rows);
    return true;
}

bool ProjectStore::loadStages(QList<Project> *projects)
{
    if (projects->isEmpty())
        return true;
    QList<qint64> ids;
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < projects->size(); ++i) {
        ids << projects->at(i).id;
        at.insert(projects->at(i).id, i);
    }
    QSqlQuery q(m_db);
    if (!prepareAndExec(
            q, QStringLiteral("SELECT st.project_id, st.stage, st.position, st.business_days, st.started_at, "
                              "st.due_at, st.completed_at, st.completed_by_id, s.username FROM onboarding_stages st "
                              "LEFT JOIN staff_users s ON s.id = st.completed_by_id WHERE st.project_id IN (")
                   + sqlIdList(ids) + QStringLiteral(") ORDER BY st.project_id, st.position")))
        return false;
    while (q.next()) {
        StageRow s;
        s.stage = q.value(1).toString();
        s.position = q.value(2).toInt();
        s.businessDays = q.value(3).toInt();
        s.startedAt = fromDbTimestamp(q.value(4));
        s.dueAt = fromDbTimestamp(q.value(5));
        s.completedAt = fromDbTimestamp(q.value(6));
        if (!q.value(7).isNull())
            s.completedById = q.value(7).toLongLong();
        s.completedBy = q.value(8).toString();
        (*projects)[at.value(q.value(0).toLongLong())].stages.append(s);
    }
    return true;
}

bool ProjectStore::loadSites(QList<Project> *projects)
{
    if (projects->isEmpty())
        return true;
    QList<qint64> ids;
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < projects->size(); ++i) {
        ids << projects->at(i).id;
        at.insert(projects->at(i).id, i);
    }
    QSqlQuery q(m_db);
    if (!prepareAndExec(q,
                        QStringLiteral("SELECT os.project_id, f.id, f.facility_code, f.name FROM onboarding_sites os "
                                       "JOIN facilities f ON f.id = os.facility_id WHERE os.project_id IN (")
                            + sqlIdList(ids) + QStringLiteral(") ORDER BY os.project_id, f.facility_code")))
        return false;
    while (q.next())
        (*projects)[at.value(q.value(0).toLongLong())].sites.append(
            {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
    return true;
}

std::optional<Project> ProjectStore::find(qint64 id, bool *ok)
{
    QList<Project> rows;
    *ok = select(QStringLiteral("WHERE p.id = ?"), {id}, &rows);
    return *ok && !rows.isEmpty() ? std::optional<Project>(rows.first()) : std::nullopt;
}

bool ProjectStore::list(const QString &status, const QString &stage, QList<Project> *out)
{
    QStringList where;
    QVariantList binds;
    if (!status.isEmpty()) {
        where << QStringLiteral("p.status = ?");
        binds << status;
    }
    if (!stage.isEmpty()) {
        where << QStringLiteral("p.current_stage = ?");
        binds << stage;
    }
    const QString clause = where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    return select(clause + QStringLiteral(" ORDER BY p.id"), binds, out);
}

bool ProjectStore::forOrganization(qint64 organizationId, QList<Project> *out)
{
    return select(QStringLiteral("WHERE p.organization_id = ? ORDER BY p.id"), {organizationId}, out);
}

bool ProjectStore::foreignFacilities(qint64 organizationId, const QList<qint64> &facilityIds, QList<qint64> *foreign)
{
    if (facilityIds.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM facilities WHERE organization_id = ? AND id IN (") + sqlIdList(facilityIds)
              + QStringLiteral(")"));
    q.addBindValue(organizationId);
    if (!execQuery(q))
        return false;
    QSet<qint64> own;
    while (q.next())
        own.insert(q.value(0).toLongLong());
    for (qint64 id : facilityIds) {
        if (!own.contains(id))
            foreign->append(id);
    }
    return true;
}

} // namespace izdesk::server
