#pragma once

#include <QString>

namespace izdesk::matching {

// Double Metaphone codes (primary and alternate, at most 4 characters each) of a name already
// standardized to A–Z. Follows Lawrence Philips' rules for the cases that matter in US
// personal names (Germanic, Romance, Slavic and Hispanic spellings); exotic rules of the
// original (e.g. some Italian/Greek clusters) are simplified. Pure; any thread.
struct PhoneticCode
{
    QString primary;
    QString alternate; // equals primary when the name has one pronunciation
};

PhoneticCode doubleMetaphone(const QString &name);

} // namespace izdesk::matching
