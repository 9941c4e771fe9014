#pragma once

#include "matching/matchscorer.h"

#include <QList>

#include <functional>

namespace izdesk::server {

// Groups records that are all duplicates of one another: clusters are scored against
// every member, never built by chaining single links. Input: n records and every pair's guarded
// result (Grade::None = not a candidate, or decided "not a duplicate"). A cluster is a set
// in which EVERY two members are at least a possible match; A~B and B~C never put A with C
// unless A~C too. Greedy complete linkage: start from the best remaining pair, then add the
// record whose weakest link to the members is strongest, while it is at least the seed
// pair's grade with every member (so a cluster's grade is its seed's grade).
// Pure: no I/O, any thread.
class ClusterBuilder
{
public:
    using Link = std::function<const matching::MatchScorer::Result &(int i, int j)>;

    // Groups of two or more indexes, best first (by their weakest link), each sorted.
    // Records in no group are left out.
    static QList<QList<int>> build(int n, const Link &link);
};

} // namespace izdesk::server
