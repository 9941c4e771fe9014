#include "matching/hardvetoes.h"

namespace izdesk::matching::HardVetoes {

namespace {

bool sexKnown(const QString &sex)
{
    return !sex.isEmpty() && sex != QLatin1String("U");
}

} // namespace

Facts Facts::of(const MatchRecord &r)
{
    Facts f;
    f.birthFileNumbers = r.birthFileNumbers;
    f.multipleBirth = r.multipleBirth || r.birthOrder > 0;
    f.birthOrder = r.birthOrder;
    f.dob = r.dob;
    f.sex = r.sex;
    return f;
}

QStringList of(const Facts &a, const Facts &b)
{
    QStringList out;
    if (!a.birthFileNumbers.isEmpty() && !b.birthFileNumbers.isEmpty()) {
        bool shared = false;
        for (const QString &number : a.birthFileNumbers)
            shared = shared || b.birthFileNumbers.contains(number);
        if (!shared)
            out << QLatin1String(differentBirthFileNumber);
    }
    if (a.multipleBirth && b.multipleBirth && a.birthOrder > 0 && b.birthOrder > 0 && a.birthOrder != b.birthOrder)
        out << QLatin1String(differentBirthOrder);
    if (sexKnown(a.sex) && sexKnown(b.sex) && a.sex != b.sex && a.dob.isValid() && b.dob.isValid()
        && dobLevel(a.dob, b.dob) == DobLevel::Disagree)
        out << QLatin1String(dobAndSexDiffer);
    return out;
}

DobLevel dobLevel(const QDate &a, const QDate &b)
{
    int ay = 0, am = 0, ad = 0, by = 0, bm = 0, bd = 0;
    a.getDate(&ay, &am, &ad);
    b.getDate(&by, &bm, &bd);
    return dobLevel(ay, am, ad, by, bm, bd, a.daysTo(b));
}

QString dobLevelName(DobLevel level)
{
    switch (level) {
    case DobLevel::Exact: return QStringLiteral("exact");
    case DobLevel::Transposed: return QStringLiteral("transposed");
    case DobLevel::Partial: return QStringLiteral("partial");
    case DobLevel::Near: return QStringLiteral("near");
    case DobLevel::Disagree: break;
    }
    return QStringLiteral("disagree");
}

} // namespace izdesk::matching::HardVetoes
