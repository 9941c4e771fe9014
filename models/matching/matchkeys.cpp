#include "matching/matchkeys.h"

#include "matching/doublemetaphone.h"
#include "matching/nicknametable.h"

namespace izdesk::matching::MatchKeys {

namespace {

void addCodes(QStringList *out, const QString &name)
{
    for (const QString &code : phonetic(name))
        if (!out->contains(code))
            out->append(code);
}

} // namespace

QStringList phonetic(const QString &name)
{
    QStringList out;
    const QString word = QString(name).remove(QLatin1Char(' '));
    if (word.isEmpty())
        return out;
    const PhoneticCode code = doubleMetaphone(word);
    if (!code.primary.isEmpty())
        out.append(code.primary);
    if (!code.alternate.isEmpty() && code.alternate != code.primary)
        out.append(code.alternate);
    return out;
}

QStringList surname(const MatchRecord &record)
{
    QStringList out;
    QStringList names{record.last};
    names += record.lastAliases;
    for (const QString &n : std::as_const(names)) {
        if (n.isEmpty())
            continue;
        addCodes(&out, n);
        const QStringList parts = n.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() > 1)
            for (const QString &p : parts)
                addCodes(&out, p);
    }
    return out;
}

QStringList given(const MatchRecord &record, const NicknameTable *nicknames)
{
    QStringList out;
    QStringList names{record.first};
    names += record.firstAliases;
    for (const QString &n : std::as_const(names)) {
        const QString word = n.section(QLatin1Char(' '), 0, 0);
        if (word.size() < 2)
            continue;
        if (nicknames) {
            for (const QString &v : nicknames->variants(word))
                addCodes(&out, v);
        } else {
            addCodes(&out, word);
        }
    }
    return out;
}

QStringList givenSurname(const QStringList &given, const QStringList &surname)
{
    QStringList out;
    for (const QString &g : given)
        for (const QString &s : surname)
            out.append(g + QLatin1Char('|') + s);
    return out;
}

} // namespace izdesk::matching::MatchKeys
