#include "hl7/ackwriter.h"

namespace izdesk::server::hl7 {

namespace {

const Delimiters kAck; // |^~\&

constexpr int kUserMessageMax = 250; // ERR-8 length in the Z23 profile

char errSeverity(Severity s)
{
    switch (s) {
    case Severity::Error: return 'E';
    case Severity::Warning: return 'W';
    case Severity::Info: return 'I';
    }
    return 'E';
}

bool rejects(const Finding &f)
{
    return f.severity == Severity::Error && f.hl7ErrorCode >= 200 && f.hl7ErrorCode <= 203;
}

// One field of the incoming segment (first repetition) re-encoded with the ACK's delimiters.
QByteArray recode(const Segment *segment, int field)
{
    if (!segment || !segment->present(field))
        return {};
    QByteArray out;
    const int components = segment->componentCount(field);
    for (int c = 1; c <= components; ++c) {
        if (c > 1)
            out.append(kAck.component);
        const int subcomponents = int(segment->raw(field, 1, c).count(segment->delims().subcomponent)) + 1;
        for (int s = 1; s <= subcomponents; ++s) {
            if (s > 1)
                out.append(kAck.subcomponent);
            out.append(escape(segment->value(field, 1, c, subcomponents > 1 ? s : 0), kAck));
        }
    }
    return out;
}

QByteArray timestamp(const QDateTime &when)
{
    const QDateTime t = when.isValid() ? when : QDateTime::currentDateTime();
    const int offset = t.offsetFromUtc() / 60;
    const int magnitude = offset < 0 ? -offset : offset;
    return t.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1()
        + (offset < 0 ? '-' : '+')
        + QByteArray::number(magnitude / 60).rightJustified(2, '0')
        + QByteArray::number(magnitude % 60).rightJustified(2, '0');
}

bool sameLocation(const Location &a, const Location &b)
{
    return a.segmentIndex == b.segmentIndex && a.segmentId == b.segmentId && a.field == b.field
        && a.repetition == b.repetition && a.component == b.component && a.subcomponent == b.subcomponent;
}

QByteArray coded(const QByteArray &code, const QString &text, const char *system)
{
    return code + kAck.component + escape(text, kAck) + kAck.component + system;
}

} // namespace

QString ackCodeText(AckCode code)
{
    switch (code) {
    case AckCode::Accept: return QStringLiteral("AA");
    case AckCode::Error: return QStringLiteral("AE");
    case AckCode::Reject: return QStringLiteral("AR");
    }
    return QStringLiteral("AR");
}

AckCode ackCodeFor(const Message &message, const QList<Finding> &findings)
{
    if (!message.readable())
        return AckCode::Reject;
    bool error = false;
    for (const Finding &f : findings) {
        if (rejects(f))
            return AckCode::Reject;
        error = error || f.severity == Severity::Error;
    }
    for (const ReadProblem &p : message.problems)
        error = error || findingFromReadProblem(p).severity == Severity::Error;
    return error ? AckCode::Error : AckCode::Accept;
}

Finding findingFromReadProblem(const ReadProblem &problem)
{
    Finding f;
    f.severity = Severity::Error;
    f.location = problem.location;
    f.message = problem.message;
    switch (problem.kind) {
    case ReadProblem::Kind::NoMsh:
        f.check = QStringLiteral("read.no_msh");
        f.hl7ErrorCode = 100;
        f.action = QStringLiteral("Start every message with its MSH segment.");
        if (f.location.segmentId.isEmpty())
            f.location.segmentId = "MSH";
        break;
    case ReadProblem::Kind::BadEncodingCharacters:
        f.check = QStringLiteral("read.encoding");
        f.hl7ErrorCode = 102;
        f.action = QStringLiteral("Send MSH-1 and MSH-2 as the field separator and the four encoding characters, "
                                  "normally |^~\\&.");
        break;
    case ReadProblem::Kind::BadSegmentId:
        f.check = QStringLiteral("read.segment_id");
        f.hl7ErrorCode = 100;
        f.action = QStringLiteral("Check that every segment starts with its three-letter id and that values hold "
                                  "no line breaks.");
        break;
    case ReadProblem::Kind::BadEscape:
        f.check = QStringLiteral("read.escape");
        f.severity = Severity::Warning;
        f.hl7ErrorCode = 102;
        f.action = QStringLiteral("Write delimiters inside values as HL7 escape sequences (\\F\\ \\S\\ \\T\\ \\R\\ "
                                  "\\E\\).");
        break;
    case ReadProblem::Kind::TooLarge:
        f.check = QStringLiteral("read.too_large");
        f.hl7ErrorCode = 207;
        f.action = QStringLiteral("Send smaller messages, or split the file into several batches.");
        break;
    case ReadProblem::Kind::BinaryData:
        f.check = QStringLiteral("read.binary");
        f.hl7ErrorCode = 102;
        f.action = QStringLiteral("Send text only; remove control characters from the values.");
        break;
    case ReadProblem::Kind::BatchStructure:
        f.check = QStringLiteral("read.batch");
        f.hl7ErrorCode = 100;
        f.action = QStringLiteral("Check the FHS/BHS headers, the BTS/FTS trailers and the counts they carry.");
        break;
    case ReadProblem::Kind::Framing:
        f.check = QStringLiteral("read.framing");
        f.hl7ErrorCode = 207;
        f.action = QStringLiteral("Send each message in one MLLP frame: 0x0B, the message, 0x1C 0x0D.");
        break;
    }
    return f;
}

QList<Finding> readProblemFindings(const Message &message)
{
    QList<Finding> out;
    out.reserve(message.problems.size());
    for (const ReadProblem &p : message.problems)
        out.append(findingFromReadProblem(p));
    return out;
}

QString AckWriter::hl7ErrorText(int code)
{
    switch (code) {
    case 0: return QStringLiteral("Message accepted");
    case 100: return QStringLiteral("Segment sequence error");
    case 101: return QStringLiteral("Required field missing");
    case 102: return QStringLiteral("Data type error");
    case 103: return QStringLiteral("Table value not found");
    case 200: return QStringLiteral("Unsupported message type");
    case 201: return QStringLiteral("Unsupported event code");
    case 202: return QStringLiteral("Unsupported processing id");
    case 203: return QStringLiteral("Unsupported version id");
    case 204: return QStringLiteral("Unknown key identifier");
    case 205: return QStringLiteral("Duplicate key identifier");
    case 206: return QStringLiteral("Application record locked");
    case 207: return QStringLiteral("Application internal error");
    default: return {};
    }
}

QString AckWriter::applicationErrorText(const QString &code)
{
    static const char *const texts[] = {"Illogical Date error", "Invalid Date", "Illogical Value error",
                                        "Invalid value", "Table value not found", "Required observation missing",
                                        "Required data missing", "Data was ignored"};
    bool ok = false;
    const int n = code.toInt(&ok);
    if (!ok || n < 1 || n > 8)
        return {};
    return QString::fromLatin1(texts[n - 1]);
}

AckWriter::AckWriter(Options options) : m_options(std::move(options))
{
}

QByteArray AckWriter::errSegment(const Message &incoming, const Finding &finding)
{
    const char f = kAck.field;
    const char c = kAck.component;
    QByteArray err = "ERR";
    err += f; // ERR-1: not used in 2.5.1
    err += f;
    const Location &l = finding.location;
    if (!l.segmentId.isEmpty()) {
        int sequence = 1;
        if (l.segmentIndex >= 0 && l.segmentIndex < incoming.segments.size()
            && incoming.segments.at(l.segmentIndex).id == l.segmentId) {
            sequence = 0;
            for (int i = 0; i <= l.segmentIndex; ++i)
                sequence += incoming.segments.at(i).id == l.segmentId ? 1 : 0;
        }
        err += escape(QString::fromLatin1(l.segmentId), kAck) + c + QByteArray::number(sequence);
        if (l.field > 0) {
            err += c + QByteArray::number(l.field) + c + QByteArray::number(std::max(1, l.repetition));
            if (l.component > 0) {
                err += c + QByteArray::number(l.component);
                if (l.subcomponent > 0)
                    err += c + QByteArray::number(l.subcomponent);
            }
        }
    }
    err += f;
    err += coded(QByteArray::number(finding.hl7ErrorCode), hl7ErrorText(finding.hl7ErrorCode), "HL70357");
    err += f;
    err += errSeverity(finding.severity);
    err += f;
    if (!finding.applicationCode.isEmpty())
        err += coded(escape(finding.applicationCode, kAck), applicationErrorText(finding.applicationCode), "HL70533");
    err += f; // ERR-6
    err += f;
    err += escape(finding.check, kAck); // ERR-7
    err += f;
    QString user = finding.message.left(kUserMessageMax);
    if (!user.isEmpty() && user.back().isHighSurrogate())
        user.chop(1); // never half a character
    if (!finding.action.isEmpty() && user.size() + 1 + finding.action.size() <= kUserMessageMax)
        user += QLatin1Char(' ') + finding.action;
    err += escape(user, kAck); // ERR-8
    return err;
}

QByteArray AckWriter::write(const Message &incoming, const QList<Finding> &findings) const
{
    const Segment *msh = incoming.readable() ? incoming.first("MSH") : nullptr;
    const char f = kAck.field;
    const char c = kAck.component;

    QList<Finding> all = readProblemFindings(incoming);
    const qsizetype readCount = all.size();
    for (const Finding &finding : findings) {
        bool duplicate = false;
        for (qsizetype i = 0; i < readCount && !duplicate; ++i)
            // The checker reports the reader's problems too (msg.unreadable, msg.read.problem),
            // with the reader's text: one ERR for each.
            duplicate = sameLocation(all.at(i).location, finding.location)
                && (all.at(i).check == finding.check || all.at(i).message == finding.message);
        if (!duplicate)
            all.append(finding);
    }

    QByteArray out = "MSH";
    out += f;
    out += QByteArray() + kAck.component + kAck.repetition + kAck.escape + kAck.subcomponent;
    const auto field = [&out, f](const QByteArray &value) {
        out += f;
        out += value;
    };
    if (msh) {
        field(recode(msh, 5)); // MSH-3
        field(recode(msh, 6));
        field(recode(msh, 3));
        field(recode(msh, 4)); // MSH-6
    } else {
        field(escape(m_options.application, kAck));
        field(escape(m_options.facility, kAck));
        field({});
        field({});
    }
    field(timestamp(m_options.timestamp)); // MSH-7
    field({});
    field(QByteArray("ACK") + c + "V04" + c + "ACK"); // MSH-9
    field(escape(m_options.controlId, kAck));
    const QByteArray processing = msh ? escape(msh->value(11, 1, 1), kAck) : QByteArray();
    field(processing.isEmpty() ? QByteArray("P") : processing); // MSH-11
    field("2.5.1");
    field({});
    field({});
    field("NE"); // MSH-15
    field("NE");
    field({});
    field({});
    field({});
    field({});
    field(QByteArray("Z23") + c + "CDCPHINVS"); // MSH-21
    const QByteArray sendingOrg = recode(msh, 23);
    const QByteArray receivingOrg = recode(msh, 22);
    if (!sendingOrg.isEmpty() || !receivingOrg.isEmpty()) {
        field(sendingOrg);   // MSH-22
        field(receivingOrg); // MSH-23
    }
    out += '\r';

    out += "MSA";
    out += f;
    out += ackCodeText(ackCodeFor(incoming, all)).toLatin1();
    out += f;
    out += msh ? escape(msh->value(10), kAck) : QByteArray();
    out += '\r';

    for (const Finding &finding : all) {
        out += errSegment(incoming, finding);
        out += '\r';
    }
    return out;
}

} // namespace izdesk::server::hl7
