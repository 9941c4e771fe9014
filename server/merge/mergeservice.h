#pragma once

#include "merge/eventdedup.h"
#include "merge/mergerecordstore.h"
#include "merge/mergerequest.h"
#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace izdesk::server {

// Patient merge (FHIR R5 Patient/$merge semantics, docs/architecture/contracts-merge.md) and its exact undo. A merge
// that involves a record the actor does not find (full opt-out; sharing-locked for those who
// do not see such records) is answered like a missing one, for merging, reading and undoing
// alike. preview() only reads. apply() and unmerge() write and must run inside the caller's
// write transaction (beginWriteTransaction), which the caller commits — so a merge is all or
// nothing. The caller audits. One thread, with that thread's connection.
class MergeService
{
public:
    // CVX → (vaccine groups, "unspecified formulation"), as event de-duplication reads them.
    static bool loadEventGroups(QSqlDatabase db, EventDedup::VaccineGroups *groups);
    struct Actor
    {
        std::optional<qint64> userId;
        bool seesSharingLocked = false;
        bool mayOverrideVetoes = false; // supervisors
    };

    struct Outcome
    {
        enum class Status { Ok, NotFound, Conflict, VetoNeedsSupervisor, Internal };
        Status status = Status::Ok;
        QString detail;   // for a problem answer; never PHI
        QJsonObject body; // for Ok
        qint64 mergeId = 0;
        // Ids only, for the audit detail.
        QJsonArray movedEventIds, hiddenEventIds, conflicts;
        QStringList vetoes; // names, for VetoNeedsSupervisor

        static Outcome failure(Status status, const QString &detail = {})
        {
            Outcome o;
            o.status = status;
            o.detail = detail;
            return o;
        }
    };

    MergeService(QSqlDatabase db, Dialect dialect, const QDateTime &now, Actor actor);

    Outcome preview(const MergeRequest &request);
    Outcome apply(const MergeRequest &request);
    Outcome unmerge(qint64 mergeId);
    // A merge the actor may see: both patients are records it finds (PatientAccessPolicy);
    // otherwise nullopt + *ok true, exactly as for a missing merge.
    std::optional<MergeRecordStore::Record> find(qint64 mergeId, bool *ok);
    // Whether the actor finds this patient (and so its merges); nullopt on a database error.
    std::optional<bool> finds(qint64 patientId);

    // Test builds: sleep this long inside the open transaction after the first write of a
    // merge or unmerge (merge/testhooks.h), so a test can kill the server half-way.
    void setPauseAfterFirstWritesMs(int ms) { m_pauseMs = ms; }

    // The hard vetoes (matching::HardVetoes) between two patient snapshots (codes, never values).
    static QStringList vetoes(const QJsonObject &target, const QJsonObject &source);

private:
    struct Plan
    {
        QJsonObject targetBefore, sourceBefore;
        QJsonObject mergedRow; // the target's patients row with the chosen values
        QStringList vetoes;
        QList<EventDedup::Hidden> hidden;
        QJsonArray movedEventIds, movedIdentifierIds;
    };

    Outcome plan(const MergeRequest &request, Plan *out);
    QJsonObject previewBody(const MergeRequest &request, const Plan &plan) const;
    // Writes a patients row (scalar columns of `row`, derived match columns and keys
    // recomputed from them), bumping version and updated_at.
    bool writePatientRow(const QJsonObject &row, const QJsonArray &aliases, bool recomputeKeys,
                         const QJsonArray &keysIfKept, qint64 currentVersion);
    void pauseForTests() const;
    bool moveRows(const QString &table, const QJsonArray &ids, qint64 toPatient, const QString &extraSet);

    QSqlDatabase m_db;
    Dialect m_dialect;
    QDateTime m_now;
    Actor m_actor;
    int m_pauseMs = 0;
};

} // namespace izdesk::server
