// PatientSearch::run: the candidates of the blocking passes ranked in two stages, each
// candidate on its patients row first, then full records for the best bounds only.

#include "patients/patientsearch.h"

#include "patients/candidaterow.h"
#include "patients/patientquery.h"

#include "matching/matchfeatures.h"
#include "matching/nicknametable.h"

#include <QElapsedTimer>

#include <algorithm>
#include <limits>

namespace izdesk::server {

using namespace izdesk::matching;

namespace {

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

} // namespace

// One run's ranking: the candidates, the scorer, and the candidates that stage 1 keeps for
// stage 2 (bound at least "possible") or as low-grade answers.
struct PatientSearch::Ranking
{
    struct Scored
    {
        qint64 id;
        bool sharingLock;
        bool needsDetail; // the full record can change the result
        double bound;     // the best it can still reach
        qsizetype candidate;              // in `found`
        bool explained = false;           // `partial` computed
        MatchScorer::Result partial = {}; // compare() of the row, with the identifier hit
    };

    PatientSearch &search;
    const PatientQuery &query;
    const QHash<qint64, QString> &idHits;
    QList<Candidate> &found;
    const MatchScorer scorer;
    QList<Scored> scored;
    QList<Scored> lowGrade;

    // The identifier hit's contribution: first in the explanation, and the grade certain.
    void withIdentifier(qint64 id, MatchScorer::Result *match) const
    {
        const auto it = idHits.constFind(id);
        if (it == idHits.cend())
            return;
        const auto c = MatchScorer::identifierContribution(*it);
        match->contributions.prepend(c);
        match->score += c.weight;
        match->grade = MatchScorer::Grade::Certain;
    }

    const MatchRecord &rowOf(const Scored &s) const { return found.at(s.candidate).row.record; }

    void explain(Scored *s)
    {
        if (s->explained)
            return;
        CandidateRow &row = found[s->candidate].row;
        row.complete();
        s->partial = scorer.compare(query.probe, row.record);
        withIdentifier(s->id, &s->partial);
        s->explained = true;
    }

    void rankRows();
    void rankOnFeatures(Scored s, SearchCoding &coding, const MatchFeatures &probeFeatures, double rowHeadroom);
    void rankExplained(Scored s, bool hasAliases);
    bool scoreBatch(qsizetype next, qsizetype end, QList<Hit> *hits);
    std::optional<QList<Hit>> scoreFull();
    void addLowGrade(QList<Hit> *hits);
};

// Stage 1: every candidate on its patients row; its bound is the best it can still reach.
// Without aliases a candidate's headroom depends on the probe alone: its bound needs only the
// score (score() is compare()'s number without the explanation), and candidates that
// scoreBound() already puts below "possible" are not scored at all. compare() runs only for
// the rows stage 2 ranks and for low-grade answers. + 0.01: scores are rounded to hundredths.
// Both are read from the rows' MatchFeatures (the same numbers).
void PatientSearch::Ranking::rankRows()
{
    scored.reserve(found.size());
    // Detection reads every candidate in full: its birth-file numbers decide a veto.
    const bool probeHasDetail = !query.probe.phones.isEmpty() || !query.probe.addressTokens.isEmpty()
                                || !query.probe.zips.isEmpty() || search.m_purpose == Purpose::DuplicateDetection;
    const bool deferExplanation = !search.m_exhaustive && !search.m_candidateFilter;
    const double rowHeadroom = MatchScorer::detailHeadroom(query.probe, MatchScorer::Result(), false) + 0.01;
    SearchCoding &coding = SearchCoding::forThread(*search.m_nicknames);
    const MatchFeatures probeFeatures = coding.coder.code(query.probe);
    for (qsizetype i = 0; i < found.size(); ++i) {
        const Candidate &c = found.at(i);
        Scored s{c.id, c.sharingLock, c.hasAliases || probeHasDetail || search.m_exhaustive, 0.0, i};
        if (deferExplanation && !c.hasAliases)
            rankOnFeatures(std::move(s), coding, probeFeatures, rowHeadroom);
        else
            rankExplained(std::move(s), c.hasAliases);
    }
    std::sort(scored.begin(), scored.end(),
              [](const Scored &a, const Scored &b) { return a.bound != b.bound ? a.bound > b.bound : a.id < b.id; });
}

void PatientSearch::Ranking::rankOnFeatures(Scored s, SearchCoding &coding, const MatchFeatures &probeFeatures,
                                            double rowHeadroom)
{
    const MatchRecord &row = found.at(s.candidate).row.record;
    const MatchFeatures features = coding.coder.code(row);
    const auto idHit = idHits.constFind(s.id);
    const double idWeight = idHit == idHits.cend() ? 0.0 : MatchScorer::identifierContribution(*idHit).weight;
    // scoreBound() is not rounded as score() is: + 0.01.
    if (scorer.scoreBound(query.probe, probeFeatures, row, features) + 0.01 + idWeight + rowHeadroom
        >= MatchScorer::possibleAt) {
        const double score = scorer.score(query.probe, probeFeatures, row, features, &coding.memo);
        s.bound = (idHit == idHits.cend() ? score : score + idWeight) + rowHeadroom;
    }
    if (s.bound >= MatchScorer::possibleAt)
        scored.append(std::move(s));
    else if (search.m_purpose == Purpose::CallerLookup && lowGradeAge(query.probe, row))
        lowGrade.append(std::move(s)); // the surname is compared if they are needed
}

void PatientSearch::Ranking::rankExplained(Scored s, bool hasAliases)
{
    explain(&s);
    if (search.m_candidateFilter && !hasAliases && !search.m_candidateFilter(s.partial))
        return;
    // The identifier hit adds no name contribution: the headroom is the row's.
    const double headroom = MatchScorer::detailHeadroom(query.probe, s.partial, hasAliases) + 0.01;
    s.bound = s.partial.score + headroom;
    if (search.m_exhaustive)
        s.bound = std::numeric_limits<double>::max();
    if (s.bound >= MatchScorer::possibleAt)
        scored.append(std::move(s));
    else if (search.m_purpose == Purpose::CallerLookup && lowGradeCandidate(query.probe, rowOf(s), s.partial))
        lowGrade.append(std::move(s));
}

// The ranked candidates [next, end) scored on their full records (the rows already read,
// each ranked once, plus their detail rows); those reaching "possible" join `hits`.
bool PatientSearch::Ranking::scoreBatch(qsizetype next, qsizetype end, QList<Hit> *hits)
{
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
    if (!detailIds.isEmpty() && !search.addDetails(detailIds, &records))
        return false;
    search.m_stats.fullRecords += detailIds.size();
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
            hits->append(hit);
    }
    return true;
}

// Stage 2: best bounds first, full records in growing batches, until no candidate left can
// beat (or tie) the limit-th hit.
std::optional<QList<PatientSearch::Hit>> PatientSearch::Ranking::scoreFull()
{
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
        if (!scoreBatch(next, end, &hits))
            return std::nullopt;
        std::sort(hits.begin(), hits.end(), better);
        if (hits.size() > query.limit)
            hits.resize(query.limit);
        next = end;
        batch *= 4;
    }
    return hits;
}

// Nothing reached "possible", but people of that surname and about that age are on file: an
// empty answer would make the desk create a duplicate. They are shown as low-grade
// candidates; the explanation says what differs.
void PatientSearch::Ranking::addLowGrade(QList<Hit> *hits)
{
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
        hits->append(hit);
    }
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

    Ranking ranking{*this, query, idHits, found, MatchScorer(*m_nicknames), {}, {}};
    ranking.rankRows();
    m_stats.rowScoringNs = timer.nsecsElapsed() - m_stats.blockingNs;
    auto hits = ranking.scoreFull();
    m_stats.fullScoringNs = timer.nsecsElapsed() - m_stats.blockingNs - m_stats.rowScoringNs;
    if (hits && hits->isEmpty() && !ranking.lowGrade.isEmpty())
        ranking.addLowGrade(&*hits);
    return hits;
}

} // namespace izdesk::server
