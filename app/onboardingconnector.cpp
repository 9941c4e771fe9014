#include "onboardingconnector.h"

#include "hl7checkconnector.h"
#include "hl7checkerview.h"
#include "mainwindow.h"
#include "onboardingboardview.h"
#include "onboardingcontroller.h"
#include "onboardingprojectview.h"
#include "organizationview.h"
#include "permissions.h"
#include "presentwindow.h"
#include "recordrenderer.h"
#include "sessioncontroller.h"
#include "staffuser.h"
#include "ticketlistmodel.h"
#include "ticketqueueview.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace izdesk {

OnboardingConnector::OnboardingConnector(MainWindow *window, SessionController *session,
                                         OnboardingController *onboarding, OrganizationView *organizationView,
                                         QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_onboarding(onboarding)
    , m_organizationView(organizationView)
    , m_board(new OnboardingBoardView)
    , m_project(new OnboardingProjectView)
    , m_renderer(new RecordRenderer(this))
{
    for (QWidget *view : {static_cast<QWidget *>(m_board), static_cast<QWidget *>(m_project)}) {
        view->setWindowFlag(Qt::Window);
        view->setWindowIcon(window->windowIcon());
    }
    connect(window, &MainWindow::onboardingBoardRequested, this, &OnboardingConnector::openBoard);
    connect(session, &SessionController::signedIn, this, &OnboardingConnector::onSignedIn);
    connect(session, &SessionController::connectivityChanged, m_project, &OnboardingProjectView::setChangesEnabled);
    connect(onboarding, &OnboardingController::sessionEnded, this, &OnboardingConnector::closeAll);
    connectController();
    connectViews();
}

OnboardingConnector::~OnboardingConnector()
{
    delete m_board;
    delete m_project;
}

void OnboardingConnector::onSignedIn(const StaffUser &me)
{
    const bool mayManage = Permissions::granted(me.role, Permission::OnboardingManage);
    m_board->setMayManage(mayManage);
    m_project->setPermissions(Permissions::granted(me.role, Permission::OnboardingWork), mayManage);
    m_project->setChangesEnabled(true);
}

void OnboardingConnector::closeAll()
{
    m_board->hide();
    m_project->hide();
    m_board->clear();
    m_project->clear();
    m_board->setMayManage(false);
    m_project->setPermissions(false, false);
}

void OnboardingConnector::openBoard()
{
    presentWindow(m_board);
    reloadBoard();
}

void OnboardingConnector::reloadBoard()
{
    m_board->showLoading();
    m_onboarding->loadBoard();
}

void OnboardingConnector::openProject(qint64 projectId)
{
    if (m_project->projectId() != projectId)
        m_project->clear();
    m_project->showBusy(tr("Opening project %1…").arg(projectId));
    presentWindow(m_project);
    m_onboarding->loadProject(projectId);
}

void OnboardingConnector::connectController()
{
    OnboardingController *o = m_onboarding;
    connect(o, &OnboardingController::boardLoaded, this,
            [this](const QList<OnboardingProject> &projects, const QList<OnboardingQueueEntry> &queue) {
                m_board->setBoard(projects, queue, m_onboarding->serverNow());
            });
    connect(o, &OnboardingController::projectLoaded, this, [this](const OnboardingProject &project) {
        m_project->setProject(project, m_onboarding->serverNow());
        m_project->showMessage(QString());
    });
    connect(o, &OnboardingController::projectChanged, this,
            [this](const OnboardingProject &project, const QString &what) {
                if (m_project->projectId() == project.id) {
                    m_project->setProject(project, m_onboarding->serverNow());
                    m_project->showMessage(what);
                }
                if (m_board->isVisible())
                    reloadBoard();
            });
    connectProjectResults();
    connectSubmissions();
    connectFailures();
    connect(o, &OnboardingController::invited, this, [this](const OnboardingProject &project) {
        m_board->showMessage(
            tr("%1 is invited: project %2 has started.").arg(project.organization.name).arg(project.id));
        reloadBoard();
    });
    connect(o, &OnboardingController::queueEntryChanged, this,
            [this](const OnboardingQueueEntry &, const QString &what) {
                m_board->showMessage(what);
                reloadBoard();
            });
    connect(o, &OnboardingController::organizationLoaded, this,
            [this](qint64, const QList<OnboardingQueueEntry> &queue, const QList<OnboardingProject> &projects) {
                // The active project first, else the newest one.
                const OnboardingProject *chosen = nullptr;
                for (const OnboardingProject &p : projects) {
                    if (p.isActive()) {
                        chosen = &p;
                        break;
                    }
                    if (!chosen || p.createdAt > chosen->createdAt)
                        chosen = &p;
                }
                if (chosen) {
                    tellOrganization(QString());
                    openProject(chosen->id);
                    return;
                }
                for (const OnboardingQueueEntry &e : queue) {
                    if (e.isWaiting()) {
                        tellOrganization(
                            tr("No onboarding project yet: waiting in the queue at position %1 (priority %2).")
                                .arg(e.position)
                                .arg(e.priority));
                        return;
                    }
                }
                tellOrganization(tr("This organization has no onboarding project and is not in the queue."));
            });
}

void OnboardingConnector::connectProjectResults()
{
    OnboardingController *o = m_onboarding;
    const auto forOpenProject = [this](qint64 projectId) { return m_project->projectId() == projectId; };
    connect(o, &OnboardingController::eventsLoaded, this,
            [this, forOpenProject](qint64 id, const QList<OnboardingEvent> &events) {
                if (forOpenProject(id))
                    m_project->setEvents(events);
            });
    connect(o, &OnboardingController::submissionsLoaded, this,
            [this, forOpenProject](qint64 id, const QList<OnboardingSubmission> &submissions) {
                if (forOpenProject(id))
                    m_project->setSubmissions(submissions);
            });
    connect(o, &OnboardingController::lettersLoaded, this,
            [this, forOpenProject](qint64 id, const QList<OnboardingLetter> &letters) {
                if (forOpenProject(id))
                    m_project->setLetters(letters);
            });
    connect(o, &OnboardingController::letterIssued, this,
            [this, forOpenProject](qint64 id, const OnboardingLetter &letter) {
                if (forOpenProject(id))
                    m_project->showMessage(tr("%1 issued; select it under Letters to save it as PDF.")
                                               .arg(Onboarding::letterKindLabel(letter.kind)));
            });
    connect(o, &OnboardingController::gateRefused, this, [this, forOpenProject](qint64 id, const OnboardingGate &gate) {
        if (forOpenProject(id))
            m_project->showGateRefused(gate);
    });
    connect(o, &OnboardingController::saveConflicted, m_project, &OnboardingProjectView::showConflict);
}

void OnboardingConnector::connectFailures()
{
    OnboardingController *o = m_onboarding;
    connect(o, &OnboardingController::requestFailed, this,
            [this](OnboardingController::Action action, const QString &message) {
                using A = OnboardingController::Action;
                if (action == A::Board || action == A::Invite || action == A::WithdrawEntry)
                    m_board->showMessage(message, true);
                else if (action == A::Organization)
                    tellOrganization(message, true);
                else
                    m_project->showMessage(message, true);
                if (!m_board->isVisible() && !m_project->isVisible())
                    m_window->statusBar()->showMessage(message, 8000);
            });
    connect(m_renderer, &RecordRenderer::pdfSaved, this, [this](const QString &path, qint64 bytes) {
        m_project->showMessage(tr("Letter saved to %1 (%2).").arg(path, QLocale().formattedDataSize(bytes)));
    });
    connect(m_renderer, &RecordRenderer::pdfFailed, this, [this](const QString &path, const QString &message) {
        m_project->showMessage(tr("The letter could not be saved to %1: %2").arg(path, message), true);
    });
}

void OnboardingConnector::connectSubmissions()
{
    OnboardingController *o = m_onboarding;
    connect(o, &OnboardingController::submissionAdded, this, [this](qint64 id, const OnboardingSubmission &s) {
        if (m_project->projectId() == id)
            m_project->showSubmissionAdded(s);
    });
    connect(o, &OnboardingController::submissionLoaded, m_project, &OnboardingProjectView::showSubmissionReport);
    connect(o, &OnboardingController::submissionContentLoaded, this, &OnboardingConnector::showInChecker);
    connect(m_project, &OnboardingProjectView::addSubmissionRequested, o, &OnboardingController::addSubmission);
    connect(m_project, &OnboardingProjectView::submissionSelected, o, &OnboardingController::loadSubmission);
    connect(m_project, &OnboardingProjectView::openInCheckerRequested, this,
            [this](qint64 id, const QString &fileName) {
                m_project->showBusy(tr("Opening %1 in the HL7 checker…").arg(fileName));
                m_onboarding->loadSubmissionContent(id, fileName);
            });
}

void OnboardingConnector::showInChecker(qint64 submissionId, const QString &fileName, const QByteArray &bytes)
{
    if (!m_checker)
        return;
    m_project->showMessage(QString());
    m_checker->open();
    Hl7CheckerView *view = m_checker->view();
    view->setContext(tr("Test submission #%1 of onboarding project #%2: %3")
                         .arg(submissionId)
                         .arg(m_project->projectId())
                         .arg(fileName));
    view->setFile(fileName, bytes);
    view->check();
}

void OnboardingConnector::connectViews()
{
    OnboardingController *o = m_onboarding;
    connect(m_board, &OnboardingBoardView::refreshRequested, this, &OnboardingConnector::reloadBoard);
    connect(m_board, &OnboardingBoardView::projectOpenRequested, this, &OnboardingConnector::openProject);
    connect(m_board, &OnboardingBoardView::inviteRequested, this, [this](qint64 id) {
        m_board->showMessage(tr("Inviting…"));
        m_onboarding->invite(id);
    });
    connect(m_board, &OnboardingBoardView::withdrawEntryRequested, o, &OnboardingController::withdrawEntry);
    connect(m_project, &OnboardingProjectView::refreshRequested, this, &OnboardingConnector::openProject);
    connect(m_project, &OnboardingProjectView::saveRequested, o, &OnboardingController::saveProject);
    connect(m_project, &OnboardingProjectView::planRequested, o, &OnboardingController::setPlan);
    connect(m_project, &OnboardingProjectView::advanceRequested, o, &OnboardingController::advance);
    connect(m_project, &OnboardingProjectView::recordRequested, o, &OnboardingController::record);
    connect(m_project, &OnboardingProjectView::scheduleRequested, o, &OnboardingController::schedule);
    connect(m_project, &OnboardingProjectView::moveBackRequested, o, &OnboardingController::moveBack);
    connect(m_project, &OnboardingProjectView::withdrawRequested, o, &OnboardingController::withdraw);
    connect(m_project, &OnboardingProjectView::letterRequested, o, &OnboardingController::issueLetter);
    connect(m_project, &OnboardingProjectView::letterSaveRequested, this,
            [this](const OnboardingLetter &letter, const QString &path) {
                const QString footer = tr("%1 — onboarding project #%2 — letter #%3 issued by %4 on %5")
                                           .arg(Onboarding::letterKindLabel(letter.kind))
                                           .arg(m_project->projectId())
                                           .arg(letter.id)
                                           .arg(letter.issuedBy, QLocale().toString(letter.issuedAt.toLocalTime(),
                                                                                    QLocale::ShortFormat));
                m_renderer->saveLetterPdf(letter.content, footer, path);
            });
    if (m_organizationView) {
        connect(m_organizationView, &OrganizationView::onboardingRequested, this, [this](qint64 organizationId) {
            m_fromTicket = false;
            m_organizationView->showMessage(tr("Looking up the onboarding project…"));
            m_onboarding->loadOrganization(organizationId);
        });
    }
}

void OnboardingConnector::tellOrganization(const QString &message, bool error)
{
    if (!m_fromTicket && m_organizationView)
        m_organizationView->showMessage(message, error);
    else if (!message.isEmpty())
        m_window->statusBar()->showMessage(message, 8000);
}

void OnboardingConnector::offerForTickets(TicketListModel *tickets)
{
    // Ticket ▸ Open onboarding project, for a data exchange ticket with an organization.
    m_tickets = tickets;
    m_ticketAction = new QAction(tr("Open onboarding &project"), m_window);
    m_ticketAction->setObjectName(QStringLiteral("ticketOnboardingAction"));
    m_ticketAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    m_ticketAction->setShortcutContext(Qt::WindowShortcut);
    m_ticketAction->setToolTip(tr("Open the onboarding project of a data exchange ticket's organization (Ctrl+Alt+P)"));
    m_ticketAction->setEnabled(false);
    m_window->addAction(m_ticketAction);
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        if (menuAction->menu() && menuAction->text() == MainWindow::tr("&Ticket")) {
            menuAction->menu()->addAction(m_ticketAction);
            break;
        }
    }
    connect(m_ticketAction, &QAction::triggered, this, [this] {
        const auto ticket = m_tickets->ticketById(m_window->queueView()->currentTicketId());
        if (!ticket || ticket->category != QLatin1String("data_exchange") || !ticket->organizationId)
            return;
        m_fromTicket = true;
        m_window->statusBar()->showMessage(
            tr("Looking up the onboarding project of %1…").arg(ticket->organizationName));
        m_onboarding->loadOrganization(*ticket->organizationId);
    });
    connect(m_window->queueView(), &TicketQueueView::currentTicketChanged, this,
            &OnboardingConnector::updateTicketAction);
    connect(m_session, &SessionController::signedIn, this,
            [this] { updateTicketAction(m_window->queueView()->currentTicketId()); });
    connect(m_session, &SessionController::signedOut, this, [this] { m_ticketAction->setEnabled(false); });
}

void OnboardingConnector::updateTicketAction(qint64 ticketId)
{
    const auto ticket = m_tickets->ticketById(ticketId);
    m_ticketAction->setEnabled(m_session->isSignedIn() && ticket && ticket->category == QLatin1String("data_exchange")
                               && ticket->organizationId.has_value());
}

} // namespace izdesk
