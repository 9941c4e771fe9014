#pragma once

#include "hl7/finding.h"

#include <QList>
#include <QString>

namespace izdesk::server::hl7 {

// Every check the VXU checker can report: its stable id, the registry checklist item a–k it
// belongs to (empty for the general detections), its default severity and whether it runs by
// default, and the ACK codes (ERR-3 table 0357, ERR-5 table 0533) its findings carry.
struct CheckDefinition
{
    const char *id;
    const char *item;
    Severity severity;
    bool enabled;
    int hl7ErrorCode;
    const char *applicationCode;
    const char *summary; // one line, for documentation and the batch report
};

const QList<CheckDefinition> &checkCatalog();
const CheckDefinition *checkDefinition(const QString &id); // nullptr when unknown

} // namespace izdesk::server::hl7
