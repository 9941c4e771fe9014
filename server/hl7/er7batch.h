#pragma once

#include "hl7/hl7message.h"

#include <functional>

namespace izdesk::server::hl7 {

// The batch envelope of one ER7 input as Er7Reader meets it: FHS, BHS, BTS and FTS in order,
// and the counts BTS-1 (messages in the batch) and FTS-1 (batches in the file) against what
// was read. Keeps the first of each segment in the Envelope; problems go to `report`.
class BatchEnvelope
{
public:
    using Report = std::function<void(qint64 offset, const QString &text, const Location &where)>;

    BatchEnvelope(Envelope &envelope, Report report);

    void add(const Segment &segment); // an FHS, BHS, BTS or FTS, its offset set
    void messageRead();               // a message that starts with MSH has ended
    void otherSegment(qint64 offset); // any other segment (noted once when it follows FTS)
    void finish();                    // the end of the input

private:
    Envelope &m_envelope;
    Report m_report;
    bool m_fileOpen = false, m_fileClosed = false, m_batchOpen = false, m_afterFtsNoted = false;
    qint64 m_fileOffset = 0, m_batchOffset = 0;
    int m_batchMessages = 0, m_fileBatches = 0, m_messagesRead = 0;
};

} // namespace izdesk::server::hl7
