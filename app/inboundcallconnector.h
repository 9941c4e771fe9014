#pragma once

#include "widgettypes.h"

#include <QObject>

#include <optional>

namespace izdesk {

class InboundCallDialog;
class MainWindow;
class TicketQueueController;
class TicketTimelineController;

// Phone-first capture: Ticket ▸ Inbound call (Ctrl+Shift+N) opens InboundCallDialog; its
// debounced look-ups go to TicketTimelineController::loadRecentTickets; "Create ticket"
// creates the ticket through the queue and then logs the call on it; "Log call on selected"
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
    std::optional<CallLog> m_pendingCall; // logged once the new ticket exists
};

} // namespace izdesk
