#pragma once

// The lookups of the patient search benchmark: callers' queries built from true persons with
// the errors callers make, and the latency and recall figures of a ranking of them.

#include "generator/populationgenerator.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <random>

namespace izdesk::bench {

struct Lookup
{
    qint64 personId = 0;
    QString kind; // the caller error put into it
    QString text; // the free-text box
    QString last; // for the baseline
    QString first;
    QDate dob; // as the caller said it (may be transposed)
};

// A lookup of person `p` with one caller error (or none), chosen by `rng`.
Lookup makeLookup(const izdesk::server::GeneratedRecord &p, std::mt19937_64 &rng);

double percentile(QList<double> values, double p);

struct Figures
{
    QList<double> latencies;
    int hit1 = 0, hit5 = 0, total = 0;
    QHash<QString, QPair<int, int>> byKind; // kind → (hit5, n)

    // One lookup's ranking (patient ids, best first) against its person.
    void add(const Lookup &l, const QList<qint64> &ranked, const QHash<qint64, qint64> &personOf, double ms);
    QJsonObject json() const;
};

} // namespace izdesk::bench
