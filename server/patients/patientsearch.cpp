#include "patients/patientsearch.h"

#include "patients/candidaterow.h"

#include "storage/sqliterows.h"
#include "storage/sqlutil.h"

#include "matching/hardvetoes.h"
#include "matching/matchkeys.h"
#include "matching/namestandardizer.h"
#include "matching/nicknametable.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace izdesk::server {

using namespace izdesk::matching;

namespace {

QVariantList toVariants(const QStringList &list)
{
    QVariantList out;
    for (const QString &s : list)
        out << s;
    return out;
}

} // namespace

namespace {

// The blocking passes as branches of one UNION: each keeps its own LIMIT (a pass over a
// common key stays bounded), and the store answers them all in one round trip.
class Passes
{
public:
    void add(const QString &select, const QVariantList &binds)
    {
        m_branches << QStringLiteral("SELECT pid FROM (%1 LIMIT %2) AS b%3")
                          .arg(select)
                          .arg(PatientSearch::maxCandidatesPerPass)
                          .arg(m_branches.size());
        m_binds += binds;
    }
    bool isEmpty() const { return m_branches.isEmpty(); }
    QString sql() const { return m_branches.join(QStringLiteral(" UNION ")); }
    const QVariantList &binds() const { return m_binds; }

private:
    QStringList m_branches;
    QVariantList m_binds;
};

// A pass as one branch of the UNION.
void addPass(const PatientSearch::BlockingPass &pass, Passes *passes)
{
    using Kind = PatientSearch::BlockingPass::Kind;
    const QStringList &v = pass.values;
    switch (pass.kind) {
    case Kind::DobSex:
        if (v.at(1).isEmpty())
            passes->add(QStringLiteral("SELECT id AS pid FROM patients WHERE birth_date = ?"), {v.at(0)});
        else
            passes->add(QStringLiteral("SELECT id AS pid FROM patients WHERE birth_date = ? AND sex IN (?, 'U')"),
                        {v.at(0), v.at(1)});
        break;
    case Kind::DobSwapped:
        passes->add(QStringLiteral("SELECT id AS pid FROM patients WHERE dob_swapped = ? AND first_initial = ?"),
                    {v.at(0), v.at(1)});
        break;
    case Kind::SurnameYears: {
        QVariantList binds = toVariants(v);
        binds << pass.yearFrom << pass.yearTo;
        passes->add(QStringLiteral("SELECT patient_id AS pid FROM patient_match_keys WHERE kind = 'L' AND code IN (%1) "
                                   "AND birth_year BETWEEN ? AND ?")
                        .arg(sqlPlaceholders(v.size())),
                    binds);
        break;
    }
    case Kind::GivenSurname:
        passes->add(
            QStringLiteral("SELECT patient_id AS pid FROM patient_match_keys WHERE kind = 'FL' AND code IN (%1)")
                .arg(sqlPlaceholders(v.size())),
            toVariants(v));
        break;
    case Kind::Surname:
        passes->add(QStringLiteral("SELECT patient_id AS pid FROM patient_match_keys WHERE kind = 'L' AND code IN (%1)")
                        .arg(sqlPlaceholders(v.size())),
                    toVariants(v));
        break;
    case Kind::Phone:
        passes->add(QStringLiteral("SELECT patient_id AS pid FROM patient_phones WHERE phone10 IN (%1)")
                        .arg(sqlPlaceholders(v.size())),
                    toVariants(v));
        break;
    case Kind::Mother:
        passes->add(QStringLiteral("SELECT id AS pid FROM patients WHERE dm_mother = ? AND birth_ym = ?"),
                    {v.at(0), v.at(1)});
        break;
    case Kind::AddressZip:
        passes->add(QStringLiteral("SELECT patient_id AS pid FROM patient_addresses WHERE addr_token = ? AND zip5 = ?"),
                    {v.at(0), v.at(1)});
        break;
    case Kind::Address:
        passes->add(QStringLiteral("SELECT patient_id AS pid FROM patient_addresses WHERE addr_token = ?"), {v.at(0)});
        break;
    case Kind::InitialDobWindow: {
        QVariantList binds = toVariants(v);
        binds << pass.dates.at(0) << pass.dates.at(1);
        passes->add(
            QStringLiteral("SELECT id AS pid FROM patients WHERE first_initial IN (%1) AND birth_date BETWEEN ? AND ?")
                .arg(sqlPlaceholders(v.size())),
            binds);
        break;
    }
    case Kind::InitialDobs: {
        QVariantList binds = toVariants(v);
        binds += toVariants(pass.dates);
        passes->add(QStringLiteral("SELECT id AS pid FROM patients WHERE first_initial IN (%1) AND birth_date IN (%2)")
                        .arg(sqlPlaceholders(v.size()), sqlPlaceholders(pass.dates.size())),
                    binds);
        break;
    }
    }
}

// The coder and name memo of one thread's searches. The ids stay valid from one search to
// the next, so name levels computed once serve later searches (as MatchScorer's memo of
// names does for compare()). Dropped when the nickname table changes, the coder has interned
// `maxIds` strings or the memo holds `maxLevels` levels.
struct SearchCoding
{
    static constexpr qsizetype maxIds = qsizetype(1) << 18;
    static constexpr qsizetype maxLevels = 400000;
    MatchFeatureCoder coder;
    MatchScorer::NameMemo memo;
    const NicknameTable *nicknames = nullptr;

    static SearchCoding &forThread(const NicknameTable &nicknames)
    {
        thread_local SearchCoding coding;
        if (coding.nicknames != &nicknames || coding.coder.size() >= maxIds) {
            coding.coder = MatchFeatureCoder();
            coding.memo = MatchScorer::NameMemo();
            coding.nicknames = &nicknames;
        } else if (coding.memo.weights[0].size() + coding.memo.weights[1].size() >= maxLevels) {
            coding.memo = MatchScorer::NameMemo();
        }
        return coding;
    }
};

const char *const rowColumnList
    = "std_first, std_last, suffix, birth_date, sex, mother_maiden_name, multiple_birth, birth_order, middle_name";

} // namespace

QLatin1String PatientSearch::rowColumns()
{
    return QLatin1String(rowColumnList);
}

MatchRecord PatientSearch::rowRecord(const QSqlQuery &q, int first)
{
    return CandidateRow::read(q, first, CandidateRow::All).record;
}

PatientSearch::PatientSearch(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

bool PatientSearch::identifierHits(const QStringList &values, QHash<qint64, QString> *hits)
{
    if (values.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!execWithValues(q, m_dialect,
                        QStringLiteral("SELECT patient_id, type FROM patient_identifiers WHERE value IN (%1) LIMIT 50")
                            .arg(sqlPlaceholders(values.size())),
                        toVariants(values)))
        return false;
    while (q.next())
        hits->insert(q.value(0).toLongLong(), q.value(1).toString());
    return true;
}

bool PatientSearch::candidates(const MatchRecord &probe, const QList<qint64> &extraIds, bool includeSharingLocked,
                               QList<Candidate> *out)
{
    Passes passes;
    for (const BlockingPass &pass : blockingPasses(probe, *m_nicknames, m_purpose))
        addPass(pass, &passes);
    if (!extraIds.isEmpty())
        passes.add(QStringLiteral("SELECT id AS pid FROM patients WHERE id IN (%1)").arg(sqlIdList(extraIds)), {});
    if (passes.isEmpty())
        return true;
    // The fields a score reads only when the probe has them too (the rest when compared).
    const unsigned fields = (probe.suffix.isEmpty() ? 0u : unsigned(CandidateRow::Suffix))
                            | (probe.motherMaiden.isEmpty() ? 0u : unsigned(CandidateRow::Mother))
                            | (probe.middle.isEmpty() ? 0u : unsigned(CandidateRow::Middle));
    QVariantList binds = passes.binds();
    binds << true << false;
    // EXISTS on patient_names: an index probe that tells which rows may score differently
    // once their aliases are read.
    const QString sql
        = QStringLiteral(
              "SELECT id, sharing_lock, EXISTS (SELECT 1 FROM patient_names n WHERE n.patient_id = p.id), %1 "
              "FROM patients p WHERE id IN (%2) AND active = ? AND full_opt_out = ?")
              .arg(rowColumns(), passes.sql());
    // Thousands of rows: on SQLite each value is read where the statement holds it (the
    // same values QSqlQuery gives, without a QVariant and a UTF-16 copy each).
    if (sqlite3 *handle = m_dialect == Dialect::Sqlite ? SqliteRows::handle(m_db) : nullptr) {
        SqliteRows rows(handle);
        if (!rows.exec(sql, binds))
            return false;
        while (rows.next()) {
            sqlite3_stmt *row = rows.statement();
            const bool locked = sqlite3_column_int64(row, 1) != 0;
            if (locked && !includeSharingLocked)
                continue;
            out->append({sqlite3_column_int64(row, 0), CandidateRow::read(row, 3, fields), locked,
                         sqlite3_column_int64(row, 2) != 0});
        }
        return !rows.failed();
    }
    QSqlQuery q(m_db);
    // Thousands of rows: QPSQL reads a forward-only result row by row (libpq single-row mode,
    // one result object per row); otherwise it takes the whole result at once, which costs
    // less per row here. SQLite steps through rows either way.
    q.setForwardOnly(m_dialect == Dialect::Sqlite);
    if (!execWithValues(q, m_dialect, sql, binds))
        return false;
    while (q.next()) {
        const bool locked = q.value(1).toBool();
        if (locked && !includeSharingLocked)
            continue;
        out->append({q.value(0).toLongLong(), CandidateRow::read(q, 3, fields), locked, q.value(2).toBool()});
    }
    return true;
}

std::optional<QList<PatientSearch::Hit>> PatientSearch::run(const PatientQuery &query, bool includeSharingLocked)
{
    m_stats = {};
    QElapsedTimer timer;
    timer.start();
    QHash<qint64, QString> idHits;
    if (!identifierHits(query.identifiers, &idHits))
        return std::nullopt;
    QList<qint64> idHitIds = idHits.keys();
    std::sort(idHitIds.begin(), idHitIds.end());
    QList<Candidate> found;
    if (!candidates(query.probe, idHitIds, includeSharingLocked, &found))
        return std::nullopt;
    m_stats.candidates = found.size();
    m_stats.blockingNs = timer.nsecsElapsed();
    const MatchScorer scorer(*m_nicknames);
    const auto withIdentifier = [&idHits](qint64 id, MatchScorer::Result *match) {
        const auto it = idHits.constFind(id);
        if (it == idHits.cend())
            return;
        const auto c = MatchScorer::identifierContribution(*it);
        match->contributions.prepend(c);
        match->score += c.weight;
        match->grade = MatchScorer::Grade::Certain;
    };

    // Stage 1: every candidate on its patients row; bound = the best it can still reach.
    struct Scored
    {
        qint64 id;
        bool sharingLock;
        bool needsDetail; // the full record can change the result
        double bound;
        qsizetype candidate;              // in `found`
        bool explained = false;           // `partial` computed
        MatchScorer::Result partial = {}; // compare() of the row, with the identifier hit
    };
    const auto rowOf = [&found](const Scored &s) -> const MatchRecord & { return found.at(s.candidate).row.record; };
    const auto explain = [&](Scored *s) {
        if (s->explained)
            return;
        CandidateRow &row = found[s->candidate].row;
        row.complete();
        s->partial = scorer.compare(query.probe, row.record);
        withIdentifier(s->id, &s->partial);
        s->explained = true;
    };
    QList<Scored> scored, lowGrade;
    scored.reserve(found.size());
    // Detection reads every candidate in full: its birth-file numbers decide a veto.
    const bool probeHasDetail = !query.probe.phones.isEmpty() || !query.probe.addressTokens.isEmpty()
                                || !query.probe.zips.isEmpty() || m_purpose == Purpose::DuplicateDetection;
    // Without aliases a candidate's headroom depends on the probe alone: its bound needs only
    // the score (score() is compare()'s number without the explanation), and candidates that
    // scoreBound() already puts below "possible" are not scored at all. compare() runs only
    // for the rows stage 2 ranks and for low-grade answers. + 0.01: scores are rounded to
    // hundredths. Both are read from the rows' MatchFeatures (the same numbers).
    const bool deferExplanation = !m_exhaustive && !m_candidateFilter;
    const double rowHeadroom = MatchScorer::detailHeadroom(query.probe, MatchScorer::Result(), false) + 0.01;
    SearchCoding &coding = SearchCoding::forThread(*m_nicknames);
    const MatchFeatures probeFeatures = coding.coder.code(query.probe);
    for (qsizetype i = 0; i < found.size(); ++i) {
        const Candidate &c = found.at(i);
        Scored s{c.id, c.sharingLock, c.hasAliases || probeHasDetail || m_exhaustive, 0.0, i};
        if (deferExplanation && !c.hasAliases) {
            const MatchRecord &row = c.row.record;
            const MatchFeatures features = coding.coder.code(row);
            const auto idHit = idHits.constFind(c.id);
            const double idWeight = idHit == idHits.cend() ? 0.0 : MatchScorer::identifierContribution(*idHit).weight;
            // scoreBound() is not rounded as score() is: + 0.01.
            if (scorer.scoreBound(query.probe, probeFeatures, row, features) + 0.01 + idWeight + rowHeadroom
                >= MatchScorer::possibleAt) {
                const double score = scorer.score(query.probe, probeFeatures, row, features, &coding.memo);
                s.bound = (idHit == idHits.cend() ? score : score + idWeight) + rowHeadroom;
            }
            if (s.bound >= MatchScorer::possibleAt)
                scored.append(std::move(s));
            else if (m_purpose == Purpose::CallerLookup && lowGradeAge(query.probe, row))
                lowGrade.append(std::move(s)); // the surname is compared if they are needed
            continue;
        }
        explain(&s);
        if (m_candidateFilter && !c.hasAliases && !m_candidateFilter(s.partial))
            continue;
        // The identifier hit adds no name contribution: the headroom is the row's.
        const double headroom = MatchScorer::detailHeadroom(query.probe, s.partial, c.hasAliases) + 0.01;
        s.bound = s.partial.score + headroom;
        if (m_exhaustive)
            s.bound = std::numeric_limits<double>::max();
        if (s.bound >= MatchScorer::possibleAt)
            scored.append(std::move(s));
        else if (m_purpose == Purpose::CallerLookup && lowGradeCandidate(query.probe, rowOf(s), s.partial))
            lowGrade.append(std::move(s));
    }
    std::sort(scored.begin(), scored.end(),
              [](const Scored &a, const Scored &b) { return a.bound != b.bound ? a.bound > b.bound : a.id < b.id; });
    m_stats.rowScoringNs = timer.nsecsElapsed() - m_stats.blockingNs;

    // Stage 2: best bounds first, full records in growing batches, until no candidate left
    // can beat (or tie) the limit-th hit.
    const auto better = [](const Hit &a, const Hit &b) {
        return a.match.score != b.match.score ? a.match.score > b.match.score : a.patientId < b.patientId;
    };
    QList<Hit> hits;
    qsizetype next = 0;
    qsizetype batch = std::max<qsizetype>(16, 2 * query.limit);
    while (next < scored.size()) {
        if (hits.size() >= query.limit && scored.at(next).bound < hits.at(query.limit - 1).match.score)
            break;
        const qsizetype end = std::min(scored.size(), next + batch);
        // The full records: the rows already read (each ranked once), plus their detail rows.
        QList<qint64> detailIds;
        QHash<qint64, MatchRecord> records;
        for (qsizetype i = next; i < end; ++i) {
            if (scored.at(i).needsDetail) {
                CandidateRow &row = found[scored.at(i).candidate].row;
                row.complete();
                detailIds << scored.at(i).id;
                records.insert(scored.at(i).id, std::move(row.record));
            }
        }
        if (!detailIds.isEmpty() && !addDetails(detailIds, &records))
            return std::nullopt;
        m_stats.fullRecords += detailIds.size();
        for (qsizetype i = next; i < end; ++i) {
            Scored &s = scored[i];
            Hit hit;
            hit.patientId = s.id;
            hit.sharingLock = s.sharingLock;
            if (s.needsDetail) {
                hit.match = scorer.compare(query.probe, records.value(s.id));
                withIdentifier(s.id, &hit.match);
            } else {
                explain(&s);
                hit.match = s.partial;
            }
            if (hit.match.score >= MatchScorer::possibleAt)
                hits.append(hit);
        }
        std::sort(hits.begin(), hits.end(), better);
        if (hits.size() > query.limit)
            hits.resize(query.limit);
        next = end;
        batch *= 4;
    }
    m_stats.fullScoringNs = timer.nsecsElapsed() - m_stats.blockingNs - m_stats.rowScoringNs;
    if (hits.isEmpty() && !lowGrade.isEmpty()) {
        // Nothing reached "possible", but people of that surname and about that age are on
        // file: an empty answer would make the desk create a duplicate. They are shown as
        // low-grade candidates; the explanation says what differs.
        for (Scored &s : lowGrade)
            explain(&s);
        lowGrade.removeIf([&](const Scored &s) { return !lowGradeCandidate(query.probe, rowOf(s), s.partial); });
        std::sort(lowGrade.begin(), lowGrade.end(), [](const Scored &a, const Scored &b) {
            return a.partial.score != b.partial.score ? a.partial.score > b.partial.score : a.id < b.id;
        });
        for (qsizetype i = 0; i < std::min<qsizetype>(lowGrade.size(), query.limit); ++i) {
            Hit hit{lowGrade.at(i).id, lowGrade.at(i).partial, lowGrade.at(i).sharingLock};
            hit.match.grade = MatchScorer::Grade::None;
            hit.match.badges << QStringLiteral("low_grade");
            hits.append(hit);
        }
    }
    return hits;
}

bool PatientSearch::lowGradeCandidate(const MatchRecord &probe, const MatchRecord &candidate,
                                      const MatchScorer::Result &result)
{
    bool surnameAgrees = false;
    for (const MatchScorer::Contribution &c : result.contributions)
        if (c.field == QLatin1String("last_name"))
            surnameAgrees = c.weight > 0;
    return surnameAgrees && lowGradeAge(probe, candidate);
}

bool PatientSearch::lowGradeAge(const MatchRecord &probe, const MatchRecord &candidate)
{
    return !probe.dob.isValid() || !candidate.dob.isValid()
           || std::abs(probe.dob.year() - candidate.dob.year()) <= lowGradeYears;
}

} // namespace izdesk::server
