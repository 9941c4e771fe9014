#pragma once

#include "onboarding/onboardingtypes.h"
#include "storage/databaseconfig.h"

#include <QSqlDatabase>

namespace izdesk::server {

// Onboarding projects with their stages and sites (onboarding_projects, onboarding_stages,
// onboarding_sites). Works on the caller's connection and transaction; one per request; not
// shared between threads.
class ProjectStore
{
public:
    ProjectStore(QSqlDatabase db, Dialect dialect);

    // Inserts p with its stages and sites, filling id, createdAt, updatedAt and version.
    bool insert(Project *p, std::optional<qint64> staffId, const QDateTime &now);
    std::optional<Project> find(qint64 id, bool *ok);
    // Projects of one status (all when empty), optionally in one current stage; by id.
    bool list(const QString &status, const QString &stage, QList<Project> *out);
    bool forOrganization(qint64 organizationId, QList<Project> *out);
    // Writes p's fields, stages and sites over the stored version p.version and bumps it
    // (p->version, p->updatedAt follow); false when the stored version differs.
    bool save(Project *p, const QDateTime &now);
    // Which of `facilityIds` are not facilities of the organization.
    bool foreignFacilities(qint64 organizationId, const QList<qint64> &facilityIds, QList<qint64> *foreign);

private:
    bool select(const QString &where, const QVariantList &binds, QList<Project> *out);
    bool loadStages(QList<Project> *projects);
    bool loadSites(QList<Project> *projects);
    bool writeStages(const Project &p, bool insert);
    bool writeSites(const Project &p);

    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
