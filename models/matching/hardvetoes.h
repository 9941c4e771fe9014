#pragma once

#include "matching/matchrecord.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace izdesk::matching {

// Hard vetoes: facts that say two records are two people, whatever their names and home
// share. One rule for every place that asks — search scoring and duplicate detection
// (MatchScorer::compare), the merge (MergeService), and the client's labels — with one code
// per veto. A pair with a veto is graded at most "possible", and merging it needs a
// supervisor. Pure functions; any thread.
namespace HardVetoes {

// The veto codes, as the API and the stored pairs and merge records spell them.
inline constexpr const char *differentBirthFileNumber = "different_birth_file_number";
inline constexpr const char *differentBirthOrder = "different_birth_order";
inline constexpr const char *dobAndSexDiffer = "dob_and_sex_differ";

// What the vetoes read of one record.
struct Facts
{
    QStringList birthFileNumbers; // the birth certificate numbers on file (empty: none)
    bool multipleBirth = false;
    int birthOrder = 0;           // 1, 2, … within a multiple birth; 0 = unknown
    QDate dob;
    QString sex;                  // "F", "M"; "" or "U" = unknown

    static Facts of(const MatchRecord &record);
};

// The vetoes of a pair, in the order above:
// - different_birth_file_number: both have birth-file numbers and share none;
// - different_birth_order: both are multiple births with a known, different birth order;
// - dob_and_sex_differ: both sexes are known and differ, and so do the dates of birth by more
//   than a typing slip (dobLevel() "disagree").
QStringList of(const Facts &a, const Facts &b);

// How two known dates of birth compare, from one calendar's year, month and day and the days
// between them. Level names as the scorer explains them: exact; transposed (day and month
// exchanged); partial (one of year, month and day differs, or one day apart, as across a
// month end); near (within ten days: a misremembered day); disagree.
enum class DobLevel { Exact, Transposed, Partial, Near, Disagree };
inline constexpr int nearDays = 10;
constexpr DobLevel dobLevel(int ay, int am, int ad, int by, int bm, int bd, qint64 daysApart)
{
    if (ay == by && am == bm && ad == bd)
        return DobLevel::Exact;
    if (ay == by && am == bd && ad == bm)
        return DobLevel::Transposed;
    const qint64 days = daysApart < 0 ? -daysApart : daysApart;
    if ((ay == by) + (am == bm) + (ad == bd) == 2 || days <= 1)
        return DobLevel::Partial;
    if (days <= nearDays)
        return DobLevel::Near;
    return DobLevel::Disagree;
}
DobLevel dobLevel(const QDate &a, const QDate &b);
QString dobLevelName(DobLevel level);

} // namespace HardVetoes
} // namespace izdesk::matching
