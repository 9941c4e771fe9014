#include "jsonwriter.h"

#include "ticket.h"

namespace izdesk {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        m_out.append(',');
    m_first = false;
}

void JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_first = true;
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_first = false;
}

void JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_first = true;
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_first = false;
}

JsonWriter &JsonWriter::key(const char *latin1Key)
{
    separate();
    m_out.append('"').append(latin1Key).append("\":");
    m_afterKey = true;
    return *this;
}

namespace {

// JSON string content for UTF-8 text: quotes, backslashes and control characters escaped.
void appendEscaped(QByteArray &out, const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.reserve(out.size() + utf8.size() + 2);
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            if (u < 0x20) {
                out.append("\\u00").append(hex[u >> 4]).append(hex[u & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
}

} // namespace

void JsonWriter::value(const QString &text)
{
    separate();
    m_out.append('"');
    if (text.isValidUtf16()) {
        appendEscaped(m_out, text.toUtf8());
    } else {
        // A lone surrogate has no UTF-8 form (toUtf8() would turn it into U+FFFD): write it as
        // \uXXXX, as QJsonDocument does, so both give the same string back.
        static const char hex[] = "0123456789abcdef";
        const QStringView view(text);
        qsizetype from = 0;
        for (qsizetype i = 0; i < view.size(); ++i) {
            const char16_t c = view.at(i).unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < view.size() && QChar::isLowSurrogate(view.at(i + 1).unicode())) {
                ++i;
            } else if (QChar::isSurrogate(c)) {
                appendEscaped(m_out, view.sliced(from, i - from).toUtf8());
                m_out.append("\\u").append(hex[c >> 12]).append(hex[(c >> 8) & 0xf]);
                m_out.append(hex[(c >> 4) & 0xf]).append(hex[c & 0xf]);
                from = i + 1;
            }
        }
        appendEscaped(m_out, view.sliced(from).toUtf8());
    }
    m_out.append('"');
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
}

void JsonWriter::null()
{
    separate();
    m_out.append("null");
}

void JsonWriter::timestamp(const QDateTime &dt)
{
    if (!dt.isValid()) {
        null();
        return;
    }
    separate();
    m_out.append('"').append(isoUtcBytes(dt)).append('"');
}

void JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out.append(json);
}

} // namespace izdesk
