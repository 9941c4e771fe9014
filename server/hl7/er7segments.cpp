// ReadPass: messages and their segments (MSH, the segments after it, the batch header and
// trailer segments), split into fields, components and subcomponents.

#include "hl7/er7readpass.h"

namespace izdesk::server::hl7::er7 {

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
    seg.length = end - begin;
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
    seg.length = end - begin;
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

} // namespace izdesk::server::hl7::er7
