#pragma once

#include "storage/databaseconfig.h"

#include "matching/matchscorer.h"
#include "matching/nicknametable.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <algorithm>
#include <functional>
#include <optional>

namespace izdesk::server {

// Duplicate candidate detection (docs/architecture/domain.md, matching steps 3–6): each active patient's full
// record is the probe of the patient search's blocking passes and scorer (PatientSearch,
// MatchScorer), and every other patient it reaches at "possible" or above becomes a pair in
// duplicate_candidates (DuplicateStore). refreshPatient() is the incremental path, run in
// the caller's transaction after a patient was created or changed; scan() is the batch over
// the whole population (DuplicateBatch: the same blocking, scorer, ranking and guards, in
// memory, on `threads` worker threads), writing one transaction per batchChunk probes while
// the workers weigh the next chunk. The caller's thread does every database call, with that
// thread's connection.
class DuplicateDetector
{
public:
    struct ScanStats
    {
        qint64 patients = 0; // probes run
        qint64 pairs = 0;    // distinct pairs recorded
    };
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Candidates per probe (the patient itself takes one place).
    static constexpr int candidateLimit = 25;
    static constexpr int scanChunk = 500;
    // Probes evaluated (in parallel) and written (one transaction) at a time by the batch.
    static constexpr int batchChunk = 20000;
    // refreshPatients() of more patients than this runs the batch restricted to them.
    static constexpr int batchFrom = 5000;

    DuplicateDetector(QSqlDatabase db, Dialect dialect, const QDateTime &now);
    // The nickname table blocking and scoring use; the built-in one when never set.
    void setNicknames(const matching::NicknameTable &nicknames) { m_nicknames = &nicknames; }
    // Worker threads of the batch (2 by default).
    void setThreads(int threads) { m_threads = std::max(1, threads); }
    // refreshPatients() of more patients than this runs the batch (batchFrom by default).
    void setBatchFrom(qsizetype count) { m_batchFrom = count; }

    // Re-evaluates one patient's pairs: found pairs are recorded, its other open pairs drop
    // out; an inactive or fully opted-out patient leaves every open pair. Caller's transaction.
    bool refreshPatient(qint64 patientId);
    // After a merge (caller's transaction): the pair is merged, the retired source drops out
    // of every open pair and the surviving target is re-evaluated.
    bool afterMerge(qint64 targetId, qint64 sourceId);
    // After an import has committed: up to batchFrom patients, refreshPatient() for each in
    // transactions of scanChunk patients; more, the batch with those patients as the only
    // probes (pairs either side finds are recorded; their open pairs not found drop out).
    bool refreshPatients(const QList<qint64> &patientIds, const Progress &progress = {});
    // Every active patient (the batch), with progress after each chunk; nullopt on a
    // database error (pairs written so far are kept). Each pair is recorded from the side
    // that found it first by id; open pairs not found drop out.
    std::optional<ScanStats> scan(const Progress &progress = {});
    // The same scan with one patient search per probe: the reference the batch is tested
    // against (tst_duplicates). Slow (a few thousand probes a minute).
    std::optional<ScanStats> scanPerProbe(const Progress &progress = {});

private:
    // The batch over `only` (every active patient when null).
    std::optional<ScanStats> scanBatch(const QList<qint64> *only, const Progress &progress);
    struct Found
    {
        qint64 otherId = 0;
        matching::MatchScorer::Result result;
    };
    // nullopt on a database error; empty when the patient is no candidate at all.
    std::optional<QList<Found>> evaluate(qint64 patientId);
    std::optional<QList<Found>> evaluate(qint64 patientId, const matching::MatchRecord &record);

    QSqlDatabase m_db;
    Dialect m_dialect;
    QDateTime m_now;
    const matching::NicknameTable *m_nicknames = &matching::NicknameTable::builtIn();
    int m_threads = 2;
    qsizetype m_batchFrom = batchFrom;
};

} // namespace izdesk::server
