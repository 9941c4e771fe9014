#pragma once

#include "storage/databaseconfig.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace izdesk::server {

// Reads patients for the API: a short summary per search hit and the full record
// (demographics, identifiers, consent flags, immunizations with vaccine names from the code
// sets). Never returns records under full opt-out. One thread, with its connection.
class PatientReader
{
public:
    struct Visibility
    {
        bool found = false;
        bool fullOptOut = false;
        bool sharingLock = false;
        bool active = true;
    };

    PatientReader(QSqlDatabase db, Dialect dialect);

    // Summaries keyed by id (name, DOB, sex, identifiers, current address and phone).
    std::optional<QHash<qint64, QJsonObject>> summaries(const QList<qint64> &ids);
    std::optional<Visibility> visibility(qint64 id);
    // The whole record; withHistory false leaves the immunizations out.
    std::optional<QJsonObject> detail(qint64 id, bool withHistory);

private:
    bool rows(const QString &sql, qint64 id, const QStringList &fields, QJsonArray *out);

    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
