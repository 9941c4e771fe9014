#include "application.h"

#include "catalog.h"
#include "environmentbanner.h"
#include "inboundcallconnector.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "outboxconnector.h"
#include "passwordchangeconnector.h"
#include "presencecontroller.h"
#include "reportsconnector.h"
#include "outbox.h"
#include "permissions.h"
#include "sessioncontroller.h"
#include "sessionstatusbar.h"
#include "settings.h"
#include "slaalertpresenter.h"
#include "staffaccountsconnector.h"
#include "staffaccountscontroller.h"
#include "supervisorconnector.h"
#include "supervisorcontroller.h"
#include "ticketdetailpanel.h"
#include "ticketeditordialog.h"
#include "ticketlistmodel.h"
#include "ticketqueuecontroller.h"
#include "ticketqueueview.h"
#include "tickettimelinecontroller.h"
#include "timelineconnector.h"

#include "patientconnector.h"
#include "patientcontroller.h"
#include "verificationconnector.h"
#include "verificationcontroller.h"
#include "cannedresponsecontroller.h"
#include "ticketextrasconnector.h"
#include "accountsconnector.h"
#include "accountscontroller.h"
#include "duplicatesconnector.h"
#include "duplicatescontroller.h"
#include "hl7checkconnector.h"
#include "hl7checkcontroller.h"
#include "codesetreleasecontroller.h"
#include "codesetreleasesconnector.h"
#include "onboardingconnector.h"
#include "onboardingcontroller.h"

#include <QAction>
#include <QJsonObject>

namespace izdesk {

namespace {

EnvironmentKind toKind(EnvironmentProfile::Kind kind)
{
    switch (kind) {
    case EnvironmentProfile::Production: return EnvironmentKind::Production;
    case EnvironmentProfile::Training: return EnvironmentKind::Training;
    case EnvironmentProfile::Uat: return EnvironmentKind::Uat;
    case EnvironmentProfile::Sandbox: return EnvironmentKind::Sandbox;
    }
    return EnvironmentKind::Production;
}

QList<StaffChoice> toChoices(const QList<StaffUser> &staff)
{
    QList<StaffChoice> out;
    out.reserve(staff.size());
    for (const StaffUser &s : staff)
        out.append({s.username, s.displayName});
    return out;
}

QList<PlaceChoice> toPlaces(const QList<OrganizationInfo> &organizations)
{
    QList<PlaceChoice> out;
    for (const OrganizationInfo &o : organizations) {
        out.append({o.id, 0, o.name, {}, {}});
        for (const FacilityInfo &f : o.facilities)
            out.append({o.id, f.id, o.name, f.name, f.facilityCode});
    }
    return out;
}

} // namespace

Application::Application(Settings *settings, CredentialStore *credentials, ApplicationOptions options, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_options(options)
    , m_session(new SessionController(settings, credentials, this))
    , m_queue(new TicketQueueController(m_session, this))
    , m_mainWindow(new MainWindow)
    , m_loginDialog(new LoginDialog)
    , m_editor(new TicketEditorDialog(m_mainWindow))
    , m_slaAlerts(new SlaAlertPresenter(m_mainWindow, m_queue->model(), this))
    , m_timeline(new TicketTimelineController(m_session, this))
    , m_presence(new PresenceController(m_session, m_queue, this))
    , m_timelineConnector(new TimelineConnector(m_mainWindow->detailPanel(), m_timeline, m_presence, m_queue, this))
    , m_inboundCall(new InboundCallConnector(m_mainWindow, m_queue, m_timeline, this))
    , m_outbox(new OutboxConnector(m_mainWindow, m_session, this))
    , m_supervisor(new SupervisorController(m_session, this))
    , m_supervisorConnector(new SupervisorConnector(m_mainWindow, m_supervisor, m_queue, this))
    , m_reports(new ReportsConnector(m_mainWindow, m_queue->model(), this))
{
    QList<ProfileChoice> profiles;
    for (const EnvironmentProfile &p : m_session->profiles())
        profiles.append({p.id, p.name, toKind(p.kind), p.isConfigured()});
    m_loginDialog->setProfiles(profiles);
    m_loginDialog->setCurrentProfile(m_settings->lastProfile());
    m_loginDialog->setUsername(m_settings->lastUsername());
    m_mainWindow->queueView()->setSourceModel(m_queue->model());
    if (!m_settings->mainWindowGeometry().isEmpty())
        m_mainWindow->restoreGeometry(m_settings->mainWindowGeometry());
    if (!m_settings->mainWindowState().isEmpty())
        m_mainWindow->restoreState(m_settings->mainWindowState());

    connectLogin();
    connectSession();
    connectQueue();
    connectEditor();
    m_timelineConnector->setQueueView(m_mainWindow->queueView());
    connect(m_timelineConnector, &TimelineConnector::messageRaised, m_mainWindow,
            [this](const QString &message) { m_mainWindow->statusBar()->showMessage(message, 8000); });
    connect(m_supervisorConnector, &SupervisorConnector::messageRaised, m_mainWindow,
            [this](const QString &message) { m_mainWindow->statusBar()->showMessage(message, 8000); });
    m_patients = new PatientController(m_session, this);
    m_patientConnector = new PatientConnector(m_mainWindow, m_patients, m_queue, this);
    m_verification = new VerificationController(m_session, this);
    m_verificationConnector = new VerificationConnector(m_mainWindow, m_session, m_verification, m_queue, this);
    m_verificationConnector->setRecordView(m_patientConnector->recordView());
    connect(m_verificationConnector, &VerificationConnector::messageRaised, m_mainWindow,
            [this](const QString &message) { m_mainWindow->statusBar()->showMessage(message, 8000); });
    m_canned = new CannedResponseController(m_session, this);
    m_ticketExtras = new TicketExtrasConnector(m_mainWindow, m_timeline, m_canned, this);
    connect(m_ticketExtras, &TicketExtrasConnector::messageRaised, m_mainWindow,
            [this](const QString &message) { m_mainWindow->statusBar()->showMessage(message, 8000); });
    connect(m_session, &SessionController::signedOut, m_ticketExtras, &TicketExtrasConnector::onSignedOut);
    // Offline, an inbound call or a new ticket still becomes a ticket: it waits in the durable
    // outbox, shows in the queue as "not yet sent" and is sent on reconnect. Editing an existing
    // ticket needs the server's current version, so those actions stay off.
    // Connected after setOnline above, so this runs after the window disabled its actions.
    auto offlineCapture = [this] {
        QAction *call = m_mainWindow->findChild<QAction *>(QStringLiteral("inboundCallAction"));
        QAction *create = m_mainWindow->findChild<QAction *>(QStringLiteral("newTicketAction"));
        if (!call || !create)
            return;
        const bool offline = m_signedIn && !m_online;
        call->setEnabled(m_signedIn);
        call->setToolTip(offline ? tr("Offline: the call's ticket is kept on this computer and sent when the server "
                                      "can be reached (Ctrl+Shift+N)")
                                 : tr("Start a new ticket for a call that is coming in now (Ctrl+Shift+N)"));
        create->setEnabled(m_signedIn);
        create->setToolTip(offline ? tr("Offline: the new ticket is kept on this computer and sent when the server "
                                        "can be reached (Ctrl+N)")
                                   : create->text().remove(QLatin1Char('&')));
    };
    connect(m_session, &SessionController::connectivityChanged, this, offlineCapture);
    connect(m_queue, &TicketQueueController::onlineChanged, this, offlineCapture);
    connect(m_session, &SessionController::signedIn, this, offlineCapture);
    connect(m_session, &SessionController::signedOut, this, offlineCapture);
    m_accounts = new AccountsController(m_session, this);
    m_accountsConnector = new AccountsConnector(m_mainWindow, m_session, m_accounts, m_ticketExtras->links(), this);
    m_duplicates = new DuplicatesController(m_session, this);
    m_duplicatesConnector = new DuplicatesConnector(m_mainWindow, m_session, m_duplicates, this);
    m_hl7Checks = new Hl7CheckController(m_session, this);
    m_hl7CheckConnector = new Hl7CheckConnector(m_mainWindow, m_session, m_hl7Checks, m_queue->model(), this);
    m_onboarding = new OnboardingController(m_session, this);
    m_onboardingConnector
        = new OnboardingConnector(m_mainWindow, m_session, m_onboarding, m_accountsConnector->organizationView(), this);
    m_onboardingConnector->setChecker(m_hl7CheckConnector);
    m_onboardingConnector->offerForTickets(m_queue->model());
    m_codesetReleases = new CodesetReleaseController(m_session, this);
    m_codesetReleasesConnector = new CodesetReleasesConnector(m_mainWindow, m_session, m_codesetReleases, this);
    m_staffAccounts = new StaffAccountsController(m_session, this);
    m_staffAccountsConnector = new StaffAccountsConnector(m_mainWindow, m_session, m_staffAccounts, this);
    m_passwordChange = new PasswordChangeConnector(m_mainWindow, m_session, this);
}

Application::~Application()
{
    delete m_loginDialog;
    delete m_mainWindow; // owns the editor
}

void Application::start()
{
    if (m_options.sandbox) {
        m_mainWindow->show();
        m_mainWindow->statusBar()->showMessage(tr("Starting the Local sandbox…"));
        m_session->signInToSandbox();
    } else {
        showLogin();
    }
}

void Application::showLogin()
{
    m_session->discoverIdentityProvider(m_loginDialog->currentProfileId());
    m_loginDialog->show();
    m_loginDialog->raise();
    m_loginDialog->activateWindow();
}

void Application::connectLogin()
{
    connect(m_loginDialog, &LoginDialog::signInRequested, m_session, &SessionController::signIn);
    connect(m_loginDialog, &LoginDialog::sandboxRequested, m_session, &SessionController::signInToSandbox);
    connect(m_loginDialog, &LoginDialog::identityProviderSignInRequested, m_session,
            &SessionController::signInWithIdentityProvider);
    connect(m_loginDialog, &LoginDialog::signInCancelRequested, m_session, &SessionController::cancelSignIn);
    connect(m_loginDialog, &LoginDialog::profileChanged, m_session, &SessionController::discoverIdentityProvider);
    connect(m_session, &SessionController::identityProviderChanged, m_loginDialog, &LoginDialog::setIdentityProvider);
    connect(m_loginDialog, &LoginDialog::rejected, this, [this] {
        if (!m_signedIn)
            Q_EMIT quitRequested(0);
    });
}

void Application::connectSession()
{
    connect(m_session, &SessionController::signInStarted, m_loginDialog, &LoginDialog::showSignInStarted);
    connect(m_session, &SessionController::signInProgress, m_loginDialog, &LoginDialog::showProgress);
    connect(m_session, &SessionController::signInProgress, m_mainWindow,
            [this](const QString &message) { m_mainWindow->statusBar()->showMessage(message, 5000); });
    connect(m_session, &SessionController::signedIn, this, &Application::onSignedIn);
    connect(m_session, &SessionController::signInFailed, this, &Application::onSignInFailed);
    connect(m_session, &SessionController::signedOut, this, &Application::onSignedOut);
    // After onSignedOut has put the login dialog back: it says why the session ended.
    connect(m_session, &SessionController::sessionEnded, m_loginDialog, &LoginDialog::showSignInFailed);
    connect(m_session, &SessionController::connectivityChanged, this, &Application::setOnline);
    connect(m_mainWindow, &MainWindow::signOutRequested, this, [this] {
        // Sign-out purges the outbox with the cached PHI: never drop unsent writes unasked.
        const int pending = m_session->outbox() ? m_session->outbox()->pendingCount() : 0;
        if (pending > 0 && !m_mainWindow->confirmSignOutWithPending(pending))
            return;
        m_session->signOut();
    });
    connect(m_mainWindow, &MainWindow::quitRequested, this, [this] {
        saveWindowState();
        Q_EMIT quitRequested(0);
    });
    connect(m_mainWindow, &MainWindow::closing, this, [this] {
        saveWindowState();
        Q_EMIT quitRequested(0);
    });
}

void Application::connectQueue()
{
    MainWindow *w = m_mainWindow;
    connect(w, &MainWindow::refreshRequested, m_queue, &TicketQueueController::refresh);
    connect(m_queue, &TicketQueueController::refreshStarted, w,
            [w] { w->sessionStatusBar()->setRefreshing(true); });
    connect(m_queue, &TicketQueueController::refreshFinished, w, [this](const QDateTime &at) {
        m_mainWindow->sessionStatusBar()->setLastRefresh(at);
        if (!m_online)
            m_mainWindow->banner()->setOffline(true, at);
    });
    connect(m_queue, &TicketQueueController::onlineChanged, this, &Application::setOnline);
    connect(m_queue, &TicketQueueController::errorOccurred, w,
            [w](const QString &message) { w->statusBar()->showMessage(message, 8000); });
    connect(m_queue, &TicketQueueController::staffLoaded, this, [this](const QList<StaffUser> &staff) {
        m_mainWindow->queueView()->setStaff(toChoices(staff));
        m_editor->setStaff(toChoices(staff));
    });
    connect(m_queue, &TicketQueueController::directoryLoaded, m_editor,
            [this](const QList<OrganizationInfo> &organizations) { m_editor->setPlaces(toPlaces(organizations)); });

    // The detail panel follows the selection and any change to the selected row.
    connect(w->queueView(), &TicketQueueView::currentTicketChanged, this, &Application::showCurrentTicket);
    TicketListModel *model = m_queue->model();
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        // The Due column's 30-second tick changes nothing the detail panel shows.
        if (topLeft.column() != TicketListModel::DueColumn || bottomRight.column() != TicketListModel::DueColumn)
            showCurrentTicket();
    });
    connect(model, &TicketListModel::ticketsReplaced, this, &Application::showCurrentTicket);
    connect(model, &QAbstractItemModel::modelReset, this, &Application::showCurrentTicket);

    connect(w->detailPanel(), &TicketDetailPanel::statusChangeRequested, this,
            [this](qint64 id, const QString &status) {
                const auto ticket = m_queue->model()->ticketById(id);
                m_queue->updateTicket(id, QJsonObject{{QStringLiteral("status"), status}},
                                      ticket ? ticket->version : -1);
            });
}

void Application::connectEditor()
{
    connect(m_mainWindow, &MainWindow::newTicketRequested, this, [this] { openEditor(0); });
    connect(m_mainWindow, &MainWindow::editTicketRequested, this, &Application::openEditor);
    connect(m_editor, &QDialog::finished, this, [this] { m_presence->setMode(PresenceController::Mode::Viewing); });
    connect(m_editor, &TicketEditorDialog::ticketSubmitted, this, [this](qint64 id, const QJsonObject &body) {
        if (id == 0)
            m_queue->createTicket(body);
        else
            m_queue->updateTicket(id, body, m_editor->baseVersion());
    });
    // Queue results go to the editor when it is waiting for one; otherwise (quick status
    // change) to the status bar.
    connect(m_queue, &TicketQueueController::ticketSaved, this, [this](const Ticket &ticket, bool created) {
        if (m_editor->isSaving())
            m_editor->confirmSaved(ticket);
        if (created)
            m_mainWindow->queueView()->selectTicket(ticket.id);
        m_mainWindow->statusBar()->showMessage(created ? tr("%1 created").arg(ticket.displayNumber())
                                                       : tr("%1 saved").arg(ticket.displayNumber()), 5000);
        showCurrentTicket();
    });
    connect(m_queue, &TicketQueueController::saveFailed, this,
            [this](const QString &message, const QList<FieldError> &errors) {
                if (m_editor->isSaving())
                    m_editor->showSaveFailed(message, errors);
                else
                    m_mainWindow->statusBar()->showMessage(tr("Not saved: %1").arg(message), 10000);
            });
    connect(m_queue, &TicketQueueController::writeQueued, this, [this](qint64, bool offline) {
        if (!offline || !m_editor->isSaving() || !m_editor->isCreating())
            return;
        m_editor->confirmQueued();
        m_mainWindow->statusBar()->showMessage(
            tr("No connection: the new ticket is saved on this computer and will be sent later."), 10000);
    });
    connect(m_queue, &TicketQueueController::saveConflicted, this, [this](const Ticket &current) {
        if (m_editor->isSaving())
            m_editor->showConflict(current);
        else
            m_mainWindow->statusBar()->showMessage(
                tr("%1 was changed by someone else; showing their version").arg(current.displayNumber()), 10000);
    });
}

void Application::openEditor(qint64 id)
{
    // A new ticket can be written offline (it waits in the outbox); editing needs the server's
    // current version.
    if (!m_signedIn || (id != 0 && !m_online) || m_editor->isSaving())
        return;
    if (m_editor->isVisible()) {
        m_editor->raise();
        return;
    }
    if (id == 0) {
        m_editor->startCreate();
    } else {
        const auto ticket = m_queue->model()->ticketById(id);
        if (!ticket)
            return;
        m_editor->startEdit(*ticket);
        m_presence->openTicket(id, PresenceController::Mode::Editing); // "… is editing" on other desks
    }
    m_editor->open();
}

void Application::showCurrentTicket()
{
    const qint64 id = m_mainWindow->queueView()->currentTicketId();
    m_mainWindow->detailPanel()->setTicket(id ? m_queue->model()->ticketById(id) : std::nullopt);
}

void Application::onSignedIn(const StaffUser &me, const EnvironmentProfile &profile, bool offline)
{
    m_signedIn = true;
    if (profile.kind != EnvironmentProfile::Sandbox) {
        m_settings->setValue(Settings::Key::LastProfile, profile.id);
        m_settings->setValue(Settings::Key::LastUsername, me.username);
    }
    const EnvironmentKind kind = toKind(profile.kind);
    m_mainWindow->banner()->setEnvironment(kind);
    m_mainWindow->setEnvironmentTitle(profile.name, profile.isProduction());
    SessionStatusBar *bar = m_mainWindow->sessionStatusBar();
    bar->setUser(me.displayName.isEmpty() ? me.username : me.displayName,
                 Catalog::label(Catalog::staffRoles(), me.role));
    bar->setEnvironmentName(profile.name);
    m_mainWindow->queueView()->setCurrentUser(me.username);
    m_slaAlerts->setCurrentUser(me.username);
    m_timelineConnector->onSignedIn();
    m_mainWindow->setSupervisorMode(Permissions::granted(me.role, Permission::QueueSupervision));
    m_mainWindow->queueView()->setStaff(toChoices(m_queue->staff()));
    m_editor->setStaff(toChoices(m_queue->staff()));
    setOnline(!offline);
    m_mainWindow->statusBar()->clearMessage();
    m_mainWindow->show(); // before hiding the dialog, so there is always a window open
    m_loginDialog->accept();
    m_mainWindow->queueView()->focusTable();
}

void Application::onSignInFailed(const QString &message)
{
    if (m_mainWindow->isVisible() && !m_signedIn)
        m_mainWindow->hide(); // --sandbox start that failed: fall back to the login dialog
    m_loginDialog->showSignInFailed(message);
    if (!m_loginDialog->isVisible())
        showLogin();
}

void Application::onSignedOut()
{
    m_signedIn = false;
    if (m_editor->isVisible())
        m_editor->done(QDialog::Rejected);
    saveWindowState();
    m_mainWindow->hide();
    m_mainWindow->sessionStatusBar()->clearSession();
    m_slaAlerts->setCurrentUser(QString());
    m_timelineConnector->onSignedOut();
    m_inboundCall->close();
    m_supervisorConnector->onSignedOut();
    m_reports->close();
    m_mainWindow->setSupervisorMode(false);
    m_mainWindow->detailPanel()->setTicket(std::nullopt);
    m_mainWindow->banner()->setOffline(false);
    m_loginDialog->resetForNextSignIn(tr("Signed out."));
    showLogin();
}

void Application::setOnline(bool online)
{
    m_online = online;
    m_mainWindow->banner()->setOffline(!online, m_queue->lastRefresh());
    m_mainWindow->sessionStatusBar()->setOnline(online);
    m_mainWindow->setChangesEnabled(online && m_signedIn);
}

void Application::saveWindowState()
{
    if (!m_mainWindow->isVisible())
        return;
    m_settings->setValue(Settings::Key::MainWindowGeometry, m_mainWindow->saveGeometry());
    m_settings->setValue(Settings::Key::MainWindowState, m_mainWindow->saveState());
}

} // namespace izdesk
