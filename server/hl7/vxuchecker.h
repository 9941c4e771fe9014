#pragma once

#include "hl7/finding.h"
#include "hl7/hl7message.h"

#include <QDateTime>
#include <QList>

#include <memory>

namespace izdesk::server::hl7 {

class CodeTables;   // hl7/codetables.h: CVX, MVX, CPT, NDC and the HL7/CDC value sets
class CheckPolicy;  // hl7/checkpolicy.h: which checks run, their severities, thresholds

// Checks one VXU^V04 (Z22) or QBP^Q11 (Z44, structure only) message: segment grammar and
// order, usage and cardinality of the constrained fields, data types, code-set membership,
// and the registry checklist items a–k, each a named check the policy can switch off,
// re-grade or extend. Pure: no I/O, any thread; the tables and policy are read-only.
class VxuChecker
{
public:
    struct Context
    {
        QDateTime receivedAt;   // when the desk received the message (future-date checks)
    };

    VxuChecker(std::shared_ptr<const CodeTables> tables, std::shared_ptr<const CheckPolicy> policy);

    QList<Finding> check(const Message &message, const Context &context) const;

private:
    std::shared_ptr<const CodeTables> m_tables;
    std::shared_ptr<const CheckPolicy> m_policy;
};

} // namespace izdesk::server::hl7
