#pragma once

#include "storage/databaseconfig.h"

#include "ticket.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace izdesk::server {

// Organizations and their facilities (sites) as the account routes see them: full JSON with
// VFC PIN, fax and the site's access administrators, versioned writes for If-Match, the
// desk's facility code generator and field validation. Works on the caller's connection
// and transaction; one per request; not shared between threads.
class FacilityStore
{
public:
    struct Facility
    {
        qint64 id = 0;
        qint64 organizationId = 0;
        QString name, facilityCode, vfcPin, phone, fax, address;
        int version = 1;
        QJsonArray accessAdministrators;
        QByteArray etag() const;
        QJsonObject toJson() const;
    };
    struct Organization
    {
        qint64 id = 0;
        QString name, type;
        int version = 1;
        QDateTime updatedAt;
        QList<Facility> facilities;
        QByteArray etag() const;
        QJsonObject toJson() const;
    };

    FacilityStore(QSqlDatabase db, Dialect dialect);

    std::optional<Organization> organization(qint64 id, bool *ok);
    bool organizations(int limit, qint64 afterId, QList<Organization> *out, bool *hasMore);
    std::optional<Facility> facility(qint64 id, bool *ok);
    std::optional<qint64> insertOrganization(const Organization &o, const QDateTime &now);
    bool updateOrganization(const Organization &o, const QDateTime &now);
    // Assigns the next desk code when f->facilityCode is empty.
    std::optional<qint64> insertFacility(Facility *f, const QString &prefix);
    bool updateFacility(const Facility &f);
    bool codeTaken(const QString &code, bool *taken);
    // prefix + the next 5-digit sequence after the highest code with that prefix.
    std::optional<QString> nextCode(const QString &prefix);

    // Validates a facility body (create: name and phone required) and applies it.
    static QList<FieldError> applyFacility(const QJsonObject &body, bool create, const QString &fieldPrefix, Facility *f,
                                           QStringList *changed);
    static QList<FieldError> applyOrganization(const QJsonObject &body, bool create, Organization *o, QStringList *changed);

private:
    bool loadFacilities(const QString &where, const QVariantList &binds, QList<Facility> *out);

    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
