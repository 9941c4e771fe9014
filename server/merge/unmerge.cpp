// MergeService::unmerge: replays a merge record backwards. Kept apart from the merge itself
// because placing the edits made after the merge is its own set of rules
// (docs/architecture/contracts-merge.md, "Unmerge").

#include "merge/mergeservice.h"

#include "merge/patientsnapshot.h"

#include <QHash>
#include <QSet>

namespace izdesk::server {

namespace {

const QString kId = QStringLiteral("id");

bool truthy(const QJsonValue &v)
{
    return v.isBool() ? v.toBool() : v.toInteger() != 0;
}

// Columns that are bookkeeping or derived from others: never "edits" in their own right.
bool isBookkeeping(const QString &column)
{
    static const QStringList columns{QStringLiteral("id"),
                                     QStringLiteral("version"),
                                     QStringLiteral("updated_at"),
                                     QStringLiteral("created_at"),
                                     QStringLiteral("std_first"),
                                     QStringLiteral("std_last"),
                                     QStringLiteral("first_initial"),
                                     QStringLiteral("birth_year"),
                                     QStringLiteral("birth_ym"),
                                     QStringLiteral("dob_swapped"),
                                     QStringLiteral("dm_mother")};
    return columns.contains(column);
}

QHash<qint64, QJsonObject> byId(const QList<QJsonArray> &arrays)
{
    QHash<qint64, QJsonObject> out;
    for (const QJsonArray &rows : arrays) {
        for (const QJsonValue &v : rows)
            out.insert(v.toObject().value(kId).toInteger(), v.toObject());
    }
    return out;
}

QJsonObject entry(const QString &kind, const QString &key, const QJsonValue &value)
{
    return QJsonObject{{QStringLiteral("kind"), kind}, {key, value}};
}

} // namespace

MergeService::Outcome MergeService::unmerge(qint64 mergeId)
{
    using Status = Outcome::Status;
    const Outcome failed = Outcome::failure(Status::Internal);
    MergeRecordStore store(m_db, m_dialect);
    bool ok = false;
    const auto record = find(mergeId, &ok);
    if (!ok)
        return failed;
    if (!record)
        return Outcome::failure(Status::NotFound, QStringLiteral("no such merge"));
    if (record->status != QLatin1String("merged"))
        return Outcome::failure(Status::Conflict, QStringLiteral("this merge was already undone"));
    const bool later = store.hasLaterMerge(mergeId, record->targetId, record->sourceId, &ok);
    if (!ok)
        return failed;
    if (later)
        return Outcome::failure(Status::Conflict,
                                QStringLiteral("a later merge involves these patients; undo that one first"));
    const auto target = PatientSnapshot::read(m_db, record->targetId);
    const auto source = target ? PatientSnapshot::read(m_db, record->sourceId) : std::nullopt;
    if (!target || !source || target->isEmpty() || source->isEmpty())
        return failed;

    const QJsonObject targetNow = target->value(QStringLiteral("patient")).toObject();
    const QJsonObject sourceNow = source->value(QStringLiteral("patient")).toObject();
    const QJsonObject sourceBeforeRow = record->sourceBefore.value(QStringLiteral("patient")).toObject();
    // The retired source gets its merge-time change (active) undone; the after-image of the
    // source is its before-image with active false.
    QJsonObject sourceAfter = sourceBeforeRow;
    sourceAfter.insert(QStringLiteral("active"),
                       sourceNow.value(QStringLiteral("active")).isBool() ? QJsonValue(false) : QJsonValue(0));
    QJsonObject targetRow = record->targetBefore.value(QStringLiteral("patient")).toObject();
    QJsonObject sourceRow = sourceBeforeRow;
    bool targetEdited = false;
    bool sourceEdited = false;
    QJsonArray placed;
    QJsonArray conflicts;
    auto place
        = [&](QJsonObject *row, bool *edited, const QString &side, const QString &column, const QJsonValue &value) {
              row->insert(column, value);
              *edited = true;
              QJsonObject e = entry(QStringLiteral("field_edit"), QStringLiteral("field"), column);
              e.insert(QStringLiteral("side"), side);
              placed.append(e);
          };
    // Edits on the retired source stay there.
    for (auto it = sourceNow.begin(); it != sourceNow.end(); ++it) {
        if (!isBookkeeping(it.key()) && it.value() != sourceAfter.value(it.key()))
            place(&sourceRow, &sourceEdited, QStringLiteral("source"), it.key(), it.value());
    }
    // Edits on the merged target go to the side whose value they replaced.
    for (auto it = targetNow.begin(); it != targetNow.end(); ++it) {
        if (isBookkeeping(it.key()) || it.value() == record->targetAfter.value(it.key()))
            continue;
        const QJsonValue choice = record->fieldChoices.value(it.key());
        if (choice.isUndefined() || choice.toString() == QLatin1String("target")) {
            place(&targetRow, &targetEdited, QStringLiteral("target"), it.key(), it.value());
        } else if (choice.toString() == QLatin1String("source")) {
            place(&sourceRow, &sourceEdited, QStringLiteral("source"), it.key(), it.value());
        } else {
            // The merge put a value of neither side there: the edit has no side to go to.
            QJsonObject c = entry(QStringLiteral("field_edit_unplaced"), QStringLiteral("field"), it.key());
            c.insert(QStringLiteral("value"), it.value());
            c.insert(QStringLiteral("detail"), QStringLiteral("the merged value was entered during the merge; both "
                                                              "patients got their value from before the merge"));
            conflicts.append(c);
        }
    }
    if (!writePatientRow(targetRow, target->value(QStringLiteral("names")).toArray(), targetEdited,
                         record->targetBefore.value(QStringLiteral("match_keys")).toArray(),
                         targetNow.value(QStringLiteral("version")).toInteger()))
        return failed;
    pauseForTests();
    if (!writePatientRow(sourceRow, source->value(QStringLiteral("names")).toArray(), sourceEdited,
                         record->sourceBefore.value(QStringLiteral("match_keys")).toArray(),
                         sourceNow.value(QStringLiteral("version")).toInteger()))
        return failed;

    // Events and identifiers go back to their before-images' patient (and visibility / status);
    // any other change made to them after the merge travels with them.
    QSet<qint64> hiddenByMerge;
    for (const QJsonValue &h : record->hiddenEvents)
        hiddenByMerge.insert(h.toObject().value(kId).toInteger());
    struct Part
    {
        const char *key;
        const char *table;
        const char *flag;
    };
    const Part parts[]
        = {{"immunizations", "immunizations", "hidden"}, {"identifiers", "patient_identifiers", "status"}};
    for (const Part &part : parts) {
        const QString key = QLatin1String(part.key);
        const QString flag = QLatin1String(part.flag);
        const auto now = byId({target->value(key).toArray(), source->value(key).toArray()});
        const auto before
            = byId({record->targetBefore.value(key).toArray(), record->sourceBefore.value(key).toArray()});
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const QJsonObject current = now.value(it.key());
            if (current.isEmpty()) {
                conflicts.append(entry(key == QLatin1String("immunizations") ? QStringLiteral("event_missing")
                                                                             : QStringLiteral("identifier_missing"),
                                       QStringLiteral("id"), it.key()));
                continue;
            }
            if (key == QLatin1String("immunizations")
                && truthy(current.value(flag)) != (truthy(it->value(flag)) || hiddenByMerge.contains(it.key())))
                conflicts.append(entry(QStringLiteral("event_visibility_changed"), QStringLiteral("id"), it.key()));
            QJsonObject restored = current;
            restored.insert(QStringLiteral("patient_id"), it->value(QStringLiteral("patient_id")));
            restored.insert(flag, it->value(flag));
            if (restored != current
                && !PatientSnapshot::updateRow(
                    m_db, QLatin1String(part.table),
                    QJsonObject{{kId, it.key()},
                                {QStringLiteral("patient_id"), restored.value(QStringLiteral("patient_id"))},
                                {flag, restored.value(flag)}}))
                return failed;
        }
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (!before.contains(it.key())) {
                QJsonObject e = entry(key == QLatin1String("immunizations") ? QStringLiteral("new_event")
                                                                            : QStringLiteral("new_identifier"),
                                      QStringLiteral("id"), it.key());
                e.insert(QStringLiteral("side"), it->value(QStringLiteral("patient_id")).toInteger() == record->targetId
                                                     ? QStringLiteral("target")
                                                     : QStringLiteral("source"));
                placed.append(e);
            }
        }
    }
    const QJsonObject result{{QStringLiteral("placed"), placed}, {QStringLiteral("conflicts"), conflicts}};
    if (!store.unlink(mergeId) || !store.markUnmerged(mergeId, m_actor.userId, m_now, result))
        return failed;
    const auto updated = store.find(mergeId, &ok);
    if (!updated)
        return failed;
    Outcome outcome;
    outcome.mergeId = mergeId;
    outcome.body = updated->summaryJson();
    outcome.body.insert(QStringLiteral("placed"), placed);
    outcome.body.insert(QStringLiteral("conflicts"), conflicts);
    for (const QJsonValue &c : std::as_const(conflicts)) {
        QJsonObject safe = c.toObject();
        safe.remove(QStringLiteral("value")); // the audit detail holds no PHI
        safe.remove(QStringLiteral("detail"));
        outcome.conflicts.append(safe);
    }
    return outcome;
}

} // namespace izdesk::server
