#pragma once

#include "hl7/finding.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace izdesk::server::hl7 {

// Which VXU checks run and how bad their findings are, the thresholds a batch must stay under,
// and the placeholder names and lot numbers the filler-data checks refuse. Read from a JSON
// file (PolicyJson, errors name the key); the built-in default is
// resources/policies/hl7-checks-default.json. Read-only once made: any thread.
//
//   {"checks": {"rxa.lot.missing": {"enabled": true, "severity": "error"}},
//    "batch": {"max_error_messages": 0, "max_warning_percent": 25},
//    "junk_names": ["TEST PATIENT"], "junk_lot_numbers": ["NOLOT"]}
class CheckPolicy
{
public:
    CheckPolicy(); // every check at its catalog default, the built-in junk lists, no thresholds

    static std::optional<CheckPolicy> fromJson(const QByteArray &json, QString *error);
    static std::optional<CheckPolicy> fromFile(const QString &path, QString *error);
    static CheckPolicy builtIn(); // the shipped default file; aborts if it is broken

    bool enabled(const QString &check) const;
    Severity severity(const QString &check) const;

    // Batch verdict: fail when more than maxErrorMessages messages have an error, or more
    // than maxWarningPercent % of the messages have a warning (-1 = no limit).
    int maxErrorMessages = -1;
    double maxWarningPercent = -1;

    bool isJunkName(const QString &name) const; // case and spacing ignored
    bool isJunkLot(const QString &lot) const;

private:
    struct Rule
    {
        bool enabled = true;
        Severity severity = Severity::Error;
    };
    QHash<QString, Rule> m_rules;
    QSet<QString> m_junkNames;
    QSet<QString> m_junkLots;
};

} // namespace izdesk::server::hl7
