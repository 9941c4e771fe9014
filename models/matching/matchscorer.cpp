#include "matching/matchscorer.h"

#include "matching/doublemetaphone.h"
#include "matching/hardvetoes.h"
#include "matching/jarowinkler.h"
#include "matching/matchfeatures.h"
#include "matching/nicknametable.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>
#include <bit>
#include <cmath>

namespace izdesk::matching {

namespace {

// Log-odds weights (agreement levels). RecordLinker starting values where it has one.
constexpr double wFirstExact = 6.8, wFirstNick = 5.6, wFirstPhonetic = 5.2, wFirstClose = 2.0, wFirstInitial = 1.5,
                 wFirstNo = -4.5;
constexpr double wLastExact = 6.4, wLastPart = 5.4, wLastPhonetic = 5.0, wLastClose = 2.0, wLastNo = -4.5;
// Middle names: agreement is weak evidence (many children share a family middle name), but
// two different middle names are strong evidence of two people (twins named after one
// relative: DANIEL ALEXANDER and DANIEL JAMES).
constexpr double wMiddleExact = 1.0, wMiddleLike = 0.5, wMiddleNo = -5.0;
constexpr double wSwapped = 4.5; // per name, when first and last were given the other way round
constexpr double wDobExact = 10.1, wDobTransposed = 7.0, wDobPartial = 4.0, wDobNear = 2.0, wDobNo = -8.0;
constexpr double wSexAgree = 0.75, wSexNo = -2.0;
constexpr double wPhone = 7.5, wPhoneNo = -1.0;
constexpr double wStreet = 8.4, wStreetNo = -1.0;
constexpr double wZip = 5.0, wZipNo = -0.5;
constexpr double wMotherExact = 5.0, wMotherPhonetic = 3.5, wMotherNo = -1.0;
constexpr double wSuffixNo = -5.0;
constexpr double wIdentifier = 25.0;

// A search compares one probe with thousands of candidates that share a few hundred common
// names: the codes are remembered per thread instead of recomputed for every pair.
PhoneticCode phoneticCode(const QString &name)
{
    thread_local QHash<QString, PhoneticCode> cache;
    const auto it = cache.constFind(name);
    if (it != cache.cend())
        return *it;
    if (cache.size() >= 50000)
        cache.clear(); // bounded; refills with the names in use
    const PhoneticCode code = doubleMetaphone(QString(name).remove(QLatin1Char(' ')));
    cache.insert(name, code);
    return code;
}

bool phoneticEqual(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const PhoneticCode x = phoneticCode(a);
    const PhoneticCode y = phoneticCode(b);
    if (x.primary.isEmpty())
        return false;
    return x.primary == y.primary || x.primary == y.alternate || x.alternate == y.primary;
}

constexpr double similarAt = 0.92; // Jaro-Winkler
// Below similar and not sounding alike, still close (BRYANT ~ BRIAN, OSTO ~ SOTO): what a
// caller's spelling over the phone gives. Weak evidence, never enough alone.
constexpr double closeAt = 0.85;

bool similar(const QString &a, const QString &b)
{
    return jaroWinkler(a, b) >= similarAt;
}

bool anyShared(const QStringList &a, const QStringList &b)
{
    // Plain equality (size first): these lists hold one or two short values.
    for (const QString &x : a) {
        if (x.isEmpty())
            continue;
        for (const QString &y : b)
            if (x.size() == y.size() && x == y)
                return true;
    }
    return false;
}

bool anyShared(const quint32 *a, int aCount, const quint32 *b, int bCount)
{
    for (int i = 0; i < aCount; ++i) {
        if (a[i] == 0) // an empty value agrees with nothing
            continue;
        for (int j = 0; j < bCount; ++j)
            if (a[i] == b[j])
                return true;
    }
    return false;
}

// The two ways weighOtherFields() reads a record: its strings, or its MatchFeatures (same
// answers, integers instead of strings; the mothers' names for Jaro-Winkler only).
struct RecordSide
{
    const MatchRecord &r;
    bool hasDob() const { return r.dob.isValid(); }
    bool sameDob(const RecordSide &o) const { return r.dob == o.r.dob; }
    void ymd(int *y, int *m, int *d) const { r.dob.getDate(y, m, d); }
    qint64 daysTo(const RecordSide &o) const { return r.dob.daysTo(o.r.dob); }
    bool hasSex() const { return !r.sex.isEmpty(); }
    bool sameSex(const RecordSide &o) const { return r.sex == o.r.sex; }
    bool hasPhones() const { return !r.phones.isEmpty(); }
    bool sharesPhone(const RecordSide &o) const { return anyShared(r.phones, o.r.phones); }
    bool hasTokens() const { return !r.addressTokens.isEmpty(); }
    bool sharesToken(const RecordSide &o) const { return anyShared(r.addressTokens, o.r.addressTokens); }
    bool hasZips() const { return !r.zips.isEmpty(); }
    bool sharesZip(const RecordSide &o) const { return anyShared(r.zips, o.r.zips); }
    bool hasMother() const { return !r.motherMaiden.isEmpty(); }
    bool sameMother(const RecordSide &o) const { return r.motherMaiden == o.r.motherMaiden; }
    bool motherSoundsLike(const RecordSide &o) const { return phoneticEqual(r.motherMaiden, o.r.motherMaiden); }
    bool motherSimilar(const RecordSide &o) const { return similar(r.motherMaiden, o.r.motherMaiden); }
    bool hasSuffix() const { return !r.suffix.isEmpty(); }
    bool sameSuffix(const RecordSide &o) const { return r.suffix == o.r.suffix; }
};

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

// Every field after the names, in order: DOB, sex, phone, street, ZIP, mother, suffix. Each
// present pair of values is one add(field, level, weight).
template <class Side, class Add>
void weighOtherFields(const Side &p, const Side &c, Add add, bool *phoneHit, bool *streetHit)
{
    const QString dob = QStringLiteral("birth_date");
    if (!p.hasDob() || !c.hasDob()) {
        add(dob, QStringLiteral("missing"), 0.0);
    } else if (p.sameDob(c)) {
        add(dob, QStringLiteral("exact"), wDobExact);
    } else {
        int py = 0, pm = 0, pd = 0, cy = 0, cm = 0, cd = 0;
        p.ymd(&py, &pm, &pd);
        c.ymd(&cy, &cm, &cd);
        switch (HardVetoes::dobLevel(py, pm, pd, cy, cm, cd, p.daysTo(c))) {
        case HardVetoes::DobLevel::Exact: // same calendar date (not reached)
        case HardVetoes::DobLevel::Transposed: add(dob, QStringLiteral("transposed"), wDobTransposed); break;
        case HardVetoes::DobLevel::Partial: add(dob, QStringLiteral("partial"), wDobPartial); break;
        case HardVetoes::DobLevel::Near: add(dob, QStringLiteral("near"), wDobNear); break;
        case HardVetoes::DobLevel::Disagree: add(dob, QStringLiteral("disagree"), wDobNo); break;
        }
    }
    const auto agreement = [&add](const QString &field, bool hit, double yes, double no) {
        add(field, hit ? QStringLiteral("exact") : QStringLiteral("disagree"), hit ? yes : no);
    };
    if (p.hasSex() && c.hasSex())
        agreement(QStringLiteral("sex"), p.sameSex(c), wSexAgree, wSexNo);
    if (p.hasPhones() && c.hasPhones()) {
        *phoneHit = p.sharesPhone(c);
        agreement(QStringLiteral("phone"), *phoneHit, wPhone, wPhoneNo);
    }
    if (p.hasTokens() && c.hasTokens()) {
        *streetHit = p.sharesToken(c);
        agreement(QStringLiteral("street"), *streetHit, wStreet, wStreetNo);
    }
    if (p.hasZips() && c.hasZips())
        agreement(QStringLiteral("zip"), p.sharesZip(c), wZip, wZipNo);
    if (p.hasMother() && c.hasMother()) {
        const QString mother = QStringLiteral("mother_maiden_name");
        if (p.sameMother(c))
            add(mother, QStringLiteral("exact"), wMotherExact);
        else if (p.motherSoundsLike(c) || p.motherSimilar(c))
            add(mother, QStringLiteral("phonetic"), wMotherPhonetic);
        else
            add(mother, QStringLiteral("disagree"), wMotherNo);
    }
    if (p.hasSuffix() && c.hasSuffix() && !p.sameSuffix(c))
        add(QStringLiteral("suffix"), QStringLiteral("disagree"), wSuffixNo);
}

} // namespace

MatchScorer::MatchScorer(const NicknameTable &nicknames)
    : m_nicknames(nicknames)
{
}

MatchScorer::Contribution MatchScorer::givenName(const QString &probe, const MatchRecord &c) const
{
    const QString field = QStringLiteral("first_name");
    QStringList names{c.first};
    names += c.firstAliases;
    names.removeAll(QString());
    if (probe.isEmpty() || names.isEmpty())
        return {field, QStringLiteral("missing"), 0.0};
    const QString p1 = probe.section(QLatin1Char(' '), 0, 0);
    Contribution best{field, QStringLiteral("disagree"), wFirstNo};
    auto consider = [&best](const QString &level, double weight) {
        if (weight > best.weight)
            best = {best.field, level, weight};
    };
    for (const QString &n : std::as_const(names)) {
        const QString n1 = n.section(QLatin1Char(' '), 0, 0);
        if (n == probe || n1 == p1)
            consider(QStringLiteral("exact"), wFirstExact);
        else if (m_nicknames.areNicknames(p1, n1))
            consider(QStringLiteral("nickname"), wFirstNick);
        else if (phoneticEqual(p1, n1) && jaroWinkler(p1, n1) >= 0.8)
            // Given names are short: Double Metaphone alone makes JON sound like JANE.
            consider(QStringLiteral("phonetic"), wFirstPhonetic);
        else if (similar(p1, n1))
            consider(QStringLiteral("similar"), wFirstPhonetic);
        else if (p1.size() > 2 && n1.size() > 2 && jaroWinkler(p1, n1) >= closeAt)
            consider(QStringLiteral("close"), wFirstClose);
        else if ((p1.size() == 1 && n1.startsWith(p1)) || (n1.size() == 1 && p1.startsWith(n1)))
            consider(QStringLiteral("initial"), wFirstInitial);
    }
    return best;
}

MatchScorer::Contribution MatchScorer::surname(const QString &probe, const MatchRecord &c) const
{
    const QString field = QStringLiteral("last_name");
    if (probe.isEmpty() || c.last.isEmpty())
        return {field, QStringLiteral("missing"), 0.0};
    Contribution best{field, QStringLiteral("disagree"), wLastNo};
    auto consider = [&best](const QString &level, double weight) {
        if (weight > best.weight)
            best = {best.field, level, weight};
    };
    const QString probeJoined = QString(probe).remove(QLatin1Char(' '));
    const QStringList probeParts = probe.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList names{c.last};
    names += c.lastAliases;
    for (const QString &n : std::as_const(names)) {
        const QString joined = QString(n).remove(QLatin1Char(' '));
        const QStringList parts = n.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (joined == probeJoined)
            consider(QStringLiteral("exact"), wLastExact);
        else if ((parts.size() > 1 || probeParts.size() > 1) && anyShared(parts, probeParts))
            consider(QStringLiteral("compound_part"), wLastPart);
        else if (phoneticEqual(joined, probeJoined))
            consider(QStringLiteral("phonetic"), wLastPhonetic);
        else if (similar(joined, probeJoined))
            consider(QStringLiteral("similar"), wLastPhonetic);
        else if (joined.size() > 2 && probeJoined.size() > 2 && jaroWinkler(joined, probeJoined) >= closeAt)
            consider(QStringLiteral("close"), wLastClose);
        if (best.weight < wLastPart - 0.6) {
            for (const QString &pp : probeParts)
                for (const QString &part : parts)
                    if (pp.size() > 2 && (phoneticEqual(pp, part) || similar(pp, part)))
                        consider(QStringLiteral("compound_part"), wLastPart - 0.6);
        }
    }
    return best;
}

MatchScorer::Contribution MatchScorer::middleName(const QString &probe, const QString &candidate) const
{
    const QString field = QStringLiteral("middle_name");
    const QString p = probe.section(QLatin1Char(' '), 0, 0);
    const QString c = candidate.section(QLatin1Char(' '), 0, 0);
    if (p == c)
        return {field, QStringLiteral("exact"), wMiddleExact};
    if ((p.size() == 1 && c.startsWith(p)) || (c.size() == 1 && p.startsWith(c)))
        return {field, QStringLiteral("initial"), wMiddleLike};
    if (p.size() > 1 && c.size() > 1
        && (m_nicknames.areNicknames(p, c) || similar(p, c) || (phoneticEqual(p, c) && jaroWinkler(p, c) >= 0.8)))
        return {field, QStringLiteral("similar"), wMiddleLike};
    return {field, QStringLiteral("disagree"), wMiddleNo};
}

MatchScorer::Contribution MatchScorer::nameLevel(NamePart part, const QString &probe, const MatchRecord &c) const
{
    const bool noAliases = part == NamePart::Given ? c.firstAliases.isEmpty() : c.lastAliases.isEmpty();
    if (!noAliases)
        return part == NamePart::Given ? givenName(probe, c) : surname(probe, c);
    // Without aliases the level depends on the two names alone, and a batch compares the same
    // few thousand names millions of times: remembered per thread and nickname table.
    thread_local QHash<QString, QHash<QString, Contribution>> memo[2];
    thread_local const NicknameTable *memoTable = nullptr;
    thread_local qsizetype memoSize = 0;
    if (memoTable != &m_nicknames || memoSize > 200000) {
        memo[0].clear();
        memo[1].clear();
        memoTable = &m_nicknames;
        memoSize = 0;
    }
    QHash<QString, Contribution> &byCandidate = memo[int(part)][probe];
    const QString &name = part == NamePart::Given ? c.first : c.last;
    const auto it = byCandidate.constFind(name);
    if (it != byCandidate.cend())
        return *it;
    const Contribution level = part == NamePart::Given ? givenName(probe, c) : surname(probe, c);
    byCandidate.insert(name, level);
    ++memoSize;
    return level;
}

MatchScorer::Fields MatchScorer::fields(const MatchRecord &probe, const MatchRecord &c) const
{
    Fields f;
    Contribution first = nameLevel(NamePart::Given, probe.first, c);
    Contribution last = nameLevel(NamePart::Surname, probe.last, c);
    // Swapped first/last (a caller or clerk put them the wrong way round).
    if (first.weight + last.weight < 2 * wSwapped && !probe.first.isEmpty() && !probe.last.isEmpty()) {
        const Contribution sf = nameLevel(NamePart::Given, probe.last, c);
        const Contribution sl = nameLevel(NamePart::Surname, probe.first, c);
        if (sf.weight > 0 && sl.weight > 0 && sf.weight + sl.weight > first.weight + last.weight) {
            first = {first.field, QStringLiteral("swapped"), std::min(sf.weight, wSwapped)};
            last = {last.field, QStringLiteral("swapped"), std::min(sl.weight, wSwapped)};
        }
    }
    f.items[f.count++] = first;
    f.items[f.count++] = last;
    otherFields(probe, c, &f);
    if (!probe.middle.isEmpty() && !c.middle.isEmpty())
        f.items[f.count++] = middleName(probe.middle, c.middle);
    for (int i = 0; i < f.count; ++i)
        f.score += f.items[i].weight;
    f.score = std::round(f.score * 100.0) / 100.0;
    return f;
}

void MatchScorer::otherFields(const MatchRecord &probe, const MatchRecord &c, Fields *out) const
{
    Fields &f = *out;
    weighOtherFields(
        RecordSide{probe}, RecordSide{c},
        [&f](const QString &field, const QString &level, double weight) {
            f.items[f.count++] = Contribution{field, level, weight};
        },
        &f.phoneHit, &f.streetHit);
}

double MatchScorer::scoreBound(const MatchRecord &probe, const MatchRecord &c) const
{
    // Names at their best: both exact (a swapped pair scores at most 2 × wSwapped, less).
    Fields f;
    otherFields(probe, c, &f);
    double bound = wFirstExact + wLastExact + wMiddleExact;
    for (int i = 0; i < f.count; ++i)
        bound += f.items[i].weight;
    return bound;
}

double MatchScorer::score(const MatchRecord &probe, const MatchRecord &c) const
{
    return fields(probe, c).score;
}

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

MatchScorer::Result MatchScorer::compare(const MatchRecord &probe, const MatchRecord &c) const
{
    const Fields f = fields(probe, c);
    Result r;
    r.contributions.reserve(f.count);
    for (int i = 0; i < f.count; ++i)
        r.contributions << f.items[i];
    r.score = f.score;
    r.grade = gradeFor(r.score);
    const Contribution &first = f.items[0];
    const Contribution &last = f.items[1];
    const Contribution &dob = f.items[2];
    const bool middleDiffers = f.items[f.count - 1].field == QLatin1String("middle_name")
        && f.items[f.count - 1].level == QLatin1String("disagree");

    // Twin guard: the same birthday (or with day and month exchanged) and an agreeing surname,
    // and another middle name, a multiple birth on either record, or one roof and another
    // given name ⇒ at most "possible": twins share every household fact, and some share a
    // given name.
    const bool sameHome = f.streetHit || f.phoneHit;
    const bool surnameAgrees = last.weight > 0; // exact, part, phonetic, similar, close or swapped
    const bool multiple = probe.multipleBirth || c.multipleBirth || probe.birthOrder > 0 || c.birthOrder > 0;
    const bool sameBirthday = dob.level == QLatin1String("exact") || dob.level == QLatin1String("transposed");
    if (sameBirthday && surnameAgrees && (middleDiffers || multiple || (sameHome && givenNameDiffers(first.level)))) {
        r.badges << QStringLiteral("twin_guard");
        r.grade = std::min(r.grade, Grade::Possible);
    }
    if (c.multipleBirth || c.birthOrder > 0)
        r.badges << QStringLiteral("multiple_birth");
    r.vetoes = HardVetoes::of(HardVetoes::Facts::of(probe), HardVetoes::Facts::of(c));
    r.middleOnOneSide = probe.middle.isEmpty() != c.middle.isEmpty();
    for (const QString &number : probe.birthFileNumbers)
        r.sameBirthFile = r.sameBirthFile || c.birthFileNumbers.contains(number);
    if (!r.vetoes.isEmpty())
        r.grade = std::min(r.grade, Grade::Possible);
    return r;
}

double MatchScorer::detailHeadroom(const MatchRecord &probe, const Result &partial, bool candidateHasAliases)
{
    double headroom = 0.0;
    if (candidateHasAliases) {
        // An alias can lift each name up to exact (a swapped pair scores less than that).
        double names = 0.0;
        for (const Contribution &c : partial.contributions)
            if (c.field == QLatin1String("first_name") || c.field == QLatin1String("last_name"))
                names += c.weight;
        headroom += std::max(0.0, wFirstExact + wLastExact - names);
    }
    if (!probe.phones.isEmpty())
        headroom += wPhone;
    if (!probe.addressTokens.isEmpty())
        headroom += wStreet;
    if (!probe.zips.isEmpty())
        headroom += wZip;
    return headroom;
}

MatchScorer::Contribution MatchScorer::identifierContribution(const QString &type)
{
    return {QStringLiteral("identifier"), type, wIdentifier};
}

MatchScorer::Grade MatchScorer::gradeFor(double score)
{
    if (score >= certainAt)
        return Grade::Certain;
    if (score >= probableAt)
        return Grade::Probable;
    if (score >= possibleAt)
        return Grade::Possible;
    return Grade::None;
}

QString MatchScorer::gradeName(Grade grade)
{
    switch (grade) {
    case Grade::Certain: return QStringLiteral("certain");
    case Grade::Probable: return QStringLiteral("probable");
    case Grade::Possible: return QStringLiteral("possible");
    case Grade::None: break;
    }
    return QStringLiteral("weak");
}

QJsonArray MatchScorer::explanation(const Result &result)
{
    QJsonArray out;
    for (const Contribution &c : result.contributions) {
        QJsonObject o;
        o.insert(QStringLiteral("field"), c.field);
        o.insert(QStringLiteral("level"), c.level);
        o.insert(QStringLiteral("weight"), c.weight);
        out.append(o);
    }
    return out;
}

} // namespace izdesk::matching
