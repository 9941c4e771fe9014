#pragma once

#include "patients/candidaterow.h"
#include "patients/patientquery.h"
#include "storage/databaseconfig.h"

#include "matching/matchscorer.h"
#include "matching/nicknametable.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace izdesk::server {

// Matching steps 2–5 (docs/architecture/domain.md, "Patient matching") against the store:
// deterministic identifier look-ups, then the blocking passes (each an indexed query, the same
// SQL on SQLite and PostgreSQL, sent together as one UNION that returns the candidates'
// patients rows), then scoring and ranking. Every candidate is first scored on its patients row alone; the full record
// (aliases, phones, addresses, identifiers) is loaded only for the few whose score could
// still reach the top `limit` once those are known (MatchScorer::detailHeadroom bounds the
// gain), so the ranking is exactly the one a full scoring of every candidate gives. Records
// under full opt-out are never candidates; sharing-locked ones only when the caller's policy
// allows. One thread, with that thread's connection.
class PatientSearch
{
public:
    struct Hit
    {
        qint64 patientId = 0;
        matching::MatchScorer::Result match;
        bool sharingLock = false;
    };

    static constexpr int maxCandidatesPerPass = 2000;

    // One blocking pass (docs/architecture/domain.md, "Patient matching", step 3) for a probe: the stored keys it looks up. The
    // search sends each as one indexed query; the batch duplicate scan (DuplicateBatch) looks
    // the same keys up in memory, so both block the same way.
    struct BlockingPass
    {
        enum class Kind {
            DobSex,       // values {birth_date, sex}: birth_date equal, sex equal or 'U' (any when sex is "")
            DobSwapped,   // {birth_date, first initial}: dob_swapped and first_initial equal
            SurnameYears, // L codes, birth_year in [yearFrom, yearTo]
            GivenSurname, // FL codes
            Surname,      // L codes, any birth year
            Phone,        // phone10 values
            Mother,       // {dm_mother, birth_ym}
            AddressZip,   // {addr_token, zip5}
            Address,      // {addr_token}
            // Caller lookups only (Purpose::CallerLookup): the date of birth not trusted.
            InitialDobWindow, // first_initial in values, birth_date between dates[0] and dates[1]
            InitialDobs,      // first_initial in values, birth_date in dates (same day, year ±1)
        };
        Kind kind;
        QStringList values;
        int yearFrom = 0, yearTo = 0;
        QStringList dates = {}; // ISO dates
    };
    // A caller's lookup also blocks on near dates of birth and, when nothing reaches
    // "possible", answers with low-grade candidates; duplicate detection compares stored
    // records and does neither.
    enum class Purpose { CallerLookup, DuplicateDetection };
    static QList<BlockingPass> blockingPasses(const matching::MatchRecord &probe,
                                              const matching::NicknameTable &nicknames,
                                              Purpose purpose);

    // The patients columns rowRecord() reads (from column `first` on) and the standardized
    // row it makes of them, as the scorer compares it.
    static QLatin1String rowColumns();
    static matching::MatchRecord rowRecord(const QSqlQuery &q, int first);
    // Detail rows of a record: Phone (a = phone10), Address (a = addr_token, b = zip5),
    // Alias (a = first, b = last name), BirthFileNumber (a).
    enum class Detail { Phone, Address, Alias, BirthFileNumber };
    using DetailRow = std::function<void(qint64 patientId, Detail kind, const QString &a, const QString &b)>;
    // The detail rows of the given patients (one statement per table and 500 ids), or of
    // every patient when `ids` is null (one sequential statement per table).
    bool readDetails(const QList<qint64> *ids, const DetailRow &row);
    static void addDetail(matching::MatchRecord *record, Detail kind, const QString &a, const QString &b);

    PatientSearch(QSqlDatabase db, Dialect dialect);

    // Best hits first (score, then id); nullopt on a database error.
    std::optional<QList<Hit>> run(const PatientQuery &query, bool includeSharingLocked);
    // Scores every candidate's full record (no bound): the reference the bounded ranking is
    // checked against in tests and the benchmark. Off by default.
    void setExhaustive(bool exhaustive) { m_exhaustive = exhaustive; }
    // Candidates without aliases whose row-only result the filter rejects are dropped before
    // their full record is read (aliases can still change the name levels, so those stay).
    // Duplicate detection drops pairs that no detail can make a candidate. None by default.
    void setCandidateFilter(std::function<bool(const matching::MatchScorer::Result &)> filter)
    {
        m_candidateFilter = std::move(filter);
    }
    // The nickname table used for blocking and scoring (the server's --nicknames file);
    // the built-in table when never set. The table must outlive the search.
    void setNicknames(const matching::NicknameTable &nicknames) { m_nicknames = &nicknames; }
    // CallerLookup unless set.
    void setPurpose(Purpose purpose) { m_purpose = purpose; }
    // What the last run() did, for the search benchmark: candidates the blocking query
    // returned, those scored in full, and the time of each step.
    struct Stats
    {
        qsizetype candidates = 0;
        qsizetype fullRecords = 0;
        qint64 blockingNs = 0; // identifier look-up and the blocking query, rows read
        qint64 rowScoringNs = 0;
        qint64 fullScoringNs = 0; // detail rows read and the full records scored
    };
    const Stats &stats() const { return m_stats; }
    // A low-grade answer (Purpose::CallerLookup, when nothing reached "possible"): a candidate
    // whose surname agrees at least closely and whose birth year is within this many years.
    static constexpr int lowGradeYears = 2;

    // Standardized records of the given patients (inactive and fully opted-out ones left out).
    std::optional<QHash<qint64, matching::MatchRecord>> loadRecords(const QList<qint64> &ids,
                                                                     bool includeSharingLocked,
                                                                     QSet<qint64> *sharingLocked);

private:
    struct Ranking; // one run's two-stage ranking (searchranking.cpp)

    // A candidate as read by the blocking query: its patients row, standardized as far as the
    // probe compares it.
    struct Candidate
    {
        qint64 id = 0;
        CandidateRow row;
        bool sharingLock = false;
        bool hasAliases = false; // rows in patient_names (they can change the name levels)
    };

    // A candidate below "possible" that a caller's lookup still shows when nothing better is
    // found: its surname agrees at least closely and its birth year is plausible.
    static bool lowGradeCandidate(const matching::MatchRecord &probe, const matching::MatchRecord &candidate,
                                  const matching::MatchScorer::Result &result);
    // Its birth year part: plausible, or unknown on either side.
    static bool lowGradeAge(const matching::MatchRecord &probe, const matching::MatchRecord &candidate);
    // Adds the detail rows (phones, addresses, aliases, birth file number) of the given
    // patients to their records in `records`.
    bool addDetails(const QList<qint64> &ids, QHash<qint64, matching::MatchRecord> *records);
    bool identifierHits(const QStringList &values, QHash<qint64, QString> *hits);
    // Runs every blocking pass (and the identifier hits) as one statement.
    bool candidates(const matching::MatchRecord &probe, const QList<qint64> &extraIds, bool includeSharingLocked,
                    QList<Candidate> *out);

    QSqlDatabase m_db;
    Dialect m_dialect;
    bool m_exhaustive = false;
    Purpose m_purpose = Purpose::CallerLookup;
    const matching::NicknameTable *m_nicknames = &matching::NicknameTable::builtIn();
    std::function<bool(const matching::MatchScorer::Result &)> m_candidateFilter;
    Stats m_stats;
};

} // namespace izdesk::server
