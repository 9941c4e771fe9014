#include "matching/matchfeatures.h"

#include "matching/doublemetaphone.h"

#include <algorithm>
#include <limits>

namespace izdesk::matching {

quint32 MatchFeatureCoder::id(const QString &value)
{
    if (value.isEmpty())
        return 0;
    const auto it = m_ids.constFind(value);
    if (it != m_ids.cend())
        return *it;
    const quint32 next = quint32(m_ids.size()) + 1;
    m_ids.insert(value, next);
    return next;
}

bool MatchFeatureCoder::codeList(const QStringList &values, quint8 *count, quint32 *out)
{
    if (values.size() > MatchFeatures::inlineValues)
        return false;
    *count = quint8(values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        out[i] = id(values.at(i));
    return true;
}

bool MatchFeatureCoder::smallId(QHash<QString, quint8> *ids, const QString &value, quint8 *out)
{
    *out = 0;
    if (value.isEmpty())
        return true;
    auto it = ids->constFind(value);
    if (it == ids->cend()) {
        if (ids->size() >= 255)
            return false;
        it = ids->insert(value, quint8(ids->size() + 1));
    }
    *out = *it;
    return true;
}

MatchFeatures MatchFeatureCoder::code(const MatchRecord &r)
{
    MatchFeatures f;
    if (r.dob.isValid()) {
        f.hasDob = true;
        const qint64 jd = r.dob.toJulianDay();
        int y = 0, m = 0, d = 0;
        r.dob.getDate(&y, &m, &d);
        if (jd < std::numeric_limits<qint32>::min() || jd > std::numeric_limits<qint32>::max()
            || y < std::numeric_limits<qint16>::min() || y > std::numeric_limits<qint16>::max())
            f.coded = false;
        f.julianDay = qint32(jd);
        f.year = qint16(y);
        f.month = quint8(m);
        f.day = quint8(d);
    }
    if (!smallId(&m_sexes, r.sex, &f.sex) || !smallId(&m_suffixes, r.suffix, &f.suffix))
        f.coded = false;
    if (!codeList(r.phones, &f.phoneCount, f.phones) || !codeList(r.zips, &f.zipCount, f.zips)
        || !codeList(r.addressTokens, &f.tokenCount, f.tokens))
        f.coded = false;
    f.mother = id(r.motherMaiden);
    if (!r.motherMaiden.isEmpty()) {
        // As MatchScorer compares mothers' names: the codes of the name without spaces.
        const PhoneticCode codes = doubleMetaphone(QString(r.motherMaiden).remove(QLatin1Char(' ')));
        f.motherPrimary = id(codes.primary);
        f.motherAlternate = id(codes.alternate);
        if (r.motherMaiden.size() > 255)
            f.coded = false;
        f.motherLength = quint8(std::min<qsizetype>(r.motherMaiden.size(), 255));
        for (const QChar ch : r.motherMaiden)
            if (ch >= QLatin1Char('A') && ch <= QLatin1Char('Z'))
                f.motherLetters |= 1u << (ch.unicode() - 'A');
    }
    f.first = id(r.first);
    f.last = id(r.last);
    return f;
}

} // namespace izdesk::matching
