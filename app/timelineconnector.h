#pragma once

#include "widgettypes.h"

#include <QHash>
#include <QObject>

namespace izdesk {

class PresenceController;
class TicketDetailPanel;
class TicketQueueView;
class TicketQueueController;
class TicketTimelineController;
struct CannedResponse;
struct TicketViewer;
struct TimelineEntry;

// Wires the detail panel's timeline (entries, note/reply composer, call log) and the
// "who else is here" line (and the queue's presence marks) to TicketTimelineController and PresenceController, converting
// service types to the widgets' plain types. GUI thread only.
class TimelineConnector : public QObject
{
    Q_OBJECT

public:
    TimelineConnector(TicketDetailPanel *panel, TicketTimelineController *timeline, PresenceController *presence,
                      TicketQueueController *queue, QObject *parent = nullptr);

    // The queue marks tickets others have open (icon on the number, tooltip says who).
    void setQueueView(TicketQueueView *view) { m_queueView = view; }
    void onSignedIn();
    void onSignedOut();

    static TimelineRow toRow(const TimelineEntry &entry);
    static CannedResponseChoice toChoice(const CannedResponse &response);
    // "Jamie is editing", "Jamie and Alex are viewing", "" for nobody else.
    static QString presenceText(const QList<TicketViewer> &others, const QHash<QString, QString> &names);

Q_SIGNALS:
    void messageRaised(const QString &message);

private:
    void showPresence(qint64 ticketId);
    qint64 shownTicketId() const;

    TicketDetailPanel *m_panel;
    TicketTimelineController *m_timeline;
    PresenceController *m_presence;
    TicketQueueController *m_queue;
    TicketQueueView *m_queueView = nullptr;
    QHash<qint64, QString> m_presenceByTicket;
    qint64 m_pendingEntryTicket = 0;
};

} // namespace izdesk
