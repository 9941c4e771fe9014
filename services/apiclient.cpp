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
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QStringLiteral("/api/v1") + path);
    url.setQuery(query);
    request.url = url;
    request.caFile = m_caFile;
    request.headers = headers;
    if (!m_token.isEmpty())
        request.headers.append({"Authorization", "Bearer " + m_token});
    if (body)
        request.body = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    if (method == "POST" && request.header("Idempotency-Key").isEmpty())
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
    const bool reachable = !response.isNetworkError();
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

} // namespace izdesk
