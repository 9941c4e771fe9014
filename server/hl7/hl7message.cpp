#include "hl7/hl7message.h"

namespace izdesk::server::hl7 {

namespace {

// MSH, FHS and BHS carry their own encoding characters in fields 1 and 2, which are never
// split or unescaped.
bool isHeaderId(const QByteArray &id)
{
    return id == "MSH" || id == "FHS" || id == "BHS";
}

// The n-th (1-based) piece of `text` split on `sep`; empty when there are fewer pieces.
QByteArrayView piece(QByteArrayView text, char sep, int n)
{
    if (n < 1)
        return {};
    qsizetype start = 0;
    for (int i = 1; i < n; ++i) {
        const qsizetype next = text.indexOf(sep, start);
        if (next < 0)
            return {};
        start = next + 1;
    }
    const qsizetype end = text.indexOf(sep, start);
    return text.sliced(start, (end < 0 ? text.size() : end) - start);
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

bool isDelimiter(char c, const Delimiters &d)
{
    return c == d.field || c == d.component || c == d.repetition || c == d.subcomponent;
}

// Decodes the body of one escape sequence (between the two escape characters) into `out`
// (when not null). False when the sequence is not one HL7 defines.
bool decodeSequence(QByteArrayView body, const Delimiters &d, QByteArray *out)
{
    auto put = [out](char c) {
        if (out)
            out->append(c);
    };
    if (body.size() == 1) {
        switch (body[0]) {
        case 'F': put(d.field); return true;
        case 'S': put(d.component); return true;
        case 'T': put(d.subcomponent); return true;
        case 'R': put(d.repetition); return true;
        case 'E': put(d.escape); return true;
        case 'P':
            if (d.truncation == 0)
                return false;
            put(d.truncation);
            return true;
        case 'H': // start / end of highlighting: display hints, dropped
        case 'N':
            return true;
        default:
            return false;
        }
    }
    if (body.isEmpty())
        return false;
    switch (body[0]) {
    case 'X': {
        const QByteArrayView hex = body.sliced(1);
        if (hex.isEmpty() || hex.size() % 2 != 0)
            return false;
        for (qsizetype i = 0; i < hex.size(); i += 2) {
            const int hi = hexDigit(hex[i]);
            const int lo = hexDigit(hex[i + 1]);
            if (hi < 0 || lo < 0)
                return false;
            put(static_cast<char>(hi * 16 + lo));
        }
        return true;
    }
    case '.': { // formatted text (FT) commands: line breaks become '\n', the rest is dropped
        const QByteArrayView command = body.sliced(1, std::min<qsizetype>(2, body.size() - 1));
        if (command == "br" || command == "sp") {
            put('\n');
            return true;
        }
        return command == "fi" || command == "nf" || command == "in" || command == "ti" || command == "sk"
            || command == "ce";
    }
    case 'C': // character set switches (\Cxxyy\, \Mxxyyzz\): not followed, dropped
    case 'M':
        return true;
    case 'Z': // locally defined: kept as sent
        if (out) {
            out->append(d.escape);
            out->append(body.data(), body.size());
            out->append(d.escape);
        }
        return true;
    default:
        return false;
    }
}

// Decodes `raw` into `out` (when not null). Returns the offset of the first bad sequence or
// -1. A bad or unclosed sequence is copied as it was. Linear: an unclosed sequence ends at the
// next delimiter, and scanning resumes there.
qsizetype decode(QByteArrayView raw, const Delimiters &d, QByteArray *out)
{
    qsizetype bad = -1;
    const qsizetype n = raw.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype next = raw.indexOf(d.escape, i);
        const qsizetype plainEnd = next < 0 ? n : next;
        if (out)
            out->append(raw.data() + i, plainEnd - i);
        if (next < 0)
            break;
        qsizetype j = next + 1;
        while (j < n && raw[j] != d.escape && !isDelimiter(raw[j], d))
            ++j;
        if (j >= n || raw[j] != d.escape) { // not closed before a delimiter or the end
            if (bad < 0)
                bad = next;
            if (out)
                out->append(raw.data() + next, j - next);
            i = j;
            continue;
        }
        const QByteArrayView body = raw.sliced(next + 1, j - next - 1);
        const qsizetype mark = out ? out->size() : 0;
        if (!decodeSequence(body, d, out)) {
            if (bad < 0)
                bad = next;
            if (out) {
                out->truncate(mark);
                out->append(raw.data() + next, j + 1 - next);
            }
        }
        i = j + 1;
    }
    return bad;
}

} // namespace

QString Location::toString() const
{
    QString text = !segmentId.isEmpty() ? QString::fromLatin1(segmentId)
        : segmentIndex >= 0             ? QStringLiteral("segment %1").arg(segmentIndex + 1)
                                        : QStringLiteral("message");
    if (field <= 0)
        return text;
    text += QLatin1Char('-') + QString::number(field);
    if (repetition > 1)
        text += QLatin1Char('[') + QString::number(repetition) + QLatin1Char(']');
    if (component > 0) {
        text += QLatin1Char('.') + QString::number(component);
        if (subcomponent > 0)
            text += QLatin1Char('.') + QString::number(subcomponent);
    }
    return text;
}

Segment::Segment(const Segment &other)
    : id(other.id), index(other.index), offset(other.offset), length(other.length), fields(other.fields),
      delimiters(other.delimiters == &other.encoding ? &encoding : other.delimiters), encoding(other.encoding)
{
}

Segment::Segment(Segment &&other) noexcept
    : id(std::move(other.id)), index(other.index), offset(other.offset), length(other.length), fields(std::move(other.fields)),
      delimiters(other.delimiters == &other.encoding ? &encoding : other.delimiters), encoding(other.encoding)
{
}

Segment &Segment::operator=(const Segment &other)
{
    if (this != &other) {
        id = other.id;
        index = other.index;
        offset = other.offset;
        length = other.length;
        fields = other.fields;
        encoding = other.encoding;
        delimiters = other.delimiters == &other.encoding ? &encoding : other.delimiters;
    }
    return *this;
}

Segment &Segment::operator=(Segment &&other) noexcept
{
    if (this != &other) {
        id = std::move(other.id);
        index = other.index;
        offset = other.offset;
        length = other.length;
        fields = std::move(other.fields);
        encoding = other.encoding;
        delimiters = other.delimiters == &other.encoding ? &encoding : other.delimiters;
    }
    return *this;
}

int Segment::fieldCount() const
{
    return fields.isEmpty() ? 0 : int(fields.size() - 1);
}

QByteArray Segment::raw(int field, int repetition, int component, int subcomponent) const
{
    if (field < 1 || field >= fields.size())
        return {};
    const QByteArray &whole = fields.at(field);
    if (field <= 2 && isHeaderId(id))
        return (repetition <= 1 && component <= 1 && subcomponent <= 1) ? whole : QByteArray();
    const Delimiters &d = delims();
    QByteArrayView view(whole);
    if (repetition > 0)
        view = piece(view, d.repetition, repetition);
    if (component > 0) {
        view = piece(view, d.component, component);
        if (subcomponent > 0)
            view = piece(view, d.subcomponent, subcomponent);
    }
    if (view.size() == whole.size())
        return whole;
    return view.toByteArray();
}

QString Segment::value(int field, int repetition, int component, int subcomponent) const
{
    const QByteArray text = raw(field, repetition, component, subcomponent);
    if (field <= 2 && isHeaderId(id))
        return QString::fromLatin1(text);
    return unescape(text, delims());
}

bool Segment::present(int field, int repetition, int component, int subcomponent) const
{
    return !raw(field, repetition, component, subcomponent).isEmpty();
}

int Segment::repetitionCount(int field) const
{
    const QByteArray text = raw(field, 0);
    if (text.isEmpty())
        return 0;
    if (field <= 2 && isHeaderId(id))
        return 1;
    return int(text.count(delims().repetition)) + 1;
}

int Segment::componentCount(int field, int repetition) const
{
    const QByteArray text = raw(field, repetition);
    if (text.isEmpty())
        return 0;
    if (field <= 2 && isHeaderId(id))
        return 1;
    return int(text.count(delims().component)) + 1;
}

Location Segment::at(int field, int repetition, int component, int subcomponent) const
{
    Location l;
    l.segmentIndex = index;
    l.segmentId = id;
    l.field = field;
    l.repetition = repetition;
    l.component = component;
    l.subcomponent = subcomponent;
    return l;
}

bool Message::readable() const
{
    if (segments.isEmpty() || segments.first().id != "MSH")
        return false;
    for (const ReadProblem &p : problems) {
        if (p.fatal)
            return false;
    }
    return true;
}

const Segment *Message::first(const QByteArray &id) const
{
    for (const Segment &s : segments) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QList<const Segment *> Message::all(const QByteArray &id) const
{
    QList<const Segment *> out;
    for (const Segment &s : segments) {
        if (s.id == id)
            out.append(&s);
    }
    return out;
}

QString Message::controlId() const
{
    const Segment *msh = first("MSH");
    return msh ? msh->value(10) : QString();
}

QString Message::messageType() const
{
    const Segment *msh = first("MSH");
    if (!msh)
        return {};
    QStringList parts;
    const int count = msh->componentCount(9);
    for (int c = 1; c <= count; ++c)
        parts.append(msh->value(9, 1, c));
    return parts.join(QLatin1Char('^'));
}

QString Message::version() const
{
    const Segment *msh = first("MSH");
    return msh ? msh->value(12, 1, 1) : QString();
}

QString unescape(const QByteArray &raw, const Delimiters &d, bool *ok)
{
    if (!raw.contains(d.escape)) {
        if (ok)
            *ok = true;
        return QString::fromUtf8(raw);
    }
    QByteArray out;
    out.reserve(raw.size());
    const qsizetype bad = decode(raw, d, &out);
    if (ok)
        *ok = bad < 0;
    return QString::fromUtf8(out);
}

qsizetype findBadEscape(QByteArrayView raw, const Delimiters &d)
{
    if (!raw.contains(d.escape))
        return -1;
    return decode(raw, d, nullptr);
}

QByteArray escape(const QString &text, const Delimiters &d)
{
    static const char digits[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    auto sequence = [&out, &d](char code) {
        out.append(d.escape);
        out.append(code);
        out.append(d.escape);
    };
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == d.escape)
            sequence('E');
        else if (c == d.field)
            sequence('F');
        else if (c == d.component)
            sequence('S');
        else if (c == d.subcomponent)
            sequence('T');
        else if (c == d.repetition)
            sequence('R');
        else if (d.truncation != 0 && c == d.truncation)
            sequence('P');
        else if (u < 0x20 || u == 0x7F) {
            out.append(d.escape);
            out.append('X');
            out.append(digits[u >> 4]);
            out.append(digits[u & 0xF]);
            out.append(d.escape);
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace izdesk::server::hl7
