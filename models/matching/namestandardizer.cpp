#include "matching/namestandardizer.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace izdesk::matching {

namespace {

const QSet<QString> &placeholders()
{
    static const QSet<QString> set{
        QStringLiteral("BABY"), QStringLiteral("BABY BOY"), QStringLiteral("BABY GIRL"), QStringLiteral("BABYBOY"),
        QStringLiteral("BABYGIRL"), QStringLiteral("BB"), QStringLiteral("BG"), QStringLiteral("NEWBORN"),
        QStringLiteral("NB"), QStringLiteral("INFANT"), QStringLiteral("INFANT BOY"), QStringLiteral("INFANT GIRL"),
        QStringLiteral("TWIN"), QStringLiteral("TWIN A"), QStringLiteral("TWIN B"), QStringLiteral("TWIN C"),
        QStringLiteral("BOY"), QStringLiteral("GIRL"), QStringLiteral("MALE"), QStringLiteral("FEMALE"),
        QStringLiteral("BABY BOY A"), QStringLiteral("BABY BOY B"), QStringLiteral("BABY GIRL A"),
        QStringLiteral("BABY GIRL B"), QStringLiteral("BABY A"), QStringLiteral("BABY B")};
    return set;
}

const QSet<QString> &junk()
{
    static const QSet<QString> set{QStringLiteral("UNKNOWN"), QStringLiteral("UNK"), QStringLiteral("NONE"),
                                   QStringLiteral("NA"), QStringLiteral("N A"), QStringLiteral("NULL"),
                                   QStringLiteral("TEST"), QStringLiteral("XXX"), QStringLiteral("X"),
                                   QStringLiteral("NOT GIVEN"), QStringLiteral("NOTGIVEN"), QStringLiteral("REFUSED"),
                                   QStringLiteral("NO NAME"), QStringLiteral("NONAME"), QStringLiteral("DUMMY"),
                                   QStringLiteral("NMN")};
    return set;
}

const QSet<QString> &streetNoise()
{
    static const QSet<QString> set{QStringLiteral("N"), QStringLiteral("S"), QStringLiteral("E"), QStringLiteral("W"),
                                   QStringLiteral("NE"), QStringLiteral("NW"), QStringLiteral("SE"), QStringLiteral("SW"),
                                   QStringLiteral("NORTH"), QStringLiteral("SOUTH"), QStringLiteral("EAST"),
                                   QStringLiteral("WEST"), QStringLiteral("OLD"), QStringLiteral("THE")};
    return set;
}

} // namespace

QString NameStandardizer::clean(const QString &text)
{
    // NFKD leaves ASCII as it is; most names are ASCII and normalizing costs a table walk.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    const QString decomposed = (ascii ? text : text.normalized(QString::NormalizationForm_KD)).toUpper();
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z') {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += c;
        } else if (u == u' ' || u == u'\t' || u == u'-' || u == u',' || u == u'.' || u == u'/') {
            space = true;
        }
        // apostrophes, digits, marks and anything else vanish: O'NEIL → ONEIL
    }
    return out;
}

QString NameStandardizer::token(const QString &text)
{
    QString c = clean(text);
    c.remove(QLatin1Char(' '));
    return c;
}

bool NameStandardizer::isPlaceholderFirstName(const QString &cleaned)
{
    return placeholders().contains(cleaned);
}

bool NameStandardizer::isJunk(const QString &cleaned)
{
    return junk().contains(cleaned);
}

QString NameStandardizer::parseSuffix(const QString &cleaned)
{
    static const QSet<QString> suffixes{QStringLiteral("JR"), QStringLiteral("SR"), QStringLiteral("II"),
                                        QStringLiteral("III"), QStringLiteral("IV"), QStringLiteral("V"),
                                        QStringLiteral("JUNIOR"), QStringLiteral("SENIOR"), QStringLiteral("2ND"),
                                        QStringLiteral("3RD")};
    if (!suffixes.contains(cleaned))
        return {};
    if (cleaned == QLatin1String("JUNIOR"))
        return QStringLiteral("JR");
    if (cleaned == QLatin1String("SENIOR"))
        return QStringLiteral("SR");
    return cleaned;
}

NameStandardizer::PersonName NameStandardizer::name(const QString &first, const QString &middle,
                                                    const QString &last, const QString &suffix)
{
    PersonName n;
    n.suffix = parseSuffix(clean(suffix));
    QStringList lastWords = clean(last).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // "SMITH JR" in the last-name field.
    if (lastWords.size() > 1) {
        const QString s = parseSuffix(lastWords.constLast());
        if (!s.isEmpty()) {
            lastWords.removeLast();
            if (n.suffix.isEmpty())
                n.suffix = s;
        }
    }
    n.last = lastWords.join(QLatin1Char(' '));
    if (isJunk(n.last))
        n.last.clear();
    if (lastWords.size() > 1 && !n.last.isEmpty())
        n.lastParts = lastWords;

    const QString f = clean(first);
    if (isPlaceholderFirstName(f)) {
        n.placeholderFirst = true;
    } else if (!isJunk(f)) {
        QStringList words = f.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() > 1 && !parseSuffix(words.constLast()).isEmpty()) {
            if (n.suffix.isEmpty())
                n.suffix = parseSuffix(words.constLast());
            words.removeLast();
        }
        // "MARY ANN" stays one given name; the first word is what blocking keys use.
        n.first = words.join(QLatin1Char(' '));
    }
    const QString m = clean(middle);
    if (!isJunk(m))
        n.middle = m;
    return n;
}

QString NameStandardizer::phone(const QString &text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits += c;
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('1')))
        digits.remove(0, 1);
    if (digits.size() != 10)
        return {};
    if (digits.at(0) == QLatin1Char('0') || digits.at(0) == QLatin1Char('1'))
        return {};
    if (digits.count(digits.at(0)) == digits.size())
        return {}; // 999-999-9999, 222-222-2222
    if (digits == QLatin1String("1234567890") || digits.mid(3, 7) == QLatin1String("5555555")
        || digits.mid(3, 7) == QLatin1String("0000000"))
        return {};
    return digits;
}

QString NameStandardizer::zip(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
        else if (c == QLatin1Char('-'))
            break;
    }
    if (digits.size() < 5 || digits.startsWith(QLatin1String("00000")) || digits.startsWith(QLatin1String("99999")))
        return {};
    return digits.left(5);
}

QString NameStandardizer::addressToken(const QString &street)
{
    const QStringList words = street.toUpper().split(QRegularExpression(QStringLiteral("[\\s,.#]+")), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QString number;
    for (const QChar c : words.first())
        if (c.isDigit())
            number += c;
    if (number.isEmpty())
        return {};
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString w = token(words.at(i));
        if (w.isEmpty() || streetNoise().contains(w))
            continue;
        return number + QLatin1Char(' ') + w;
    }
    return {};
}

std::optional<QDate> NameStandardizer::date(const QString &text, int referenceYear)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression us(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    const QString t = text.trimmed();
    int y = 0;
    int m = 0;
    int d = 0;
    const auto isoMatch = iso.match(t);
    const auto usMatch = us.match(t);
    const auto compactMatch = compact.match(t);
    if (isoMatch.hasMatch()) {
        y = isoMatch.captured(1).toInt();
        m = isoMatch.captured(2).toInt();
        d = isoMatch.captured(3).toInt();
    } else if (usMatch.hasMatch()) {
        m = usMatch.captured(1).toInt();
        d = usMatch.captured(2).toInt();
        y = usMatch.captured(3).toInt();
        if (usMatch.captured(3).size() == 2) {
            const int century = referenceYear / 100 * 100;
            y += century;
            if (y > referenceYear)
                y -= 100;
        }
    } else if (compactMatch.hasMatch()) {
        m = compactMatch.captured(1).toInt();
        d = compactMatch.captured(2).toInt();
        y = compactMatch.captured(3).toInt();
    } else {
        return std::nullopt;
    }
    const QDate date(y, m, d);
    if (!date.isValid() || y < 1880 || y > referenceYear + 1)
        return std::nullopt;
    return date;
}

QDate NameStandardizer::swapDayMonth(const QDate &date)
{
    if (!date.isValid() || date.day() == date.month() || date.day() > 12)
        return {};
    return QDate(date.year(), date.day(), date.month());
}

} // namespace izdesk::matching
