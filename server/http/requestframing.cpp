#include "http/requestframing.h"

#include <QList>

#include <limits>

namespace izdesk::server {

namespace {

bool isBlank(char c)
{
    return c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == '\v';
}

} // namespace

qsizetype RequestFraming::feed(QByteArrayView bytes)
{
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n && m_violation == Violation::None) {
        switch (m_phase) {
        case Phase::Idle:
            // Qt's parser skips what a previous request may have left between two requests.
            if (isBlank(bytes[i])) {
                ++i;
                continue;
            }
            m_phase = Phase::RequestLine;
            [[fallthrough]];
        case Phase::RequestLine:
        case Phase::Headers: {
            const char c = bytes[i++];
            if (++m_headBytes > maxHeadBytes) {
                m_violation = m_phase == Phase::RequestLine ? Violation::RequestLineTooLong : Violation::HeadTooLarge;
                return i;
            }
            if (c == '\n')
                endOfLine();
            else
                m_line.append(c);
            continue;
        }
        case Phase::Body: i += feedBody(n - i); continue;
        case Phase::Complete: return i;
        }
    }
    return i;
}

qint64 RequestFraming::feedBody(qint64 count)
{
    if (m_phase != Phase::Body)
        return 0;
    // A chunked body ends where Qt's parser finds its last chunk; until next(), all is body.
    const qint64 take = m_chunked ? count : qMin(count, m_contentLength - m_bodyBytes);
    m_bodyBytes += take;
    if (!m_chunked && m_bodyBytes >= m_contentLength)
        m_phase = Phase::Complete;
    return take;
}

void RequestFraming::endOfLine()
{
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    if (m_phase == Phase::RequestLine) {
        const QList<QByteArray> parts = m_line.simplified().split(' ');
        m_method = parts.value(0);
        m_target = parts.value(1);
        m_phase = Phase::Headers;
        m_line.clear();
        return;
    }
    if (m_line.isEmpty()) {
        // The head is complete; Qt reads a body when it is chunked or has a positive length.
        m_phase = m_chunked || m_contentLength > 0 ? Phase::Body : Phase::Complete;
        return;
    }
    if (++m_fields > maxHeaderFields) {
        m_violation = Violation::TooManyHeaderFields;
        return;
    }
    const qsizetype colon = m_line.indexOf(':');
    if (colon > 0) {
        const QByteArray name = m_line.left(colon).trimmed().toLower();
        const QByteArray value = m_line.mid(colon + 1).trimmed();
        if (name == "content-length" && !m_contentLengthSeen) {
            m_contentLengthSeen = true;
            bool ok = false;
            const qulonglong length = value.toULongLong(&ok);
            m_contentLength = ok && length <= qulonglong(std::numeric_limits<qint64>::max()) ? qint64(length) : -1;
        } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
            m_chunked = true;
        }
    }
    m_line.clear();
}

void RequestFraming::next()
{
    *this = RequestFraming();
}

} // namespace izdesk::server
