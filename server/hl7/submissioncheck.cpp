#include "hl7/submissioncheck.h"

#include "hl7/ackwriter.h"
#include "hl7/checkpolicy.h"
#include "hl7/codetables.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace izdesk::server::hl7 {

SubmissionCheck::SubmissionCheck(std::shared_ptr<const CodeTables> tables, std::shared_ptr<const CheckPolicy> policy,
                                 const QDateTime &receivedAt, bool writeAcks)
    : m_policy(policy)
    , m_checker(std::move(tables), policy)
    , m_report(*m_policy)
    , m_receivedAt(receivedAt)
    , m_writeAcks(writeAcks)
{
}

int SubmissionCheck::add(const QByteArray &input)
{
    const int inputIndex = m_inputs++;
    Envelope envelope = m_reader.read(input);
    QList<Message> messages = std::move(envelope.messages);
    if (messages.isEmpty()) {
        Message none;
        none.problems = std::move(envelope.problems);
        envelope.problems.clear();
        messages.append(std::move(none));
    }
    for (const ReadProblem &p : std::as_const(envelope.problems))
        m_inputProblems.append({inputIndex, p});
    const VxuChecker::Context context{m_receivedAt};
    for (const Message &m : std::as_const(messages)) {
        const QList<Finding> findings = m_checker.check(m, context);
        m_report.add(m, findings);
        MessageRange range;
        range.input = inputIndex;
        range.offset = m.offset;
        range.length = m.size;
        range.segments.reserve(m.segments.size());
        for (const Segment &s : m.segments)
            range.segments.append({s.id, s.offset, s.length});
        if (m_writeAcks) {
            AckWriter::Options options;
            options.controlId = u"ACK%1"_s.arg(m_messages.size() + 1, 6, 10, QLatin1Char('0'));
            options.timestamp = m_receivedAt;
            range.ack = AckWriter(options).write(m, findings);
        }
        m_messages.append(std::move(range));
    }
    return int(messages.size());
}

bool SubmissionCheck::passed(QString *why) const
{
    QString reason;
    bool pass = m_report.passed(&reason);
    if (pass && !m_inputProblems.isEmpty()) {
        pass = false;
        reason = u"%1 problem(s) in the batch or file structure"_s.arg(m_inputProblems.size());
    }
    if (why)
        *why = reason;
    return pass;
}

QJsonObject SubmissionCheck::reportJson(const QStringList &inputNames) const
{
    QJsonArray problems;
    for (const InputProblem &p : m_inputProblems)
        problems.append(QJsonObject{{u"file"_s, inputNames.value(p.input)},
                                    {u"offset"_s, p.problem.offset},
                                    {u"location"_s, p.problem.location.toString()},
                                    {u"message"_s, p.problem.message}});
    QJsonObject o = m_report.toJson();
    o.insert(u"input_problems"_s, problems);
    QString why;
    const bool pass = passed(&why);
    QJsonObject verdict{{u"passed"_s, pass}};
    if (!pass)
        verdict.insert(u"reason"_s, why);
    o.insert(u"verdict"_s, verdict);
    return o;
}

QJsonObject SubmissionCheck::answerJson(const QString &inputName) const
{
    QJsonObject report = reportJson({inputName});
    QJsonArray reportMessages = report.value(u"messages"_s).toArray();
    QJsonArray messages;
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        const MessageRange &range = m_messages.at(i);
        QJsonArray segments;
        for (const SegmentRange &s : range.segments)
            segments.append(
                QJsonObject{{u"id"_s, QString::fromLatin1(s.id)}, {u"offset"_s, s.offset}, {u"length"_s, s.length}});
        messages.append(QJsonObject{{u"index"_s, int(i)},
                                    {u"offset"_s, range.offset},
                                    {u"length"_s, range.length},
                                    {u"segments"_s, segments},
                                    {u"ack"_s, QString::fromUtf8(range.ack)}});
        const QList<Finding> &findings = m_report.messages().at(i).findings;
        QJsonObject reportMessage = reportMessages.at(i).toObject();
        QJsonArray findingArray = reportMessage.value(u"findings"_s).toArray();
        for (qsizetype f = 0; f < findings.size() && f < findingArray.size(); ++f) {
            const int segment = findings.at(f).location.segmentIndex;
            if (segment < 0 || segment >= range.segments.size())
                continue;
            QJsonObject finding = findingArray.at(f).toObject();
            finding.insert(u"segment"_s, segment);
            findingArray.replace(f, finding);
        }
        reportMessage.insert(u"findings"_s, findingArray);
        reportMessages.replace(i, reportMessage);
    }
    report.insert(u"messages"_s, reportMessages);
    return QJsonObject{{u"report"_s, report}, {u"messages"_s, messages}};
}

} // namespace izdesk::server::hl7
