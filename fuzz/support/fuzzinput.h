#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace izdesk::fuzz {

// Reads one fuzz input from the front: single bytes (selectors and flags), newline-terminated
// lines (the text header of a request) and the rest (a body or a file). Reading past the end
// gives zero bytes and empty lines, so every input is usable. Does not own the data.
class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size)
        : m_data(reinterpret_cast<const char *>(data))
        , m_size(size)
    {
    }

    bool atEnd() const { return m_pos >= m_size; }
    size_t remaining() const { return m_size - m_pos; }

    uint8_t byte() { return atEnd() ? 0 : static_cast<uint8_t>(m_data[m_pos++]); }

    // Up to the next '\n' (consumed, not returned; a '\r' before it is dropped too), or the rest.
    QByteArray line()
    {
        size_t end = m_pos;
        while (end < m_size && m_data[end] != '\n')
            ++end;
        QByteArray out(m_data + m_pos, static_cast<qsizetype>(end - m_pos));
        m_pos = end < m_size ? end + 1 : end;
        if (out.endsWith('\r'))
            out.chop(1);
        return out;
    }

    QByteArray take(size_t count)
    {
        const size_t n = count < remaining() ? count : remaining();
        QByteArray out(m_data + m_pos, static_cast<qsizetype>(n));
        m_pos += n;
        return out;
    }

    QByteArray rest() { return take(remaining()); }

private:
    const char *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

// FNV-1a: a hash that is the same in every run (qHash is seeded per process), so an input
// picks the same choice when it is replayed.
inline quint32 stableHash(const QByteArray &bytes)
{
    quint32 h = 2166136261u;
    for (const char c : bytes) {
        h ^= static_cast<uchar>(c);
        h *= 16777619u;
    }
    return h;
}

} // namespace izdesk::fuzz
