#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace izdesk {

class CredentialStore;
class InboundCallConnector;
class LoginDialog;
class OutboxConnector;
class PatientConnector;
class PatientController;
class VerificationConnector;
class VerificationController;
class CannedResponseController;
class TicketExtrasConnector;
class AccountsConnector;
class AccountsController;
class DuplicatesConnector;
class DuplicatesController;
class Hl7CheckConnector;
class Hl7CheckController;
class MainWindow;
class OnboardingConnector;
class CodesetReleaseController;
class CodesetReleasesConnector;
class OnboardingController;
class PasswordChangeConnector;
class SessionController;
class StaffAccountsConnector;
class StaffAccountsController;
class PresenceController;
class ReportsConnector;
class Settings;
class SupervisorConnector;
class SupervisorController;
class SlaAlertPresenter;
class TicketEditorDialog;
class TicketQueueController;
class TicketTimelineController;
class TimelineConnector;
struct EnvironmentProfile;
struct StaffUser;
struct Ticket;

struct ApplicationOptions
{
    bool sandbox = false; // skip the login dialog and open the Local sandbox
};

// The composition root: builds the controllers (SessionController, TicketQueueController)
// and the widgets (LoginDialog, MainWindow, TicketEditorDialog) and connects them. The only
// place that knows both sides. Settings and the credential store are injected so tests can
// use a temporary INI/data folder and the in-memory store. GUI thread only.
class Application : public QObject
{
    Q_OBJECT

public:
    Application(Settings *settings, CredentialStore *credentials, ApplicationOptions options = {}, QObject *parent = nullptr);
    ~Application() override;

    void start();

    SessionController *session() const { return m_session; }
    TicketQueueController *queue() const { return m_queue; }
    MainWindow *mainWindow() const { return m_mainWindow; }
    LoginDialog *loginDialog() const { return m_loginDialog; }
    TicketEditorDialog *editor() const { return m_editor; }
    SlaAlertPresenter *slaAlerts() const { return m_slaAlerts; }
    TicketTimelineController *timeline() const { return m_timeline; }
    PresenceController *presence() const { return m_presence; }
    InboundCallConnector *inboundCall() const { return m_inboundCall; }
    OutboxConnector *outbox() const { return m_outbox; }
    SupervisorConnector *supervisorTools() const { return m_supervisorConnector; }
    ReportsConnector *reports() const { return m_reports; }

Q_SIGNALS:
    void quitRequested(int exitCode);

private:
    void connectLogin();
    void connectSession();
    void connectQueue();
    void connectEditor();
    void onSignedIn(const StaffUser &me, const EnvironmentProfile &profile, bool offline);
    void onSignInFailed(const QString &message);
    void onSignedOut();
    void setOnline(bool online);
    void showCurrentTicket();
    void openEditor(qint64 id);
    void saveWindowState();
    void showLogin();

    Settings *m_settings;
    ApplicationOptions m_options;
    SessionController *m_session = nullptr;
    TicketQueueController *m_queue = nullptr;
    MainWindow *m_mainWindow = nullptr;
    LoginDialog *m_loginDialog = nullptr;
    TicketEditorDialog *m_editor = nullptr;
    SlaAlertPresenter *m_slaAlerts = nullptr;
    TicketTimelineController *m_timeline = nullptr;
    PresenceController *m_presence = nullptr;
    TimelineConnector *m_timelineConnector = nullptr;
    InboundCallConnector *m_inboundCall = nullptr;
    OutboxConnector *m_outbox = nullptr;
    SupervisorController *m_supervisor = nullptr;
    SupervisorConnector *m_supervisorConnector = nullptr;
    ReportsConnector *m_reports = nullptr;
    bool m_online = true;
    bool m_signedIn = false;

    // Patients: search and the record.
public:
    PatientController *patients() const { return m_patients; }
    PatientConnector *patientArea() const { return m_patientConnector; }

private:
    PatientController *m_patients = nullptr;
    PatientConnector *m_patientConnector = nullptr;

    // Caller verification and record release.
public:
    VerificationController *verification() const { return m_verification; }
    VerificationConnector *verificationArea() const { return m_verificationConnector; }

private:
    VerificationController *m_verification = nullptr;
    VerificationConnector *m_verificationConnector = nullptr;

    // Ticket attachments, links, merge and canned responses.
public:
    CannedResponseController *cannedResponses() const { return m_canned; }
    TicketExtrasConnector *ticketExtras() const { return m_ticketExtras; }

private:
    CannedResponseController *m_canned = nullptr;
    TicketExtrasConnector *m_ticketExtras = nullptr;

    // IIS accounts, agreements and worklists.
public:
    AccountsController *accounts() const { return m_accounts; }
    AccountsConnector *accountsArea() const { return m_accountsConnector; }

private:
    AccountsController *m_accounts = nullptr;
    AccountsConnector *m_accountsConnector = nullptr;

    // Duplicate review, merge and unmerge.
public:
    DuplicatesController *duplicates() const { return m_duplicates; }
    DuplicatesConnector *duplicatesArea() const { return m_duplicatesConnector; }

private:
    DuplicatesController *m_duplicates = nullptr;
    DuplicatesConnector *m_duplicatesConnector = nullptr;

    // The HL7 message checker.
public:
    Hl7CheckController *hl7Checks() const { return m_hl7Checks; }
    Hl7CheckConnector *hl7CheckArea() const { return m_hl7CheckConnector; }

private:
    Hl7CheckController *m_hl7Checks = nullptr;
    Hl7CheckConnector *m_hl7CheckConnector = nullptr;

    // Electronic-reporting onboarding: the board and the project view.
public:
    OnboardingController *onboarding() const { return m_onboarding; }
    OnboardingConnector *onboardingArea() const { return m_onboardingConnector; }

private:
    OnboardingController *m_onboarding = nullptr;
    OnboardingConnector *m_onboardingConnector = nullptr;

    // Code set releases (supervisors and administrators).
public:
    CodesetReleaseController *codesetReleases() const { return m_codesetReleases; }
    CodesetReleasesConnector *codesetReleasesArea() const { return m_codesetReleasesConnector; }

private:
    CodesetReleaseController *m_codesetReleases = nullptr;
    CodesetReleasesConnector *m_codesetReleasesConnector = nullptr;

public:
    StaffAccountsController *staffAccounts() const { return m_staffAccounts; }
    StaffAccountsConnector *staffAccountsArea() const { return m_staffAccountsConnector; }
    PasswordChangeConnector *passwordChange() const { return m_passwordChange; }

private:
    StaffAccountsController *m_staffAccounts = nullptr;
    StaffAccountsConnector *m_staffAccountsConnector = nullptr;
    PasswordChangeConnector *m_passwordChange = nullptr;
};

} // namespace izdesk
