#pragma once

#include "apireply.h"
#include "serverclock.h"

#include <ticket.h>

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace izdesk {

class HttpTransport;

// Typed calls of the IZ Desk REST API (contracts.md) over HttpTransport: base URL and CA file
// of the current environment, bearer token, Idempotency-Key on every POST, If-Match on every
// PATCH. Each call returns a request id and later invokes its handler (and emits replied())
// on the GUI thread. Tracks reachability: any HTTP answer means reachable, a network failure
// means not. GUI-thread object; never blocks.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const ApiReply &)>;
    using TicketsHandler = std::function<void(const QList<Ticket> &tickets, const ApiReply &last)>;

    explicit ApiClient(HttpTransport *transport, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setCaFile(const QString &path) { m_caFile = path; }
    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }
    bool isReachable() const { return m_reachable; }
    // The server's time, from the Date headers of its answers (see ServerClock).
    const ServerClock &serverClock() const { return m_serverClock; }

    quint64 meta(Handler done);
    quint64 login(const QString &username, const QString &password, Handler done);
    quint64 logout(Handler done);
    quint64 me(Handler done);
    quint64 staff(Handler done);
    quint64 organizations(const QString &cursor, Handler done);
    quint64 tickets(const QUrlQuery &filter, const QString &cursor, int limit, Handler done);
    // Walks every page of the filtered list; the handler gets all tickets, or the failing reply.
    void allTickets(const QUrlQuery &filter, TicketsHandler done);
    quint64 ticket(qint64 id, Handler done);
    quint64 createTicket(const QJsonObject &body, Handler done);
    quint64 updateTicket(qint64 id, const QJsonObject &patch, const QByteArray &etag, Handler done);

    // Queue routes (contracts-queue.md). Writes go through the Outbox with send().
    // The change feed: a long poll when waitSeconds > 0 (its own transfer, timeout wait + 15 s).
    quint64 changes(const QString &since, int limit, int waitSeconds, Handler done);
    quint64 entries(qint64 ticketId, const QString &cursor, Handler done);
    quint64 attachments(qint64 ticketId, Handler done);
    quint64 downloadAttachment(qint64 attachmentId, Handler done); // reply.http.rawBody = bytes
    quint64 uploadAttachment(qint64 ticketId, const QString &fileName, const QByteArray &contentType,
                             const QByteArray &bytes, Handler done);
    // The signed document of an agreement (contracts-accounts.md): PUT replaces it, GET returns
    // reply.http.rawBody = bytes. contentType is one of the four accepted types.
    quint64 uploadAgreementDocument(qint64 agreementId, const QByteArray &contentType, const QByteArray &bytes,
                                    Handler done);
    quint64 downloadAgreementDocument(qint64 agreementId, Handler done);
    // HL7 v2 bytes as sent (contracts-onboarding.md): checked by the server, nothing stored.
    quint64 checkHl7(const QByteArray &bytes, Handler done);
    // The same bytes attached to an onboarding project: checked, stored sealed, 201 Submission.
    quint64 addOnboardingSubmission(qint64 projectId, const QString &fileName, const QByteArray &bytes,
                                    Handler done);
    quint64 recentTickets(const QString &phone, std::optional<qint64> organizationId, Handler done);
    quint64 cannedResponses(const QString &category, Handler done);
    quint64 staffBoard(Handler done);
    quint64 slaPolicy(Handler done);
    quint64 previewAssignment(const QJsonObject &body, Handler done);
    quint64 putPresence(qint64 ticketId, const QString &mode, Handler done);
    quint64 deletePresence(qint64 ticketId, Handler done);

    quint64 send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonObject *body,
                 const HttpHeaders &headers, Handler done);
    // The same with a prepared request (raw body, own timeout); url path/query and auth are set here.
    quint64 sendRequest(HttpRequest request, const QString &path, const QUrlQuery &query, Handler done);
    // The query string the server reads back as exactly these items: every byte outside the
    // unreserved set percent-escaped, a space as %20 and a '+' as %2B (the server reads a
    // bare '+' as a space, as HTML forms send it).
    static QString encodeQuery(const QUrlQuery &query);
    // Drops the handlers of every request in flight (their replies are ignored).
    void abandonAll();

Q_SIGNALS:
    void replied(const izdesk::ApiReply &reply);
    void reachabilityChanged(bool reachable);

private:
    // A file upload or download: raw body, and a timeout long enough for 10 MiB on a slow link.
    static HttpRequest fileTransfer(const QByteArray &method, const QByteArray &contentType = {},
                                    const QByteArray &bytes = {});
    void onFinished(const HttpResponse &response);
    void fetchPage(const QUrlQuery &filter, const QString &cursor, QList<Ticket> soFar, TicketsHandler done);

    HttpTransport *m_transport;
    QUrl m_baseUrl;
    QString m_caFile;
    QByteArray m_token;
    bool m_reachable = true;
    ServerClock m_serverClock;
    quint64 m_lastAnsweredId = 0; // newest request id that got an HTTP answer
    QHash<quint64, Handler> m_handlers;
};

} // namespace izdesk
