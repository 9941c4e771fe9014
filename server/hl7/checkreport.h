#pragma once

#include "hl7/checkpolicy.h"
#include "hl7/finding.h"
#include "hl7/hl7message.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace izdesk::server::hl7 {

// The result of checking a batch: one entry per message (control id, sending facility, the
// MSA-1 verdict and its findings) and the totals: findings per check and per checklist item
// a–k, the worst messages, a quality score per submitter (MSH-4) and the verdict against the
// policy's thresholds. Findings carry masked values only, so the JSON holds no PHI.
class CheckReport
{
public:
    struct MessageResult
    {
        int index = 0;     // 0-based position in the batch
        QString controlId; // MSH-10
        QString submitter; // MSH-4.1 (or the whole MSH-4)
        QString verdict;   // MSA-1: AA, AE or AR
        QList<Finding> findings;
        int errors() const;
        int warnings() const;
    };

    explicit CheckReport(const CheckPolicy &policy);

    void add(const Message &message, const QList<Finding> &findings);

    // AA when no error, AE when errors, AR when the message could not be read or is of a type
    // or version the registry does not take.
    static QString verdictFor(const QList<Finding> &findings);
    // 100 minus 10 per error and 2 per warning, at least 0.
    static int qualityScore(const QList<Finding> &findings);

    const QList<MessageResult> &messages() const { return m_messages; }
    int errorMessages() const;
    int warningMessages() const;
    bool passed(QString *why = nullptr) const;

    QJsonObject toJson(int worstCount = 10) const;
    static QJsonObject findingJson(const Finding &f);

private:
    const CheckPolicy &m_policy;
    QList<MessageResult> m_messages;
};

} // namespace izdesk::server::hl7
