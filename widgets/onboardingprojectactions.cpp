// OnboardingProjectView's actions: the buttons, what each asks before it is sent, and which
// are offered for the project's status and the caller's permissions.
#include "onboardingactiondialog.h"
#include "onboardingcontactseditor.h"
#include "onboardingprojectview.h"
#include "onboardingtrendview.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QTreeWidget>

namespace izdesk {

QPushButton *OnboardingProjectView::actionButton(const QString &text, const char *name, const QString &accessible)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(QLatin1String(name));
    button->setAccessibleName(accessible);
    button->setToolTip(accessible);
    return button;
}

void OnboardingProjectView::createActionButtons()
{
    m_refresh = actionButton(tr("Re&fresh"), "onboardingProjectRefresh", tr("Reload the project (F5)"));
    m_plan = actionButton(tr("Set agreed &plan…"), "onboardingSetPlan", tr("Set the agreed plan date"));
    m_pass = actionButton(tr("Pa&ss stage"), "onboardingPassStage", tr("Pass the current stage"));
    m_workflow = actionButton(tr("Record clinical &workflow…"), "onboardingRecordWorkflow",
                              tr("Record the clinical workflow review"));
    m_training = actionButton(tr("Record &training…"), "onboardingRecordTraining", tr("Record the training"));
    m_schedule = actionButton(tr("Change &due date…"), "onboardingSchedule", tr("Change a stage's due date"));
    m_moveBack
        = actionButton(tr("Move &back in queue…"), "onboardingMoveBack", tr("Move the project back in the queue"));
    m_withdraw = actionButton(tr("Withdr&aw…"), "onboardingWithdraw", tr("Withdraw the project"));
    m_invitation
        = actionButton(tr("Issue &invitation letter"), "onboardingIssueInvitation", tr("Issue an invitation letter"));
    m_ongoing = actionButton(tr("Issue o&ngoing-submission letter"), "onboardingIssueOngoing",
                             tr("Issue the ongoing-submission letter"));
    m_saveLetter
        = actionButton(tr("Save &letter as PDF…"), "onboardingSaveLetter", tr("Save the selected letter as PDF"));
    m_addSubmission = actionButton(tr("Add test submissi&on…"), "onboardingAddSubmission",
                                   tr("Add a test submission from an HL7 file (Ctrl+Shift+A)"));

    auto *box = new QGroupBox(tr("Actions"), this);
    auto *grid = new QGridLayout(box);
    grid->addWidget(m_pass, 0, 0);
    grid->addWidget(m_plan, 0, 1);
    grid->addWidget(m_workflow, 1, 0);
    grid->addWidget(m_training, 1, 1);
    grid->addWidget(m_schedule, 2, 0);
    grid->addWidget(m_moveBack, 2, 1);
    grid->addWidget(m_withdraw, 3, 0);
    m_actionsBox = box;
}

void OnboardingProjectView::ask(const OnboardingActionDialog::Spec &spec,
                                const std::function<void(const OnboardingActionDialog &)> &send)
{
    OnboardingActionDialog dialog(spec, this);
    if (dialog.exec() == QDialog::Accepted)
        send(dialog);
}

void OnboardingProjectView::buildActions()
{
    createActionButtons();
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_project.id)
            Q_EMIT refreshRequested(m_project.id);
    });
    connect(m_pass, &QPushButton::clicked, this, [this] {
        showBusy(tr("Passing %1…").arg(Onboarding::stageLabel(m_project.currentStage)));
        Q_EMIT advanceRequested(m_project.id, m_project.currentStage);
    });
    connect(m_invitation, &QPushButton::clicked, this, [this] {
        showBusy(tr("Issuing the invitation letter…"));
        Q_EMIT letterRequested(m_project.id, QStringLiteral("invitation"));
    });
    connect(m_ongoing, &QPushButton::clicked, this, [this] {
        showBusy(tr("Issuing the ongoing-submission letter…"));
        Q_EMIT letterRequested(m_project.id, QStringLiteral("ongoing_submission"));
    });
    connect(m_saveLetter, &QPushButton::clicked, this, &OnboardingProjectView::saveLetter);
    connect(m_letterList, &QTreeWidget::itemActivated, this, &OnboardingProjectView::saveLetter);
    connect(m_letterList, &QTreeWidget::currentItemChanged, this, &OnboardingProjectView::updateActions);
    connect(m_addSubmission, &QPushButton::clicked, this, [this] { addSubmission(m_openFile(this)); });
    connect(m_trend, &OnboardingTrendView::fileDropped, this, &OnboardingProjectView::addSubmission);
    connectPlanAndRecords();
    connectScheduleAndEnd();
}

void OnboardingProjectView::addSubmission(const QString &path)
{
    if (path.isEmpty() || !m_addSubmission->isEnabled())
        return;
    showBusy(tr("Checking and storing %1…").arg(QFileInfo(path).fileName()));
    Q_EMIT addSubmissionRequested(m_project.id, path);
}

void OnboardingProjectView::connectPlanAndRecords()
{
    connect(m_plan, &QPushButton::clicked, this, [this] {
        OnboardingActionDialog::Spec spec;
        spec.title = tr("Agreed plan");
        spec.prompt = tr("The date the organization agreed to the onboarding plan. Every stage's due date follows "
                         "from it on the desk's business calendar.");
        spec.askDate = true;
        spec.dateLabel = tr("Agreed on");
        spec.date = m_project.planAgreedOn.isValid() ? m_project.planAgreedOn : m_now.toLocalTime().date();
        spec.okText = tr("Set plan");
        ask(spec, [this](const OnboardingActionDialog &d) {
            showBusy(tr("Setting the agreed plan…"));
            Q_EMIT planRequested(m_project.id, d.date());
        });
    });
    const auto record = [this](const QString &kind, const QString &title) {
        OnboardingActionDialog::Spec spec;
        spec.title = title;
        spec.askDate = true;
        spec.dateLabel = tr("Done on");
        spec.date = m_now.toLocalTime().date();
        spec.askText = true;
        spec.textLabel = tr("Note (optional)");
        spec.okText = tr("Record");
        ask(spec, [this, kind](const OnboardingActionDialog &d) {
            showBusy(tr("Recording…"));
            Q_EMIT recordRequested(m_project.id, kind, d.date(), d.text());
        });
    };
    connect(m_workflow, &QPushButton::clicked, this,
            [record] { record(QStringLiteral("clinical_workflow"), tr("Clinical workflow")); });
    connect(m_training, &QPushButton::clicked, this, [record] { record(QStringLiteral("training"), tr("Training")); });
}

void OnboardingProjectView::connectScheduleAndEnd()
{
    connect(m_schedule, &QPushButton::clicked, this, [this] {
        OnboardingActionDialog::Spec spec;
        spec.title = tr("Change a due date");
        spec.prompt = tr("The stage and the following ones move by the same business time. A stage already past due "
                         "cannot move: move the project back in the queue instead.");
        spec.stages = OnboardingProjectRules::reschedulableStages(m_project, m_now);
        spec.askDate = true;
        spec.dateLabel = tr("New due date");
        spec.date = m_now.toLocalTime().date().addDays(7);
        spec.minimumDate = m_now.toLocalTime().date();
        spec.askText = true;
        spec.textRequired = true;
        spec.textLabel = tr("Reason");
        spec.okText = tr("Change due date");
        ask(spec, [this](const OnboardingActionDialog &d) {
            showBusy(tr("Changing the due date…"));
            Q_EMIT scheduleRequested(m_project.id, d.stage(), d.date(), d.text());
        });
    });
    const auto reasoned = [this](const QString &title, const QString &prompt, const QString &ok, auto emitIt) {
        OnboardingActionDialog::Spec spec;
        spec.title = title;
        spec.prompt = prompt;
        spec.askText = true;
        spec.textRequired = true;
        spec.textLabel = tr("Reason");
        spec.okText = ok;
        ask(spec, [this, emitIt](const OnboardingActionDialog &d) {
            showBusy(tr("Sending…"));
            emitIt(d.text());
        });
    };
    connect(m_moveBack, &QPushButton::clicked, this, [this, reasoned] {
        reasoned(tr("Move back in the queue"),
                 tr("%1 gets a new place in the queue from today; this project ends.").arg(m_project.organization.name),
                 tr("Move back"), [this](const QString &reason) { Q_EMIT moveBackRequested(m_project.id, reason); });
    });
    connect(m_withdraw, &QPushButton::clicked, this, [this, reasoned] {
        reasoned(tr("Withdraw the project"), tr("The project ends and leaves the board."), tr("Withdraw"),
                 [this](const QString &reason) { Q_EMIT withdrawRequested(m_project.id, reason); });
    });
}

void OnboardingProjectView::saveLetter()
{
    QTreeWidgetItem *item = m_letterList->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const OnboardingLetter &letter : std::as_const(m_letters)) {
        if (letter.id != id)
            continue;
        const QString suggested = QDir::home().filePath(
            QStringLiteral("%1-project-%2-letter-%3.pdf").arg(letter.kind).arg(m_project.id).arg(letter.id));
        const QString path = m_chooser(this, suggested);
        if (path.isEmpty())
            return;
        showBusy(tr("Saving the letter…"));
        Q_EMIT letterSaveRequested(letter, path);
        return;
    }
}

void OnboardingProjectView::setPermissions(bool mayWork, bool mayManage)
{
    m_mayWork = mayWork;
    m_mayManage = mayManage;
    // What the role may never do is not shown; what the project's state forbids is disabled.
    for (QPushButton *b : {m_plan, m_pass, m_schedule, m_moveBack, m_withdraw, m_invitation, m_ongoing})
        b->setVisible(mayManage);
    for (QPushButton *b : {m_workflow, m_training, m_addSubmission})
        b->setVisible(mayWork);
    m_actionsBox->setVisible(mayWork || mayManage);
    m_trend->openInCheckerButton()->setVisible(mayWork); // reading the content takes onboarding_work
    updateActions();
}

void OnboardingProjectView::setChangesEnabled(bool enabled)
{
    m_changesEnabled = enabled;
    updateActions();
}

void OnboardingProjectView::updateActions()
{
    const bool open = m_project.id != 0 && m_changesEnabled;
    const OnboardingActions a = OnboardingActions::available(m_project, m_mayWork, m_mayManage);
    m_refresh->setEnabled(m_project.id != 0);
    m_plan->setEnabled(open && a.setPlan);
    m_pass->setEnabled(open && a.passStage);
    m_workflow->setEnabled(open && a.recordWorkflow);
    m_training->setEnabled(open && a.recordTraining);
    m_schedule->setEnabled(open && a.changeDueDate
                           && !OnboardingProjectRules::reschedulableStages(m_project, m_now).isEmpty());
    m_moveBack->setEnabled(open && a.moveBack);
    m_withdraw->setEnabled(open && a.withdraw);
    m_invitation->setEnabled(open && a.invitationLetter);
    m_ongoing->setEnabled(open && a.ongoingLetter);
    m_addSubmission->setEnabled(open && a.addSubmission);
    m_trend->setDropEnabled(open && a.addSubmission);
    m_saveLetter->setEnabled(m_letterList->currentItem() != nullptr);
    m_contacts->setEditable(open && a.editContacts);
}

} // namespace izdesk
