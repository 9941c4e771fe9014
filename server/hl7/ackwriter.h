#pragma once

#include "hl7/finding.h"
#include "hl7/hl7message.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace izdesk::server::hl7 {

// MSA-1 (HL7 table 0008).
enum class AckCode { Accept, Error, Reject };

QString ackCodeText(AckCode code); // "AA", "AE", "AR"

// The MSA-1 rule: AR when the message could not be read (no MSH, bad encoding characters,
// over the limits) or a finding of severity Error says its type, event, processing id or
// version is not supported (HL7 error codes 200–203); otherwise AE when any finding is an
// Error; otherwise AA (warnings and notes still get their ERR segments).
AckCode ackCodeFor(const Message &message, const QList<Finding> &findings);

// A reader's problem as a finding: check "read.no_msh", "read.encoding", "read.segment_id",
// "read.escape", "read.too_large", "read.binary", "read.batch" or "read.framing"; never a value.
Finding findingFromReadProblem(const ReadProblem &problem);
QList<Finding> readProblemFindings(const Message &message);

// Writes the acknowledgement of one incoming message: an ACK^V04 in the Z23 profile of the CDC
// HL7 2.5.1 Implementation Guide for Immunization Messaging (release 1.5). Standard delimiters
// |^~\& and CR segment ends; no MLLP frame (the transport adds it).
//
//   MSH  sender and receiver swapped from the incoming MSH-3..6 (and MSH-22/23), MSH-7 now,
//        MSH-9 ACK^V04^ACK, MSH-10 the caller's control id, MSH-11 the incoming processing id
//        (P when absent), MSH-12 2.5.1, MSH-15/16 NE, MSH-21 Z23^CDCPHINVS
//   MSA  MSA-1 by ackCodeFor(), MSA-2 the incoming MSH-10
//   ERR  one per finding: the message's own read problems first, then `findings` (a finding
//        with the same check and location as a read problem is written once)
class AckWriter
{
public:
    struct Options
    {
        QString controlId;   // MSH-10 of the ACK
        QDateTime timestamp; // MSH-7; the current time when not valid
        // MSH-3/4 when the incoming message has no readable MSH to swap from.
        QString application = QStringLiteral("IZDESK");
        QString facility;
    };

    explicit AckWriter(Options options);

    QByteArray write(const Message &incoming, const QList<Finding> &findings) const;

    // One ERR segment (without the segment terminator) for `finding` in `incoming`: ERR-2
    // segment id ^ occurrence of that segment id ^ field ^ repetition ^ component ^
    // subcomponent; ERR-3 code^text^HL70357; ERR-4 E/W/I; ERR-5 code^text^HL70533 when set;
    // ERR-7 the check id; ERR-8 the message (and the action when both fit in 250 characters).
    static QByteArray errSegment(const Message &incoming, const Finding &finding);

    static QString hl7ErrorText(int code);         // table 0357, empty when not in it
    static QString applicationErrorText(const QString &code); // table 0533, empty when not in it

private:
    Options m_options;
};

} // namespace izdesk::server::hl7
