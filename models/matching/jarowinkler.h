#pragma once

#include <QString>

namespace izdesk::matching {

// Jaro-Winkler similarity (0..1, prefix scale 0.1, up to 4 prefix characters) of two
// already standardized strings. Pure function; any thread.
double jaroWinkler(const QString &a, const QString &b);

} // namespace izdesk::matching
