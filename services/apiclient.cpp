#include "apiclient.h"

#include "httptransport.h"
#include "logcategories.h"

#include <QJsonArray>
#include <QUuid>

namespace izdesk {

ApiClient::ApiClient(HttpTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
    connect(m_transport, &HttpTransport::finished, this, &ApiClient::onFinished);
}

quint64 ApiClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonObject *body,
                        const HttpHeaders &headers, Handler done)
{
    HttpRequest request;
    request.method = method;
    request.headers = headers;
    if (body)
        request.body = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    return sendRequest(std::move(request), path, query, std::move(done));
}

QString ApiClient::encodeQuery(const QUrlQuery &query)
{
    QString out;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (!out.isEmpty())
            out += QLatin1Char('&');
        out += QString::fromLatin1(QUrl::toPercentEncoding(name)) + QLatin1Char('=')
               + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    return out;
}

quint64 ApiClient::sendRequest(HttpRequest request, const QString &path, const QUrlQuery &query, Handler done)
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QStringLiteral("/api/v1") + path);
    url.setQuery(encodeQuery(query), QUrl::StrictMode);
    request.url = url;
    request.caFile = m_caFile;
    if (!m_token.isEmpty())
        request.headers.append({"Authorization", "Bearer " + m_token});
    if (request.method == "POST" && request.header("Idempotency-Key").isEmpty())
        request.headers.append({"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    const quint64 id = m_transport->send(request);
    m_handlers.insert(id, std::move(done));
    return id;
}

void ApiClient::abandonAll()
{
    m_handlers.clear();
}

void ApiClient::onFinished(const HttpResponse &response)
{
    bool reachable = !response.isNetworkError();
    if (reachable) {
        // After retries the elapsed time is mostly the waits before the answering attempt.
        m_serverClock.observe(response.header("date"), QDateTime::currentDateTimeUtc(),
                              response.attempts > 1 ? 0 : response.elapsedMs);
        m_lastAnsweredId = std::max(m_lastAnsweredId, response.id);
    } else if (response.id < m_lastAnsweredId) {
        // Sent before a later request got an answer (e.g. a long poll that waited through a
        // server restart): that failure says nothing about the server now.
        reachable = m_reachable;
    }
    if (reachable != m_reachable) {
        m_reachable = reachable;
        Q_EMIT reachabilityChanged(reachable);
    }
    const auto it = m_handlers.find(response.id);
    if (it == m_handlers.end())
        return; // another client on the same transport, or abandoned
    Handler handler = std::move(it.value());
    m_handlers.erase(it);
    ApiReply reply{response};
    if (handler)
        handler(reply);
    Q_EMIT replied(reply);
}

quint64 ApiClient::meta(Handler done)
{
    return send("GET", QStringLiteral("/meta"), {}, nullptr, {}, std::move(done));
}

quint64 ApiClient::login(const QString &username, const QString &password, Handler done)
{
    const QJsonObject body{{QStringLiteral("username"), username}, {QStringLiteral("password"), password}};
    // Re-posting a login is harmless, so the key makes it retryable on connection errors.
    return send("POST", QStringLiteral("/sessions"), {}, &body, {}, std::move(done));
}

quint64 ApiClient::logout(Handler done)
{
    return send("DELETE", QStringLiteral("/sessions/current"), {}, nullptr, {}, std::move(done));
}

quint64 ApiClient::me(Handler done)
{
    return send("GET", QStringLiteral("/me"), {}, nullptr, {}, std::move(done));
}

quint64 ApiClient::staff(Handler done)
{
    return send("GET", QStringLiteral("/staff"), {}, nullptr, {}, std::move(done));
}

quint64 ApiClient::organizations(const QString &cursor, Handler done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    return send("GET", QStringLiteral("/organizations"), query, nullptr, {}, std::move(done));
}

quint64 ApiClient::tickets(const QUrlQuery &filter, const QString &cursor, int limit, Handler done)
{
    QUrlQuery query = filter;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    return send("GET", QStringLiteral("/tickets"), query, nullptr, {}, std::move(done));
}

void ApiClient::allTickets(const QUrlQuery &filter, TicketsHandler done)
{
    fetchPage(filter, {}, {}, std::move(done));
}

void ApiClient::fetchPage(const QUrlQuery &filter, const QString &cursor, QList<Ticket> soFar, TicketsHandler done)
{
    tickets(filter, cursor, 500, [this, filter, soFar, done](const ApiReply &reply) mutable {
        if (!reply.ok()) {
            done({}, reply);
            return;
        }
        const QJsonObject page = reply.object();
        const QJsonArray items = page.value(QStringLiteral("items")).toArray();
        for (const QJsonValue &v : items) {
            QString error;
            if (auto t = Ticket::fromJson(v.toObject(), &error))
                soFar.append(*t);
            else
                qCWarning(lcApi) << "skipping a malformed ticket:" << error;
        }
        const QString next = page.value(QStringLiteral("next_cursor")).toString();
        if (next.isEmpty() || items.isEmpty())
            done(soFar, reply);
        else
            fetchPage(filter, next, std::move(soFar), std::move(done));
    });
}

quint64 ApiClient::ticket(qint64 id, Handler done)
{
    return send("GET", QStringLiteral("/tickets/%1").arg(id), {}, nullptr, {}, std::move(done));
}

quint64 ApiClient::createTicket(const QJsonObject &body, Handler done)
{
    return send("POST", QStringLiteral("/tickets"), {}, &body, {}, std::move(done));
}

quint64 ApiClient::updateTicket(qint64 id, const QJsonObject &patch, const QByteArray &etag, Handler done)
{
    return send("PATCH", QStringLiteral("/tickets/%1").arg(id), {}, &patch, {{"If-Match", etag}}, std::move(done));
}

quint64 ApiClient::changes(const QString &since, int limit, int waitSeconds, Handler done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), since.isEmpty() ? QStringLiteral("0") : since);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("wait"), QString::number(waitSeconds));
    HttpRequest request;
    request.method = "GET";
    if (waitSeconds > 0)
        request.timeoutMs = (waitSeconds + 15) * 1000;
    request.maxAttempts = 1; // the feed retries on its own schedule
    return sendRequest(std::move(request), QStringLiteral("/changes"), query, std::move(done));
}

quint64 ApiClient::entries(qint64 ticketId, const QString &cursor, Handler done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    return send("GET", QStringLiteral("/tickets/%1/entries").arg(ticketId), query, nullptr, {}, std::move(done));
}

quint64 ApiClient::attachments(qint64 ticketId, Handler done)
{
    return send("GET", QStringLiteral("/tickets/%1/attachments").arg(ticketId), {}, nullptr, {}, std::move(done));
}

HttpRequest ApiClient::fileTransfer(const QByteArray &method, const QByteArray &contentType, const QByteArray &bytes)
{
    HttpRequest request;
    request.method = method;
    request.body = bytes;
    request.timeoutMs = 120000;
    if (!contentType.isEmpty())
        request.headers = {{"Content-Type", contentType}};
    return request;
}

quint64 ApiClient::downloadAttachment(qint64 attachmentId, Handler done)
{
    return sendRequest(fileTransfer("GET"), QStringLiteral("/attachments/%1").arg(attachmentId), {}, std::move(done));
}

quint64 ApiClient::uploadAttachment(qint64 ticketId, const QString &fileName, const QByteArray &contentType,
                                    const QByteArray &bytes, Handler done)
{
    HttpRequest request = fileTransfer("POST", contentType, bytes);
    // Header values are Latin-1 on the wire: a name outside it is percent-encoded.
    request.headers.append({"X-Filename", QUrl::toPercentEncoding(fileName, " .-_()")});
    return sendRequest(std::move(request), QStringLiteral("/tickets/%1/attachments").arg(ticketId), {},
                       std::move(done));
}

quint64 ApiClient::uploadAgreementDocument(qint64 agreementId, const QByteArray &contentType, const QByteArray &bytes,
                                           Handler done)
{
    return sendRequest(fileTransfer("PUT", contentType, bytes),
                       QStringLiteral("/agreements/%1/document").arg(agreementId), {}, std::move(done));
}

quint64 ApiClient::downloadAgreementDocument(qint64 agreementId, Handler done)
{
    return sendRequest(fileTransfer("GET"), QStringLiteral("/agreements/%1/document").arg(agreementId), {},
                       std::move(done));
}

quint64 ApiClient::checkHl7(const QByteArray &bytes, Handler done)
{
    return sendRequest(fileTransfer("POST", "application/hl7-v2", bytes), QStringLiteral("/hl7/check"), {},
                       std::move(done));
}

quint64 ApiClient::addOnboardingSubmission(qint64 projectId, const QString &fileName, const QByteArray &bytes,
                                           Handler done)
{
    HttpRequest request = fileTransfer("POST", "application/hl7-v2", bytes);
    request.headers.append({"IZ-Filename", QUrl::toPercentEncoding(fileName, " .-_()")});
    return sendRequest(std::move(request), QStringLiteral("/onboarding/projects/%1/submissions").arg(projectId), {},
                       std::move(done));
}

quint64 ApiClient::recentTickets(const QString &phone, std::optional<qint64> organizationId, Handler done)
{
    // In the body, never the URL: a caller's number stays out of proxy logs.
    QJsonObject body;
    if (!phone.isEmpty())
        body.insert(QStringLiteral("phone"), phone);
    if (organizationId)
        body.insert(QStringLiteral("organization_id"), *organizationId);
    return send("POST", QStringLiteral("/tickets/recent"), {}, &body, {}, std::move(done));
}

quint64 ApiClient::cannedResponses(const QString &category, Handler done)
{
    QUrlQuery query;
    if (!category.isEmpty())
        query.addQueryItem(QStringLiteral("category"), category);
    return send("GET", QStringLiteral("/canned-responses"), query, nullptr, {}, std::move(done));
}

quint64 ApiClient::staffBoard(Handler done)
{
    return send("GET", QStringLiteral("/staff/board"), {}, nullptr, {}, std::move(done));
}

quint64 ApiClient::slaPolicy(Handler done)
{
    return send("GET", QStringLiteral("/sla-policy"), {}, nullptr, {}, std::move(done));
}

quint64 ApiClient::previewAssignment(const QJsonObject &body, Handler done)
{
    return send("POST", QStringLiteral("/assignments/preview"), {}, &body, {}, std::move(done));
}

quint64 ApiClient::putPresence(qint64 ticketId, const QString &mode, Handler done)
{
    const QJsonObject body{{QStringLiteral("mode"), mode}};
    return send("PUT", QStringLiteral("/tickets/%1/presence").arg(ticketId), {}, &body, {}, std::move(done));
}

quint64 ApiClient::deletePresence(qint64 ticketId, Handler done)
{
    return send("DELETE", QStringLiteral("/tickets/%1/presence").arg(ticketId), {}, nullptr, {}, std::move(done));
}

} // namespace izdesk
