#pragma once

#include <QObject>


namespace izdesk {

class InboundCallDialog;
class MainWindow;
class TicketQueueController;
class TicketTimelineController;

// Phone-first capture: Ticket ▸ Inbound call (Ctrl+Shift+N) opens InboundCallDialog; its
// debounced look-ups go to TicketTimelineController::loadRecentTickets; "Create ticket"
// creates the ticket with its call log in one request through the queue's durable outbox
// (online or offline); "Log call on selected"
// logs the call on an existing ticket. GUI thread only.
class InboundCallConnector : public QObject
{
    Q_OBJECT

public:
    InboundCallConnector(MainWindow *window, TicketQueueController *queue, TicketTimelineController *timeline,
                         QObject *parent = nullptr);

    InboundCallDialog *dialog() const { return m_dialog; }
    void open();
    void close();

private:
    MainWindow *m_window;
    TicketQueueController *m_queue;
    TicketTimelineController *m_timeline;
    InboundCallDialog *m_dialog;
    bool m_awaitingCreate = false; // the dialog's ticket was handed to the queue, answer pending
};

} // namespace izdesk
