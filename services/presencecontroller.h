#pragma once

#include "presencechange.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

namespace izdesk {

class SessionController;
class TicketQueueController;

// Who is looking at which ticket. Sends this desk's presence for the open ticket
// (PUT /tickets/{id}/presence every 20 s while it is open, DELETE when it closes) and keeps
// everyone's presence from the change feed (TicketQueueController::presenceReceived).
// GUI-thread object; never blocks.
class PresenceController : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Viewing, Editing };

    PresenceController(SessionController *session, TicketQueueController *queue, QObject *parent = nullptr);

    // The ticket this desk has open (0 = none); replaces the previous one.
    void openTicket(qint64 ticketId, Mode mode = Mode::Viewing);
    void setMode(Mode mode);   // viewing <-> editing for the open ticket
    void closeTicket();
    qint64 openTicketId() const { return m_ticketId; }

    // Everyone with the ticket open, this desk's user included.
    QList<TicketViewer> viewers(qint64 ticketId) const { return m_viewers.value(ticketId); }
    // The same without the signed-in user ("who else").
    QList<TicketViewer> others(qint64 ticketId) const;

Q_SIGNALS:
    void presenceChanged(qint64 ticketId, const QList<izdesk::TicketViewer> &viewers);

private:
    void heartbeat();
    void onPresence(const QList<PresenceChange> &changes);
    void clearAll();

    SessionController *m_session;
    QTimer m_heartbeat;
    QHash<qint64, QList<TicketViewer>> m_viewers;
    qint64 m_ticketId = 0;
    Mode m_mode = Mode::Viewing;
};

} // namespace izdesk
