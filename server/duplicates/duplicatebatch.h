#pragma once

#include "storage/databaseconfig.h"

#include "matching/matchrecord.h"
#include "matching/matchscorer.h"
#include "matching/nicknametable.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <vector>

namespace izdesk::server {

// The batch side of duplicate detection: every active, not fully opted-out patient's
// standardized record and stored blocking keys, read in a few sequential statements and kept
// in memory, so a probe needs no query. A probe's candidates are the patients its blocking
// passes (PatientSearch::blockingPasses, the very passes the search sends as SQL) reach in
// in-memory copies of the indexed columns; each is weighed from the records' MatchFeatures
// (MatchScorer::scoreBound, then score), explained with MatchScorer::compare, ranked
// and guarded exactly as DuplicateDetector's per-probe path does (candidateLimit places,
// the probe itself taking one). The one difference from the search, by design: a pass whose stored
// rows exceed PatientSearch::maxCandidatesPerPass keeps those sharing the probe's given-name
// initial (or with no given name), then the rows of the lowest patient ids (the search's
// LIMIT keeps whichever rows the store reads first, inactive ones included).
// load() on one thread with that thread's connection; evaluate() is read-only and runs on
// worker threads (no database work).
class DuplicateBatch
{
public:
    struct Found
    {
        qint64 otherId = 0;
        matching::MatchScorer::Result result;
    };

    DuplicateBatch(const matching::NicknameTable &nicknames, int candidateLimit);

    bool load(QSqlDatabase db, Dialect dialect);
    // Loaded patient ids, ascending; position = index.
    const QList<qint64> &ids() const { return m_ids; }
    // Index of a loaded patient, -1 when it is not loaded (inactive, opted out, unknown).
    qsizetype indexOf(qint64 id) const { return m_index.value(id, -1); }
    // The pairs of each probe (indexes into ids()), in probe order, on `threads` threads.
    // Not reentrant: one call at a time (the workers' scratch is kept between calls).
    std::vector<QList<Found>> evaluate(const QList<qsizetype> &probes, int threads) const;

private:
    bool loadPatients(QSqlDatabase db, Dialect dialect);
    bool loadMatchKeys(QSqlDatabase db);
    bool loadDetails(QSqlDatabase db, Dialect dialect);
    struct Scratch
    {
        std::vector<quint32> stamp; // per patient: the probe that last collected it
        quint32 mark = 0;
        std::vector<int> rows;       // one pass's rows
        std::vector<int> candidates; // the probe's distinct candidates
        matching::MatchScorer::NameMemo names;
    };
    QList<Found> evaluateOne(qsizetype probe, const matching::MatchScorer &scorer, Scratch *scratch) const;
    void collect(const matching::MatchRecord &probe, Scratch *scratch) const;
    void addRows(const QHash<QString, std::vector<int>> &index, const QString &key, std::vector<int> *rows) const;

    const matching::NicknameTable &m_nicknames;
    int m_candidateLimit;
    QList<qint64> m_ids;
    QHash<qint64, qsizetype> m_index;
    QList<matching::MatchRecord> m_records;
    std::vector<matching::MatchFeatures> m_features; // m_records coded, in the same order
    mutable std::vector<std::unique_ptr<Scratch>> m_scratch; // one per worker of evaluate()
    std::vector<char> m_hasAliases; // rows in patient_names
    std::vector<QString> m_sex;     // patients.sex as stored ("U" included)
    // In-memory copies of the blocking indexes (key → patient indexes).
    QHash<QString, std::vector<int>> m_byDob, m_byDobSwapped, m_byGivenSurname, m_byPhone, m_byMother,
        m_byAddressZip, m_byAddress;
    QHash<QString, std::vector<std::pair<int, int>>> m_bySurname; // code → (birth year, index), by year
};

} // namespace izdesk::server
