#include "hl7/er7reader.h"

#include "hl7/er7readpass.h"

namespace izdesk::server::hl7 {

namespace er7 {

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








} // namespace er7

using er7::ReadPass;

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
