#include "hl7checkconnector.h"

#include "hl7checkcontroller.h"
#include "hl7checkerview.h"
#include "mainwindow.h"
#include "permissions.h"
#include "presentwindow.h"
#include "sessioncontroller.h"
#include "staffuser.h"
#include "ticketlistmodel.h"
#include "ticketqueueview.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace izdesk {

namespace {
const QString kDataExchange = QStringLiteral("data_exchange");
}

Hl7CheckConnector::Hl7CheckConnector(MainWindow *window, SessionController *session, Hl7CheckController *checks,
                                     TicketListModel *tickets, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_checks(checks)
    , m_tickets(tickets)
    , m_view(new Hl7CheckerView)
{
    m_view->setWindowFlag(Qt::Window);
    m_view->setWindowIcon(window->windowIcon());

    if (auto *action = window->findChild<QAction *>(QStringLiteral("hl7CheckerAction")))
        action->setEnabled(false);
    connect(window, &MainWindow::hl7CheckerRequested, this, &Hl7CheckConnector::open);

    // Ticket ▸ Check HL7 for this ticket, for a data exchange (onboarding) ticket.
    m_ticketAction = new QAction(tr("Check &HL7 for this ticket…"), window);
    m_ticketAction->setObjectName(QStringLiteral("ticketHl7CheckAction"));
    m_ticketAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H));
    m_ticketAction->setShortcutContext(Qt::WindowShortcut);
    m_ticketAction->setToolTip(tr("Open the HL7 message checker for a data exchange ticket (Ctrl+Alt+H)"));
    m_ticketAction->setEnabled(false);
    window->addAction(m_ticketAction);
    for (QAction *menuAction : window->menuBar()->actions()) {
        if (menuAction->menu() && menuAction->text() == MainWindow::tr("&Ticket")) {
            menuAction->menu()->addSeparator();
            menuAction->menu()->addAction(m_ticketAction);
            break;
        }
    }
    connect(m_ticketAction, &QAction::triggered, this,
            [this] { openForTicket(m_window->queueView()->currentTicketId()); });
    connect(window->queueView(), &TicketQueueView::currentTicketChanged, this, &Hl7CheckConnector::updateTicketAction);

    connect(session, &SessionController::signedIn, this, &Hl7CheckConnector::onSignedIn);
    connect(session, &SessionController::connectivityChanged, m_view, &Hl7CheckerView::setOnline);
    connect(m_view, &Hl7CheckerView::checkRequested, checks, &Hl7CheckController::check);
    connect(m_view, &Hl7CheckerView::openFileRequested, checks, &Hl7CheckController::openFile);
    connect(checks, &Hl7CheckController::checkStarted, m_view, &Hl7CheckerView::showChecking);
    connect(checks, &Hl7CheckController::checked, m_view, &Hl7CheckerView::showResult);
    connect(checks, &Hl7CheckController::checkFailed, m_view, &Hl7CheckerView::showError);
    connect(checks, &Hl7CheckController::fileOpened, m_view, &Hl7CheckerView::setFile);
    connect(checks, &Hl7CheckController::fileFailed, m_view, &Hl7CheckerView::showError);
    connect(checks, &Hl7CheckController::sessionEnded, this, [this] {
        m_view->hide();
        m_view->clear();
        m_view->setContext({});
        m_allowed = false;
        m_ticketAction->setEnabled(false);
    });
}

Hl7CheckConnector::~Hl7CheckConnector()
{
    delete m_view;
}

void Hl7CheckConnector::onSignedIn(const StaffUser &me)
{
    m_allowed = Permissions::granted(me.role, Permission::Hl7Check);
    if (auto *action = m_window->findChild<QAction *>(QStringLiteral("hl7CheckerAction"))) {
        action->setEnabled(m_allowed);
        action->setStatusTip(m_allowed ? QString() : tr("Checking HL7 messages is for desk staff."));
    }
    m_view->setOnline(m_session->isOnline());
    updateTicketAction(m_window->queueView()->currentTicketId());
}

void Hl7CheckConnector::updateTicketAction(qint64 ticketId)
{
    const auto ticket = m_tickets->ticketById(ticketId);
    m_ticketAction->setEnabled(m_allowed && ticket && ticket->category == kDataExchange);
}

void Hl7CheckConnector::open()
{
    if (!m_allowed)
        return;
    presentWindow(m_view);
}

void Hl7CheckConnector::openForTicket(qint64 ticketId)
{
    const auto ticket = m_tickets->ticketById(ticketId);
    if (!m_allowed || !ticket || ticket->category != kDataExchange)
        return;
    m_view->setContext(tr("For ticket #%1: %2").arg(ticket->id).arg(ticket->subject));
    presentWindow(m_view);
}

} // namespace izdesk
