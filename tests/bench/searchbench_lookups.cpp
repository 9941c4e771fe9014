#include "searchbench_lookups.h"

#include "matching/nicknametable.h"

#include <QJsonObject>

#include <algorithm>

using izdesk::server::GeneratedRecord;

namespace izdesk::bench {

namespace {

QString misspell(const QString &name, std::mt19937_64 &rng)
{
    static const QList<QPair<QString, QString>> sounds{
        {QStringLiteral("PH"), QStringLiteral("F")}, {QStringLiteral("TH"), QStringLiteral("T")},
        {QStringLiteral("Y"), QStringLiteral("I")},  {QStringLiteral("I"), QStringLiteral("Y")},
        {QStringLiteral("C"), QStringLiteral("K")},  {QStringLiteral("EE"), QStringLiteral("EA")},
        {QStringLiteral("SS"), QStringLiteral("S")}, {QStringLiteral("LL"), QStringLiteral("L")},
        {QStringLiteral("Z"), QStringLiteral("S")},  {QStringLiteral("EY"), QStringLiteral("IE")},
        {QStringLiteral("AE"), QStringLiteral("A")}, {QStringLiteral("ON"), QStringLiteral("EN")}};
    QList<QPair<QString, QString>> applicable;
    for (const auto &s : sounds)
        if (name.indexOf(s.first, 1) > 0)
            applicable << s;
    if (applicable.isEmpty()) { // a keyboard slip instead
        QString s = name;
        const int i = 1 + static_cast<int>(rng() % static_cast<quint64>(std::max<qsizetype>(1, s.size() - 1)));
        if (i < s.size())
            s.remove(i, 1);
        return s;
    }
    const auto &s = applicable.at(static_cast<qsizetype>(rng() % static_cast<quint64>(applicable.size())));
    QString out = name;
    out.replace(out.indexOf(s.first, 1), s.first.size(), s.second);
    return out;
}

} // namespace

Lookup makeLookup(const GeneratedRecord &p, std::mt19937_64 &rng)
{
    Lookup l;
    l.personId = p.personId;
    QString first = p.first;
    QString last = p.last;
    QDate dob = p.dob;
    const int kind = static_cast<int>(rng() % 8);
    switch (kind) {
    case 0: l.kind = QStringLiteral("none"); break;
    case 1: {
        const QStringList v = izdesk::matching::NicknameTable::builtIn().variants(first);
        if (v.size() > 1)
            first = v.at(1 + static_cast<qsizetype>(rng() % static_cast<quint64>(v.size() - 1)));
        l.kind = v.size() > 1 ? QStringLiteral("nickname") : QStringLiteral("none");
        break;
    }
    case 2:
        first = misspell(first, rng);
        l.kind = QStringLiteral("misspelled_first");
        break;
    case 3:
        last = misspell(last, rng);
        l.kind = QStringLiteral("misspelled_last");
        break;
    case 4:
        if (dob.day() <= 12 && dob.day() != dob.month()) {
            dob = QDate(dob.year(), dob.day(), dob.month());
            l.kind = QStringLiteral("transposed_dob");
        } else {
            dob = dob.addDays(1);
            l.kind = QStringLiteral("dob_off_by_one");
        }
        break;
    case 5:
        std::swap(first, last);
        l.kind = QStringLiteral("swapped_names");
        break;
    case 6:
        first = first.left(1);
        l.kind = QStringLiteral("initial_only");
        break;
    default:
        last = misspell(last, rng);
        first = misspell(first, rng);
        l.kind = QStringLiteral("both_misspelled");
        break;
    }
    const int format = static_cast<int>(rng() % 3);
    const QString dobText = format == 0   ? dob.toString(QStringLiteral("MM/dd/yyyy"))
                            : format == 1 ? dob.toString(Qt::ISODate)
                                          : dob.toString(QStringLiteral("M/d/yy"));
    l.text = QStringLiteral("%1 %2 %3").arg(first.toLower(), last.toLower(), dobText);
    if (rng() % 4 == 0 && !p.phone.isEmpty())
        l.text += QLatin1Char(' ') + p.phone;
    l.first = first;
    l.last = last;
    l.dob = dob;
    return l;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto i = static_cast<qsizetype>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(std::min(i, values.size() - 1));
}

void Figures::add(const Lookup &l, const QList<qint64> &ranked, const QHash<qint64, qint64> &personOf, double ms)
{
    latencies << ms;
    ++total;
    int rank = -1;
    for (qsizetype i = 0; i < ranked.size() && rank < 0; ++i)
        if (personOf.value(ranked.at(i)) == l.personId)
            rank = static_cast<int>(i);
    hit1 += rank == 0;
    hit5 += rank >= 0 && rank < 5;
    auto &k = byKind[l.kind];
    k.first += rank >= 0 && rank < 5;
    ++k.second;
}

QJsonObject Figures::json() const
{
    QJsonObject kinds;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        kinds.insert(it.key(), QJsonObject{{QStringLiteral("n"), it.value().second},
                                           {QStringLiteral("recall_at_5"),
                                            double(it.value().first) / std::max(1, it.value().second)}});
    return QJsonObject{{QStringLiteral("p50_ms"), percentile(latencies, 0.50)},
                       {QStringLiteral("p95_ms"), percentile(latencies, 0.95)},
                       {QStringLiteral("recall_at_1"), double(hit1) / std::max(1, total)},
                       {QStringLiteral("recall_at_5"), double(hit5) / std::max(1, total)},
                       {QStringLiteral("by_caller_error"), kinds}};
}

} // namespace izdesk::bench
