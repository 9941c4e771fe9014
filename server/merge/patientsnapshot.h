#pragma once

#include "storage/databaseconfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace izdesk::server {

// Row images of one patient, column by column, as JSON: the before-images a merge record
// keeps and the snapshots the tests compare. Keys: "patient" (the patients row) and one array
// per child table ("names", "addresses", "phones", "guardians", "identifiers", "consents",
// "match_keys", "immunizations"), rows in id order (match keys in key order). Timestamps are
// ISO 8601 UTC text on both stores. Stateless; one thread, with that thread's connection.
class PatientSnapshot
{
public:
    // Empty object when the patient does not exist; nullopt on a database error.
    static std::optional<QJsonObject> read(QSqlDatabase db, qint64 patientId);

    // UPDATE table SET every column of row except id and `skip` WHERE id = row["id"].
    static bool updateRow(QSqlDatabase db, const QString &table, const QJsonObject &row, const QStringList &skip = {});
    // Replaces the patient's patient_match_keys rows with `rows` (snapshot form).
    static bool replaceMatchKeys(QSqlDatabase db, qint64 patientId, const QJsonArray &rows);

    // A stored JSON value back to a bind value (whole numbers as integers).
    static QVariant bindValue(const QJsonValue &value);
    // The row of `rows` whose "id" is id, or an empty object.
    static QJsonObject rowById(const QJsonArray &rows, qint64 id);
};

} // namespace izdesk::server
