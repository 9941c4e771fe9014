#include "merge/mergeservice.h"

#include "merge/patientsnapshot.h"
#include "patients/patientaccesspolicy.h"
#include "patients/patientreader.h"
#include "patients/patientwriter.h"
#include "storage/sqlutil.h"

#include "matching/hardvetoes.h"
#include "ticket.h"

#include <QSet>
#include <QSqlQuery>
#include <QThread>

namespace izdesk::server {

namespace {

const QString kPatient = QStringLiteral("patient");
const QString kId = QStringLiteral("id");

bool truthy(const QJsonValue &v)
{
    return v.isBool() ? v.toBool() : v.toInteger() != 0;
}

QJsonObject patientRow(const QJsonObject &snapshot)
{
    return snapshot.value(kPatient).toObject();
}

QJsonArray rowsOf(const QJsonObject &snapshot, const char *key)
{
    return snapshot.value(QLatin1String(key)).toArray();
}

QJsonArray idsOf(const QJsonArray &rows)
{
    QJsonArray ids;
    for (const QJsonValue &row : rows)
        ids.append(row.toObject().value(kId));
    return ids;
}

QStringList birthFileNumbers(const QJsonObject &snapshot)
{
    QStringList out;
    for (const QJsonValue &v : rowsOf(snapshot, "identifiers")) {
        const QJsonObject row = v.toObject();
        if (row.value(QStringLiteral("type")).toString() == QLatin1String("birth_file_number")
            && !row.value(QStringLiteral("value")).toString().isEmpty())
            out << row.value(QStringLiteral("value")).toString();
    }
    return out;
}

PatientInput inputFrom(const QJsonObject &row, const QJsonArray &names)
{
    PatientInput p;
    p.first = row.value(QStringLiteral("first_name")).toString();
    p.middle = row.value(QStringLiteral("middle_name")).toString();
    p.last = row.value(QStringLiteral("last_name")).toString();
    p.suffix = row.value(QStringLiteral("suffix")).toString();
    p.dob = QDate::fromString(row.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    p.sex = row.value(QStringLiteral("sex")).toString();
    p.multipleBirth = truthy(row.value(QStringLiteral("multiple_birth")));
    p.birthOrder = static_cast<int>(row.value(QStringLiteral("birth_order")).toInteger());
    p.motherMaiden = row.value(QStringLiteral("mother_maiden_name")).toString();
    for (const QJsonValue &v : names) {
        const QJsonObject n = v.toObject();
        p.aliases.append({n.value(QStringLiteral("kind")).toString(), n.value(QStringLiteral("first_name")).toString(),
                          n.value(QStringLiteral("middle_name")).toString(),
                          n.value(QStringLiteral("last_name")).toString()});
    }
    return p;
}

QJsonValue nullableText(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

MergeService::MergeService(QSqlDatabase db, Dialect dialect, const QDateTime &now, Actor actor)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_now(now)
    , m_actor(actor)
{
}

QStringList MergeService::vetoes(const QJsonObject &target, const QJsonObject &source)
{
    const auto facts = [](const QJsonObject &snapshot) {
        const QJsonObject row = patientRow(snapshot);
        matching::HardVetoes::Facts f;
        f.birthFileNumbers = birthFileNumbers(snapshot);
        f.multipleBirth = truthy(row.value(QStringLiteral("multiple_birth")));
        f.birthOrder = f.multipleBirth ? int(row.value(QStringLiteral("birth_order")).toInteger()) : 0;
        f.dob = QDate::fromString(row.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
        f.sex = row.value(QStringLiteral("sex")).toString();
        return f;
    };
    return matching::HardVetoes::of(facts(target), facts(source));
}

bool MergeService::loadEventGroups(QSqlDatabase db, EventDedup::VaccineGroups *groups)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepareAndExec(q, QStringLiteral("SELECT g.cvx, g.group_name, COALESCE(c.short_description, '') "
                                          "FROM code_vaccine_groups g LEFT JOIN code_cvx c ON c.code = g.cvx")))
        return false;
    while (q.next()) {
        auto &entry = (*groups)[q.value(0).toString()];
        entry.first << q.value(1).toString();
        entry.second = q.value(2).toString().contains(QLatin1String("unspecified"), Qt::CaseInsensitive);
    }
    return true;
}

MergeService::Outcome MergeService::plan(const MergeRequest &request, Plan *out)
{
    using Status = Outcome::Status;
    if (request.targetId == request.sourceId)
        return Outcome::failure(Status::Conflict, QStringLiteral("a patient cannot be merged into itself"));
    const auto target = PatientSnapshot::read(m_db, request.targetId);
    const auto source = target ? PatientSnapshot::read(m_db, request.sourceId) : std::nullopt;
    if (!target || !source)
        return Outcome::failure(Status::Internal);
    for (const QJsonObject *snapshot : {&*target, &*source}) {
        const QJsonObject row = patientRow(*snapshot);
        // Locked records answer like missing ones (as the patient reads do).
        if (snapshot->isEmpty()
            || !PatientAccessPolicy::finds(m_actor.seesSharingLocked, truthy(row.value(QStringLiteral("full_opt_out"))),
                                           truthy(row.value(QStringLiteral("sharing_lock")))))
            return Outcome::failure(Status::NotFound, snapshot == &*target ? QStringLiteral("no such target patient")
                                                                           : QStringLiteral("no such source patient"));
    }
    for (const QJsonObject *snapshot : {&*target, &*source}) {
        if (!truthy(patientRow(*snapshot).value(QStringLiteral("active"))))
            return Outcome::failure(
                Status::Conflict, QStringLiteral("the %1 patient is inactive (already merged away)")
                                      .arg(snapshot == &*target ? QStringLiteral("target") : QStringLiteral("source")));
    }
    out->targetBefore = *target;
    out->sourceBefore = *source;
    out->mergedRow = patientRow(*target);
    const QJsonObject sourceRow = patientRow(*source);
    for (auto it = request.fields.cbegin(); it != request.fields.cend(); ++it) {
        if (it->choice == MergeRequest::Choice::Source)
            out->mergedRow.insert(it.key(), sourceRow.value(it.key()));
        else if (it->choice == MergeRequest::Choice::Value)
            out->mergedRow.insert(it.key(), it->value);
    }
    out->vetoes = vetoes(*target, *source);

    EventDedup::VaccineGroups groups;
    if (!loadEventGroups(m_db, &groups))
        return Outcome::failure(Status::Internal);
    QList<EventDedup::Event> events;
    for (const QJsonObject *snapshot : {&*target, &*source}) {
        for (const QJsonValue &v : rowsOf(*snapshot, "immunizations")) {
            const QJsonObject row = v.toObject();
            if (truthy(row.value(QStringLiteral("hidden"))))
                continue;
            events.append(EventDedup::event(
                row.value(kId).toInteger(), snapshot == &*source, row.value(QStringLiteral("cvx")).toString(),
                QDate::fromString(row.value(QStringLiteral("administered_date")).toString(), Qt::ISODate),
                row.value(QStringLiteral("record_type")).toString(), row.value(QStringLiteral("lot")).toString(),
                groups));
        }
    }
    out->hidden = EventDedup::plan(events);
    out->movedEventIds = idsOf(rowsOf(*source, "immunizations"));
    out->movedIdentifierIds = idsOf(rowsOf(*source, "identifiers"));
    return {};
}

QJsonObject MergeService::previewBody(const MergeRequest &request, const Plan &plan) const
{
    QJsonObject patient{{kId, request.targetId}};
    for (const QString &column : QStringList{QStringLiteral("iis_id")} + MergeRequest::fieldNames()) {
        const QJsonValue v = plan.mergedRow.value(column);
        if (column == QLatin1String("multiple_birth"))
            patient.insert(column, truthy(v));
        else
            patient.insert(column, v);
    }
    QJsonArray identifiers;
    for (const QJsonObject *snapshot : {&plan.targetBefore, &plan.sourceBefore}) {
        for (const QJsonValue &v : rowsOf(*snapshot, "identifiers")) {
            const QJsonObject row = v.toObject();
            identifiers.append(
                QJsonObject{{kId, row.value(kId)},
                            {QStringLiteral("type"), row.value(QStringLiteral("type"))},
                            {QStringLiteral("value"), row.value(QStringLiteral("value"))},
                            {QStringLiteral("assigning_facility"), row.value(QStringLiteral("assigning_facility"))},
                            {QStringLiteral("status"), snapshot == &plan.sourceBefore
                                                           ? QStringLiteral("old")
                                                           : row.value(QStringLiteral("status")).toString()}});
        }
    }
    patient.insert(QStringLiteral("identifiers"), identifiers);
    QSet<qint64> hiddenIds;
    for (const auto &h : plan.hidden)
        hiddenIds.insert(h.id);
    QJsonArray events;
    for (const QJsonObject *snapshot : {&plan.targetBefore, &plan.sourceBefore}) {
        for (const QJsonValue &v : rowsOf(*snapshot, "immunizations")) {
            const QJsonObject row = v.toObject();
            const qint64 id = row.value(kId).toInteger();
            events.append(QJsonObject{
                {kId, id},
                {QStringLiteral("from"),
                 snapshot == &plan.sourceBefore ? QStringLiteral("source") : QStringLiteral("target")},
                {QStringLiteral("cvx"), row.value(QStringLiteral("cvx"))},
                {QStringLiteral("administered_date"), row.value(QStringLiteral("administered_date"))},
                {QStringLiteral("record_type"), row.value(QStringLiteral("record_type"))},
                {QStringLiteral("lot"), nullableText(row.value(QStringLiteral("lot")).toString())},
                {QStringLiteral("hidden"), truthy(row.value(QStringLiteral("hidden"))) || hiddenIds.contains(id)}});
        }
    }
    return QJsonObject{{QStringLiteral("preview"), true},
                       {QStringLiteral("target_id"), request.targetId},
                       {QStringLiteral("source_id"), request.sourceId},
                       {QStringLiteral("fields"), request.fieldsJson()},
                       {QStringLiteral("vetoes"), QJsonArray::fromStringList(plan.vetoes)},
                       {QStringLiteral("requires_supervisor"), !plan.vetoes.isEmpty()},
                       {QStringLiteral("merged"), patient},
                       {QStringLiteral("events"), events},
                       {QStringLiteral("moved_event_ids"), plan.movedEventIds},
                       {QStringLiteral("hidden_events"), EventDedup::toJson(plan.hidden)}};
}

MergeService::Outcome MergeService::preview(const MergeRequest &request)
{
    Plan p;
    Outcome outcome = plan(request, &p);
    if (outcome.status == Outcome::Status::Ok)
        outcome.body = previewBody(request, p);
    return outcome;
}

bool MergeService::writePatientRow(const QJsonObject &row, const QJsonArray &aliases, bool recomputeKeys,
                                   const QJsonArray &keysIfKept, qint64 currentVersion)
{
    QJsonObject out = row;
    const qint64 id = row.value(kId).toInteger();
    if (recomputeKeys) {
        const PatientWriter::MatchColumns m = PatientWriter::matchColumns(inputFrom(row, aliases));
        out.insert(QStringLiteral("std_first"), m.stdFirst);
        out.insert(QStringLiteral("std_last"), m.stdLast);
        out.insert(QStringLiteral("first_initial"), m.firstInitial);
        out.insert(QStringLiteral("birth_year"), m.birthYear.isNull() ? QJsonValue() : QJsonValue(m.birthYear.toInt()));
        out.insert(QStringLiteral("birth_ym"), m.birthYm);
        out.insert(QStringLiteral("dob_swapped"), m.dobSwapped);
        out.insert(QStringLiteral("dm_mother"), m.dmMother);
        QJsonArray keys;
        for (const auto &[kind, code] : m.keys)
            keys.append(QJsonObject{{QStringLiteral("kind"), kind},
                                    {QStringLiteral("code"), code},
                                    {QStringLiteral("birth_year"), m.keyYear}});
        if (!PatientSnapshot::replaceMatchKeys(m_db, id, keys))
            return false;
    } else if (!PatientSnapshot::replaceMatchKeys(m_db, id, keysIfKept)) {
        return false;
    }
    out.insert(QStringLiteral("version"), currentVersion + 1);
    out.insert(QStringLiteral("updated_at"), toIsoUtc(m_now));
    return PatientSnapshot::updateRow(m_db, QStringLiteral("patients"), out);
}

bool MergeService::moveRows(const QString &table, const QJsonArray &ids, qint64 toPatient, const QString &extraSet)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE %1 SET patient_id = ?%2 WHERE id = ?").arg(table, extraSet));
    for (const QJsonValue &id : ids) {
        q.addBindValue(toPatient);
        q.addBindValue(id.toInteger());
        if (!execQuery(q))
            return false;
    }
    return true;
}

MergeService::Outcome MergeService::apply(const MergeRequest &request)
{
    using Status = Outcome::Status;
    Plan p;
    Outcome outcome = plan(request, &p);
    if (outcome.status != Status::Ok)
        return outcome;
    if (!p.vetoes.isEmpty() && !m_actor.mayOverrideVetoes) {
        Outcome refused
            = Outcome::failure(Status::VetoNeedsSupervisor,
                               QStringLiteral("this merge has hard vetoes (%1); only a supervisor may perform it")
                                   .arg(p.vetoes.join(QStringLiteral(", "))));
        refused.vetoes = p.vetoes;
        return refused;
    }
    const Outcome failed = Outcome::failure(Status::Internal);
    const qint64 targetVersion = patientRow(p.targetBefore).value(QStringLiteral("version")).toInteger();
    if (!writePatientRow(p.mergedRow, rowsOf(p.targetBefore, "names"), true, {}, targetVersion))
        return failed;
    pauseForTests();
    QSqlQuery retire(m_db);
    retire.prepare(QStringLiteral(
        "UPDATE patients SET active = ?, version = version + 1, updated_at = ? WHERE id = ? AND active = ?"));
    retire.addBindValue(false);
    retire.addBindValue(toDbTimestamp(m_now, m_dialect));
    retire.addBindValue(request.sourceId);
    retire.addBindValue(true);
    if (!execQuery(retire) || retire.numRowsAffected() != 1)
        return failed;
    QJsonArray hiddenIds;
    for (const auto &h : std::as_const(p.hidden))
        hiddenIds.append(h.id);
    if (!moveRows(QStringLiteral("immunizations"), p.movedEventIds, request.targetId, {})
        || !moveRows(QStringLiteral("immunizations"), hiddenIds, request.targetId, QStringLiteral(", hidden = TRUE"))
        || !moveRows(QStringLiteral("patient_identifiers"), p.movedIdentifierIds, request.targetId,
                     QStringLiteral(", status = 'old'")))
        return failed;
    const auto after = PatientSnapshot::read(m_db, request.targetId);
    if (!after)
        return failed;
    MergeRecordStore::Record record;
    record.targetId = request.targetId;
    record.sourceId = request.sourceId;
    record.status = QStringLiteral("merged");
    record.reason = request.reason;
    record.vetoes = QJsonArray::fromStringList(p.vetoes);
    record.fieldChoices = request.fieldsJson();
    record.targetBefore = p.targetBefore;
    record.sourceBefore = p.sourceBefore;
    record.targetAfter = patientRow(*after);
    record.movedEventIds = p.movedEventIds;
    record.hiddenEvents = EventDedup::toJson(p.hidden);
    record.movedIdentifierIds = p.movedIdentifierIds;
    record.mergedBy = m_actor.userId;
    record.mergedAt = m_now;
    MergeRecordStore store(m_db, m_dialect);
    const auto id = store.insert(record);
    if (!id || !store.link(*id, request.sourceId, request.targetId))
        return failed;
    record.id = *id;
    outcome.mergeId = *id;
    outcome.body = record.summaryJson();
    outcome.movedEventIds = p.movedEventIds;
    outcome.hiddenEventIds = hiddenIds;
    return outcome;
}

void MergeService::pauseForTests() const
{
    if (m_pauseMs > 0)
        QThread::msleep(static_cast<unsigned long>(m_pauseMs));
}

std::optional<bool> MergeService::finds(qint64 patientId)
{
    const auto v = PatientReader(m_db, m_dialect).visibility(patientId);
    if (!v)
        return std::nullopt;
    return v->found && PatientAccessPolicy::finds(m_actor.seesSharingLocked, v->fullOptOut, v->sharingLock);
}

std::optional<MergeRecordStore::Record> MergeService::find(qint64 mergeId, bool *ok)
{
    auto record = MergeRecordStore(m_db, m_dialect).find(mergeId, ok);
    if (!record)
        return record;
    const auto target = finds(record->targetId);
    const auto source = target && *target ? finds(record->sourceId) : target;
    *ok = target && source;
    if (!*ok || !*source)
        return std::nullopt;
    return record;
}

} // namespace izdesk::server
