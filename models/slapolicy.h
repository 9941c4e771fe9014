#pragma once

#include "businesscalendar.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace izdesk {

// The SLA policy: business calendar, first-response and resolution targets per priority (in
// business minutes) and the warning lead time. Parsed from JSON (contracts-queue.md) with
// errors that name the key; the built-in default is resources/policies/sla-default.json.
// Immutable value once parsed; thread-safe to read.
class SlaPolicy
{
public:
    struct Target
    {
        qint64 firstResponseMinutes = 0;
        qint64 resolutionMinutes = 0;
    };

    // nullopt + *error ("targets.high.first_response_minutes: must be a positive integer").
    static std::optional<SlaPolicy> fromJson(const QJsonObject &json, QString *error);
    static std::optional<SlaPolicy> fromBytes(const QByteArray &json, QString *error);
    // The shipped default policy (valid by construction; checked by a unit test).
    static const SlaPolicy &builtIn();
    static QByteArray builtInJson();

    const BusinessCalendar &calendar() const { return m_calendar; }
    // The target of a priority; the "normal" one for an unknown priority.
    Target target(const QString &priority) const;
    qint64 warningBeforeBreachMinutes() const { return m_warningMinutes; }
    // The policy as JSON (GET /api/v1/sla-policy).
    QJsonObject toJson() const { return m_json; }

private:
    BusinessCalendar m_calendar;
    QHash<QString, Target> m_targets;
    qint64 m_warningMinutes = 0;
    QJsonObject m_json;
};

} // namespace izdesk
