#pragma once

#include "hl7/hl7message.h"

#include <QString>

namespace izdesk::server::hl7 {

enum class Severity { Error, Warning, Info };

// One result of checking a message: which check, where, what was there (masked when it is
// PHI), how bad, and what the sender should do. `item` is the registry checklist letter a–k
// the check belongs to, or empty for the general detections (missing, invalid format,
// unrecognized code, deprecated code, inconsistent pair, date order, structure).
struct Finding
{
    QString check;        // stable id, e.g. "rxa.cvx.missing", "pid.ssn.present"
    QString item;         // "a".."k" or empty
    Severity severity = Severity::Error;
    Location location;
    QString value;        // as sent, or masked ("***-**-1234", "J*** S****") when PHI
    QString message;      // what is wrong, readable over the phone
    QString action;       // what to do about it
    // ACK ERR-3 (HL7 table 0357) and ERR-5 (application error code, table 0533).
    int hl7ErrorCode = 207;       // 100 segment sequence, 101 required field missing, 102 data type, 103 table value not found, 200 unsupported message type, 203 unsupported version, 207 application internal error
    QString applicationCode;      // CDC table 0533: 1 illogical date, 2 invalid date, 3 illogical value, 4 invalid value, 5 table value not found, 6 required observation missing (docs/hl7/checks.md); empty for structural findings
};

QString severityName(Severity s);      // "error", "warning", "info"
char severityErrCode(Severity s);      // ERR-4: 'E', 'W', 'I'

} // namespace izdesk::server::hl7
