#include "tickettimelinecontroller.h"

#include "apiclient.h"
#include "fileio.h"
#include "logcategories.h"
#include "outbox.h"
#include "sessioncontroller.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace izdesk {

TicketTimelineController::TicketTimelineController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<izdesk::TimelineEntry>();
    qRegisterMetaType<QList<izdesk::TimelineEntry>>();
    qRegisterMetaType<izdesk::AttachmentInfo>();
    qRegisterMetaType<QList<izdesk::AttachmentInfo>>();
    qRegisterMetaType<QList<izdesk::CannedResponse>>();
    qRegisterMetaType<QList<izdesk::Ticket>>();
    connect(m_session->outbox(), &Outbox::entrySent, this, &TicketTimelineController::onOutboxSent);
    connect(m_session->outbox(), &Outbox::entryDeferred, this, [this](const OutboxEntry &entry) {
        if (entry.kind == QLatin1String("add_entry") || entry.kind.contains(QLatin1String("link"))
            || entry.kind == QLatin1String("merge"))
            Q_EMIT writeQueued(entry.ticketId);
    });
    connect(m_session->outbox(), &Outbox::entryRejected, this, [this](const OutboxEntry &entry, const QString &message) {
        if (entry.kind == QLatin1String("add_entry") || entry.kind.contains(QLatin1String("link"))
            || entry.kind == QLatin1String("merge"))
            Q_EMIT operationFailed(message);
    });
    connect(m_session, &SessionController::signedOut, this, [this] { ++m_generation; });
}

void TicketTimelineController::reportFailure(const ApiReply &reply)
{
    Q_EMIT operationFailed(reply.errorMessage());
}

void TicketTimelineController::loadEntries(qint64 ticketId)
{
    fetchEntries(ticketId, {}, {}, m_generation);
}

void TicketTimelineController::fetchEntries(qint64 ticketId, const QString &cursor, QList<TimelineEntry> soFar,
                                            quint64 generation)
{
    m_session->api()->entries(ticketId, cursor, [=, this](const ApiReply &reply) mutable {
        if (generation != m_generation)
            return;
        if (!reply.ok()) {
            reportFailure(reply);
            return;
        }
        const QJsonArray items = reply.object().value(QStringLiteral("items")).toArray();
        for (const QJsonValue &v : items)
            soFar.append(TimelineEntry::fromJson(v.toObject()));
        const QString next = reply.object().value(QStringLiteral("next_cursor")).toString();
        if (next.isEmpty() || items.isEmpty())
            Q_EMIT entriesLoaded(ticketId, soFar);
        else
            fetchEntries(ticketId, next, std::move(soFar), generation);
    });
}

void TicketTimelineController::addEntry(qint64 ticketId, const QJsonObject &body)
{
    OutboxEntry entry;
    entry.kind = QStringLiteral("add_entry");
    entry.method = "POST";
    entry.path = QStringLiteral("/tickets/%1/entries").arg(ticketId);
    entry.body = body;
    entry.ticketId = ticketId;
    m_session->outbox()->enqueue(entry);
    if (!m_session->isOnline())
        Q_EMIT writeQueued(ticketId);
}

void TicketTimelineController::addNote(qint64 ticketId, const QString &body)
{
    addEntry(ticketId, {{QStringLiteral("kind"), QStringLiteral("note")}, {QStringLiteral("body"), body}});
}

void TicketTimelineController::addReply(qint64 ticketId, const QString &body)
{
    addEntry(ticketId, {{QStringLiteral("kind"), QStringLiteral("reply")}, {QStringLiteral("body"), body}});
}

void TicketTimelineController::addCall(qint64 ticketId, const QString &body, const QString &direction,
                                       const QString &phone, const QDateTime &startedAt, const QDateTime &endedAt)
{
    addEntry(ticketId, callEntry(body, direction, phone, startedAt, endedAt));
}

QJsonObject TicketTimelineController::callEntry(const QString &body, const QString &direction, const QString &phone,
                                                const QDateTime &startedAt, const QDateTime &endedAt) const
{
    const qint64 offset = m_session->api()->serverClock().offsetMs();
    return {{QStringLiteral("kind"), QStringLiteral("call")},
            {QStringLiteral("body"), body},
            {QStringLiteral("direction"), direction},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("started_at"), toIsoUtc(startedAt.addMSecs(offset))},
            {QStringLiteral("ended_at"), toIsoUtc(endedAt.addMSecs(offset))}};
}

void TicketTimelineController::onOutboxSent(const OutboxEntry &entry, const ApiReply &reply)
{
    if (entry.kind == QLatin1String("add_entry")) {
        Q_EMIT entryAdded(TimelineEntry::fromJson(reply.object()));
    } else if (entry.kind.contains(QLatin1String("link"))) {
        Q_EMIT linksChanged(entry.ticketId);
    } else if (entry.kind == QLatin1String("merge")) {
        Q_EMIT ticketMerged(entry.ticketId, entry.body.value(QStringLiteral("into")).toInteger());
    }
}

void TicketTimelineController::loadAttachments(qint64 ticketId)
{
    const quint64 generation = m_generation;
    m_session->api()->attachments(ticketId, [this, generation, ticketId](const ApiReply &reply) {
        if (generation != m_generation)
            return;
        if (!reply.ok()) {
            reportFailure(reply);
            return;
        }
        QList<AttachmentInfo> list;
        for (const QJsonValue &v : reply.object().value(QStringLiteral("items")).toArray())
            list.append(AttachmentInfo::fromJson(v.toObject()));
        Q_EMIT attachmentsLoaded(ticketId, list);
    });
}

void TicketTimelineController::uploadAttachment(qint64 ticketId, const QString &filePath)
{
    const quint64 generation = m_generation;
    const QString name = QFileInfo(filePath).fileName();
    whenReady(this, QtConcurrent::run(&FileIo::readDocument, filePath, kMaxAttachmentBytes),
              [this, generation, ticketId, name](const FileIo::Read &r) {
        if (generation != m_generation)
            return;
        if (!r.error.isEmpty()) {
            Q_EMIT operationFailed(r.error);
            return;
        }
        sendUpload(ticketId, name, r.contentType, r.bytes);
    });
}

void TicketTimelineController::sendUpload(qint64 ticketId, const QString &fileName, const QByteArray &contentType,
                                          const QByteArray &bytes)
{
    const quint64 generation = m_generation;
    m_session->api()->uploadAttachment(ticketId, fileName, contentType, bytes, [this, generation](const ApiReply &reply) {
        if (generation != m_generation)
            return;
        if (reply.ok())
            Q_EMIT attachmentUploaded(AttachmentInfo::fromJson(reply.object()));
        else
            reportFailure(reply);
    });
}

void TicketTimelineController::downloadAttachment(qint64 attachmentId, const QString &targetPath)
{
    const quint64 generation = m_generation;
    m_session->api()->downloadAttachment(attachmentId, [this, generation, attachmentId, targetPath](const ApiReply &reply) {
        if (generation != m_generation)
            return;
        if (!reply.ok()) {
            reportFailure(reply);
            return;
        }
        whenReady(this, QtConcurrent::run(&FileIo::writeFile, targetPath, reply.http.rawBody),
                  [this, attachmentId, targetPath](const QString &error) {
                      if (error.isEmpty())
                          Q_EMIT attachmentDownloaded(attachmentId, targetPath);
                      else
                          Q_EMIT operationFailed(error);
                  });
    });
}

Outbox::Handler TicketTimelineController::refusalHandler()
{
    // Made online in this session: a refusal (unknown target, stale merge) is told to the user
    // at once in plain words instead of becoming an outbox conflict. Other failures are
    // reported through Outbox::entryRejected already.
    const quint64 generation = m_generation;
    return [this, generation](const OutboxEntry &, const ApiReply &reply) {
        const int status = reply.status();
        if (generation == m_generation && (status == 409 || status == 412 || status == 422))
            Q_EMIT operationFailed(reply.errorMessage());
    };
}

void TicketTimelineController::addLink(qint64 ticketId, const QString &kind, const QString &target)
{
    OutboxEntry entry;
    entry.kind = QStringLiteral("add_link");
    entry.method = "POST";
    entry.path = QStringLiteral("/tickets/%1/links").arg(ticketId);
    entry.body = {{QStringLiteral("kind"), kind}, {QStringLiteral("target"), target}};
    entry.ticketId = ticketId;
    m_session->outbox()->enqueue(entry, refusalHandler());
}

void TicketTimelineController::removeLink(qint64 ticketId, const QString &kind, const QString &target)
{
    OutboxEntry entry;
    entry.kind = QStringLiteral("remove_link");
    entry.method = "DELETE";
    entry.path = QStringLiteral("/tickets/%1/links/%2/%3")
                     .arg(ticketId)
                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(kind)),
                          QString::fromLatin1(QUrl::toPercentEncoding(target)));
    entry.ticketId = ticketId;
    m_session->outbox()->enqueue(entry, refusalHandler());
}

void TicketTimelineController::mergeTicket(qint64 sourceId, qint64 targetId, int baseVersion)
{
    Ticket source;
    source.id = sourceId;
    source.version = baseVersion;
    OutboxEntry entry;
    entry.kind = QStringLiteral("merge");
    entry.method = "POST";
    entry.path = QStringLiteral("/tickets/%1/merge").arg(sourceId);
    entry.body = {{QStringLiteral("into"), targetId}};
    entry.ifMatch = source.etag();
    entry.ticketId = sourceId;
    m_session->outbox()->enqueue(entry, refusalHandler());
}

void TicketTimelineController::loadRecentTickets(const QString &phone, std::optional<qint64> organizationId)
{
    const quint64 generation = m_generation;
    m_session->api()->recentTickets(phone, organizationId, [this, generation, phone](const ApiReply &reply) {
        if (generation != m_generation)
            return;
        if (!reply.ok()) {
            reportFailure(reply);
            return;
        }
        QList<Ticket> list;
        for (const QJsonValue &v : reply.object().value(QStringLiteral("items")).toArray()) {
            if (auto t = Ticket::fromJson(v.toObject()))
                list.append(*t);
        }
        Q_EMIT recentTicketsLoaded(phone, list);
    });
}

void TicketTimelineController::loadCannedResponses(const QString &category)
{
    const quint64 generation = m_generation;
    m_session->api()->cannedResponses(category, [this, generation](const ApiReply &reply) {
        if (generation != m_generation)
            return;
        if (!reply.ok()) {
            reportFailure(reply);
            return;
        }
        QList<CannedResponse> list;
        for (const QJsonValue &v : reply.object().value(QStringLiteral("items")).toArray())
            list.append(CannedResponse::fromJson(v.toObject()));
        Q_EMIT cannedResponsesLoaded(list);
    });
}

} // namespace izdesk
