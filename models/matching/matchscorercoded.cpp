// MatchScorer's coded path: the same scores as the record path (matchscorer.cpp) from the
// interned MatchFeatures of both records, integers compared instead of strings, and the
// name weights remembered per pair of interned names.

#include "matching/matchscorer.h"

#include "matching/matchfeatures.h"
#include "matching/matchweights.h"

#include <QHash>

#include <algorithm>
#include <bit>
#include <cmath>

namespace izdesk::matching {

using namespace scoring;

namespace {

// A record read through its MatchFeatures for weighOtherFields() (the same answers as its
// strings; the mothers' names for Jaro-Winkler only).
struct CodedSide
{
    const MatchRecord &r;
    const MatchFeatures &f;
    bool hasDob() const { return f.hasDob; }
    bool sameDob(const CodedSide &o) const { return f.julianDay == o.f.julianDay; }
    void ymd(int *y, int *m, int *d) const
    {
        *y = f.year;
        *m = f.month;
        *d = f.day;
    }
    qint64 daysTo(const CodedSide &o) const { return qint64(o.f.julianDay) - f.julianDay; }
    bool hasSex() const { return f.sex != 0; }
    bool sameSex(const CodedSide &o) const { return f.sex == o.f.sex; }
    bool hasPhones() const { return f.phoneCount > 0; }
    bool sharesPhone(const CodedSide &o) const { return anyShared(f.phones, f.phoneCount, o.f.phones, o.f.phoneCount); }
    bool hasTokens() const { return f.tokenCount > 0; }
    bool sharesToken(const CodedSide &o) const { return anyShared(f.tokens, f.tokenCount, o.f.tokens, o.f.tokenCount); }
    bool hasZips() const { return f.zipCount > 0; }
    bool sharesZip(const CodedSide &o) const { return anyShared(f.zips, f.zipCount, o.f.zips, o.f.zipCount); }
    bool hasMother() const { return f.mother != 0; }
    bool sameMother(const CodedSide &o) const { return f.mother == o.f.mother; }
    // phoneticEqual() on the interned codes (both names are present here).
    bool motherSoundsLike(const CodedSide &o) const
    {
        return f.motherPrimary != 0
               && (f.motherPrimary == o.f.motherPrimary || f.motherPrimary == o.f.motherAlternate
                   || f.motherAlternate == o.f.motherPrimary);
    }
    // similar(), skipped when the letters alone rule it out: a letter of one name that the
    // other lacks matches nothing, so at most `m` characters match; Jaro is then at most
    // (m/|a| + m/|b| + 1) / 3 and Jaro-Winkler at most 0.4 + 0.6 Jaro (a 4-letter prefix).
    bool motherSimilar(const CodedSide &o) const
    {
        const int m = std::min(f.motherLength - std::popcount(f.motherLetters & ~o.f.motherLetters),
                               o.f.motherLength - std::popcount(o.f.motherLetters & ~f.motherLetters));
        if (m <= 0)
            return false;
        const double jaroCeiling = (double(m) / f.motherLength + double(m) / o.f.motherLength + 1.0) / 3.0;
        if (0.4 + 0.6 * jaroCeiling < similarAt - 1e-9)
            return false;
        return similar(r.motherMaiden, o.r.motherMaiden);
    }
    bool hasSuffix() const { return f.suffix != 0; }
    bool sameSuffix(const CodedSide &o) const { return f.suffix == o.f.suffix; }
};

} // namespace

double MatchScorer::scoreBound(const MatchRecord &probe, const MatchFeatures &pf, const MatchRecord &c,
                               const MatchFeatures &cf) const
{
    if (!pf.coded || !cf.coded)
        return scoreBound(probe, c);
    double bound = wFirstExact + wLastExact + wMiddleExact; // as scoreBound(probe, c), in the same order
    bool phoneHit = false, streetHit = false;
    weighOtherFields(
        CodedSide{probe, pf}, CodedSide{c, cf}, [&bound](const QString &, const QString &, double w) { bound += w; },
        &phoneHit, &streetHit);
    return bound;
}

double MatchScorer::nameWeight(NamePart part, const QString &probe, quint32 probeId, const MatchRecord &c,
                               const MatchFeatures &cf, NameMemo *memo) const
{
    const bool given = part == NamePart::Given;
    if (!(given ? c.firstAliases : c.lastAliases).isEmpty())
        return (given ? givenName(probe, c) : surname(probe, c)).weight;
    // Without aliases the level depends on the two names alone (as nameLevel()).
    QHash<quint64, double> &weights = memo->weights[int(part)];
    const quint64 key = (quint64(probeId) << 32) | (given ? cf.first : cf.last);
    const auto it = weights.constFind(key);
    if (it != weights.cend())
        return *it;
    const double weight = (given ? givenName(probe, c) : surname(probe, c)).weight;
    if (weights.size() >= NameMemo::capacity)
        weights.clear();
    weights.insert(key, weight);
    return weight;
}

double MatchScorer::score(const MatchRecord &probe, const MatchFeatures &pf, const MatchRecord &c,
                          const MatchFeatures &cf, NameMemo *memo) const
{
    if (!pf.coded || !cf.coded)
        return score(probe, c);
    // fields(), weights only, in the same order.
    double first = nameWeight(NamePart::Given, probe.first, pf.first, c, cf, memo);
    double last = nameWeight(NamePart::Surname, probe.last, pf.last, c, cf, memo);
    if (first + last < 2 * wSwapped && !probe.first.isEmpty() && !probe.last.isEmpty()) {
        const double sf = nameWeight(NamePart::Given, probe.last, pf.last, c, cf, memo);
        const double sl = nameWeight(NamePart::Surname, probe.first, pf.first, c, cf, memo);
        if (sf > 0 && sl > 0 && sf + sl > first + last) {
            first = std::min(sf, wSwapped);
            last = std::min(sl, wSwapped);
        }
    }
    double total = 0.0;
    total += first;
    total += last;
    bool phoneHit = false, streetHit = false;
    weighOtherFields(
        CodedSide{probe, pf}, CodedSide{c, cf}, [&total](const QString &, const QString &, double w) { total += w; },
        &phoneHit, &streetHit);
    if (!probe.middle.isEmpty() && !c.middle.isEmpty())
        total += middleName(probe.middle, c.middle).weight;
    return std::round(total * 100.0) / 100.0;
}

} // namespace izdesk::matching
