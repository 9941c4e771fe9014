#include "matching/matchscorer.h"

// MatchScorer's pair guards: what duplicate detection adds to compare() for two stored
// records of one household (MatchScorer::applyPairGuards).

namespace izdesk::matching {

namespace {

QString levelOf(const MatchScorer::Result &r, QLatin1String field)
{
    for (const MatchScorer::Contribution &c : r.contributions)
        if (c.field == field)
            return c.level;
    return QStringLiteral("missing");
}

} // namespace

bool MatchScorer::givenNameDiffers(const QString &level)
{
    return level == QLatin1String("disagree") || level == QLatin1String("close");
}

bool MatchScorer::householdPair(const Result &r)
{
    return levelOf(r, QLatin1String("birth_date")) == QLatin1String("disagree")
        && givenNameDiffers(levelOf(r, QLatin1String("first_name")));
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
    // Twins may share a given name and differ only in the middle name: when one record has
    // none, name, birthday and home cannot tell a duplicate from a twin; "certain" then
    // needs the same birth certificate.
    if (r->middleOnOneSide && !r->sameBirthFile) {
        r->badges << QStringLiteral("middle_unconfirmed");
        cap(Grade::Probable);
    }
    if (levelOf(*r, QLatin1String("suffix")) == QLatin1String("disagree")) {
        r->badges << QStringLiteral("jr_sr");
        cap(Grade::Probable);
    }
}

} // namespace izdesk::matching
