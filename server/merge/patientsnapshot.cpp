#include "merge/patientsnapshot.h"

#include "storage/sqlutil.h"

#include "ticket.h"

#include <QRegularExpression>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>

namespace izdesk::server {

namespace {

struct ChildTable
{
    const char *key;
    const char *table;
    const char *order;
};

const ChildTable childTables[] = {
    {"names", "patient_names", "id"},
    {"addresses", "patient_addresses", "id"},
    {"phones", "patient_phones", "id"},
    {"guardians", "patient_guardians", "id"},
    {"identifiers", "patient_identifiers", "id"},
    {"consents", "patient_consents", "id"},
    {"match_keys", "patient_match_keys", "kind, code, birth_year"},
    {"immunizations", "immunizations", "id"},
};

QJsonValue jsonValue(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::QDateTime: return toIsoUtc(fromDbTimestamp(v));
    case QMetaType::Bool: return v.toBool();
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: return v.toLongLong();
    case QMetaType::Double: return v.toDouble();
    default: return v.toString();
    }
}

// Column names come from our own tables or from a merge record this server wrote; checked
// anyway, since they are spliced into SQL text.
bool isColumnName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

bool readRows(QSqlDatabase db, const QString &sql, qint64 id, QJsonArray *out)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(id);
    if (!execQuery(q))
        return false;
    while (q.next()) {
        const QSqlRecord record = q.record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), jsonValue(q.value(i)));
        out->append(row);
    }
    return true;
}

} // namespace

std::optional<QJsonObject> PatientSnapshot::read(QSqlDatabase db, qint64 patientId)
{
    QJsonArray patient;
    if (!readRows(db, QStringLiteral("SELECT * FROM patients WHERE id = ?"), patientId, &patient))
        return std::nullopt;
    if (patient.isEmpty())
        return QJsonObject();
    QJsonObject snapshot;
    snapshot.insert(QStringLiteral("patient"), patient.first());
    for (const ChildTable &child : childTables) {
        QJsonArray rows;
        const QString sql = QStringLiteral("SELECT * FROM %1 WHERE patient_id = ? ORDER BY %2")
                                .arg(QLatin1String(child.table), QLatin1String(child.order));
        if (!readRows(db, sql, patientId, &rows))
            return std::nullopt;
        snapshot.insert(QLatin1String(child.key), rows);
    }
    return snapshot;
}

QVariant PatientSnapshot::bindValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QVariant(QMetaType(QMetaType::QString));
    case QJsonValue::Bool: return value.toBool();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
            return static_cast<qlonglong>(d);
        return d;
    }
    case QJsonValue::String: return value.toString();
    default: return {};
    }
}

QJsonObject PatientSnapshot::rowById(const QJsonArray &rows, qint64 id)
{
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(QStringLiteral("id")).toInteger() == id)
            return row.toObject();
    }
    return {};
}

bool PatientSnapshot::updateRow(QSqlDatabase db, const QString &table, const QJsonObject &row, const QStringList &skip)
{
    if (!isColumnName(table) || !row.contains(QStringLiteral("id")))
        return false;
    QStringList assignments;
    QVariantList values;
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (it.key() == QLatin1String("id") || skip.contains(it.key()))
            continue;
        if (!isColumnName(it.key()))
            return false;
        assignments << it.key() + QStringLiteral(" = ?");
        values << bindValue(it.value());
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QStringLiteral(", "))));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(row.value(QStringLiteral("id")).toInteger());
    return execQuery(q) && q.numRowsAffected() == 1;
}

bool PatientSnapshot::replaceMatchKeys(QSqlDatabase db, qint64 patientId, const QJsonArray &rows)
{
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM patient_match_keys WHERE patient_id = ?"));
    del.addBindValue(patientId);
    if (!execQuery(del))
        return false;
    QSqlQuery ins(db);
    ins.prepare(
        QStringLiteral("INSERT INTO patient_match_keys (patient_id, kind, code, birth_year) VALUES (?, ?, ?, ?)"));
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        ins.addBindValue(patientId);
        ins.addBindValue(row.value(QStringLiteral("kind")).toString());
        ins.addBindValue(row.value(QStringLiteral("code")).toString());
        ins.addBindValue(row.value(QStringLiteral("birth_year")).toInteger());
        if (!execQuery(ins))
            return false;
    }
    return true;
}

} // namespace izdesk::server
