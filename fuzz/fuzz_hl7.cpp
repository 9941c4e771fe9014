// Fuzz target: the HL7 v2 ER7 reader (Er7Reader: delimiters from MSH-1/MSH-2, segment ends,
// escapes, batch files, MLLP frames, limits), the VXU checker (VxuChecker with the built-in
// value sets and policy) and the ACK writer on what they found.
//
// Input: any bytes, read as a file or stream of messages; once with the default limits and once
// with tight ones so the TooLarge paths run on small inputs.
//
// Besides sanitizer reports, these properties must hold:
//  - a message is readable or has a fatal problem, and one with a fatal problem has no segments;
//  - every problem has a text and an offset inside the input;
//  - every segment lies inside the input, in order, and a segment with an id starts with it;
//  - the fields kept are never more bytes than the input (nothing is copied twice);
//  - readMessage() gives the first message read() gives;
//  - escape() and unescape() give back every value the reader decoded;
//  - the ACK of every message reads back as a readable ACK^V04 whose MSA-1 is AR exactly when
//    the message was not readable, with one ERR per read problem;
//  - every finding of the checker names its check, says what is wrong and, in a readable
//    message, points at one of its segments, and the ACK of the checked message still reads back.

#include "hl7/ackwriter.h"
#include "hl7/checkpolicy.h"
#include "hl7/codetables.h"
#include "hl7/er7reader.h"
#include "hl7/vxuchecker.h"

#include <QByteArray>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>

namespace {

using namespace izdesk::server::hl7;

[[noreturn]] void fail(const char *what)
{
    fprintf(stderr, "fuzz_hl7: %s\n", what);
    std::abort();
}

void checkProblems(const QList<ReadProblem> &problems, qint64 size)
{
    for (const ReadProblem &p : problems) {
        if (p.message.isEmpty())
            fail("a problem without a text");
        if (p.offset < 0 || p.offset > size)
            fail("a problem offset outside the input");
    }
}

void checkMessage(const Message &m, const QByteArray &input)
{
    checkProblems(m.problems, input.size());
    bool fatal = false;
    for (const ReadProblem &p : m.problems)
        fatal = fatal || p.fatal;
    if (fatal && !m.segments.isEmpty())
        fail("a message with a fatal problem kept segments");
    if (!fatal && !m.readable())
        fail("a message without a fatal problem is not readable");
    qint64 previous = -1;
    for (const Segment &s : m.segments) {
        if (s.offset <= previous || s.offset >= input.size())
            fail("segment offsets out of order or outside the input");
        previous = s.offset;
        if (!s.id.isEmpty() && input.mid(s.offset, 3) != s.id)
            fail("a segment id that is not where the segment starts");
        const Delimiters &d = s.delims();
        for (int f = 1; f <= s.fieldCount() && f <= 30; ++f) {
            const QString value = s.value(f, 1, 1);
            if (unescape(escape(value, d), d) != value)
                fail("escape() and unescape() do not give the value back");
        }
    }
}

void checkAck(const Message &m)
{
    const Er7Reader reader; // the ACK is read with the default limits, whatever read the input
    AckWriter::Options options;
    options.controlId = QStringLiteral("FUZZ-1");
    options.timestamp = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QByteArray ack = AckWriter(options).write(m, {});
    const Message a = reader.readMessage(ack);
    if (!a.readable() || a.messageType() != QLatin1String("ACK^V04^ACK"))
        fail("the ACK does not read back as ACK^V04^ACK");
    const Segment *msa = a.first("MSA");
    if (!msa)
        fail("the ACK has no MSA");
    const QString code = msa->value(1);
    if ((code == QLatin1String("AR")) != !m.readable())
        fail("MSA-1 is AR when the message was readable, or not AR when it was not");
    if (a.all("ERR").size() != m.problems.size())
        fail("the ACK does not have one ERR per read problem");
}

const VxuChecker &checker()
{
    static const VxuChecker instance = [] {
        auto tables = std::make_shared<CodeTables>();
        QString error;
        if (!tables->loadBuiltInValueSets(&error))
            fail("the built-in value sets do not load");
        return VxuChecker(tables, std::make_shared<const CheckPolicy>(CheckPolicy::builtIn()));
    }();
    return instance;
}

void checkFindings(const Message &m)
{
    const VxuChecker::Context context{QDateTime(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::utc())};
    const QList<Finding> findings = checker().check(m, context);
    for (const Finding &f : findings) {
        if (f.check.isEmpty() || f.message.isEmpty())
            fail("a finding without a check id or a text");
        // An unreadable message has no segments: its finding names where MSH should be.
        if (m.readable() && f.location.segmentIndex >= m.segments.size())
            fail("a finding points past the last segment");
    }
    AckWriter::Options options;
    options.controlId = QStringLiteral("FUZZ-2");
    options.timestamp = context.receivedAt;
    const Message a = Er7Reader().readMessage(AckWriter(options).write(m, findings));
    if (!a.readable() || !a.first("MSA"))
        fail("the ACK of a checked message does not read back");
}

void run(const QByteArray &input, const Er7Reader &reader)
{
    const Envelope e = reader.read(input);
    checkProblems(e.problems, input.size());
    qint64 kept = 0;
    for (const Message &m : e.messages) {
        checkMessage(m, input);
        for (const Segment &s : m.segments) {
            for (const QByteArray &f : s.fields)
                kept += f.size();
        }
    }
    if (kept > input.size())
        fail("the fields kept are more bytes than the input");
    const Message first = reader.readMessage(input);
    if (!e.messages.isEmpty() && first.segments.size() != e.messages.first().segments.size())
        fail("readMessage() and read() disagree on the first message");
    int acks = 0;
    for (const Message &m : e.messages) {
        if (++acks > 8)
            break;
        checkAck(m);
        checkFindings(m);
    }
    checkAck(first);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    run(input, Er7Reader());
    Er7Reader::Limits tight;
    tight.maxInputBytes = 1 << 16;
    tight.maxMessageBytes = 512;
    tight.maxFieldBytes = 64;
    tight.maxSegments = 8;
    tight.maxFieldsPerSegment = 16;
    tight.maxMessages = 4;
    run(input, Er7Reader(tight));
    return 0;
}
