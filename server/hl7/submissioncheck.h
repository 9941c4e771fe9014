#pragma once

#include "hl7/checkreport.h"
#include "hl7/er7reader.h"
#include "hl7/vxuchecker.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>

namespace izdesk::server::hl7 {

class CheckPolicy;
class CodeTables;

// Checks one or more ER7 inputs (single messages, batch files, MLLP streams) as one batch:
// reads each, checks every message under the policy with the code tables, and keeps the batch
// report, each message's ACK^V04 and where each message and segment sits in its input. One
// input without any readable message counts as one message carrying the reader's problems, so
// it is reported and acknowledged (AR) like any other. `izdesk-server hl7 check` and
// POST /api/v1/hl7/check both run it. No I/O; the tables and policy are read-only, so any
// number of checks may run at once on different threads.
class SubmissionCheck
{
public:
    struct SegmentRange
    {
        QByteArray id;     // as read; empty when the segment has no valid id
        qint64 offset = 0; // bytes of its input
        qint64 length = 0; // without the segment terminator
    };
    struct MessageRange
    {
        int input = 0; // 0-based, in the order the inputs were added
        qint64 offset = 0;
        qint64 length = 0;
        QList<SegmentRange> segments;
        QByteArray ack; // CR segment ends; empty unless ACKs are written
    };
    struct InputProblem
    {
        int input = 0;
        ReadProblem problem; // a problem of the input's batch structure or framing
    };

    // `receivedAt` is when the desk received the input (future-date checks, ACK MSH-7).
    SubmissionCheck(std::shared_ptr<const CodeTables> tables, std::shared_ptr<const CheckPolicy> policy,
                    const QDateTime &receivedAt, bool writeAcks);
    SubmissionCheck(const SubmissionCheck &) = delete;
    SubmissionCheck &operator=(const SubmissionCheck &) = delete;

    // Reads and checks one input; the number of messages it added to the batch.
    int add(const QByteArray &input);

    const CheckReport &report() const { return m_report; }
    const QList<MessageRange> &messages() const { return m_messages; }
    const QList<InputProblem> &inputProblems() const { return m_inputProblems; }
    // The policy's thresholds met and no problem in any input's batch or file structure.
    bool passed(QString *why = nullptr) const;

    // The batch report as `hl7 check --json` prints it: CheckReport::toJson() with
    // "input_problems" (each naming its input by inputNames[input]) and the top-level
    // "verdict" {"passed", "reason"} that counts those problems too.
    QJsonObject reportJson(const QStringList &inputNames) const;
    // The answer of POST /api/v1/hl7/check for a batch of one input: {"report": reportJson()
    // with "segment" on every finding that names one of its message's segments, "messages":
    // [{"index", "offset", "length", "segments": [{"id", "offset", "length"}], "ack"}]}.
    QJsonObject answerJson(const QString &inputName) const;

private:
    std::shared_ptr<const CheckPolicy> m_policy;
    VxuChecker m_checker;
    Er7Reader m_reader;
    CheckReport m_report;
    QDateTime m_receivedAt;
    bool m_writeAcks = false;
    int m_inputs = 0;
    QList<MessageRange> m_messages;
    QList<InputProblem> m_inputProblems;
};

} // namespace izdesk::server::hl7
