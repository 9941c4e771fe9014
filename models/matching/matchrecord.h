#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace izdesk::matching {

// One side of a comparison — a stored patient or what a caller said — already standardized
// (NameStandardizer). Empty values mean "missing" and score 0. Value type; any thread.
struct MatchRecord
{
    QString first;            // standardized given name ("" when placeholder/junk)
    QString middle;           // standardized middle name(s), "" when none or junk (NMN)
    QString last;             // standardized surname, compound parts joined by a space
    QString suffix;
    QStringList firstAliases; // other given names on file (aliases)
    QStringList lastAliases;  // other surnames on file (aliases, compound parts)
    QDate dob;
    QString sex;              // "F", "M" or "" (unknown)
    QString motherMaiden;
    QStringList phones;       // 10 digits
    QStringList zips;         // 5 digits
    QStringList addressTokens; // "123 MAIN"
    bool multipleBirth = false; // the record says twin, triplet, …
    int birthOrder = 0;       // 1, 2, … within a multiple birth; 0 = not one / unknown
    QStringList birthFileNumbers;

    bool isEmpty() const
    {
        return first.isEmpty() && last.isEmpty() && !dob.isValid() && phones.isEmpty() && zips.isEmpty()
            && addressTokens.isEmpty() && motherMaiden.isEmpty();
    }
};

} // namespace izdesk::matching
