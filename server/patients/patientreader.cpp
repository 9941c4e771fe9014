#include "patients/patientreader.h"

#include "storage/sqlutil.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>

namespace izdesk::server {

namespace {

const char *const patientColumns
    = "id, iis_id, first_name, middle_name, last_name, suffix, birth_date, sex, multiple_birth, birth_order, "
      "mother_maiden_name, race, ethnicity, active, full_opt_out, sharing_lock, owning_facility_code";

QJsonObject patientJson(const QSqlQuery &q)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), q.value(0).toLongLong());
    o.insert(QStringLiteral("iis_id"), q.value(1).toString());
    o.insert(QStringLiteral("first_name"), q.value(2).toString());
    o.insert(QStringLiteral("middle_name"), q.value(3).toString());
    o.insert(QStringLiteral("last_name"), q.value(4).toString());
    o.insert(QStringLiteral("suffix"), q.value(5).toString());
    o.insert(QStringLiteral("birth_date"), q.value(6).isNull() ? QJsonValue() : QJsonValue(q.value(6).toString()));
    o.insert(QStringLiteral("sex"), q.value(7).toString());
    o.insert(QStringLiteral("multiple_birth"), q.value(8).toBool());
    o.insert(QStringLiteral("birth_order"), q.value(9).toInt());
    return o;
}

} // namespace

PatientReader::PatientReader(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

std::optional<QHash<qint64, QJsonObject>> PatientReader::summaries(const QList<qint64> &ids)
{
    QHash<qint64, QJsonObject> out;
    if (ids.isEmpty())
        return out;
    const QString list = sqlIdList(ids);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepareAndExec(
            q, QStringLiteral("SELECT %1 FROM patients WHERE id IN (%2)").arg(QLatin1String(patientColumns), list)))
        return std::nullopt;
    while (q.next())
        out.insert(q.value(0).toLongLong(), patientJson(q));
    QSqlQuery a(m_db);
    a.setForwardOnly(true);
    if (!prepareAndExec(a,
                        QStringLiteral("SELECT patient_id, street, city, state, zip FROM patient_addresses "
                                       "WHERE patient_id IN (%1) AND current_address = %2 ORDER BY id")
                            .arg(list, m_dialect == Dialect::Postgres ? QStringLiteral("TRUE") : QStringLiteral("1"))))
        return std::nullopt;
    while (a.next()) {
        auto it = out.find(a.value(0).toLongLong());
        if (it == out.end() || it->contains(QStringLiteral("address")))
            continue;
        it->insert(QStringLiteral("address"), QJsonObject{{QStringLiteral("street"), a.value(1).toString()},
                                                          {QStringLiteral("city"), a.value(2).toString()},
                                                          {QStringLiteral("state"), a.value(3).toString()},
                                                          {QStringLiteral("zip"), a.value(4).toString()}});
    }
    QSqlQuery p(m_db);
    p.setForwardOnly(true);
    if (!prepareAndExec(
            p, QStringLiteral("SELECT patient_id, number FROM patient_phones WHERE patient_id IN (%1) ORDER BY id")
                   .arg(list)))
        return std::nullopt;
    while (p.next()) {
        auto it = out.find(p.value(0).toLongLong());
        if (it != out.end() && !it->contains(QStringLiteral("phone")))
            it->insert(QStringLiteral("phone"), p.value(1).toString());
    }
    QSqlQuery i(m_db);
    i.setForwardOnly(true);
    if (!prepareAndExec(
            i, QStringLiteral(
                   "SELECT patient_id, type, value, assigning_facility FROM patient_identifiers "
                   "WHERE patient_id IN (%1) AND type IN ('source_id', 'mrn') AND status = 'current' ORDER BY id")
                   .arg(list)))
        return std::nullopt;
    while (i.next()) {
        auto it = out.find(i.value(0).toLongLong());
        if (it == out.end())
            continue;
        if (i.value(1).toString() == QLatin1String("source_id"))
            it->insert(QStringLiteral("source_id"), i.value(2).toString());
    }
    return out;
}

std::optional<PatientReader::Visibility> PatientReader::visibility(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT full_opt_out, sharing_lock, active FROM patients WHERE id = ?"));
    q.addBindValue(id);
    if (!execQuery(q))
        return std::nullopt;
    Visibility v;
    if (q.next()) {
        v.found = true;
        v.fullOptOut = q.value(0).toBool();
        v.sharingLock = q.value(1).toBool();
        v.active = q.value(2).toBool();
    }
    return v;
}

bool PatientReader::rows(const QString &sql, qint64 id, const QStringList &fields, QJsonArray *out)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(id);
    if (!execQuery(q))
        return false;
    while (q.next()) {
        QJsonObject o;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QVariant v = q.value(static_cast<int>(i));
            if (fields.at(i) == QLatin1String("active") || fields.at(i) == QLatin1String("current"))
                o.insert(fields.at(i), v.toBool());
            else if (v.isNull())
                o.insert(fields.at(i), QString());
            else
                o.insert(fields.at(i), QJsonValue::fromVariant(v));
        }
        out->append(o);
    }
    return true;
}

std::optional<QJsonObject> PatientReader::detail(qint64 id, bool withHistory)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM patients WHERE id = ? AND full_opt_out = ?").arg(QLatin1String(patientColumns)));
    q.addBindValue(id);
    q.addBindValue(false);
    if (!execQuery(q))
        return std::nullopt;
    if (!q.next())
        return QJsonObject();
    QJsonObject o = patientJson(q);
    o.insert(QStringLiteral("mother_maiden_name"), q.value(10).toString());
    o.insert(QStringLiteral("race"), q.value(11).toString());
    o.insert(QStringLiteral("ethnicity"), q.value(12).toString());
    o.insert(QStringLiteral("active"), q.value(13).toBool());
    o.insert(QStringLiteral("owning_facility_code"), q.value(16).toString());
    struct Part
    {
        const char *key;
        QString sql;
        QStringList fields;
    };
    const QList<Part> parts{
        {"aliases",
         QStringLiteral(
             "SELECT kind, first_name, middle_name, last_name FROM patient_names WHERE patient_id = ? ORDER BY id"),
         {QStringLiteral("kind"), QStringLiteral("first_name"), QStringLiteral("middle_name"),
          QStringLiteral("last_name")}},
        {"addresses",
         QStringLiteral("SELECT kind, street, city, state, zip, current_address FROM patient_addresses WHERE "
                        "patient_id = ? ORDER BY id"),
         {QStringLiteral("kind"), QStringLiteral("street"), QStringLiteral("city"), QStringLiteral("state"),
          QStringLiteral("zip"), QStringLiteral("current")}},
        {"phones",
         QStringLiteral("SELECT kind, number FROM patient_phones WHERE patient_id = ? ORDER BY id"),
         {QStringLiteral("kind"), QStringLiteral("number")}},
        {"guardians",
         QStringLiteral("SELECT first_name, last_name, relationship, phone FROM patient_guardians WHERE patient_id = ? "
                        "ORDER BY id"),
         {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("relationship"),
          QStringLiteral("phone")}},
        {"identifiers",
         QStringLiteral("SELECT type, value, assigning_facility, status FROM patient_identifiers WHERE patient_id = ? "
                        "ORDER BY id"),
         {QStringLiteral("type"), QStringLiteral("value"), QStringLiteral("assigning_facility"),
          QStringLiteral("status")}},
        {"consents",
         QStringLiteral(
             "SELECT kind, active, effective_date, source FROM patient_consents WHERE patient_id = ? ORDER BY id"),
         {QStringLiteral("kind"), QStringLiteral("active"), QStringLiteral("effective_date"),
          QStringLiteral("source")}},
    };
    for (const Part &part : parts) {
        QJsonArray arr;
        if (!rows(part.sql, id, part.fields, &arr))
            return std::nullopt;
        o.insert(QLatin1String(part.key), arr);
    }
    if (withHistory) {
        QJsonArray arr;
        if (!rows(QStringLiteral(
                      "SELECT i.id, i.cvx, COALESCE(c.short_description, ''), COALESCE(g.group_name, ''), i.ndc, "
                      "i.cpt, i.mvx, COALESCE(m.name, ''), i.lot, i.administered_date, i.record_type, "
                      "i.information_source, i.facility_code FROM immunizations i "
                      "LEFT JOIN code_cvx c ON c.code = i.cvx "
                      "LEFT JOIN code_mvx m ON m.code = i.mvx "
                      "LEFT JOIN (SELECT cvx, MIN(group_name) AS group_name FROM code_vaccine_groups GROUP BY cvx) g "
                      "ON g.cvx = i.cvx "
                      "WHERE i.patient_id = ? AND i.hidden = FALSE ORDER BY i.administered_date, i.id"),
                  id,
                  {QStringLiteral("id"), QStringLiteral("cvx"), QStringLiteral("vaccine_name"),
                   QStringLiteral("vaccine_group"), QStringLiteral("ndc"), QStringLiteral("cpt"), QStringLiteral("mvx"),
                   QStringLiteral("manufacturer"), QStringLiteral("lot"), QStringLiteral("administered_date"),
                   QStringLiteral("record_type"), QStringLiteral("information_source"),
                   QStringLiteral("facility_code")},
                  &arr))
            return std::nullopt;
        o.insert(QStringLiteral("immunizations"), arr);
    }
    return o;
}

} // namespace izdesk::server
