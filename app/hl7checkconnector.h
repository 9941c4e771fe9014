#pragma once

#include <QObject>

class QAction;

namespace izdesk {

class Hl7CheckController;
class Hl7CheckerView;
class MainWindow;
class SessionController;
class TicketListModel;
struct StaffUser;

// View ▸ HL7 message checker (Ctrl+Shift+H), and Ticket ▸ Check HL7 for this ticket
// (Ctrl+Alt+H) on a ticket of category data_exchange: the checker window wired to
// Hl7CheckController. Enabled for the roles the server lets check (hl7_check); follows
// connectivity; the window keeps its text when closed, and sign-out empties and hides it
// (messages hold patient data). GUI thread only.
class Hl7CheckConnector : public QObject
{
    Q_OBJECT

public:
    Hl7CheckConnector(MainWindow *window, SessionController *session, Hl7CheckController *checks,
                      TicketListModel *tickets, QObject *parent = nullptr);
    ~Hl7CheckConnector() override;

    Hl7CheckerView *view() const { return m_view; }

    void open();
    void openForTicket(qint64 ticketId);

private:
    void onSignedIn(const StaffUser &me);
    void updateTicketAction(qint64 ticketId);

    MainWindow *m_window;
    SessionController *m_session;
    Hl7CheckController *m_checks;
    TicketListModel *m_tickets;
    Hl7CheckerView *m_view;
    QAction *m_ticketAction = nullptr;
    bool m_allowed = false;
};

} // namespace izdesk
