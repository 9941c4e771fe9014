#include "duplicates/clusterbuilder.h"

#include <algorithm>
#include <limits>

namespace izdesk::server {

using matching::MatchScorer;

QList<QList<int>> ClusterBuilder::build(int n, const Link &link)
{
    const auto linked = [&](int i, int j) { return link(i, j).grade != MatchScorer::Grade::None; };
    QList<bool> used(n, false);
    QList<QList<int>> groups;
    QList<double> weakest;
    for (;;) {
        // The best pair among records not yet grouped.
        int bi = -1, bj = -1;
        double best = -std::numeric_limits<double>::infinity();
        for (int i = 0; i < n; ++i) {
            if (used.at(i))
                continue;
            for (int j = i + 1; j < n; ++j) {
                if (used.at(j) || !linked(i, j))
                    continue;
                const double s = link(i, j).score;
                if (s > best) {
                    best = s;
                    bi = i;
                    bj = j;
                }
            }
        }
        if (bi < 0)
            break;
        QList<int> group{bi, bj};
        used[bi] = used[bj] = true;
        // A cluster is as strong as its seed: a record joins only when it is at least the
        // seed pair's grade with every member (certain twins of a record stay certain).
        const MatchScorer::Grade floor = link(bi, bj).grade;
        double groupWeakest = best;
        for (;;) {
            int pick = -1;
            double pickWeakest = -std::numeric_limits<double>::infinity();
            for (int k = 0; k < n; ++k) {
                if (used.at(k))
                    continue;
                double w = std::numeric_limits<double>::infinity();
                bool all = true;
                for (int m : std::as_const(group)) {
                    if (link(k, m).grade < floor) {
                        all = false;
                        break;
                    }
                    w = std::min(w, link(k, m).score);
                }
                if (all && w > pickWeakest) {
                    pickWeakest = w;
                    pick = k;
                }
            }
            if (pick < 0)
                break;
            group.append(pick);
            used[pick] = true;
            groupWeakest = std::min(groupWeakest, pickWeakest);
        }
        std::sort(group.begin(), group.end());
        // Keep the list ordered by weakest link, best first (stable for equal ones).
        qsizetype at = 0;
        while (at < weakest.size() && weakest.at(at) >= groupWeakest)
            ++at;
        groups.insert(at, group);
        weakest.insert(at, groupWeakest);
    }
    return groups;
}

} // namespace izdesk::server
