#pragma once

#include "matching/matchrecord.h"

#include <QStringList>

namespace izdesk::matching {

class NicknameTable;

// Blocking keys (matching step 3) computed the same way for stored patients and for a search
// probe, so each blocking pass is an equality look-up on an indexed column.
// Pure functions; any thread.
namespace MatchKeys {

// Double Metaphone primary and alternate codes of a standardized name (spaces dropped).
QStringList phonetic(const QString &name);
// Codes of the surname, its compound parts and surname aliases.
QStringList surname(const MatchRecord &record);
// Codes of the given name and aliases; with nicknames, also of every nickname variant.
QStringList given(const MatchRecord &record, const NicknameTable *nicknames = nullptr);
// "given|surname" code pairs.
QStringList givenSurname(const QStringList &given, const QStringList &surname);

} // namespace MatchKeys
} // namespace izdesk::matching
