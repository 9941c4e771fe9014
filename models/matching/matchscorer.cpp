#include "matching/matchscorer.h"

#include "matching/doublemetaphone.h"
#include "matching/hardvetoes.h"
#include "matching/jarowinkler.h"
#include "matching/matchweights.h"
#include "matching/nicknametable.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace izdesk::matching {

using namespace scoring;

namespace {

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

// A record read through its strings for weighOtherFields().
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

} // namespace

namespace scoring {

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

} // namespace scoring

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
