// OnboardingController's test submissions: attaching a file to a project, reading one
// submission's report and its content (contracts-onboarding.md, "Submissions").
#include "onboardingcontroller.h"

#include "apiclient.h"
#include "fileio.h"
#include "hl7checkresult.h"
#include "sessioncontroller.h"

#include <QFileInfo>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace izdesk {

void OnboardingController::addSubmission(qint64 projectId, const QString &path)
{
    const quint64 generation = m_generation;
    const QString name = QFileInfo(path).fileName();
    whenReady(this, QtConcurrent::run(&FileIo::readFile, path, Hl7CheckResult::maxBodyBytes),
              [this, generation, projectId, name](const FileIo::Read &read) {
                  if (generation != m_generation)
                      return;
                  if (!read.error.isEmpty()) {
                      Q_EMIT requestFailed(Action::Submission, read.error);
                      return;
                  }
                  postSubmission(generation, projectId, name, read.bytes);
              });
}

void OnboardingController::postSubmission(quint64 generation, qint64 projectId, const QString &fileName,
                                          const QByteArray &bytes)
{
    m_session->api()->addOnboardingSubmission(
        projectId, fileName, bytes, [this, generation, projectId](const ApiReply &reply) {
            if (generation != m_generation)
                return;
            if (!reply.ok()) {
                Q_EMIT requestFailed(Action::Submission, submissionRefusal(reply));
                return;
            }
            const OnboardingSubmission submission = OnboardingSubmission::fromJson(reply.object());
            Q_EMIT submissionAdded(projectId, submission);
            const QString what = submission.passed
                                     ? tr("%1 is stored and passed the check (%2 message(s)).")
                                           .arg(submission.filename)
                                           .arg(submission.messages)
                                     : tr("%1 is stored but did not pass the check: %2 of %3 message(s) with errors.")
                                           .arg(submission.filename)
                                           .arg(submission.errorMessages)
                                           .arg(submission.messages);
            // The gate and the trend follow from the new submission.
            m_session->api()->send("GET", QStringLiteral("/onboarding/projects/%1").arg(projectId), {}, nullptr, {},
                                   [this, generation, projectId, what](const ApiReply &project) {
                                       if (!accepted(generation, project, Action::Project))
                                           return;
                                       const OnboardingProject current = OnboardingProject::fromJson(project.object());
                                       remember(current, project);
                                       Q_EMIT projectChanged(current, what);
                                       loadDetails(projectId);
                                   });
        });
}

QString OnboardingController::submissionRefusal(const ApiReply &reply)
{
    const QString detail = reply.errorMessage();
    QString words;
    switch (reply.status()) {
    case 409:
        words = tr("The project does not take test submissions now: only an active project in Test transport, "
                   "Technical review or Monitoring does.");
        break;
    case 413:
        words = tr("The file is too large: at most %1 is accepted.")
                    .arg(QLocale().formattedDataSize(Hl7CheckResult::maxBodyBytes));
        break;
    case 503:
        if (reply.problemType() == QLatin1String("data-key-missing"))
            words = tr("The server has no data key, so it cannot store test files; ask the administrator.");
        break;
    default: break;
    }
    if (words.isEmpty())
        return tr("The test submission was not stored: %1").arg(detail);
    return detail.isEmpty() || detail == words ? words : words + QLatin1Char(' ') + detail;
}

void OnboardingController::loadSubmission(qint64 submissionId)
{
    const quint64 generation = m_generation;
    m_session->api()->send("GET", QStringLiteral("/onboarding/submissions/%1").arg(submissionId), {}, nullptr, {},
                           [this, generation](const ApiReply &reply) {
                               if (!accepted(generation, reply, Action::Submission))
                                   return;
                               const QJsonObject json = reply.object();
                               Q_EMIT submissionLoaded(OnboardingSubmission::fromJson(json),
                                                       json.value(QStringLiteral("report")).toObject());
                           });
}

void OnboardingController::loadSubmissionContent(qint64 submissionId, const QString &fileName)
{
    const quint64 generation = m_generation;
    m_session->api()->send("GET", QStringLiteral("/onboarding/submissions/%1/content").arg(submissionId), {}, nullptr,
                           {}, [this, generation, submissionId, fileName](const ApiReply &reply) {
                               if (!accepted(generation, reply, Action::Submission))
                                   return;
                               Q_EMIT submissionContentLoaded(submissionId, fileName, reply.http.rawBody);
                           });
}

} // namespace izdesk
