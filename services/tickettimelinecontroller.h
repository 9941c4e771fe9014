#pragma once

#include "outbox.h"
#include "outboxentry.h"
#include "queuetypes.h"

#include <ticket.h>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace izdesk {

class SessionController;
struct ApiReply;

// Everything about one ticket besides its fields: the timeline (notes, replies, call log),
// attachments, links and merge, recent tickets of a caller, and the canned responses list.
// Writes (entries, links, merge) go through the durable Outbox, so a call logged during an
// outage is kept and sent later. Attachment files are read and written on a worker thread,
// never on the GUI thread. Every call returns at once; results arrive by signal.
// GUI-thread object.
class TicketTimelineController : public QObject
{
    Q_OBJECT

public:
    // The attachment route's limits (contracts-queue.md), checked here before any upload.
    static constexpr qint64 kMaxAttachmentBytes = 10 * 1024 * 1024;

    explicit TicketTimelineController(SessionController *session, QObject *parent = nullptr);

    void loadEntries(qint64 ticketId);               // every page, oldest first
    void addNote(qint64 ticketId, const QString &body);
    void addReply(qint64 ticketId, const QString &body);
    void addCall(qint64 ticketId, const QString &body, const QString &direction, const QString &phone,
                 const QDateTime &startedAt, const QDateTime &endedAt);
    // A call log entry as the server takes it, on its own or inside a new ticket ("call").
    // startedAt and endedAt are this computer's clock readings; they are sent on the server's
    // clock (ServerClock), like every time the server stores, the duration unchanged.
    QJsonObject callEntry(const QString &body, const QString &direction, const QString &phone,
                          const QDateTime &startedAt, const QDateTime &endedAt) const;

    void loadAttachments(qint64 ticketId);
    // Reads the file on a worker thread, checks the 10 MiB limit and the type, then uploads.
    void uploadAttachment(qint64 ticketId, const QString &filePath);
    // Downloads and writes to targetPath on a worker thread.
    void downloadAttachment(qint64 attachmentId, const QString &targetPath);

    void addLink(qint64 ticketId, const QString &kind, const QString &target);
    void removeLink(qint64 ticketId, const QString &kind, const QString &target);
    // Merges source into target; baseVersion = the source version the user saw.
    void mergeTicket(qint64 sourceId, qint64 targetId, int baseVersion);

    void loadRecentTickets(const QString &phone, std::optional<qint64> organizationId = std::nullopt);
    void loadCannedResponses(const QString &category = {});

Q_SIGNALS:
    void entriesLoaded(qint64 ticketId, const QList<izdesk::TimelineEntry> &entries);
    // An entry was stored by the server (live, or later from the outbox).
    void entryAdded(const izdesk::TimelineEntry &entry);
    // The write was kept in the outbox because the server cannot be reached now.
    void writeQueued(qint64 ticketId);
    void attachmentsLoaded(qint64 ticketId, const QList<izdesk::AttachmentInfo> &attachments);
    void attachmentUploaded(const izdesk::AttachmentInfo &attachment);
    void attachmentDownloaded(qint64 attachmentId, const QString &path);
    // A link was added or removed; the ticket's new links arrive through the queue (feed).
    void linksChanged(qint64 ticketId);
    void ticketMerged(qint64 sourceId, qint64 targetId);
    void recentTicketsLoaded(const QString &phone, const QList<izdesk::Ticket> &tickets);
    void cannedResponsesLoaded(const QList<izdesk::CannedResponse> &responses);
    void operationFailed(const QString &message);

private:
    void addEntry(qint64 ticketId, const QJsonObject &body);
    void fetchEntries(qint64 ticketId, const QString &cursor, QList<TimelineEntry> soFar, quint64 generation);
    void sendUpload(qint64 ticketId, const QString &fileName, const QByteArray &contentType, const QByteArray &bytes);
    void onOutboxSent(const OutboxEntry &entry, const ApiReply &reply);
    void reportFailure(const ApiReply &reply);
    Outbox::Handler refusalHandler();

    SessionController *m_session;
    quint64 m_generation = 0;
};

} // namespace izdesk
