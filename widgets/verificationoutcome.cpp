#include "verificationoutcome.h"

#include <QStringList>

namespace izdesk {

QString VerificationOutcome::methodText(const QString &method)
{
    if (method == QLatin1String("read"))
        return tr("read to the caller");
    if (method == QLatin1String("mail"))
        return tr("mail to the address on file");
    if (method == QLatin1String("fax"))
        return tr("fax to the facility on file");
    if (method == QLatin1String("print"))
        return tr("print for pick-up at the desk");
    return method;
}

QString VerificationOutcome::groupCaption(int group)
{
    if (group == 0)
        return tr("All of these must match");
    if (group == 1)
        return tr("At least one of these must match (each can be tried once)");
    return tr("At least one of these must match or be confirmed");
}

VerificationOutcome VerificationOutcome::describe(const WizardAttempt &a, const QHash<QString, QString> &factorLabels,
                                                  const QDateTime &nowUtc)
{
    if (a.id == 0)
        return {QStringLiteral("idle"), tr("Not verified — do not read or release anything to this caller yet."), false};
    if (a.outcome == QLatin1String("in_progress"))
        return {QStringLiteral("progress"), tr("● Verification in progress — do not read anything to the caller yet."), false};
    if (a.outcome == QLatin1String("referred"))
        return {QStringLiteral("referred"),
                tr("↗ Referred to a supervisor — release nothing; a supervisor will follow up."), false};
    if (a.outcome == QLatin1String("verified")) {
        const qint64 left = nowUtc.secsTo(a.expiresAt);
        if (a.expiresAt.isValid() && left <= 0)
            return {QStringLiteral("failed"), tr("✗ The verification expired — verify again before releasing anything."), true};
        QStringList methods;
        for (const QString &m : a.releaseMethods)
            methods << methodText(m);
        const QString expires = a.expiresAt.isValid() ? QLatin1Char(' ')
                                                            + tr("Expires in %1:%2.")
                                                                  .arg(left / 60, 2, 10, QLatin1Char('0'))
                                                                  .arg(left % 60, 2, 10, QLatin1Char('0'))
                                                      : QString();
        return {QStringLiteral("verified"),
                tr("✓ Verified — may %1.").arg(methods.isEmpty() ? tr("release nothing") : methods.join(tr(", "))) + expires,
                false};
    }
    QString reason;
    if (a.reason == QLatin1String("age_rule")) {
        reason = tr("this caller type does not fit the patient's age");
    } else if (a.reason.startsWith(QLatin1String("no_match:")) || a.reason.startsWith(QLatin1String("not_attested:"))) {
        const QString factor = a.reason.section(QLatin1Char(':'), 1);
        reason = tr("%1 did not match").arg(factorLabels.value(factor, factor));
    } else if (!a.reason.isEmpty()) {
        reason = tr("no remaining evidence can pass (%1)").arg(a.reason);
    }
    QString text = reason.isEmpty() ? tr("✗ Verification failed.") : tr("✗ Verification failed: %1.").arg(reason);
    if (a.failedToday > 0)
        text += QLatin1Char(' ') + tr("Failed attempts today: %1 of %2.").arg(a.failedToday).arg(a.maxFailedPerDay);
    if (a.failedToday >= a.maxFailedPerDay)
        text += QLatin1Char(' ') + tr("Phone release is now locked for this patient; a supervisor has been alerted.");
    return {QStringLiteral("failed"), text, false};
}

} // namespace izdesk
