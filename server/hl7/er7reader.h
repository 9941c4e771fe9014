#pragma once

#include "hl7/hl7message.h"

namespace izdesk::server::hl7 {

// Reads HL7 v2 ER7 text: segment ends CR, LF or CRLF; encoding characters from MSH-1/MSH-2 of
// each message; batch files (FHS/BHS/BTS/FTS) and MLLP-framed streams (0x0B … 0x1C 0x0D).
// Never throws and never crashes on any input; what it cannot read becomes a ReadProblem.
class Er7Reader
{
public:
    struct Limits
    {
        qint64 maxInputBytes = 64 * 1024 * 1024;
        qint64 maxMessageBytes = 1024 * 1024;
        qint64 maxFieldBytes = 64 * 1024;
        int maxSegments = 5000;          // per message
        int maxFieldsPerSegment = 1000;
        int maxMessages = 100000;        // per input; the rest is not read (TooLarge)
    };

    Er7Reader() = default;
    explicit Er7Reader(Limits limits);

    Envelope read(const QByteArray &input) const;
    Message readMessage(const QByteArray &input) const; // one message (first if several)

private:
    Limits m_limits;
};

} // namespace izdesk::server::hl7
