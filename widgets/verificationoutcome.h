#pragma once

#include "verificationwizard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace izdesk {

// The words for a verification attempt's outcome, as the wizard's banner shows them: a
// symbol and a sentence (never colour alone), the release methods in plain words, the time
// left, and why an attempt failed (reason codes, never on-file values). Pure; any thread.
class VerificationOutcome
{
    Q_DECLARE_TR_FUNCTIONS(VerificationOutcome)

public:
    QString kind; // idle | progress | verified | failed | referred
    QString text;
    bool expired = false;

    // factorLabels: factor id -> label, to name the factor that did not match.
    static VerificationOutcome describe(const WizardAttempt &attempt, const QHash<QString, QString> &factorLabels,
                                        const QDateTime &nowUtc);
    static QString methodText(const QString &method);
    // The caption above a rule's factors: 0 all of, 1 one of, 2… one of each group.
    static QString groupCaption(int group);
};

} // namespace izdesk
