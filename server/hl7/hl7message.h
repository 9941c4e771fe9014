#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace izdesk::server::hl7 {

// Where a value sits in a message, for findings and ERR-2: segment by its 0-based index in the
// message and its id, then the HL7 field number (MSH-1 is the field separator itself), the
// 1-based repetition, component and subcomponent (0 = the whole field / component).
struct Location
{
    int segmentIndex = -1;
    QByteArray segmentId;
    int field = 0;
    int repetition = 1;
    int component = 0;
    int subcomponent = 0;

    // "RXA-5.1", "PID-3[2].1" (repetition shown only when > 1), "PID" for a whole segment.
    QString toString() const;
};

// The encoding characters a message declares in MSH-1 and MSH-2.
struct Delimiters
{
    char field = '|';
    char component = '^';
    char repetition = '~';
    char escape = '\\';
    char subcomponent = '&';
    char truncation = 0; // MSH-2 fifth character (v2.7+), 0 when absent
};

// One segment, split on its delimiters; values are kept raw (still escaped) and decoded on
// access. Fields are numbered as HL7 numbers them: for MSH, field(1) is the field separator and
// field(2) the encoding characters.
class Segment
{
public:
    Segment() = default;
    // Copies keep `delimiters` valid: a segment whose pointer named its own `encoding` (as the
    // reader leaves every segment) names the copy's own after copying or moving.
    Segment(const Segment &other);
    Segment(Segment &&other) noexcept;
    Segment &operator=(const Segment &other);
    Segment &operator=(Segment &&other) noexcept;
    ~Segment() = default;

    QByteArray id;
    int index = -1;              // 0-based position in the message
    qint64 offset = 0;           // byte offset of the segment in the input
    qint64 length = 0;           // its bytes in the input, without the segment terminator
    QList<QByteArray> fields;    // fields[0] is the id; raw text of each field as received

    int fieldCount() const;      // highest field number present
    int repetitionCount(int field) const; // 0 when the field is empty or absent

    // Decoded (unescaped) text; empty when absent. Numbers are 1-based, 0 = whole element.
    QString value(int field, int repetition = 1, int component = 0, int subcomponent = 0) const;
    QByteArray raw(int field, int repetition = 1, int component = 0, int subcomponent = 0) const;
    bool present(int field, int repetition = 1, int component = 0, int subcomponent = 0) const;
    int componentCount(int field, int repetition = 1) const;

    Location at(int field, int repetition = 1, int component = 0, int subcomponent = 0) const;

    // The delimiters the values are split and decoded with: *delimiters when set, else
    // `encoding`. The reader copies the message's (or the batch header's) into `encoding` and
    // points `delimiters` at it, so a Segment stays usable after its Message is copied or gone.
    const Delimiters *delimiters = nullptr;
    Delimiters encoding;
    const Delimiters &delims() const { return delimiters ? *delimiters : encoding; }
};

// A problem the reader met: what and where. The reader never throws; a message with a fatal
// problem (no MSH, bad encoding characters) has no segments.
struct ReadProblem
{
    enum class Kind {
        NoMsh,               // the message does not start with MSH
        BadEncodingCharacters, // MSH-1/MSH-2 missing, repeated or not printable
        BadSegmentId,        // not three upper-case letters or digits
        BadEscape,           // an escape sequence that is not closed or not known
        TooLarge,            // a field or message over the reader's limits
        BinaryData,          // control characters other than CR/LF/TAB in a segment
        BatchStructure,      // FHS/BHS/BTS/FTS out of order or counts that disagree
        Framing,             // MLLP frame not closed or junk between frames
    };
    Kind kind = Kind::NoMsh;
    Location location;
    qint64 offset = 0;       // byte offset in the input
    QString message;         // readable, names what and where; never echoes PHI
    bool fatal = false;
};

class Message
{
public:
    Delimiters delimiters;
    QList<Segment> segments;
    QList<ReadProblem> problems;
    qint64 offset = 0;       // byte offset of MSH in the input
    qint64 size = 0;         // bytes

    bool readable() const;   // has MSH and no fatal problem
    const Segment *first(const QByteArray &id) const; // nullptr if absent
    QList<const Segment *> all(const QByteArray &id) const;

    QString controlId() const;   // MSH-10
    QString messageType() const; // "VXU^V04^VXU_V04" as sent (MSH-9 decoded, components joined by ^)
    QString version() const;     // MSH-12
};

// A batch file (FHS/BHS … BTS/FTS) or a plain stream of messages, MLLP framed or not.
struct Envelope
{
    std::optional<Segment> fhs, bhs, bts, fts;
    QList<Message> messages;
    QList<ReadProblem> problems; // envelope-level problems (batch counts, framing)
};

// Decodes HL7 escape sequences (\F\ \S\ \T\ \R\ \E\ \Xhh…\; \H\ \N\ formatting dropped) in one
// value. On a bad sequence returns the text with the sequence kept literally and sets *ok false.
QString unescape(const QByteArray &raw, const Delimiters &d, bool *ok = nullptr);
// The reverse, for writing ACKs.
QByteArray escape(const QString &text, const Delimiters &d);
// Byte offset in `raw` of the first escape sequence unescape() would refuse, or -1.
qsizetype findBadEscape(QByteArrayView raw, const Delimiters &d);

} // namespace izdesk::server::hl7
