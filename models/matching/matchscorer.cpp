#include "matching/matchscorer.h"

#include "matching/doublemetaphone.h"
#include "matching/jarowinkler.h"
#include "matching/nicknametable.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace izdesk::matching {

namespace {

// Log-odds weights (agreement levels). RecordLinker starting values where it has one.
constexpr double wFirstExact = 6.8, wFirstNick = 5.6, wFirstPhonetic = 5.2, wFirstInitial = 1.5, wFirstNo = -4.5;
constexpr double wLastExact = 6.4, wLastPart = 5.4, wLastPhonetic = 5.0, wLastNo = -4.5;
constexpr double wSwapped = 4.5; // per name, when first and last were given the other way round
constexpr double wDobExact = 10.1, wDobTransposed = 7.0, wDobPartial = 4.0, wDobNo = -8.0;
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

bool similar(const QString &a, const QString &b)
{
    return jaroWinkler(a, b) >= 0.92;
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
        else {
            for (const QString &pp : probeParts)
                for (const QString &part : parts)
                    if (pp.size() > 2 && (phoneticEqual(pp, part) || similar(pp, part)))
                        consider(QStringLiteral("compound_part"), wLastPart - 0.6);
        }
    }
    return best;
}

MatchScorer::Contribution MatchScorer::birthDate(const QDate &p, const QDate &c)
{
    const QString field = QStringLiteral("birth_date");
    if (!p.isValid() || !c.isValid())
        return {field, QStringLiteral("missing"), 0.0};
    if (p == c)
        return {field, QStringLiteral("exact"), wDobExact};
    int py = 0, pm = 0, pd = 0, cy = 0, cm = 0, cd = 0; // one calendar conversion per date
    p.getDate(&py, &pm, &pd);
    c.getDate(&cy, &cm, &cd);
    if (py == cy && pm == cd && pd == cm)
        return {field, QStringLiteral("transposed"), wDobTransposed};
    const int same = (py == cy) + (pm == cm) + (pd == cd);
    // One component mistyped, or a day off across a month end (01/31 vs 02/01).
    if (same == 2 || std::abs(p.daysTo(c)) <= 1)
        return {field, QStringLiteral("partial"), wDobPartial};
    return {field, QStringLiteral("disagree"), wDobNo};
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
    for (int i = 0; i < f.count; ++i)
        f.score += f.items[i].weight;
    f.score = std::round(f.score * 100.0) / 100.0;
    return f;
}

void MatchScorer::otherFields(const MatchRecord &probe, const MatchRecord &c, Fields *out) const
{
    Fields &f = *out;
    const auto add = [&f](const QString &field, const QString &level, double weight) {
        f.items[f.count++] = Contribution{field, level, weight};
    };
    f.items[f.count++] = birthDate(probe.dob, c.dob);

    if (!probe.sex.isEmpty() && !c.sex.isEmpty())
        add(QStringLiteral("sex"), probe.sex == c.sex ? QStringLiteral("exact") : QStringLiteral("disagree"),
            probe.sex == c.sex ? wSexAgree : wSexNo);
    if (!probe.phones.isEmpty() && !c.phones.isEmpty()) {
        f.phoneHit = anyShared(probe.phones, c.phones);
        add(QStringLiteral("phone"), f.phoneHit ? QStringLiteral("exact") : QStringLiteral("disagree"),
            f.phoneHit ? wPhone : wPhoneNo);
    }
    if (!probe.addressTokens.isEmpty() && !c.addressTokens.isEmpty()) {
        f.streetHit = anyShared(probe.addressTokens, c.addressTokens);
        add(QStringLiteral("street"), f.streetHit ? QStringLiteral("exact") : QStringLiteral("disagree"),
            f.streetHit ? wStreet : wStreetNo);
    }
    if (!probe.zips.isEmpty() && !c.zips.isEmpty()) {
        const bool hit = anyShared(probe.zips, c.zips);
        add(QStringLiteral("zip"), hit ? QStringLiteral("exact") : QStringLiteral("disagree"), hit ? wZip : wZipNo);
    }
    if (!probe.motherMaiden.isEmpty() && !c.motherMaiden.isEmpty()) {
        if (probe.motherMaiden == c.motherMaiden)
            add(QStringLiteral("mother_maiden_name"), QStringLiteral("exact"), wMotherExact);
        else if (phoneticEqual(probe.motherMaiden, c.motherMaiden) || similar(probe.motherMaiden, c.motherMaiden))
            add(QStringLiteral("mother_maiden_name"), QStringLiteral("phonetic"), wMotherPhonetic);
        else
            add(QStringLiteral("mother_maiden_name"), QStringLiteral("disagree"), wMotherNo);
    }
    if (!probe.suffix.isEmpty() && !c.suffix.isEmpty() && probe.suffix != c.suffix)
        add(QStringLiteral("suffix"), QStringLiteral("disagree"), wSuffixNo);
}

double MatchScorer::scoreBound(const MatchRecord &probe, const MatchRecord &c) const
{
    // Names at their best: both exact (a swapped pair scores at most 2 × wSwapped, less).
    Fields f;
    otherFields(probe, c, &f);
    double bound = wFirstExact + wLastExact;
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

    // Twin guard: same DOB, surname and home but another given name ⇒ at most "possible".
    const bool sameHome = f.streetHit || f.phoneHit;
    if (dob.level == QLatin1String("exact") && last.level == QLatin1String("exact") && sameHome
        && first.level == QLatin1String("disagree")) {
        r.badges << QStringLiteral("twin_guard");
        r.grade = std::min(r.grade, Grade::Possible);
    }
    if (c.birthOrder > 0)
        r.badges << QStringLiteral("multiple_birth");
    if (!probe.birthFileNumber.isEmpty() && !c.birthFileNumber.isEmpty() && probe.birthFileNumber != c.birthFileNumber)
        r.vetoes << QStringLiteral("different_birth_file_number");
    if (probe.birthOrder > 0 && c.birthOrder > 0 && probe.birthOrder != c.birthOrder) {
        r.vetoes << QStringLiteral("different_birth_order");
        r.grade = std::min(r.grade, Grade::Possible);
    }
    if (dob.level == QLatin1String("disagree") && !probe.sex.isEmpty() && !c.sex.isEmpty() && probe.sex != c.sex)
        r.vetoes << QStringLiteral("dob_and_sex_differ");
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

namespace {

QString levelOf(const MatchScorer::Result &r, QLatin1String field)
{
    for (const MatchScorer::Contribution &c : r.contributions)
        if (c.field == field)
            return c.level;
    return QStringLiteral("missing");
}

} // namespace

bool MatchScorer::householdPair(const Result &r)
{
    return levelOf(r, QLatin1String("birth_date")) == QLatin1String("disagree")
        && levelOf(r, QLatin1String("first_name")) == QLatin1String("disagree");
}

void MatchScorer::applyPairGuards(Result *r)
{
    const QString first = levelOf(*r, QLatin1String("first_name"));
    const QString dob = levelOf(*r, QLatin1String("birth_date"));
    static const QStringList givenAgrees{QStringLiteral("exact"), QStringLiteral("nickname"), QStringLiteral("phonetic"),
                                         QStringLiteral("similar"), QStringLiteral("swapped")};
    const auto cap = [r](Grade grade) { r->grade = std::min(r->grade, grade); };
    if (!givenAgrees.contains(first) || (dob != QLatin1String("exact") && dob != QLatin1String("transposed")))
        cap(Grade::Probable);
    // Name and birthday alone are what two children of a large registry share by chance
    // (more often the larger it is): "certain" also needs an agreeing surname, no other
    // mother, and one piece of the home that agrees (phone, street or ZIP).
    const QString last = levelOf(*r, QLatin1String("last_name"));
    const bool homeAgrees = levelOf(*r, QLatin1String("phone")) == QLatin1String("exact")
        || levelOf(*r, QLatin1String("street")) == QLatin1String("exact")
        || levelOf(*r, QLatin1String("zip")) == QLatin1String("exact");
    if (last == QLatin1String("disagree") || last == QLatin1String("missing")
        || levelOf(*r, QLatin1String("mother_maiden_name")) == QLatin1String("disagree") || !homeAgrees)
        cap(Grade::Probable);
    if (dob == QLatin1String("disagree")) {
        cap(Grade::Possible);
        // Another name and another birthday under one roof: a sibling or parent, not a
        // duplicate, however much of the home agrees.
        if (householdPair(*r)) {
            r->badges << QStringLiteral("household");
            cap(Grade::None);
        }
    }
    if (levelOf(*r, QLatin1String("suffix")) == QLatin1String("disagree")) {
        r->badges << QStringLiteral("jr_sr");
        cap(Grade::Probable);
    }
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
