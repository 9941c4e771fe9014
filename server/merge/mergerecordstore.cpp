#include "merge/mergerecordstore.h"

#include "storage/sqlutil.h"

#include "ticket.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <limits>

namespace izdesk::server {

namespace {

const char *const recordColumns
    = "id, target_id, source_id, status, reason, vetoes, field_choices, target_before, source_before, target_after, "
      "moved_event_ids, hidden_events, moved_identifier_ids, merged_by, merged_at, unmerged_by, unmerged_at, "
      "unmerge_result";

QString text(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString text(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonDocument doc(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8());
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

MergeRecordStore::Record fromQuery(const QSqlQuery &q)
{
    MergeRecordStore::Record r;
    r.id = q.value(0).toLongLong();
    r.targetId = q.value(1).toLongLong();
    r.sourceId = q.value(2).toLongLong();
    r.status = q.value(3).toString();
    r.reason = q.value(4).toString();
    r.vetoes = doc(q.value(5)).array();
    r.fieldChoices = doc(q.value(6)).object();
    r.targetBefore = doc(q.value(7)).object();
    r.sourceBefore = doc(q.value(8)).object();
    r.targetAfter = doc(q.value(9)).object();
    r.movedEventIds = doc(q.value(10)).array();
    r.hiddenEvents = doc(q.value(11)).array();
    r.movedIdentifierIds = doc(q.value(12)).array();
    if (!q.value(13).isNull())
        r.mergedBy = q.value(13).toLongLong();
    r.mergedAt = fromDbTimestamp(q.value(14));
    if (!q.value(15).isNull())
        r.unmergedBy = q.value(15).toLongLong();
    r.unmergedAt = fromDbTimestamp(q.value(16));
    r.unmergeResult = doc(q.value(17)).object();
    return r;
}

} // namespace

QJsonObject MergeRecordStore::Record::summaryJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("target_id"), targetId},
        {QStringLiteral("source_id"), sourceId},
        {QStringLiteral("status"), status},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("vetoes"), vetoes},
        {QStringLiteral("fields"), fieldChoices},
        {QStringLiteral("moved_event_ids"), movedEventIds},
        {QStringLiteral("hidden_events"), hiddenEvents},
        {QStringLiteral("moved_identifier_ids"), movedIdentifierIds},
        {QStringLiteral("merged_by"), mergedBy ? QJsonValue(*mergedBy) : QJsonValue()},
        {QStringLiteral("merged_at"), toIsoUtc(mergedAt)},
        {QStringLiteral("unmerged_by"), unmergedBy ? QJsonValue(*unmergedBy) : QJsonValue()},
        {QStringLiteral("unmerged_at"), unmergedAt.isValid() ? QJsonValue(toIsoUtc(unmergedAt)) : QJsonValue()}};
    if (status == QLatin1String("unmerged"))
        o.insert(QStringLiteral("unmerge"), unmergeResult);
    return o;
}

MergeRecordStore::MergeRecordStore(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

std::optional<qint64> MergeRecordStore::insert(const Record &r)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO patient_merges (target_id, source_id, status, reason, vetoes, field_choices, target_before, "
        "source_before, target_after, moved_event_ids, hidden_events, moved_identifier_ids, merged_by, merged_at) "
        "VALUES (?, ?, 'merged', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant &v :
         QVariantList{r.targetId, r.sourceId, r.reason, text(r.vetoes), text(r.fieldChoices), text(r.targetBefore),
                      text(r.sourceBefore), text(r.targetAfter), text(r.movedEventIds), text(r.hiddenEvents),
                      text(r.movedIdentifierIds), optionalId(r.mergedBy), toDbTimestamp(r.mergedAt, m_dialect)})
        q.addBindValue(v);
    if (!execQuery(q) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool MergeRecordStore::link(qint64 mergeId, qint64 sourceId, qint64 targetId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO patient_links (patient_id, other_patient_id, kind, merge_id) "
                             "VALUES (?, ?, 'replaced-by', ?), (?, ?, 'replaces', ?)"));
    for (const qint64 v : {sourceId, targetId, mergeId, targetId, sourceId, mergeId})
        q.addBindValue(v);
    return execQuery(q);
}

bool MergeRecordStore::unlink(qint64 mergeId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM patient_links WHERE merge_id = ?"));
    q.addBindValue(mergeId);
    return execQuery(q);
}

bool MergeRecordStore::markUnmerged(qint64 mergeId, std::optional<qint64> by, const QDateTime &at,
                                    const QJsonObject &result)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE patient_merges SET status = 'unmerged', unmerged_by = ?, unmerged_at = ?, "
                             "unmerge_result = ? WHERE id = ? AND status = 'merged'"));
    q.addBindValue(optionalId(by));
    q.addBindValue(toDbTimestamp(at, m_dialect));
    q.addBindValue(text(result));
    q.addBindValue(mergeId);
    return execQuery(q) && q.numRowsAffected() == 1;
}

std::optional<MergeRecordStore::Record> MergeRecordStore::find(qint64 id, bool *ok)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM patient_merges WHERE id = ?").arg(QLatin1String(recordColumns)));
    q.addBindValue(id);
    *ok = execQuery(q);
    if (!*ok || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

bool MergeRecordStore::listForPatient(qint64 patientId, qint64 before, int limit, QList<Record> *out)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM patient_merges WHERE (target_id = ? OR source_id = ?) AND id < ? "
                             "ORDER BY id DESC LIMIT ?")
                  .arg(QLatin1String(recordColumns)));
    q.addBindValue(patientId);
    q.addBindValue(patientId);
    q.addBindValue(before > 0 ? before : std::numeric_limits<qint64>::max());
    q.addBindValue(limit);
    if (!execQuery(q))
        return false;
    while (q.next())
        out->append(fromQuery(q));
    return true;
}

bool MergeRecordStore::hasLaterMerge(qint64 mergeId, qint64 patientA, qint64 patientB, bool *ok)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM patient_merges WHERE id > ? AND status = 'merged' AND "
                             "(target_id IN (?, ?) OR source_id IN (?, ?)) LIMIT 1"));
    q.addBindValue(mergeId);
    for (const qint64 v : {patientA, patientB, patientA, patientB})
        q.addBindValue(v);
    *ok = execQuery(q);
    return *ok && q.next();
}

} // namespace izdesk::server
