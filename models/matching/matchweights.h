#pragma once

// What MatchScorer's two paths share (internal to models/matching): the log-odds weight of
// each agreement level, the name comparisons' thresholds, and weighOtherFields(), which
// weighs every field after the names the same way whether a record is read as strings
// (matchscorer.cpp) or as its MatchFeatures (matchscorercoded.cpp).

#include "matching/hardvetoes.h"
#include "matching/jarowinkler.h"

#include <QString>
#include <QStringList>

namespace izdesk::matching::scoring {

// Log-odds weights (agreement levels). RecordLinker starting values where it has one.
inline constexpr double wFirstExact = 6.8, wFirstNick = 5.6, wFirstPhonetic = 5.2, wFirstClose = 2.0,
                        wFirstInitial = 1.5, wFirstNo = -4.5;
inline constexpr double wLastExact = 6.4, wLastPart = 5.4, wLastPhonetic = 5.0, wLastClose = 2.0, wLastNo = -4.5;
// Middle names: agreement is weak evidence (many children share a family middle name), but
// two different middle names are strong evidence of two people (twins named after one
// relative: DANIEL ALEXANDER and DANIEL JAMES).
inline constexpr double wMiddleExact = 1.0, wMiddleLike = 0.5, wMiddleNo = -5.0;
inline constexpr double wSwapped = 4.5; // per name, when first and last were given the other way round
inline constexpr double wDobExact = 10.1, wDobTransposed = 7.0, wDobPartial = 4.0, wDobNear = 2.0, wDobNo = -8.0;
inline constexpr double wSexAgree = 0.75, wSexNo = -2.0;
inline constexpr double wPhone = 7.5, wPhoneNo = -1.0;
inline constexpr double wStreet = 8.4, wStreetNo = -1.0;
inline constexpr double wZip = 5.0, wZipNo = -0.5;
inline constexpr double wMotherExact = 5.0, wMotherPhonetic = 3.5, wMotherNo = -1.0;
inline constexpr double wSuffixNo = -5.0;
inline constexpr double wIdentifier = 25.0;

// The Double Metaphone codes agree (either code of one is a code of the other).
bool phoneticEqual(const QString &a, const QString &b);

inline constexpr double similarAt = 0.92; // Jaro-Winkler
// Below similar and not sounding alike, still close (BRYANT ~ BRIAN, OSTO ~ SOTO): what a
// caller's spelling over the phone gives. Weak evidence, never enough alone.
inline constexpr double closeAt = 0.85;

inline bool similar(const QString &a, const QString &b)
{
    return jaroWinkler(a, b) >= similarAt;
}

inline bool anyShared(const QStringList &a, const QStringList &b)
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

inline bool anyShared(const quint32 *a, int aCount, const quint32 *b, int bCount)
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

// Every field after the names, in order: DOB, sex, phone, street, ZIP, mother, suffix. Each
// present pair of values is one add(field, level, weight).
template<class Side, class Add>
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

} // namespace izdesk::matching::scoring
