#include "onboarding/onboardinggate.h"

#include "accounts/agreementstore.h"
#include "onboarding/submissionstore.h"

#include <QJsonArray>

namespace izdesk::server {

namespace {

QString submissionName(const Submission &s)
{
    return s.filename.isEmpty() ? QStringLiteral("number %1").arg(s.id) : s.filename;
}

void technicalReview(const QList<Submission> &submissions, const QString &dataUse,
                     const std::optional<AgreementStore::Agreement> &agreement, QStringList *reasons)
{
    if (submissions.isEmpty()) {
        reasons->append(QStringLiteral("no test submission has been received yet"));
    } else if (!submissions.last().passed) {
        const Submission &last = submissions.last();
        reasons->append(
            last.reason.isEmpty()
                ? QStringLiteral("the latest submission (%1) did not pass the checks").arg(submissionName(last))
                : QStringLiteral("the latest submission (%1) did not pass: %2").arg(submissionName(last), last.reason));
    }
    if (dataUse == QLatin1String("none"))
        reasons->append(QStringLiteral("the organization has no data use agreement on file"));
    else if (dataUse == QLatin1String("expired"))
        reasons->append(QStringLiteral("the organization's data use agreement expired on %1")
                            .arg(agreement->expiresOn.toString(Qt::ISODate)));
    else if (dataUse == QLatin1String("ended"))
        reasons->append(QStringLiteral("the organization's data use agreement ended on %1")
                            .arg(agreement->endedOn.toString(Qt::ISODate)));
}

void monitoring(const Project &p, const QList<Submission> &submissions, const QDateTime &now, QStringList *reasons)
{
    int received = 0;
    int failed = 0;
    for (const Submission &s : submissions) {
        if (s.stage == QLatin1String("monitoring")) {
            ++received;
            failed += s.passed ? 0 : 1;
        }
    }
    if (received == 0)
        reasons->append(QStringLiteral("no submission has been received during monitoring"));
    else if (failed > 0)
        reasons->append(QStringLiteral("%1 of the %2 submissions received during monitoring did not pass")
                            .arg(failed)
                            .arg(received));
    const StageRow *stage = p.stage(QStringLiteral("monitoring"));
    if (stage && stage->dueAt.isValid() && now < stage->dueAt)
        reasons->append(
            QStringLiteral("monitoring runs until %1").arg(stage->dueAt.toUTC().date().toString(Qt::ISODate)));
}

} // namespace

QJsonObject ProjectFacts::gateJson() const
{
    return QJsonObject{{QStringLiteral("stage"), stage},
                       {QStringLiteral("met"), met},
                       {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)}};
}

namespace OnboardingGate {

std::optional<ProjectFacts> evaluate(QSqlDatabase db, Dialect dialect, const Project &p, const AccountsPolicy &accounts,
                                     const QDate &today, const QDateTime &now)
{
    ProjectFacts facts;
    facts.stage = p.currentStage;
    QList<Submission> submissions;
    std::optional<AgreementStore::Agreement> agreement;
    if (!SubmissionStore(db, dialect).list(p.id, &submissions)
        || !AgreementStore(db, dialect, accounts)
                .organizationDataUse(p.organization.id, today, &facts.dataUseAgreement, &agreement))
        return std::nullopt;
    facts.latestSubmission = submissions.isEmpty() ? QJsonValue() : QJsonValue(submissions.last().toJson());
    QStringList &reasons = facts.reasons;
    if (!p.isActive())
        reasons.append(
            QStringLiteral("the project is %1").arg(QString(p.status).replace(QLatin1Char('_'), QLatin1Char(' '))));
    else if (p.currentStage == QLatin1String("plan") && !p.planAgreedOn.isValid())
        reasons.append(QStringLiteral("the agreed plan date has not been set"));
    else if (p.currentStage == QLatin1String("test_transport") && submissions.isEmpty())
        reasons.append(QStringLiteral("no test submission has been received yet"));
    else if (p.currentStage == QLatin1String("technical_review"))
        technicalReview(submissions, facts.dataUseAgreement, agreement, &reasons);
    else if (p.currentStage == QLatin1String("production")) {
        if (!p.clinicalWorkflowOn.isValid())
            reasons.append(QStringLiteral("the clinical workflow has not been recorded"));
        if (!p.trainingOn.isValid())
            reasons.append(QStringLiteral("training has not been recorded"));
    } else if (p.currentStage == QLatin1String("monitoring"))
        monitoring(p, submissions, now, &reasons);
    facts.met = reasons.isEmpty();
    return facts;
}

} // namespace OnboardingGate

} // namespace izdesk::server
