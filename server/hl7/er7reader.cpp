#include "hl7/er7reader.h"

#include "hl7/er7batch.h"

#include <optional>

namespace izdesk::server::hl7 {

namespace {

using Kind = ReadProblem::Kind;
using Limits = Er7Reader::Limits;

constexpr int kMaxProblems = 50; // per message and for the envelope; the rest is summed up
constexpr char kFrameStart = 0x0B;
constexpr char kFrameEnd = 0x1C;

bool isIdChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// A delimiter may be any printable character that is not a letter, a digit or a space.
bool isDelimiterChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u < 0x7F && !isIdChar(c) && !(c >= 'a' && c <= 'z');
}

bool isControl(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\t') || u == 0x7F;
}

QString byteText(qint64 offset)
{
    return QStringLiteral("byte %1").arg(offset);
}

// One read of one input: a single forward pass over the bytes, frames, then lines, then
// fields. Holds the message being built, the batch state and the envelope it fills.
class ReadPass
{
public:
    ReadPass(const QByteArray &input, const Limits &limits, bool firstOnly)
        : m_data(input.constData())
        , m_size(input.size())
        , m_limits(limits)
        , m_firstOnly(firstOnly)
    {
    }

    Envelope run();

private:
    void readFrames();
    void readLines(qint64 begin, qint64 end);
    void line(qint64 begin, qint64 end, qint64 next);
    void startMessage(qint64 begin, qint64 end, qint64 next);
    bool openMessage(qint64 begin, bool hasMsh);
    void appendSegment(qint64 begin, qint64 end, qint64 next);
    void batchSegment(const QByteArray &id, qint64 begin, qint64 end);
    void closeMessage();

    std::optional<QString> parseDelimiters(qint64 begin, qint64 end, Delimiters *d) const;
    bool split(Segment &seg, qint64 begin, qint64 end, const Delimiters &d, bool header, Message *owner);
    void tooLarge(const QString &text, qint64 offset, const Location &where = {});

    void problem(QList<ReadProblem> &list, Kind kind, const Location &where, qint64 offset, const QString &text,
                 bool fatal);
    void messageProblem(Kind kind, const Location &where, qint64 offset, const QString &text, bool fatal = false)
    {
        problem(m_cur->problems, kind, where, offset, text, fatal);
    }
    // Whether a further non-fatal problem would only be counted (its text need not be made).
    bool envelopeFull() const { return m_env.problems.size() > kMaxProblems; }
    bool messageFull() const { return m_cur->problems.size() > kMaxProblems; }
    void envelopeProblem(Kind kind, qint64 offset, const QString &text, const Location &where = {}, bool fatal = false)
    {
        problem(m_env.problems, kind, where, offset, text, fatal);
    }

    const char *m_data;
    qint64 m_size;
    const Limits &m_limits;
    bool m_firstOnly;
    bool m_stop = false;
    Envelope m_env;
    BatchEnvelope m_batch{m_env, [this](qint64 offset, const QString &text, const Location &where) {
                              envelopeProblem(Kind::BatchStructure, offset, text, where);
                          }};

    std::optional<Message> m_cur;
    bool m_curHasMsh = false;
    bool m_skipping = false; // the rest of the current message is not read (fatal problem)
    qint64 m_curEnd = 0;

    Delimiters m_batchDelimiters;
};

void ReadPass::problem(QList<ReadProblem> &list, Kind kind, const Location &where, qint64 offset, const QString &text,
                       bool fatal)
{
    if (!fatal && list.size() >= kMaxProblems) {
        if (list.size() == kMaxProblems)
            list.append({kind,
                         {},
                         offset,
                         QStringLiteral("more problems from %1 on are not listed").arg(byteText(offset)),
                         false});
        return;
    }
    list.append({kind, where, offset, text, fatal});
}

Envelope ReadPass::run()
{
    if (m_size > m_limits.maxInputBytes) {
        envelopeProblem(Kind::TooLarge, 0,
                        QStringLiteral("the input is %1 bytes, over the limit of %2 bytes; it was not read")
                            .arg(m_size)
                            .arg(m_limits.maxInputBytes),
                        {}, true);
        return m_env;
    }
    qint64 start = 0;
    if (m_size >= 3 && m_data[0] == '\xEF' && m_data[1] == '\xBB' && m_data[2] == '\xBF')
        start = 3; // UTF-8 byte order mark
    qint64 first = start;
    while (first < m_size && (isBlank(m_data[first]) || m_data[first] == '\r' || m_data[first] == '\n'))
        ++first;
    if (first < m_size && m_data[first] == kFrameStart)
        readFrames();
    else
        readLines(start, m_size);
    closeMessage();
    if (!m_stop)
        m_batch.finish();
    if (m_env.messages.isEmpty() && !m_stop) {
        const QString text = m_size == 0 ? QStringLiteral("the input is empty")
                                         : QStringLiteral("the input holds no message (no MSH segment)");
        Location msh;
        msh.segmentId = "MSH";
        envelopeProblem(Kind::NoMsh, 0, text, msh, true);
    }
    return std::move(m_env);
}

// MLLP: 0x0B, the message, 0x1C 0x0D; any number of frames, blank lines between them allowed.
void ReadPass::readFrames()
{
    qint64 pos = 0;
    while (pos < m_size && !m_stop) {
        while (pos < m_size && (isBlank(m_data[pos]) || m_data[pos] == '\r' || m_data[pos] == '\n'))
            ++pos;
        if (pos >= m_size)
            break;
        if (m_data[pos] != kFrameStart) {
            const qint64 junk = pos;
            while (pos < m_size && m_data[pos] != kFrameStart)
                ++pos;
            if (!envelopeFull())
                envelopeProblem(
                    Kind::Framing, junk,
                    QStringLiteral("%1 bytes from %2 are outside any MLLP frame (0x0B … 0x1C 0x0D) and were "
                                   "not read")
                        .arg(pos - junk)
                        .arg(byteText(junk)));
            continue;
        }
        const qint64 frame = pos;
        const qint64 begin = pos + 1;
        qint64 q = begin;
        while (q < m_size && m_data[q] != kFrameEnd && m_data[q] != kFrameStart)
            ++q;
        readLines(begin, q);
        closeMessage();
        if (envelopeFull()) {
            pos = q < m_size && m_data[q] == kFrameEnd ? q + 1 : q;
        } else if (q >= m_size) {
            envelopeProblem(
                Kind::Framing, frame,
                QStringLiteral("the MLLP frame at %1 is not closed: no 0x1C 0x0D before the end of the input; "
                               "its message may be cut short")
                    .arg(byteText(frame)));
            pos = q;
        } else if (m_data[q] == kFrameStart) {
            envelopeProblem(Kind::Framing, frame,
                            QStringLiteral("the MLLP frame at %1 is not closed before the next frame starts at %2")
                                .arg(byteText(frame), byteText(q)));
            pos = q;
        } else {
            pos = q + 1;
            if (pos < m_size && m_data[pos] == '\r')
                ++pos;
            else
                envelopeProblem(Kind::Framing, q,
                                QStringLiteral("the MLLP frame end (0x1C) at %1 is not followed by a carriage return")
                                    .arg(byteText(q)));
        }
    }
}

// Segments end at CR, LF or CRLF, in any mix.
void ReadPass::readLines(qint64 begin, qint64 end)
{
    qint64 p = begin;
    if (end - p >= 3 && m_data[p] == '\xEF' && m_data[p + 1] == '\xBB' && m_data[p + 2] == '\xBF')
        p += 3;
    while (p < end && !m_stop) {
        qint64 q = p;
        while (q < end && m_data[q] != '\r' && m_data[q] != '\n')
            ++q;
        qint64 next = q;
        if (q < end)
            next = (m_data[q] == '\r' && q + 1 < end && m_data[q + 1] == '\n') ? q + 2 : q + 1;
        line(p, q, next);
        p = next;
    }
}

void ReadPass::line(qint64 begin, qint64 end, qint64 next)
{
    qint64 k = begin;
    while (k < end && isBlank(m_data[k]))
        ++k;
    if (k == end)
        return; // blank line
    if (end - begin >= 3 && isIdChar(m_data[begin]) && isIdChar(m_data[begin + 1]) && isIdChar(m_data[begin + 2])) {
        const QByteArray id(m_data + begin, 3);
        if (id == "MSH") {
            closeMessage();
            startMessage(begin, end, next);
            return;
        }
        if (id == "FHS" || id == "BHS" || id == "BTS" || id == "FTS") {
            closeMessage();
            batchSegment(id, begin, end);
            return;
        }
    }
    m_batch.otherSegment(begin);
    if (!m_cur) {
        if (!openMessage(begin, false))
            return;
        Location where;
        where.segmentIndex = 0;
        where.segmentId = "MSH";
        messageProblem(
            Kind::NoMsh, where, begin,
            QStringLiteral("the message at %1 does not start with MSH; it was not read").arg(byteText(begin)), true);
        m_skipping = true;
    }
    m_curEnd = next;
    if (!m_skipping)
        appendSegment(begin, end, next);
}

std::optional<QString> ReadPass::parseDelimiters(qint64 begin, qint64 end, Delimiters *d) const
{
    const QString seg = QString::fromLatin1(m_data + begin, 3);
    if (end - begin < 4)
        return QStringLiteral("%1 ends before %1-1 (the field separator)").arg(seg);
    const char field = m_data[begin + 3];
    if (!isDelimiterChar(field))
        return QStringLiteral("%1-1 (the field separator) is a letter, digit, space or control character").arg(seg);
    qint64 encEnd = begin + 4;
    while (encEnd < end && m_data[encEnd] != field)
        ++encEnd;
    const qint64 count = encEnd - (begin + 4);
    if (count < 4)
        return QStringLiteral("%1-2 has %2 encoding characters; four are needed (component, repetition, escape, "
                              "subcomponent)")
            .arg(seg)
            .arg(count);
    if (count > 5)
        return QStringLiteral("%1-2 has %2 characters; encoding characters are four, or five with the truncation "
                              "character")
            .arg(seg)
            .arg(count);
    const char *enc = m_data + begin + 4;
    char chars[6] = {field, enc[0], enc[1], enc[2], enc[3], count == 5 ? enc[4] : char(0)};
    const int used = int(count) + 1;
    for (int i = 1; i < used; ++i) {
        if (!isDelimiterChar(chars[i]))
            return QStringLiteral("%1-2 encoding character %2 is a letter, digit, space or control character")
                .arg(seg)
                .arg(i);
        for (int j = 0; j < i; ++j) {
            if (chars[i] == chars[j])
                return QStringLiteral("%1-2 uses the same character for two delimiters (positions %2 and %3)")
                    .arg(seg)
                    .arg(j)
                    .arg(i);
        }
    }
    d->field = field;
    d->component = chars[1];
    d->repetition = chars[2];
    d->escape = chars[3];
    d->subcomponent = chars[4];
    d->truncation = chars[5];
    return std::nullopt;
}

void ReadPass::tooLarge(const QString &text, qint64 offset, const Location &where)
{
    if (!m_cur) {
        envelopeProblem(Kind::TooLarge, offset, text, where, true);
        m_stop = true;
        return;
    }
    m_cur->segments.clear();
    messageProblem(Kind::TooLarge, where, offset, text, true);
    m_skipping = true;
}

// A new current message at `begin`, unless the input already holds the most messages read.
bool ReadPass::openMessage(qint64 begin, bool hasMsh)
{
    if (m_env.messages.size() >= m_limits.maxMessages) {
        tooLarge(QStringLiteral("the input holds more than %1 messages; the rest from %2 was not read")
                     .arg(m_limits.maxMessages)
                     .arg(byteText(begin)),
                 begin);
        return false;
    }
    m_cur.emplace();
    m_cur->offset = begin;
    m_curHasMsh = hasMsh;
    return true;
}

void ReadPass::startMessage(qint64 begin, qint64 end, qint64 next)
{
    if (!openMessage(begin, true))
        return;
    m_curEnd = next;
    m_skipping = false;
    if (const auto bad = parseDelimiters(begin, end, &m_cur->delimiters)) {
        Location where;
        where.segmentIndex = 0;
        where.segmentId = "MSH";
        where.field = 2;
        messageProblem(Kind::BadEncodingCharacters, where, begin,
                       QStringLiteral("%1 (MSH at %2); the message was not read").arg(*bad, byteText(begin)), true);
        m_skipping = true;
        return;
    }
    appendSegment(begin, end, next);
}

void ReadPass::appendSegment(qint64 begin, qint64 end, qint64 next)
{
    Message &m = *m_cur;
    m_curEnd = next;
    const int index = int(m.segments.size());
    if (end - m.offset > m_limits.maxMessageBytes) {
        tooLarge(QStringLiteral("the message at %1 is over the limit of %2 bytes; it was not read")
                     .arg(byteText(m.offset))
                     .arg(m_limits.maxMessageBytes),
                 begin);
        return;
    }
    if (index >= m_limits.maxSegments) {
        tooLarge(QStringLiteral("the message at %1 has more than %2 segments; it was not read")
                     .arg(byteText(m.offset))
                     .arg(m_limits.maxSegments),
                 begin);
        return;
    }
    const Delimiters &d = m.delimiters;
    Segment seg;
    seg.index = index;
    seg.offset = begin;
    seg.encoding = d;
    seg.delimiters = &seg.encoding;
    const qint64 len = end - begin;
    const bool idOk = len >= 3 && isIdChar(m_data[begin]) && isIdChar(m_data[begin + 1]) && isIdChar(m_data[begin + 2])
                      && (len == 3 || m_data[begin + 3] == d.field);
    Location where;
    where.segmentIndex = index;
    if (!idOk && !messageFull()) {
        const QString text
            = len < 3 ? QStringLiteral("segment %1 at %2 is cut short: %3 characters where a segment id needs three")
                            .arg(index + 1)
                            .arg(byteText(begin))
                            .arg(len)
                      : QStringLiteral(
                            "segment %1 at %2 does not start with a segment id (three upper-case letters or digits "
                            "followed by the field separator)")
                            .arg(index + 1)
                            .arg(byteText(begin));
        messageProblem(Kind::BadSegmentId, where, begin, text);
    }
    const bool header = idOk && QByteArrayView(m_data + begin, 3) == "MSH";
    if (idOk)
        seg.id = QByteArray(m_data + begin, 3);
    if (!split(seg, begin, end, d, header, &m))
        return;
    where.segmentId = seg.id;
    for (qint64 p = begin; p < end && !messageFull(); ++p) {
        if (isControl(m_data[p])) {
            int field = 0;
            for (qint64 k = begin; k < p; ++k)
                field += m_data[k] == d.field ? 1 : 0;
            if (header)
                ++field;
            where.field = field;
            messageProblem(Kind::BinaryData, where, p,
                           QStringLiteral("%1 at %2 holds control character 0x%3, which HL7 text may not contain")
                               .arg(where.toString(), byteText(p))
                               .arg(uint(static_cast<unsigned char>(m_data[p])), 2, 16, QLatin1Char('0')));
            where.field = 0;
            break;
        }
    }
    m.segments.append(std::move(seg));
}

// Splits [begin, end) into seg.fields. False (and the message marked TooLarge) when a field
// or the field count is over the limits; nothing over a limit is copied.
bool ReadPass::split(Segment &seg, qint64 begin, qint64 end, const Delimiters &d, bool header, Message *owner)
{
    qint64 p = begin;
    if (header) {
        seg.fields.append(QByteArray(m_data + begin, 3));
        seg.fields.append(QByteArray(1, d.field));
        p = begin + 4;
    }
    bool escapeNoted = false;
    while (true) {
        qint64 q = p;
        while (q < end && m_data[q] != d.field)
            ++q;
        const int number = int(seg.fields.size());
        if (owner) {
            Location where = seg.at(number);
            if (number > m_limits.maxFieldsPerSegment) {
                where.field = 0;
                tooLarge(QStringLiteral("segment %1 at %2 has more than %3 fields; the message was not read")
                             .arg(seg.index + 1)
                             .arg(byteText(seg.offset))
                             .arg(m_limits.maxFieldsPerSegment),
                         p, where);
                return false;
            }
            if (q - p > m_limits.maxFieldBytes) {
                tooLarge(QStringLiteral("%1 at %2 is %3 bytes, over the limit of %4 bytes per field; the message "
                                        "was not read")
                             .arg(where.toString(), byteText(p))
                             .arg(q - p)
                             .arg(m_limits.maxFieldBytes),
                         p, where);
                return false;
            }
            const bool encodingField = header && number == 2;
            if (!escapeNoted && number > 0 && !encodingField) {
                const qsizetype bad = findBadEscape(QByteArrayView(m_data + p, q - p), d);
                if (bad >= 0) {
                    escapeNoted = true;
                    messageProblem(Kind::BadEscape, where, p + bad,
                                   QStringLiteral("%1 at %2 has an escape sequence that is not closed or not defined "
                                                  "by HL7; it was kept as sent")
                                       .arg(where.toString(), byteText(p + bad)));
                }
            }
        }
        seg.fields.append(QByteArray(m_data + p, q - p));
        if (q >= end)
            break;
        p = q + 1;
    }
    return true;
}

void ReadPass::closeMessage()
{
    if (!m_cur)
        return;
    m_cur->size = m_curEnd - m_cur->offset;
    if (m_curHasMsh)
        m_batch.messageRead();
    m_env.messages.append(std::move(*m_cur));
    m_cur.reset();
    m_skipping = false;
    if (m_firstOnly)
        m_stop = true;
}

void ReadPass::batchSegment(const QByteArray &id, qint64 begin, qint64 end)
{
    Segment seg;
    seg.offset = begin;
    const bool header = id == "FHS" || id == "BHS";
    Delimiters d = m_batchDelimiters;
    Location where;
    where.segmentId = id;
    if (header) {
        if (const auto bad = parseDelimiters(begin, end, &d)) {
            where.field = 2;
            envelopeProblem(Kind::BadEncodingCharacters, begin, QStringLiteral("%1 (at %2)").arg(*bad, byteText(begin)),
                            where);
            d = Delimiters();
            seg.fields.append(id);
        } else {
            m_batchDelimiters = d;
            split(seg, begin, end, d, true, nullptr);
        }
    } else {
        split(seg, begin, end, d, false, nullptr);
    }
    seg.id = id;
    seg.encoding = d;
    seg.delimiters = &seg.encoding;
    m_batch.add(seg);
}

} // namespace

Er7Reader::Er7Reader(Limits limits)
    : m_limits(limits)
{
}

Envelope Er7Reader::read(const QByteArray &input) const
{
    return ReadPass(input, m_limits, false).run();
}

Message Er7Reader::readMessage(const QByteArray &input) const
{
    Envelope envelope = ReadPass(input, m_limits, true).run();
    Message message;
    if (!envelope.messages.isEmpty())
        message = std::move(envelope.messages.first());
    // The caller sees only the message, so framing and size problems of the input go with it.
    message.problems.append(envelope.problems);
    return message;
}

} // namespace izdesk::server::hl7
