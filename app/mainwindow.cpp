#include "mainwindow.h"

#include "environmentbanner.h"
#include "izdeskversion.h"
#include "notificationstrip.h"
#include "sessionstatusbar.h"
#include "shortcutsdialog.h"
#include "staffboardview.h"
#include "ticketdetailpanel.h"
#include "ticketqueueview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

namespace izdesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_banner(new EnvironmentBanner(this))
    , m_queueView(new TicketQueueView(this))
    , m_detailPanel(new TicketDetailPanel(this))
    , m_statusBar(new SessionStatusBar(this))
    , m_notificationStrip(new NotificationStrip(this))
    , m_staffBoard(new StaffBoardView(this))
    , m_deskDock(new QDockWidget(tr("Desk"), this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("IZ Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/izdesk.svg")));

    m_splitter->setObjectName(QStringLiteral("queueSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_queueView);
    m_splitter->addWidget(m_detailPanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({400, 380});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_notificationStrip);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    setStatusBar(m_statusBar);
    m_deskDock->setObjectName(QStringLiteral("deskDock"));
    m_deskDock->setWidget(m_staffBoard);
    m_deskDock->setAllowedAreas(Qt::AllDockWidgetAreas);
    addDockWidget(Qt::RightDockWidgetArea, m_deskDock);
    m_deskDock->hide();
    createActions();
    createPatientActions();
    createCallerActions();
    createExtrasActions();
    createAccountsActions();
    createAdministrationActions();

    connect(m_queueView, &TicketQueueView::ticketActivated, this, [this](qint64 id) {
        if (m_changesEnabled)
            Q_EMIT editTicketRequested(id);
    });
    connect(m_detailPanel, &TicketDetailPanel::editRequested, this, &MainWindow::editTicketRequested);
    connect(m_queueView, &TicketQueueView::currentTicketChanged, this,
            [this](qint64 id) { m_editAction->setEnabled(m_changesEnabled && id != 0); });
    resize(1200, 780);
}

QAction *MainWindow::windowAction(const QString &text, const QKeySequence &keys, const QString &name)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

QAction *MainWindow::iconAction(const QString &text, const QKeySequence &keys, const QString &name, const QString &icon)
{
    QAction *action = windowAction(text, keys, name);
    action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    return action;
}

void MainWindow::createActions()
{
    m_newAction = iconAction(tr("&New ticket"), QKeySequence(Qt::CTRL | Qt::Key_N), QStringLiteral("newTicketAction"),
                             QStringLiteral("new-ticket"));
    m_editAction = iconAction(tr("&Edit ticket"), QKeySequence(Qt::CTRL | Qt::Key_E),
                              QStringLiteral("editTicketAction"), QStringLiteral("edit"));
    m_editAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(Qt::Key_F2)});
    m_editAction->setEnabled(false);
    m_refreshAction = iconAction(tr("&Refresh"), QKeySequence(Qt::Key_F5), QStringLiteral("refreshAction"),
                                 QStringLiteral("refresh"));
    auto *signOut
        = iconAction(tr("Sign &out"), QKeySequence(), QStringLiteral("signOutAction"), QStringLiteral("sign-out"));
    auto *quit = iconAction(tr("&Quit"), QKeySequence::Quit, QStringLiteral("quitAction"), QStringLiteral("quit"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newTicketRequested);
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (const qint64 id = m_queueView->currentTicketId())
            Q_EMIT editTicketRequested(id);
    });
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshRequested);
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(quit, &QAction::triggered, this, &MainWindow::quitRequested);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_editAction);
    file->addAction(m_refreshAction);
    file->addSeparator();
    file->addAction(signOut);
    file->addAction(quit);

    createTicketMenu();
    createSupervisorMenu();

    createViewMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *keys = iconAction(tr("&Keyboard shortcuts"), QKeySequence(Qt::Key_F1), QStringLiteral("shortcutsAction"),
                            QStringLiteral("keyboard"));
    connect(keys, &QAction::triggered, this, &MainWindow::showShortcuts);
    auto *about
        = iconAction(tr("&About IZ Desk"), QKeySequence(), QStringLiteral("aboutAction"), QStringLiteral("izdesk"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    help->addAction(keys);
    help->addAction(about);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_inboundCallAction);
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_editAction);
    toolbar->addAction(m_refreshAction);
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *find = iconAction(tr("&Find in queue"), QKeySequence(), QStringLiteral("findAction"), QStringLiteral("find"));
    find->setShortcuts({QKeySequence::Find}); // shown in the menu; the queue view owns the binding
    find->setShortcutContext(Qt::WidgetShortcut);
    connect(find, &QAction::triggered, m_queueView, &TicketQueueView::focusSearch);
    auto *queue = iconAction(tr("Go to &queue"), QKeySequence(Qt::ALT | Qt::Key_1), QStringLiteral("focusQueueAction"),
                             QStringLiteral("queue"));
    connect(queue, &QAction::triggered, m_queueView, &TicketQueueView::focusTable);
    auto *details = iconAction(tr("Show &details"), QKeySequence(Qt::CTRL | Qt::Key_D),
                               QStringLiteral("toggleDetailsAction"), QStringLiteral("details"));
    details->setCheckable(true);
    details->setChecked(true);
    connect(details, &QAction::toggled, m_detailPanel, &QWidget::setVisible);
    auto *sideBySide = iconAction(tr("Details &beside the queue"), QKeySequence(), QStringLiteral("sideBySideAction"),
                                  QStringLiteral("layout"));
    sideBySide->setCheckable(true);
    connect(sideBySide, &QAction::toggled, this,
            [this](bool on) { m_splitter->setOrientation(on ? Qt::Horizontal : Qt::Vertical); });
    auto *reports = iconAction(tr("&Reports"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                               QStringLiteral("reportsAction"), QStringLiteral("reports"));
    connect(reports, &QAction::triggered, this, &MainWindow::reportsRequested);
    auto *hl7 = iconAction(tr("HL7 message &checker…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
                           QStringLiteral("hl7CheckerAction"), QStringLiteral("find"));
    hl7->setToolTip(tr("Check HL7 messages a sender reads out or sends: checklist a–k and the ACK (Ctrl+Shift+H)"));
    connect(hl7, &QAction::triggered, this, &MainWindow::hl7CheckerRequested);
    view->addAction(find);
    view->addAction(queue);
    view->addAction(reports);
    view->addAction(hl7);
    auto *onboarding = iconAction(tr("&Onboarding board…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O),
                                  QStringLiteral("onboardingBoardAction"), QStringLiteral("queue"));
    connect(onboarding, &QAction::triggered, this, &MainWindow::onboardingBoardRequested);
    view->addAction(onboarding);
    auto *codesets = iconAction(tr("Code s&et releases…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C),
                                QStringLiteral("codesetReleasesAction"), QStringLiteral("refresh"));
    connect(codesets, &QAction::triggered, this, &MainWindow::codesetReleasesRequested);
    view->addAction(codesets);
    view->addSeparator();
    view->addAction(details);
    view->addAction(sideBySide);
}

void MainWindow::setChangesEnabled(bool enabled)
{
    m_changesEnabled = enabled;
    m_newAction->setEnabled(enabled);
    m_inboundCallAction->setEnabled(enabled);
    for (QAction *action : std::as_const(m_ticketActions))
        action->setEnabled(enabled);
    setSupervisorMode(m_supervisor);
    m_editAction->setEnabled(enabled && m_queueView->currentTicketId() != 0);
    m_detailPanel->setReadOnly(!enabled);
}

void MainWindow::setRefreshEnabled(bool enabled)
{
    m_refreshAction->setEnabled(enabled);
}

void MainWindow::setEnvironmentTitle(const QString &environmentName, bool production)
{
    setWindowTitle(production ? tr("IZ Desk") : tr("IZ Desk — %1").arg(environmentName));
}

void MainWindow::createTicketMenu()
{
    auto make = [this](const QString &text, const QKeySequence &keys, const QString &name, auto slot) {
        QAction *action = windowAction(text, keys, name);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_inboundCallAction = make(tr("&Inbound call…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                               QStringLiteral("inboundCallAction"), [this] { Q_EMIT inboundCallRequested(); });
    m_inboundCallAction->setIcon(QIcon(QStringLiteral(":/icons/phone.svg")));
    m_inboundCallAction->setToolTip(tr("Start a new ticket for a call that is coming in now (Ctrl+Shift+N)"));
    TicketDetailPanel *d = m_detailPanel;
    m_ticketActions = {
        make(tr("Add internal &note"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), QStringLiteral("addNoteAction"),
             [d] { d->startNote(); }),
        make(tr("&Reply to caller"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), QStringLiteral("replyAction"),
             [d] { d->startReply(); }),
        make(tr("Insert &canned response"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
             QStringLiteral("cannedResponseAction"), [d] { d->pickCannedResponse(); }),
        make(tr("Start or stop the call &timer"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
             QStringLiteral("callTimerAction"), [d] { d->toggleCallTimer(); }),
    };
    auto *timeline = make(tr("Show the ti&meline"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                          QStringLiteral("showTimelineAction"), [d] { d->showTimeline(); });
    QMenu *menu = menuBar()->addMenu(tr("&Ticket"));
    menu->addAction(m_inboundCallAction);
    menu->addSeparator();
    menu->addActions(m_ticketActions);
    menu->addAction(timeline);
}

void MainWindow::createSupervisorMenu()
{
    auto make = [this](const QString &text, const QKeySequence &keys, const QString &name) {
        QAction *action = windowAction(text, keys, name);
        m_supervisorActions.append(action);
        return action;
    };
    QAction *desk = m_deskDock->toggleViewAction();
    desk->setText(tr("&Desk board"));
    desk->setObjectName(QStringLiteral("deskBoardAction"));
    desk->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_supervisorActions.append(desk);
    QAction *assign = make(tr("&Assign selected…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                           QStringLiteral("assignSelectedAction"));
    QAction *bulk = make(tr("&Bulk edit selected…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                         QStringLiteral("bulkEditAction"));
    QAction *autoAssign = make(tr("A&uto-assign…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                               QStringLiteral("autoAssignAction"));
    connect(assign, &QAction::triggered, this, [this] {
        if (const QList<qint64> ids = m_queueView->selectedTicketIds(); !ids.isEmpty())
            Q_EMIT bulkEditRequested(ids, true);
    });
    connect(bulk, &QAction::triggered, this, [this] {
        if (const QList<qint64> ids = m_queueView->selectedTicketIds(); !ids.isEmpty())
            Q_EMIT bulkEditRequested(ids, false);
    });
    connect(autoAssign, &QAction::triggered, this,
            [this] { Q_EMIT autoAssignRequested(m_queueView->selectedTicketIds()); });
    m_supervisorMenu = menuBar()->addMenu(tr("&Supervisor"));
    m_supervisorMenu->addActions(m_supervisorActions);
    setSupervisorMode(false);
}

void MainWindow::setSupervisorMode(bool enabled)
{
    m_supervisor = enabled;
    m_supervisorMenu->menuAction()->setVisible(enabled);
    for (QAction *action : std::as_const(m_supervisorActions))
        action->setEnabled(enabled && (m_changesEnabled || action == m_deskDock->toggleViewAction()));
    if (!enabled)
        m_deskDock->hide();
}

bool MainWindow::confirmSignOutWithPending(int pending)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsent changes"),
                    tr("Changes made here have not reached the server yet (%1 pending). Signing out "
                       "removes them from this computer and they will be lost.").arg(pending),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("signOutPendingBox"));
    box.setInformativeText(tr("Stay signed in until the status bar shows nothing pending, or sign out anyway."));
    QPushButton *discard = box.addButton(tr("Sign out and &discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("signOutDiscardButton"));
    QPushButton *stay = box.addButton(tr("&Stay signed in"), QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("signOutStayButton"));
    box.setDefaultButton(stay);
    box.setEscapeButton(stay);
    box.exec();
    return box.clickedButton() == discard;
}

void MainWindow::showShortcuts()
{
    QList<QAction *> actions;
    for (QAction *menuAction : menuBar()->actions()) {
        if (QMenu *menu = menuAction->menu(); menu && menuAction->isVisible())
            actions += menu->actions();
    }
    actions += m_queueView->keyboardActions();
    auto *dialog = new ShortcutsDialog(actions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About IZ Desk"),
                       tr("<h3>IZ Desk %1</h3><p>Help desk workstation for the state Immunization "
                          "Information System.</p><p>API version %2.</p>")
                           .arg(QApplication::applicationVersion(), QStringLiteral(IZDESK_API_VERSION)));
}

void MainWindow::createPatientActions()
{
    // A dock, not a tab: the specialist keeps the caller's ticket in view while looking up
    // the patient, and may float it onto a second screen.
    m_patientDock = new QDockWidget(tr("Patients"), this);
    m_patientDock->setObjectName(QStringLiteral("patientDock"));
    m_patientDock->setAllowedAreas(Qt::AllDockWidgetAreas);
    m_patientDock->setMinimumWidth(460);
    addDockWidget(Qt::RightDockWidgetArea, m_patientDock);
    m_patientDock->hide();

    auto *find = new QAction(QIcon(QStringLiteral(":/icons/find.svg")), tr("Find &patient"), this);
    find->setObjectName(QStringLiteral("findPatientAction"));
    find->setShortcuts({QKeySequence(Qt::Key_F3), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    find->setShortcutContext(Qt::WindowShortcut);
    find->setToolTip(tr("Find a patient by name, date of birth, phone, IIS ID or address (F3)"));
    connect(find, &QAction::triggered, this, &MainWindow::findPatientRequested);
    auto *fromTicket = new QAction(tr("Open patient from &ticket"), this);
    fromTicket->setObjectName(QStringLiteral("openTicketPatientAction"));
    fromTicket->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    fromTicket->setShortcutContext(Qt::WindowShortcut);
    connect(fromTicket, &QAction::triggered, this, &MainWindow::openTicketPatientRequested);
    QAction *toggle = m_patientDock->toggleViewAction();
    toggle->setText(tr("Show patients &area"));
    toggle->setObjectName(QStringLiteral("togglePatientsAction"));

    auto *menu = new QMenu(tr("&Patients"), this);
    menu->addAction(find);
    menu->addAction(fromTicket);
    menu->addSeparator();
    menu->addAction(toggle);
    // Specialists and supervisors review duplicates (contracts-duplicates.md); the
    // duplicates connector enables it for those roles.
    auto *duplicates = new QAction(tr("&Duplicate review…"), this);
    duplicates->setObjectName(QStringLiteral("duplicateReviewAction"));
    duplicates->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    duplicates->setShortcutContext(Qt::WindowShortcut);
    duplicates->setToolTip(tr("Review candidate duplicate patients, compare and merge them (Ctrl+Alt+D)"));
    connect(duplicates, &QAction::triggered, this, &MainWindow::duplicateReviewRequested);
    menu->addSeparator();
    menu->addAction(duplicates);
    const QList<QAction *> menus = menuBar()->actions();
    if (menus.isEmpty())
        menuBar()->addMenu(menu);
    else
        menuBar()->insertMenu(menus.constLast(), menu); // before Help
    if (auto *toolbar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        toolbar->addAction(find);
}

void MainWindow::createCallerActions()
{
    QAction *verify = windowAction(tr("&Verify caller…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                           QStringLiteral("verifyCallerAction"));
    verify->setToolTip(tr("Verify the caller's identity before reading or releasing anything (Ctrl+Shift+V)"));
    // Ctrl+Shift+R is "Reply to caller" already.
    QAction *release = windowAction(tr("&Release record…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R),
                            QStringLiteral("releaseRecordAction"));
    connect(verify, &QAction::triggered, this, [this] {
        if (const qint64 id = m_queueView->currentTicketId())
            Q_EMIT verifyCallerRequested(id);
    });
    connect(release, &QAction::triggered, this, [this] {
        if (const qint64 id = m_queueView->currentTicketId())
            Q_EMIT releaseRecordRequested(id);
    });
    m_ticketActions << verify << release; // need a ticket and changes enabled (online)
    auto *menu = new QMenu(tr("&Caller"), this);
    menu->setObjectName(QStringLiteral("callerMenu"));
    menu->addAction(verify);
    menu->addAction(release);
    const QList<QAction *> menus = menuBar()->actions();
    if (menus.isEmpty())
        menuBar()->addMenu(menu);
    else
        menuBar()->insertMenu(menus.constLast(), menu); // before Help
    if (auto *toolbar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        toolbar->addAction(verify);

    // Supervisors only: shown, hidden and enabled with the rest of the Supervisor menu.
    QAction *disclosures
        = windowAction(tr("Disclosures and &alerts"), QKeySequence(), QStringLiteral("disclosuresAction"));
    connect(disclosures, &QAction::triggered, this, &MainWindow::disclosuresRequested);
    m_supervisorActions.append(disclosures);
    m_supervisorMenu->addSeparator();
    m_supervisorMenu->addAction(disclosures);
    setSupervisorMode(m_supervisor);
}

void MainWindow::createExtrasActions()
{
    QAction *attach = windowAction(tr("Attach &file…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A),
                           QStringLiteral("attachFileAction"));
    QAction *link = windowAction(tr("&Link ticket…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L),
                         QStringLiteral("linkTicketAction"));
    QAction *merge = windowAction(tr("&Merge into…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M),
                          QStringLiteral("mergeTicketAction"));
    connect(attach, &QAction::triggered, this, &MainWindow::attachFileRequested);
    connect(link, &QAction::triggered, this, &MainWindow::linkTicketRequested);
    connect(merge, &QAction::triggered, this, &MainWindow::mergeTicketRequested);
    m_ticketActions << attach << link << merge; // need a ticket and changes enabled (online)
    for (QMenu *menu : menuBar()->findChildren<QMenu *>()) {
        if (menu->menuAction()->text() == tr("&Ticket")) {
            menu->addSeparator();
            menu->addActions({attach, link, merge});
            break;
        }
    }
    // Supervisors only: shown and hidden with the rest of the Supervisor menu.
    QAction *canned
        = windowAction(tr("&Canned responses…"), QKeySequence(), QStringLiteral("manageCannedResponsesAction"));
    connect(canned, &QAction::triggered, this, &MainWindow::cannedResponsesRequested);
    m_supervisorActions.append(canned);
    m_supervisorMenu->addSeparator();
    m_supervisorMenu->addAction(canned);
    setSupervisorMode(m_supervisor);
}

void MainWindow::createAccountsActions()
{
    // Every staff role may read the worklists (contracts-accounts.md); bulk actions inside
    // the worklist window are limited to the roles the server allows.
    auto *worklists = new QAction(tr("&Worklists…"), this);
    worklists->setObjectName(QStringLiteral("accountsWorklistsAction"));
    worklists->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    worklists->setShortcutContext(Qt::WindowShortcut);
    worklists->setToolTip(tr("Expiring agreements, pending account requests and recently inactivated accounts "
                             "(Ctrl+Shift+W)"));
    connect(worklists, &QAction::triggered, this, &MainWindow::accountsWorklistsRequested);
    auto *menu = new QMenu(tr("&Accounts"), this);
    menu->setObjectName(QStringLiteral("accountsMenu"));
    menu->addAction(worklists);
    const QList<QAction *> menus = menuBar()->actions();
    if (menus.isEmpty())
        menuBar()->addMenu(menu);
    else
        menuBar()->insertMenu(menus.constLast(), menu); // before Help
}

void MainWindow::createAdministrationActions()
{
    QAction *password = windowAction(tr("Change my &password…"), QKeySequence(), QStringLiteral("changePasswordAction"));
    connect(password, &QAction::triggered, this, &MainWindow::changePasswordRequested);
    QMenu *file = menuBar()->actions().constFirst()->menu(); // File, beside Sign out
    file->insertAction(findChild<QAction *>(QStringLiteral("signOutAction")), password);
    QAction *staff = windowAction(tr("&Staff accounts…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S),
                                  QStringLiteral("staffAccountsAction"));
    staff->setToolTip(tr("Create staff accounts, change roles, disable, unlock and reset passwords (Ctrl+Alt+S)"));
    connect(staff, &QAction::triggered, this, &MainWindow::staffAccountsRequested);
    m_administrationMenu = new QMenu(tr("Ad&ministration"), this);
    m_administrationMenu->setObjectName(QStringLiteral("administrationMenu"));
    m_administrationMenu->addAction(staff);
    menuBar()->insertMenu(menuBar()->actions().constLast(), m_administrationMenu); // before Help
    setAdministrationMode(false);
}

void MainWindow::setAdministrationMode(bool enabled)
{
    m_administrationMenu->menuAction()->setVisible(enabled);
    for (QAction *action : m_administrationMenu->actions())
        action->setEnabled(enabled);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Q_EMIT closing();
    QMainWindow::closeEvent(event);
}

} // namespace izdesk
