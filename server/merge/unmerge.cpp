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

// Where the edits made since the merge go: the rows both patients get back, whether each
// side was edited (its match keys are then recomputed), and what was placed or could not be.
struct Placement
{
    QJsonObject targetRow;
    QJsonObject sourceRow;
    bool targetEdited = false;
    bool sourceEdited = false;
    QJsonArray placed;
    QJsonArray conflicts;

    void place(bool onTarget, const QString &column, const QJsonValue &value)
    {
        (onTarget ? targetRow : sourceRow).insert(column, value);
        (onTarget ? targetEdited : sourceEdited) = true;
        QJsonObject e = entry(QStringLiteral("field_edit"), QStringLiteral("field"), column);
        e.insert(QStringLiteral("side"), onTarget ? QStringLiteral("target") : QStringLiteral("source"));
        placed.append(e);
    }
};

// The patient rows from their before-images with the field edits made since the merge: edits
// on the retired source stay there; edits on the merged target go to the side whose value
// they replaced.
Placement placeFieldEdits(const MergeRecordStore::Record &record, const QJsonObject &targetNow,
                          const QJsonObject &sourceNow)
{
    Placement p;
    const QJsonObject sourceBeforeRow = record.sourceBefore.value(QStringLiteral("patient")).toObject();
    // The retired source gets its merge-time change (active) undone; the after-image of the
    // source is its before-image with active false.
    QJsonObject sourceAfter = sourceBeforeRow;
    sourceAfter.insert(QStringLiteral("active"),
                       sourceNow.value(QStringLiteral("active")).isBool() ? QJsonValue(false) : QJsonValue(0));
    p.targetRow = record.targetBefore.value(QStringLiteral("patient")).toObject();
    p.sourceRow = sourceBeforeRow;
    for (auto it = sourceNow.begin(); it != sourceNow.end(); ++it) {
        if (!isBookkeeping(it.key()) && it.value() != sourceAfter.value(it.key()))
            p.place(false, it.key(), it.value());
    }
    for (auto it = targetNow.begin(); it != targetNow.end(); ++it) {
        if (isBookkeeping(it.key()) || it.value() == record.targetAfter.value(it.key()))
            continue;
        const QJsonValue choice = record.fieldChoices.value(it.key());
        if (choice.isUndefined() || choice.toString() == QLatin1String("target")) {
            p.place(true, it.key(), it.value());
        } else if (choice.toString() == QLatin1String("source")) {
            p.place(false, it.key(), it.value());
        } else {
            // The merge put a value of neither side there: the edit has no side to go to.
            QJsonObject c = entry(QStringLiteral("field_edit_unplaced"), QStringLiteral("field"), it.key());
            c.insert(QStringLiteral("value"), it.value());
            c.insert(QStringLiteral("detail"), QStringLiteral("the merged value was entered during the merge; both "
                                                              "patients got their value from before the merge"));
            p.conflicts.append(c);
        }
    }
    return p;
}

// One kind of row that moved with the merge (events, identifiers): its JSON key in the
// snapshots, its table, and the column the merge changed besides patient_id.
struct Part
{
    const char *key;
    const char *table;
    const char *flag;
};

// Puts the rows of one part back on their before-images' patient with their before-image
// flag; any other change made to them since travels with them. Rows gone, rows whose
// visibility was changed since, and rows added since are reported in `p`. False on a
// database error.
bool restorePart(QSqlDatabase db, const Part &part, const MergeRecordStore::Record &record, const QJsonObject &target,
                 const QJsonObject &source, const QSet<qint64> &hiddenByMerge, Placement *p)
{
    const QString key = QLatin1String(part.key);
    const QString flag = QLatin1String(part.flag);
    const bool events = key == QLatin1String("immunizations");
    const auto now = byId({target.value(key).toArray(), source.value(key).toArray()});
    const auto before = byId({record.targetBefore.value(key).toArray(), record.sourceBefore.value(key).toArray()});
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QJsonObject current = now.value(it.key());
        if (current.isEmpty()) {
            p->conflicts.append(entry(events ? QStringLiteral("event_missing") : QStringLiteral("identifier_missing"),
                                      QStringLiteral("id"), it.key()));
            continue;
        }
        if (events && truthy(current.value(flag)) != (truthy(it->value(flag)) || hiddenByMerge.contains(it.key())))
            p->conflicts.append(entry(QStringLiteral("event_visibility_changed"), QStringLiteral("id"), it.key()));
        QJsonObject restored = current;
        restored.insert(QStringLiteral("patient_id"), it->value(QStringLiteral("patient_id")));
        restored.insert(flag, it->value(flag));
        if (restored != current
            && !PatientSnapshot::updateRow(db, QLatin1String(part.table),
                                           QJsonObject{{kId, it.key()},
                                                       {QStringLiteral("patient_id"),
                                                        restored.value(QStringLiteral("patient_id"))},
                                                       {flag, restored.value(flag)}}))
            return false;
    }
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (before.contains(it.key()))
            continue;
        QJsonObject e = entry(events ? QStringLiteral("new_event") : QStringLiteral("new_identifier"),
                              QStringLiteral("id"), it.key());
        e.insert(QStringLiteral("side"), it->value(QStringLiteral("patient_id")).toInteger() == record.targetId
                                             ? QStringLiteral("target")
                                             : QStringLiteral("source"));
        p->placed.append(e);
    }
    return true;
}

// Events and identifiers go back to their before-images' patient (and visibility / status).
bool restoreEventsAndIdentifiers(QSqlDatabase db, const MergeRecordStore::Record &record, const QJsonObject &target,
                                 const QJsonObject &source, Placement *p)
{
    QSet<qint64> hiddenByMerge;
    for (const QJsonValue &h : record.hiddenEvents)
        hiddenByMerge.insert(h.toObject().value(kId).toInteger());
    const Part parts[]
        = {{"immunizations", "immunizations", "hidden"}, {"identifiers", "patient_identifiers", "status"}};
    for (const Part &part : parts) {
        if (!restorePart(db, part, record, target, source, hiddenByMerge, p))
            return false;
    }
    return true;
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
    Placement p = placeFieldEdits(*record, targetNow, sourceNow);
    if (!writePatientRow(p.targetRow, target->value(QStringLiteral("names")).toArray(), p.targetEdited,
                         record->targetBefore.value(QStringLiteral("match_keys")).toArray(),
                         targetNow.value(QStringLiteral("version")).toInteger()))
        return failed;
    pauseForTests();
    if (!writePatientRow(p.sourceRow, source->value(QStringLiteral("names")).toArray(), p.sourceEdited,
                         record->sourceBefore.value(QStringLiteral("match_keys")).toArray(),
                         sourceNow.value(QStringLiteral("version")).toInteger()))
        return failed;
    if (!restoreEventsAndIdentifiers(m_db, *record, *target, *source, &p))
        return failed;
    const QJsonArray &placed = p.placed;
    const QJsonArray &conflicts = p.conflicts;
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
