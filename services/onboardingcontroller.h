#pragma once

#include <onboardingrecords.h>

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace izdesk {

class SessionController;
struct ApiReply;

// The desk's side of electronic-reporting onboarding (contracts-onboarding.md): the board
// (active projects and the queue), one project with its history, submissions and letters,
// and every change the desk makes to a project or a queue entry. The server enforces the
// gates and the roles; a refused gate arrives with its reasons (gateRefused), an edit made
// on an old version with the current project (saveConflicted). GUI-thread object: every call
// returns at once, results arrive by signal; replies from before a sign-out are dropped.
class OnboardingController : public QObject
{
    Q_OBJECT

public:
    // Which request a failure belongs to, so the view that asked can show it.
    enum class Action {
        Board,
        Project,
        Organization,
        Save,
        Plan,
        Advance,
        Record,
        Schedule,
        MoveBack,
        Withdraw,
        Letter,
        Invite,
        WithdrawEntry,
        Submission
    };
    Q_ENUM(Action)

    explicit OnboardingController(SessionController *session, QObject *parent = nullptr);

    // The server's time, which due dates are judged against.
    QDateTime serverNow() const;

    // GET projects (active) and the queue; boardLoaded follows once both arrived.
    void loadBoard();
    // The project, then its events, submissions and letters.
    void loadProject(qint64 projectId);
    // The queue entries and projects of one organization (the organization view's link).
    void loadOrganization(qint64 organizationId);

    // PATCH with the ETag of the version last read; 412 gives saveConflicted.
    void saveProject(qint64 projectId, const QJsonObject &patch);
    void setPlan(qint64 projectId, const QDate &agreedOn);
    void advance(qint64 projectId, const QString &stage);
    // kind: clinical_workflow | training
    void record(qint64 projectId, const QString &kind, const QDate &on, const QString &note);
    void schedule(qint64 projectId, const QString &stage, const QDate &dueOn, const QString &reason);
    void moveBack(qint64 projectId, const QString &reason);
    void withdraw(qint64 projectId, const QString &reason);
    // kind: invitation | ongoing_submission
    void issueLetter(qint64 projectId, const QString &kind);
    void invite(qint64 queueEntryId);
    void withdrawEntry(qint64 queueEntryId, const QString &reason);
    // Reads the file off the GUI thread and POSTs it as a test submission (its name only in
    // IZ-Filename); submissionAdded, then the project and its details again.
    void addSubmission(qint64 projectId, const QString &path);
    // GET …/submissions/{id}: the submission with its report (submissionLoaded).
    void loadSubmission(qint64 submissionId);
    // GET …/submissions/{id}/content: the bytes as sent (submissionContentLoaded).
    void loadSubmissionContent(qint64 submissionId, const QString &fileName);

Q_SIGNALS:
    void boardLoaded(const QList<izdesk::OnboardingProject> &projects,
                     const QList<izdesk::OnboardingQueueEntry> &queue);
    void projectLoaded(const izdesk::OnboardingProject &project);
    // A change the server applied (the project as it is now); `what` says it in words.
    void projectChanged(const izdesk::OnboardingProject &project, const QString &what);
    void eventsLoaded(qint64 projectId, const QList<izdesk::OnboardingEvent> &events);
    void submissionsLoaded(qint64 projectId, const QList<izdesk::OnboardingSubmission> &submissions);
    void lettersLoaded(qint64 projectId, const QList<izdesk::OnboardingLetter> &letters);
    void letterIssued(qint64 projectId, const izdesk::OnboardingLetter &letter);
    void organizationLoaded(qint64 organizationId, const QList<izdesk::OnboardingQueueEntry> &queue,
                            const QList<izdesk::OnboardingProject> &projects);
    // 409 gate-not-met: the stage cannot be passed yet, and why.
    void gateRefused(qint64 projectId, const izdesk::OnboardingGate &gate);
    // 412: someone changed the project first; `current` is the project as it is now.
    void saveConflicted(const izdesk::OnboardingProject &current, const QString &message);
    void queueEntryChanged(const izdesk::OnboardingQueueEntry &entry, const QString &what);
    void invited(const izdesk::OnboardingProject &project);
    void submissionAdded(qint64 projectId, const izdesk::OnboardingSubmission &submission);
    void submissionLoaded(const izdesk::OnboardingSubmission &submission, const QJsonObject &report);
    void submissionContentLoaded(qint64 submissionId, const QString &fileName, const QByteArray &bytes);
    void requestFailed(izdesk::OnboardingController::Action action, const QString &message);
    void sessionEnded();

private:
    bool accepted(quint64 generation, const ApiReply &reply, Action action);
    // POST body to a project route whose answer is the Project; projectChanged(what) follows.
    void postProject(qint64 projectId, const QString &route, const QJsonObject &body, Action action,
                     const QString &what);
    void remember(const OnboardingProject &project, const ApiReply &reply);
    void loadDetails(qint64 projectId);
    void postSubmission(quint64 generation, qint64 projectId, const QString &fileName, const QByteArray &bytes);
    // A refused submission in words: 409 stage, 413 size, 503 data key; else the server's.
    static QString submissionRefusal(const ApiReply &reply);

    SessionController *m_session;
    QHash<qint64, QByteArray> m_etags; // project id → ETag of the version last read
    quint64 m_generation = 0;
    quint64 m_boardGeneration = 0;
};

} // namespace izdesk

Q_DECLARE_METATYPE(izdesk::OnboardingController::Action)
