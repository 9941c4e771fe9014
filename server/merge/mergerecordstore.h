#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace izdesk::server {

// The patient_merges rows (one per merge: both before-images and every moved or hidden id)
// and the patient_links rows a merge adds. Writes join the caller's transaction. One
// thread, with that thread's connection.
class MergeRecordStore
{
public:
    struct Record
    {
        qint64 id = 0;
        qint64 targetId = 0;
        qint64 sourceId = 0;
        QString status; // merged | unmerged
        QString reason;
        QJsonArray vetoes;
        QJsonObject fieldChoices;
        QJsonObject targetBefore, sourceBefore, targetAfter;
        QJsonArray movedEventIds, hiddenEvents, movedIdentifierIds;
        std::optional<qint64> mergedBy;
        QDateTime mergedAt;
        std::optional<qint64> unmergedBy;
        QDateTime unmergedAt;
        QJsonObject unmergeResult;

        // What the API shows: ids, choices and outcome, never the before-images.
        QJsonObject summaryJson() const;
    };

    MergeRecordStore(QSqlDatabase db, Dialect dialect);

    std::optional<qint64> insert(const Record &record);
    // Adds the replaced-by / replaces link pair.
    bool link(qint64 mergeId, qint64 sourceId, qint64 targetId);
    bool unlink(qint64 mergeId);
    bool markUnmerged(qint64 mergeId, std::optional<qint64> by, const QDateTime &at, const QJsonObject &result);
    // nullopt + *ok true when there is no such merge.
    std::optional<Record> find(qint64 id, bool *ok);
    // Newest first, ids below `before` (0 = from the newest), at most limit rows.
    bool listForPatient(qint64 patientId, qint64 before, int limit, QList<Record> *out);
    // Whether a merge newer than mergeId that is still in force involves either patient.
    bool hasLaterMerge(qint64 mergeId, qint64 patientA, qint64 patientB, bool *ok);

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
