#include "matching/doublemetaphone.h"

namespace izdesk::matching {

namespace {

constexpr qsizetype maxLength = 4;

class Encoder
{
public:
    explicit Encoder(const QString &word)
        : m_w(word)
    {
    }

    PhoneticCode run();

private:
    QChar at(qsizetype i) const { return i >= 0 && i < m_w.size() ? m_w.at(i) : QChar(); }
    bool isVowel(qsizetype i) const
    {
        const QChar c = at(i);
        return c == QLatin1Char('A') || c == QLatin1Char('E') || c == QLatin1Char('I') || c == QLatin1Char('O')
            || c == QLatin1Char('U') || c == QLatin1Char('Y');
    }
    bool has(qsizetype i, const char *s) const
    {
        if (i < 0)
            return false;
        return QStringView(m_w).mid(i).startsWith(QLatin1String(s));
    }
    bool hasAny(qsizetype i, std::initializer_list<const char *> list) const
    {
        for (const char *s : list)
            if (has(i, s))
                return true;
        return false;
    }
    void add(const char *p, const char *a = nullptr)
    {
        m_p += QLatin1String(p);
        m_a += QLatin1String(a ? a : p);
    }
    bool slavoGermanic() const
    {
        return m_w.contains(QLatin1Char('W')) || m_w.contains(QLatin1Char('K')) || m_w.contains(QLatin1String("CZ"))
            || m_w.contains(QLatin1String("WITZ"));
    }
    qsizetype doC(qsizetype i);
    qsizetype doG(qsizetype i);

    QString m_w;
    QString m_p;
    QString m_a;
};

qsizetype Encoder::doC(qsizetype i)
{
    if (has(i, "CHIA")) {
        add("K");
        return 2;
    }
    if (has(i, "CH")) {
        if (i == 0 && (hasAny(i + 2, {"ARAC", "ARIS", "OR", "YM", "IA", "EM"}) || has(0, "CHORE"))) {
            add("K");
            return 2;
        }
        if (has(0, "SCH") || hasAny(i - 2, {"ORCHES", "ARCHIT", "ORCHID"}) || hasAny(i + 2, {"T", "S"})) {
            add("K");
            return 2;
        }
        if (has(0, "MC")) {
            add("K");
            return 2;
        }
        if (i > 0)
            add("X", "K");
        else
            add("X");
        return 2;
    }
    if (has(i, "CZ") && !has(i - 2, "WICZ")) {
        add("S", "X");
        return 2;
    }
    if (has(i, "CC") && !(i == 1 && at(0) == QLatin1Char('M'))) {
        if (hasAny(i + 2, {"I", "E", "H"}) && !has(i + 2, "HU")) {
            if ((i == 1 && at(0) == QLatin1Char('A')) || hasAny(i - 1, {"UCCEE", "UCCES"}))
                add("KS");
            else
                add("X");
            return 3;
        }
        add("K");
        return 2;
    }
    if (hasAny(i, {"CK", "CG", "CQ"})) {
        add("K");
        return 2;
    }
    if (hasAny(i, {"CI", "CE", "CY"})) {
        if (hasAny(i, {"CIO", "CIE", "CIA"}))
            add("S", "X");
        else
            add("S");
        return 2;
    }
    add("K");
    if (hasAny(i + 1, {" C", " Q", " G"}))
        return 3;
    if (hasAny(i + 1, {"C", "K", "Q"}) && !hasAny(i + 1, {"CE", "CI"}))
        return 2;
    return 1;
}

qsizetype Encoder::doG(qsizetype i)
{
    if (at(i + 1) == QLatin1Char('H')) {
        if (i > 0 && !isVowel(i - 1)) {
            add("K");
            return 2;
        }
        if (i == 0) {
            if (at(i + 2) == QLatin1Char('I'))
                add("J");
            else
                add("K");
            return 2;
        }
        if (hasAny(i - 2, {"B", "H", "D"}) || hasAny(i - 3, {"B", "H", "D"}) || hasAny(i - 4, {"B", "H"}))
            return 2;
        if (i > 2 && at(i - 1) == QLatin1Char('U') && hasAny(i - 3, {"C", "G", "L", "R", "T"})) {
            add("F");
            return 2;
        }
        if (i > 0 && at(i - 1) != QLatin1Char('I'))
            add("K");
        return 2;
    }
    if (at(i + 1) == QLatin1Char('N')) {
        if (i == 1 && isVowel(0) && !slavoGermanic())
            add("KN", "N");
        else if (!has(i + 2, "EY") && at(i + 1) != QLatin1Char('Y') && !slavoGermanic())
            add("N", "KN");
        else
            add("KN");
        return 2;
    }
    if (has(i + 1, "LI") && !slavoGermanic()) {
        add("KL", "L");
        return 2;
    }
    if (i == 0 && (at(1) == QLatin1Char('Y') || hasAny(1, {"ES", "EP", "EB", "EL", "EY", "IB", "IL", "IN", "IE", "EI", "ER"}))) {
        add("K", "J");
        return 2;
    }
    if (hasAny(i + 1, {"E", "I", "Y"}) || hasAny(i - 1, {"AGGI", "OGGI"})) {
        if (has(0, "VAN ") || has(0, "VON ") || has(0, "SCH") || has(i + 1, "ET"))
            add("K");
        else if (has(i + 1, "IER"))
            add("J");
        else
            add("J", "K");
        return 2;
    }
    add("K");
    return at(i + 1) == QLatin1Char('G') ? 2 : 1;
}

PhoneticCode Encoder::run()
{
    qsizetype i = 0;
    const qsizetype n = m_w.size();
    if (hasAny(0, {"GN", "KN", "PN", "WR", "PS"}))
        i = 1;
    if (at(0) == QLatin1Char('X')) {
        add("S");
        i = 1;
    }
    while (i < n && (m_p.size() < maxLength || m_a.size() < maxLength)) {
        const char c = at(i).toLatin1();
        switch (c) {
        case 'A': case 'E': case 'I': case 'O': case 'U': case 'Y':
            if (i == 0)
                add("A");
            i += 1;
            break;
        case 'B':
            add("P");
            i += at(i + 1) == QLatin1Char('B') ? 2 : 1;
            break;
        case 'C':
            i += doC(i);
            break;
        case 'D':
            if (has(i, "DG") && hasAny(i + 2, {"I", "E", "Y"})) {
                add("J");
                i += 3;
            } else if (hasAny(i, {"DT", "DD"})) {
                add("T");
                i += 2;
            } else {
                add("T");
                i += 1;
            }
            break;
        case 'F':
            add("F");
            i += at(i + 1) == QLatin1Char('F') ? 2 : 1;
            break;
        case 'G':
            i += doG(i);
            break;
        case 'H':
            if ((i == 0 || isVowel(i - 1)) && isVowel(i + 1)) {
                add("H");
                i += 2;
            } else {
                i += 1;
            }
            break;
        case 'J':
            if (has(i, "JOSE") || has(0, "SAN ")) {
                if ((i == 0 && at(i + 4) == QChar()) || has(0, "SAN "))
                    add("H");
                else
                    add("J", "H");
            } else if (i == 0) {
                add("J", "A");
            } else if (isVowel(i - 1) && !slavoGermanic() && (at(i + 1) == QLatin1Char('A') || at(i + 1) == QLatin1Char('O'))) {
                add("J", "H");
            } else if (i == n - 1) {
                add("J", "");
            } else {
                add("J");
            }
            i += at(i + 1) == QLatin1Char('J') ? 2 : 1;
            break;
        case 'K':
            add("K");
            i += at(i + 1) == QLatin1Char('K') ? 2 : 1;
            break;
        case 'L':
            if (at(i + 1) == QLatin1Char('L')) {
                if ((i == n - 3 && hasAny(i - 1, {"ILLO", "ILLA", "ALLE"})) || hasAny(n - 2, {"AS", "OS"})
                    || hasAny(n - 1, {"A", "O"}))
                    add("L", "");
                else
                    add("L");
                i += 2;
            } else {
                add("L");
                i += 1;
            }
            break;
        case 'M':
            add("M");
            i += (at(i + 1) == QLatin1Char('M') || (has(i - 1, "UMB") && (i + 1 == n - 1 || has(i + 2, "ER")))) ? 2 : 1;
            break;
        case 'N':
            add("N");
            i += at(i + 1) == QLatin1Char('N') ? 2 : 1;
            break;
        case 'P':
            if (at(i + 1) == QLatin1Char('H')) {
                add("F");
                i += 2;
            } else {
                add("P");
                i += hasAny(i + 1, {"P", "B"}) ? 2 : 1;
            }
            break;
        case 'Q':
            add("K");
            i += at(i + 1) == QLatin1Char('Q') ? 2 : 1;
            break;
        case 'R':
            if (i == n - 1 && !slavoGermanic() && has(i - 2, "IE") && !hasAny(i - 4, {"ME", "MA"}))
                add("", "R");
            else
                add("R");
            i += at(i + 1) == QLatin1Char('R') ? 2 : 1;
            break;
        case 'S':
            if (hasAny(i - 1, {"ISL", "YSL"})) {
                i += 1;
            } else if (i == 0 && has(i, "SUGAR")) {
                add("X", "S");
                i += 1;
            } else if (has(i, "SH")) {
                add(hasAny(i + 1, {"HEIM", "HOEK", "HOLM", "HOLZ"}) ? "S" : "X");
                i += 2;
            } else if (hasAny(i, {"SIO", "SIA"})) {
                add("S", slavoGermanic() ? "S" : "X");
                i += 3;
            } else if ((i == 0 && hasAny(i + 1, {"M", "N", "L", "W"})) || has(i + 1, "Z")) {
                add("S", "X");
                i += has(i + 1, "Z") ? 2 : 1;
            } else if (has(i, "SCH")) {
                add("SK");
                i += 3;
            } else if (hasAny(i, {"SCI", "SCE", "SCY"})) {
                add("S");
                i += 3;
            } else {
                if (i == n - 1 && hasAny(i - 2, {"AI", "OI"}))
                    add("", "S");
                else
                    add("S");
                i += hasAny(i + 1, {"S", "Z"}) ? 2 : 1;
            }
            break;
        case 'T':
            if (hasAny(i, {"TION", "TIA", "TCH"})) {
                add("X");
                i += 3;
            } else if (hasAny(i, {"TH", "TTH"})) {
                if (hasAny(i + 2, {"OM", "AM"}) || has(0, "VAN ") || has(0, "SCH"))
                    add("T");
                else
                    add("0", "T");
                i += 2;
            } else {
                add("T");
                i += hasAny(i + 1, {"T", "D"}) ? 2 : 1;
            }
            break;
        case 'V':
            add("F");
            i += at(i + 1) == QLatin1Char('V') ? 2 : 1;
            break;
        case 'W':
            if (has(i, "WR")) {
                add("R");
                i += 2;
                break;
            }
            if (i == 0 && (isVowel(1) || has(i, "WH"))) {
                if (isVowel(1))
                    add("A", "F");
                else
                    add("A");
            }
            if ((i == n - 1 && isVowel(i - 1)) || hasAny(i - 1, {"EWSKI", "EWSKY", "OWSKI", "OWSKY"}) || has(0, "SCH"))
                add("", "F");
            else if (hasAny(i, {"WICZ", "WITZ"})) {
                add("TS", "FX");
                i += 4;
                break;
            }
            i += 1;
            break;
        case 'X':
            if (!(i == n - 1 && (hasAny(i - 3, {"IAU", "EAU"}) || hasAny(i - 2, {"AU", "OU"}))))
                add("KS");
            i += hasAny(i + 1, {"C", "X"}) ? 2 : 1;
            break;
        case 'Z':
            if (at(i + 1) == QLatin1Char('H')) {
                add("J");
                i += 2;
                break;
            }
            if (hasAny(i + 1, {"ZO", "ZI", "ZA"}) || (slavoGermanic() && i > 0 && at(i - 1) != QLatin1Char('T')))
                add("S", "TS");
            else
                add("S");
            i += at(i + 1) == QLatin1Char('Z') ? 2 : 1;
            break;
        default:
            i += 1;
            break;
        }
    }
    return {m_p.left(maxLength), m_a.left(maxLength)};
}

} // namespace

PhoneticCode doubleMetaphone(const QString &name)
{
    if (name.isEmpty())
        return {};
    return Encoder(name).run();
}

} // namespace izdesk::matching
