#pragma once

#include "onboardingactiondialog.h"

#include <onboardingproject.h>

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace izdesk {

class OnboardingContactsEditor;
class OnboardingTrendView;

// One onboarding project: organization and status, the contacts (editable), the sites, the
// stage timeline with due dates and overdue flags, the current gate with its reasons in
// words, the actions the caller may take now, the submissions trend, the history of events
// and the letters (issue, save as PDF). A refused gate shows its reasons and keeps everything
// typed; the status line says what is in flight and what failed. Display only: every action
// is a request signal. GUI thread only.
class OnboardingProjectView : public QWidget
{
    Q_OBJECT

public:
    // Asks where to save a letter (a save dialog by default; tests replace it).
    using PathChooser = std::function<QString(QWidget *parent, const QString &suggested)>;
    // Asks for the HL7 file to attach (an open dialog by default; tests replace it).
    using FileChooser = std::function<QString(QWidget *parent)>;

    explicit OnboardingProjectView(QWidget *parent = nullptr);

    void setProject(const OnboardingProject &project, const QDateTime &now);
    void setEvents(const QList<OnboardingEvent> &events);
    void setSubmissions(const QList<OnboardingSubmission> &submissions);
    void setLetters(const QList<OnboardingLetter> &letters);
    // onboarding_work, onboarding_manage: which actions are offered at all.
    void setPermissions(bool mayWork, bool mayManage);
    void setChangesEnabled(bool enabled);
    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }
    void setFileChooser(FileChooser chooser) { m_openFile = std::move(chooser); }

    // The stored submission: its row selected in the trend once the list arrives.
    void showSubmissionAdded(const OnboardingSubmission &submission);
    // The selected submission's report (verdict reason and counts) under the trend.
    void showSubmissionReport(const OnboardingSubmission &submission, const QJsonObject &report);

    // 409 gate-not-met: the reasons, in the gate box and the status line.
    void showGateRefused(const OnboardingGate &gate);
    // 412: the project as it is now; what was typed stays.
    void showConflict(const OnboardingProject &current, const QString &message);
    void showBusy(const QString &message);
    void showMessage(const QString &message, bool error = false);
    QString statusText() const;
    QString gateText() const;
    void clear();

    qint64 projectId() const { return m_project.id; }
    const OnboardingProject &project() const { return m_project; }
    OnboardingContactsEditor *contacts() const { return m_contacts; }
    OnboardingTrendView *trend() const { return m_trend; }

Q_SIGNALS:
    void refreshRequested(qint64 projectId);
    void saveRequested(qint64 projectId, const QJsonObject &patch);
    void planRequested(qint64 projectId, const QDate &agreedOn);
    void advanceRequested(qint64 projectId, const QString &stage);
    void recordRequested(qint64 projectId, const QString &kind, const QDate &on, const QString &note);
    void scheduleRequested(qint64 projectId, const QString &stage, const QDate &dueOn, const QString &reason);
    void moveBackRequested(qint64 projectId, const QString &reason);
    void withdrawRequested(qint64 projectId, const QString &reason);
    void letterRequested(qint64 projectId, const QString &kind);
    void letterSaveRequested(const izdesk::OnboardingLetter &letter, const QString &path);
    void addSubmissionRequested(qint64 projectId, const QString &path);
    void submissionSelected(qint64 submissionId);
    void openInCheckerRequested(qint64 submissionId, const QString &fileName);

private:
    QPushButton *actionButton(const QString &text, const char *name, const QString &accessible);
    void setupWidgets();
    void buildLayout();
    QWidget *buildLettersTab();
    QWidget *buildSubmissionsTab();
    void createActionButtons();
    void buildActions();
    void connectPlanAndRecords();
    void connectScheduleAndEnd();
    void ask(const OnboardingActionDialog::Spec &spec, const std::function<void(const OnboardingActionDialog &)> &send);
    void addSubmission(const QString &path);
    void updateActions();
    void setGateBox(const QString &text, bool met);
    void saveLetter();

    OnboardingProject m_project;
    QDateTime m_now;
    QList<OnboardingLetter> m_letters;
    bool m_mayWork = false;
    bool m_mayManage = false;
    bool m_changesEnabled = true;
    PathChooser m_chooser;
    FileChooser m_openFile;

    QLabel *m_title;
    QLabel *m_subtitle;
    OnboardingContactsEditor *m_contacts;
    QTreeWidget *m_sites;
    QLabel *m_gate;
    OnboardingTimelineModel *m_timelineModel;
    QTableView *m_timeline;
    QTabWidget *m_tabs;
    OnboardingTrendView *m_trend;
    QTreeWidget *m_events;
    QTreeWidget *m_letterList;
    QLabel *m_status;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_plan = nullptr;
    QPushButton *m_pass = nullptr;
    QPushButton *m_workflow = nullptr;
    QPushButton *m_training = nullptr;
    QPushButton *m_schedule = nullptr;
    QPushButton *m_moveBack = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_invitation = nullptr;
    QPushButton *m_ongoing = nullptr;
    QPushButton *m_saveLetter = nullptr;
    QPushButton *m_addSubmission = nullptr;
    QWidget *m_actionsBox = nullptr;
};

} // namespace izdesk
