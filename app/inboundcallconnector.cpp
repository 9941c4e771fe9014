#include "inboundcallconnector.h"

#include "inboundcalldialog.h"
#include "mainwindow.h"
#include "ticketqueuecontroller.h"
#include "ticketqueueview.h"
#include "tickettimelinecontroller.h"

#include <QStatusBar>

namespace izdesk {

InboundCallConnector::InboundCallConnector(MainWindow *window, TicketQueueController *queue,
                                           TicketTimelineController *timeline, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_queue(queue)
    , m_timeline(timeline)
    , m_dialog(new InboundCallDialog(window))
{
    connect(window, &MainWindow::inboundCallRequested, this, &InboundCallConnector::open);
    connect(m_dialog, &InboundCallDialog::recentTicketsRequested, this,
            [this](const QString &phone) { m_timeline->loadRecentTickets(phone); });
    connect(timeline, &TicketTimelineController::recentTicketsLoaded, m_dialog, &InboundCallDialog::setRecentTickets);
    connect(m_dialog, &InboundCallDialog::ticketSubmitted, this, [this](QJsonObject body, const CallLog &call) {
        // The call travels inside the ticket's create request: one outbox entry that survives
        // a crash offline and is logged with the ticket in one server transaction.
        body.insert(QStringLiteral("call"),
                    m_timeline->callEntry(call.body, call.direction, call.phone, call.startedAt, call.endedAt));
        m_awaitingCreate = true;
        m_queue->createTicket(body);
    });
    connect(m_dialog, &InboundCallDialog::callOnExistingSubmitted, this, [this](qint64 id, const CallLog &call) {
        m_timeline->addCall(id, call.body, call.direction, call.phone, call.startedAt, call.endedAt);
        m_dialog->confirmSaved();
        m_window->queueView()->selectTicket(id);
    });
    connect(queue, &TicketQueueController::ticketSaved, this, [this](const Ticket &, bool created) {
        if (!created || !m_awaitingCreate)
            return;
        m_awaitingCreate = false;
        if (m_dialog->isSaving())
            m_dialog->confirmSaved();
    });
    connect(queue, &TicketQueueController::writeQueued, this, [this](qint64, bool offline) {
        if (!offline || !m_awaitingCreate)
            return;
        m_awaitingCreate = false;
        if (m_dialog->isSaving()) {
            m_dialog->confirmSaved();
            m_window->statusBar()->showMessage(
                tr("No connection: the new ticket and its call are saved on this computer and will be sent later."),
                10000);
        }
    });
    connect(queue, &TicketQueueController::saveFailed, this, [this](const QString &message) {
        if (!m_awaitingCreate)
            return;
        m_awaitingCreate = false;
        if (m_dialog->isSaving())
            m_dialog->showSaveFailed(message);
    });
}

void InboundCallConnector::open()
{
    if (m_dialog->isVisible()) {
        m_dialog->raise();
        return;
    }
    m_dialog->startCall();
    m_dialog->open();
}

void InboundCallConnector::close()
{
    if (m_dialog->isVisible())
        m_dialog->done(QDialog::Rejected);
    m_awaitingCreate = false;
}

} // namespace izdesk
