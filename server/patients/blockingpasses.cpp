// PatientSearch::blockingPasses: which stored keys a probe is looked up by (the blocking
// passes of docs/architecture/domain.md, "Patient matching", step 3). Pure; the search sends
// each pass as one indexed query and the batch duplicate scan looks the same keys up in memory.
#include "patients/patientsearch.h"

#include "matching/hardvetoes.h"
#include "matching/matchkeys.h"
#include "matching/nicknametable.h"

namespace izdesk::server {

using namespace izdesk::matching;

QList<PatientSearch::BlockingPass> PatientSearch::blockingPasses(const MatchRecord &probe,
                                                                 const NicknameTable &nicknames, Purpose purpose)
{
    using Kind = BlockingPass::Kind;
    QList<BlockingPass> passes;
    const QString dob = probe.dob.isValid() ? probe.dob.toString(Qt::ISODate) : QString();
    // 1. DOB + sex (unknown sex on file still qualifies).
    if (!dob.isEmpty()) {
        passes.append({Kind::DobSex, {dob, probe.sex}});
        // 2. DOB with day and month swapped + first initial.
        if (!probe.first.isEmpty())
            passes.append({Kind::DobSwapped, {dob, probe.first.left(1)}});
    }
    // 3. DM(last) + birth year ±1; also the given name's codes, in case names were swapped.
    const QStringList surnames = MatchKeys::surname(probe);
    MatchRecord swapped;
    swapped.first = probe.last;
    swapped.last = probe.first;
    const QStringList swappedSurnames = MatchKeys::surname(swapped);
    if (probe.dob.isValid()) {
        QStringList codes = surnames;
        for (const QString &c : swappedSurnames)
            if (!codes.contains(c))
                codes << c;
        if (!codes.isEmpty())
            passes.append({Kind::SurnameYears, codes, probe.dob.year() - 1, probe.dob.year() + 1});
    }
    // 4. DM(first) + DM(last), first name expanded with nicknames; and the swapped order.
    QStringList pairs = MatchKeys::givenSurname(MatchKeys::given(probe, &nicknames), surnames);
    pairs += MatchKeys::givenSurname(MatchKeys::given(swapped, &nicknames), swappedSurnames);
    if (!pairs.isEmpty())
        passes.append({Kind::GivenSurname, pairs});
    else if (!surnames.isEmpty() && !probe.dob.isValid())
        passes.append({Kind::Surname, surnames}); // only a surname: its code alone (bounded)
    // 5. Phone.
    if (!probe.phones.isEmpty())
        passes.append({Kind::Phone, probe.phones});
    // 6. Mother's maiden name DM + birth year-month.
    if (!probe.motherMaiden.isEmpty() && probe.dob.isValid()) {
        const QStringList codes = MatchKeys::phonetic(probe.motherMaiden);
        if (!codes.isEmpty())
            passes.append({Kind::Mother, {codes.first(), probe.dob.toString(QStringLiteral("yyyy-MM"))}});
    }
    // 7. Address token + ZIP (token alone when no ZIP was given).
    for (const QString &token : probe.addressTokens) {
        if (!probe.zips.isEmpty()) {
            for (const QString &zip : probe.zips)
                passes.append({Kind::AddressZip, {token, zip}});
        } else {
            passes.append({Kind::Address, {token}});
        }
    }
    // 8. A caller may be wrong about the date of birth and the spelling at once: the given
    //    name's initial (or a nickname's) with a date within HardVetoes::nearDays, or the
    //    same day a year before or after. Both are index range look-ups.
    if (purpose == Purpose::CallerLookup && probe.dob.isValid() && !probe.first.isEmpty()) {
        QStringList initials;
        for (const QString &name : nicknames.variants(probe.first.section(QLatin1Char(' '), 0, 0))) {
            const QString initial = name.left(1);
            if (!initial.isEmpty() && !initials.contains(initial))
                initials << initial;
        }
        BlockingPass window{Kind::InitialDobWindow, initials};
        window.dates = {probe.dob.addDays(-HardVetoes::nearDays).toString(Qt::ISODate),
                        probe.dob.addDays(HardVetoes::nearDays).toString(Qt::ISODate)};
        passes.append(window);
        BlockingPass years{Kind::InitialDobs, initials};
        for (const int delta : {-1, 1}) {
            const QDate other(probe.dob.year() + delta, probe.dob.month(), probe.dob.day());
            if (other.isValid())
                years.dates << other.toString(Qt::ISODate);
        }
        if (!years.dates.isEmpty())
            passes.append(years);
    }
    return passes;
}

} // namespace izdesk::server
