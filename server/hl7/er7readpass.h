#pragma once

// The reader's single pass over one input (Er7Reader's implementation, not an interface):
// frames and lines in er7reader.cpp, messages and segments in er7segments.cpp.

#include "hl7/er7batch.h"
#include "hl7/er7reader.h"

#include <optional>

namespace izdesk::server::hl7::er7 {

using Kind = ReadProblem::Kind;
using Limits = Er7Reader::Limits;

constexpr int kMaxProblems = 50; // per message and for the envelope; the rest is summed up
constexpr char kFrameStart = 0x0B;
constexpr char kFrameEnd = 0x1C;

inline bool isIdChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// A delimiter may be any printable character that is not a letter, a digit or a space.
inline bool isDelimiterChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u < 0x7F && !isIdChar(c) && !(c >= 'a' && c <= 'z');
}

inline bool isControl(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\t') || u == 0x7F;
}

inline QString byteText(qint64 offset)
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

} // namespace izdesk::server::hl7::er7
