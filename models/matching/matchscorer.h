#pragma once

#include "matching/matchfeatures.h"
#include "matching/matchrecord.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace izdesk::matching {

class NicknameTable;

// Matching steps 4–6 (docs/architecture/domain.md): sums per-field log-odds weights with graded agreement
// levels, grades the total (certain / probable / possible), applies the twin guard and
// collects hard vetoes, and keeps every field's contribution for the explanation.
// Weights start from CDC RecordLinker's. Immutable after construction; any thread.
class MatchScorer
{
public:
    enum class Grade { None, Possible, Probable, Certain };

    struct Contribution
    {
        QString field;  // first_name, last_name, birth_date, sex, phone, street, zip, …
        QString level;  // exact, nickname, phonetic, similar, transposed, swapped, partial, disagree, …
        double weight = 0.0;
    };

    struct Result
    {
        double score = 0.0;
        Grade grade = Grade::None;
        QList<Contribution> contributions;
        QStringList badges; // twin_guard, multiple_birth; pairs also household, jr_sr
        QStringList vetoes; // HardVetoes::of(); any of them caps the grade at "possible"
        // Only one of the two records has a middle name, so it cannot tell them apart.
        bool middleOnOneSide = false;
        // The two records share a birth-file number: the same birth certificate.
        bool sameBirthFile = false;
    };

    explicit MatchScorer(const NicknameTable &nicknames);

    Result compare(const MatchRecord &probe, const MatchRecord &candidate) const;
    // compare(probe, candidate).score, without the explanation, badges and vetoes (the same
    // computation): a batch scores every blocked pair and explains only the few that count.
    double score(const MatchRecord &probe, const MatchRecord &candidate) const;
    // An upper bound of score(): every field but the names as score() weighs it, the names at
    // their best. Cheap (no name comparison): a batch skips the many blocked pairs it puts
    // below "possible" before comparing names.
    double scoreBound(const MatchRecord &probe, const MatchRecord &candidate) const;
    // Name levels remembered by name id (MatchFeatureCoder::id) for one coder and one scorer;
    // a thread's own.
    struct NameMemo
    {
        static constexpr qsizetype capacity = qsizetype(1) << 21; // per name part; then cleared
        QHash<quint64, double> weights[2];
    };
    // scoreBound() and score() of two records coded by one MatchFeatureCoder: the same values,
    // read from the features (the records themselves only for names with aliases, mothers'
    // names that neither match nor sound alike, and records not `coded`).
    double scoreBound(const MatchRecord &probe, const MatchFeatures &probeFeatures, const MatchRecord &candidate,
                      const MatchFeatures &candidateFeatures) const;
    double score(const MatchRecord &probe, const MatchFeatures &probeFeatures, const MatchRecord &candidate,
                 const MatchFeatures &candidateFeatures, NameMemo *memo) const;
    // The most compare() can still add to `partial` — a candidate scored without its aliases,
    // phones, addresses and zips — once those are known (names can rise to exact only when
    // the candidate has aliases). A search scores its full record only if that can matter.
    static double detailHeadroom(const MatchRecord &probe, const Result &partial, bool candidateHasAliases);
    // An exact identifier hit (IIS id, MRN at the facility, birth-file number, source id).
    static Contribution identifierContribution(const QString &type);

    // Pair-vs-pair guards for duplicate detection, applied to compare()'s result for two
    // stored records. Home, phone and mother's name are one household's shared facts there,
    // not independent evidence, so the grade also depends on the person's own fields:
    // "certain" needs an agreeing given name and surname, an exact or transposed DOB, no
    // other mother's maiden name and an agreeing phone, street or ZIP (name and DOB alone
    // are a chance collision in a large registry); another DOB
    // means at most "possible", and no candidate at all when the given name differs too
    // (badge household: a sibling or parent); another
    // suffix (Jr/Sr) means at most "probable" (badge jr_sr); a middle name on one record only,
    // without a shared birth-file number, means at most "probable" (badge middle_unconfirmed:
    // twins named alike differ only there).
    static void applyPairGuards(Result *result);
    // True when applyPairGuards() makes the pair no candidate at all (badge household):
    // another DOB and another given name. Reads the result, changes nothing.
    static bool householdPair(const Result &result);
    // A given-name level that names another person (disagree, or only a close spelling).
    static bool givenNameDiffers(const QString &level);

    static Grade gradeFor(double score);
    static QString gradeName(Grade grade);
    static QJsonArray explanation(const Result &result);

    static constexpr double certainAt = 21.0;
    static constexpr double probableAt = 14.0;
    static constexpr double possibleAt = 6.0;

private:
    // Every field's contribution (names, DOB first) and the rounded total.
    struct Fields
    {
        Contribution items[12]; // names, DOB, sex, phone, street, ZIP, mother, suffix, middle
        int count = 0;
        double score = 0.0;
        bool phoneHit = false, streetHit = false;
    };
    Fields fields(const MatchRecord &probe, const MatchRecord &candidate) const;
    // Every field after the names (DOB, sex, phone, street, ZIP, mother, suffix), added to *out.
    void otherFields(const MatchRecord &probe, const MatchRecord &candidate, Fields *out) const;
    enum class NamePart { Given, Surname };
    // givenName() or surname(), remembered for candidates without aliases.
    Contribution nameLevel(NamePart part, const QString &probe, const MatchRecord &candidate) const;
    // nameLevel()'s weight, remembered in `memo` by the ids of the probe's name and the candidate's.
    double nameWeight(NamePart part, const QString &probe, quint32 probeId, const MatchRecord &candidate,
                      const MatchFeatures &candidateFeatures, NameMemo *memo) const;
    Contribution givenName(const QString &probe, const MatchRecord &candidate) const;
    // Two middle names that are both present: exact, initial, similar (typo, nickname) or
    // disagree (a strong sign of two people).
    Contribution middleName(const QString &probe, const QString &candidate) const;
    Contribution surname(const QString &probe, const MatchRecord &candidate) const;

    const NicknameTable &m_nicknames;
};

} // namespace izdesk::matching
