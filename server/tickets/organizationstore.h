#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace izdesk::server {

// The SQL for organizations (provider groups, schools, plans, …) and their facilities:
// the paged listing and the inserts the demo seed uses. Works on one connection given by the
// caller, who owns any transaction. One per request; not shared between threads.
class OrganizationStore
{
public:
    struct Facility
    {
        qint64 id = 0;
        QString name;
        QString facilityCode;
        QString vfcPin; // empty when the facility is not enrolled in VFC
        QString phone;
        QString address;
    };

    struct Organization
    {
        qint64 id = 0;
        QString name;
        QString type; // one of types()
        QList<Facility> facilities;
    };

    OrganizationStore(QSqlDatabase db, Dialect dialect);

    // The organization type keys (docs/architecture/domain.md: who calls the desk).
    static const QStringList &types();

    // By id ascending, after the given id; *hasMore says whether another page follows.
    bool list(int limit, std::optional<qint64> afterId, QList<Organization> *out, bool *hasMore);
    std::optional<qint64> insert(const QString &name, const QString &type, const QDateTime &now);
    std::optional<qint64> insertFacility(qint64 organizationId, const Facility &facility);

private:
    bool loadFacilities(QList<Organization> *organizations);

    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
