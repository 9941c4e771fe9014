#include "timelineconnector.h"

#include "presencecontroller.h"
#include "queuetypes.h"
#include "ticketdetailpanel.h"
#include "ticketqueuecontroller.h"
#include "ticketqueueview.h"
#include "tickettimelinecontroller.h"

namespace izdesk {

TimelineConnector::TimelineConnector(TicketDetailPanel *panel, TicketTimelineController *timeline,
                                     PresenceController *presence, TicketQueueController *queue, QObject *parent)
    : QObject(parent)
    , m_panel(panel)
    , m_timeline(timeline)
    , m_presence(presence)
    , m_queue(queue)
{
    connect(panel, &TicketDetailPanel::timelineRequested, this, [this](qint64 id) {
        m_timeline->loadEntries(id);
        m_presence->openTicket(id);
        showPresence(id);
    });
    connect(timeline, &TicketTimelineController::entriesLoaded, this,
            [this](qint64 id, const QList<TimelineEntry> &entries) {
                QList<TimelineRow> rows;
                rows.reserve(entries.size());
                for (const TimelineEntry &e : entries)
                    rows.append(toRow(e));
                m_panel->setEntries(id, rows);
            });
    connect(panel, &TicketDetailPanel::entryRequested, this, [this](qint64 id, const QString &kind, const QString &body) {
        m_pendingEntryTicket = id;
        if (kind == QLatin1String("reply"))
            m_timeline->addReply(id, body);
        else
            m_timeline->addNote(id, body);
    });
    connect(panel, &TicketDetailPanel::callLogRequested, this, [this](qint64 id, const CallLog &call) {
        m_pendingEntryTicket = id;
        m_timeline->addCall(id, call.body, call.direction, call.phone, call.startedAt, call.endedAt);
    });
    connect(timeline, &TicketTimelineController::entryAdded, this, [this](const TimelineEntry &entry) {
        m_panel->appendEntry(entry.ticketId, toRow(entry));
        if (entry.ticketId == m_pendingEntryTicket) {
            m_pendingEntryTicket = 0;
            m_panel->confirmEntrySaved();
        }
    });
    connect(timeline, &TicketTimelineController::writeQueued, this, [this](qint64 ticketId) {
        if (ticketId == m_pendingEntryTicket) {
            m_pendingEntryTicket = 0;
            m_panel->confirmEntrySaved();
        }
        Q_EMIT messageRaised(tr("Saved on this computer; it will be sent when the server can be reached."));
    });
    connect(timeline, &TicketTimelineController::operationFailed, this, &TimelineConnector::messageRaised);
    connect(timeline, &TicketTimelineController::cannedResponsesLoaded, this,
            [this](const QList<CannedResponse> &responses) {
                QList<CannedResponseChoice> choices;
                for (const CannedResponse &r : responses)
                    choices.append(toChoice(r));
                m_panel->setCannedResponses(choices);
            });
    connect(presence, &PresenceController::presenceChanged, this, [this](qint64 ticketId) {
        if (ticketId == shownTicketId())
            showPresence(ticketId);
        if (!m_queueView)
            return;
        QHash<QString, QString> names;
        for (const StaffUser &s : m_queue->staff())
            names.insert(s.username, s.displayName);
        const QString text = presenceText(m_presence->others(ticketId), names);
        if (text.isEmpty())
            m_presenceByTicket.remove(ticketId);
        else
            m_presenceByTicket.insert(ticketId, text);
        m_queueView->setPresence(m_presenceByTicket);
    });
}

void TimelineConnector::onSignedIn()
{
    m_timeline->loadCannedResponses();
}

void TimelineConnector::onSignedOut()
{
    m_presence->closeTicket();
    m_pendingEntryTicket = 0;
    m_presenceByTicket.clear();
    if (m_queueView)
        m_queueView->setPresence({});
}

qint64 TimelineConnector::shownTicketId() const
{
    const auto ticket = m_panel->ticket();
    return ticket ? ticket->id : 0;
}

void TimelineConnector::showPresence(qint64 ticketId)
{
    QHash<QString, QString> names;
    for (const StaffUser &s : m_queue->staff())
        names.insert(s.username, s.displayName);
    m_panel->setPresenceText(presenceText(m_presence->others(ticketId), names));
}

QString TimelineConnector::presenceText(const QList<TicketViewer> &others, const QHash<QString, QString> &names)
{
    QStringList editing;
    QStringList viewing;
    for (const TicketViewer &v : others) {
        const QString name = names.value(v.username).isEmpty() ? v.username : names.value(v.username);
        (v.mode == QLatin1String("editing") ? editing : viewing).append(name);
    }
    auto join = [](const QStringList &people) {
        return people.size() == 1 ? people.first()
                                  : tr("%1 and %2").arg(QStringList(people.mid(0, people.size() - 1)).join(tr(", ")),
                                                        people.last());
    };
    QStringList parts;
    if (!editing.isEmpty())
        parts << (editing.size() == 1 ? tr("%1 is editing") : tr("%1 are editing")).arg(join(editing));
    if (!viewing.isEmpty())
        parts << (viewing.size() == 1 ? tr("%1 is viewing") : tr("%1 are viewing")).arg(join(viewing));
    return parts.join(tr("; "));
}

TimelineRow TimelineConnector::toRow(const TimelineEntry &e)
{
    TimelineRow row;
    row.id = e.id;
    row.kind = e.kind;
    row.body = e.body;
    row.author = e.author;
    row.createdAt = e.createdAt;
    row.direction = e.direction;
    row.phone = e.phone;
    row.startedAt = e.startedAt;
    row.endedAt = e.endedAt;
    row.durationSeconds = e.durationSeconds.value_or(
        e.startedAt.isValid() && e.endedAt.isValid() ? e.startedAt.secsTo(e.endedAt) : 0);
    return row;
}

CannedResponseChoice TimelineConnector::toChoice(const CannedResponse &r)
{
    return {r.id, r.title, r.body, r.category};
}

} // namespace izdesk
