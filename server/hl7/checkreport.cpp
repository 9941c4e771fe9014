#include "hl7/checkreport.h"

#include "hl7/checkcatalog.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace izdesk::server::hl7 {

int CheckReport::MessageResult::errors() const
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [](const Finding &f) { return f.severity == Severity::Error; }));
}

int CheckReport::MessageResult::warnings() const
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [](const Finding &f) { return f.severity == Severity::Warning; }));
}

CheckReport::CheckReport(const CheckPolicy &policy)
    : m_policy(policy)
{
}

QString CheckReport::verdictFor(const QList<Finding> &findings)
{
    bool error = false;
    for (const Finding &f : findings) {
        if (f.severity != Severity::Error)
            continue;
        if (f.check == u"msg.unreadable"_s || f.check == u"msg.type.unsupported"_s
            || f.check == u"msg.version.unsupported"_s)
            return u"AR"_s;
        error = true;
    }
    return error ? u"AE"_s : u"AA"_s;
}

int CheckReport::qualityScore(const QList<Finding> &findings)
{
    int score = 100;
    for (const Finding &f : findings)
        score -= f.severity == Severity::Error ? 10 : f.severity == Severity::Warning ? 2 : 0;
    return std::max(0, score);
}

void CheckReport::add(const Message &message, const QList<Finding> &findings)
{
    MessageResult r;
    r.index = int(m_messages.size());
    r.controlId = message.controlId();
    if (const Segment *msh = message.first("MSH")) {
        r.submitter = msh->value(4, 1, 1).trimmed();
        if (r.submitter.isEmpty())
            r.submitter = msh->value(4).trimmed();
    }
    r.verdict = verdictFor(findings);
    r.findings = findings;
    m_messages << r;
}

int CheckReport::errorMessages() const
{
    return int(
        std::count_if(m_messages.begin(), m_messages.end(), [](const MessageResult &m) { return m.errors() > 0; }));
}

int CheckReport::warningMessages() const
{
    return int(
        std::count_if(m_messages.begin(), m_messages.end(), [](const MessageResult &m) { return m.warnings() > 0; }));
}

bool CheckReport::passed(QString *why) const
{
    const int errors = errorMessages();
    if (m_policy.maxErrorMessages >= 0 && errors > m_policy.maxErrorMessages) {
        if (why)
            *why = u"%1 message(s) with errors; the policy allows %2"_s.arg(errors).arg(m_policy.maxErrorMessages);
        return false;
    }
    const double percent = m_messages.isEmpty() ? 0 : 100.0 * warningMessages() / double(m_messages.size());
    if (m_policy.maxWarningPercent >= 0 && percent > m_policy.maxWarningPercent) {
        if (why)
            *why = u"%1% of the messages have warnings; the policy allows %2%"_s.arg(percent, 0, 'f', 1)
                       .arg(m_policy.maxWarningPercent);
        return false;
    }
    if (why)
        why->clear();
    return true;
}

QJsonObject CheckReport::findingJson(const Finding &f)
{
    QJsonObject o{{u"check"_s, f.check},
                  {u"severity"_s, severityName(f.severity)},
                  {u"location"_s, f.location.toString()},
                  {u"value"_s, f.value},
                  {u"message"_s, f.message},
                  {u"action"_s, f.action},
                  {u"hl7_error_code"_s, f.hl7ErrorCode},
                  {u"application_code"_s, f.applicationCode}};
    if (!f.item.isEmpty())
        o.insert(u"item"_s, f.item);
    return o;
}

QJsonObject CheckReport::toJson(int worstCount) const
{
    QJsonArray messages;
    QMap<QString, int> perCheck, perItem;
    struct Submitter
    {
        int messages = 0, scoreSum = 0, accepted = 0;
    };
    QMap<QString, Submitter> submitters;
    for (const MessageResult &m : m_messages) {
        QJsonArray findings;
        for (const Finding &f : m.findings) {
            findings.append(findingJson(f));
            ++perCheck[f.check];
            if (!f.item.isEmpty())
                ++perItem[f.item];
        }
        const int score = qualityScore(m.findings);
        messages.append(QJsonObject{{u"index"_s, m.index},
                                    {u"control_id"_s, m.controlId},
                                    {u"submitter"_s, m.submitter},
                                    {u"verdict"_s, m.verdict},
                                    {u"score"_s, score},
                                    {u"findings"_s, findings}});
        Submitter &s = submitters[m.submitter];
        ++s.messages;
        s.scoreSum += score;
        s.accepted += m.verdict == u"AA"_s ? 1 : 0;
    }
    QJsonObject checks, items;
    for (auto it = perCheck.begin(); it != perCheck.end(); ++it)
        checks.insert(it.key(), it.value());
    for (auto it = perItem.begin(); it != perItem.end(); ++it)
        items.insert(it.key(), it.value());
    QList<const MessageResult *> order;
    for (const MessageResult &m : m_messages)
        order << &m;
    std::stable_sort(order.begin(), order.end(), [](const MessageResult *a, const MessageResult *b) {
        return qualityScore(a->findings) < qualityScore(b->findings);
    });
    QJsonArray worst;
    for (const MessageResult *m : order) {
        if (worst.size() >= worstCount || m->findings.isEmpty())
            break;
        worst.append(QJsonObject{{u"index"_s, m->index},
                                 {u"control_id"_s, m->controlId},
                                 {u"score"_s, qualityScore(m->findings)},
                                 {u"errors"_s, m->errors()},
                                 {u"warnings"_s, m->warnings()}});
    }
    QJsonArray bySubmitter;
    for (auto it = submitters.begin(); it != submitters.end(); ++it)
        bySubmitter.append(QJsonObject{{u"submitter"_s, it.key()},
                                       {u"messages"_s, it->messages},
                                       {u"accepted"_s, it->accepted},
                                       {u"score"_s, it->messages ? it->scoreSum / it->messages : 100}});
    QString why;
    const bool pass = passed(&why);
    QJsonObject verdict{{u"passed"_s, pass},
                        {u"max_error_messages"_s, m_policy.maxErrorMessages},
                        {u"max_warning_percent"_s, m_policy.maxWarningPercent}};
    if (!pass)
        verdict.insert(u"reason"_s, why);
    return QJsonObject{{u"messages"_s, messages},
                       {u"summary"_s, QJsonObject{{u"messages"_s, int(m_messages.size())},
                                                  {u"error_messages"_s, errorMessages()},
                                                  {u"warning_messages"_s, warningMessages()},
                                                  {u"per_check"_s, checks},
                                                  {u"per_item"_s, items},
                                                  {u"worst"_s, worst},
                                                  {u"submitters"_s, bySubmitter},
                                                  {u"verdict"_s, verdict}}}};
}

} // namespace izdesk::server::hl7
