#include "matching/jarowinkler.h"

#include <QVarLengthArray>

#include <algorithm>

namespace izdesk::matching {

double jaroWinkler(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    if (a == b)
        return 1.0;
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    const qsizetype window = std::max<qsizetype>(0, std::max(la, lb) / 2 - 1);
    QVarLengthArray<bool, 64> matchedA(la, false);
    QVarLengthArray<bool, 64> matchedB(lb, false);
    qsizetype matches = 0;
    for (qsizetype i = 0; i < la; ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window);
        const qsizetype to = std::min(lb - 1, i + window);
        for (qsizetype j = from; j <= to; ++j) {
            if (!matchedB[j] && a.at(i) == b.at(j)) {
                matchedA[i] = matchedB[j] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0.0;
    qsizetype transpositions = 0;
    qsizetype k = 0;
    for (qsizetype i = 0; i < la; ++i) {
        if (!matchedA[i])
            continue;
        while (!matchedB[k])
            ++k;
        if (a.at(i) != b.at(k))
            ++transpositions;
        ++k;
    }
    const double m = static_cast<double>(matches);
    const double jaro = (m / static_cast<double>(la) + m / static_cast<double>(lb)
                         + (m - static_cast<double>(transpositions) / 2.0) / m) / 3.0;
    qsizetype prefix = 0;
    while (prefix < 4 && prefix < la && prefix < lb && a.at(prefix) == b.at(prefix))
        ++prefix;
    return jaro + static_cast<double>(prefix) * 0.1 * (1.0 - jaro);
}

} // namespace izdesk::matching
