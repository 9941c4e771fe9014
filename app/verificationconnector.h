#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace izdesk {

class DisclosuresView;
class MainWindow;
class PatientRecordView;
class RecordRenderer;
class ReleaseDialog;
class SessionController;
class TicketQueueController;
class VerificationController;
class VerificationStatusSection;
class VerificationWizard;
struct ReleasedRecord;
struct VerificationAttempt;
struct WizardAttempt;

// Caller verification in the main window: the wizard (Ctrl+Shift+V, or Verify… in the
// ticket's "Caller verification" section), the release dialog and PDF rendering, and the
// supervisors' disclosures and alerts view, wired to VerificationController. Converts the
// controller's types into the widgets' plain ones; keeps no PHI itself (drafts live in the
// controller and are dropped on sign-out). GUI thread only.
class VerificationConnector : public QObject
{
    Q_OBJECT

public:
    VerificationConnector(MainWindow *window, SessionController *session, VerificationController *verification,
                          TicketQueueController *queue, QObject *parent = nullptr);

    VerificationWizard *wizard() const { return m_wizard; }
    ReleaseDialog *releaseDialog() const { return m_release; }
    DisclosuresView *disclosuresView() const { return m_disclosures; }
    VerificationStatusSection *statusSection() const { return m_status; }
    RecordRenderer *renderer() const { return m_renderer; }
    // The patient record view, if the app has one: it gets the released history.
    void setRecordView(PatientRecordView *view);

    void openWizard(qint64 ticketId, qint64 preferredPatientId = 0);
    void openRelease(qint64 ticketId);
    void openDisclosures();

Q_SIGNALS:
    void messageRaised(const QString &message);

private:
    void connectWizard();
    void connectRelease();
    void connectDisclosures();
    void showWizard(qint64 ticketId);
    void onAttemptChanged(const VerificationAttempt &attempt);
    void onError(const QString &message);
    void onReleased(const ReleasedRecord &record);
    void refreshStatus();
    void onSignedOut();
    WizardAttempt toWizard(const VerificationAttempt &attempt) const;
    QString callerTypeLabel(const QString &id) const;

    MainWindow *m_window;
    SessionController *m_session;
    VerificationController *m_verification;
    TicketQueueController *m_queue;
    VerificationWizard *m_wizard;
    ReleaseDialog *m_release;
    DisclosuresView *m_disclosures;
    VerificationStatusSection *m_status;
    RecordRenderer *m_renderer;
    QPointer<PatientRecordView> m_recordView;
    qint64 m_pendingWizardTicket = 0;  // opens once the policy has loaded
    qint64 m_preferredPatient = 0;
    QString m_pendingPdfPath;
    QString m_addressedTo;
    bool m_policyRequested = false;
};

} // namespace izdesk
