#include "httptestclient.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace izdesk::test {

QByteArray HttpTestClient::Response::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpTestClient::HttpTestClient(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
    , m_nam(std::make_unique<QNetworkAccessManager>())
{
    m_nam->setProxy(QNetworkProxy::NoProxy);
}

HttpTestClient::~HttpTestClient() = default;

HttpTestClient::Response HttpTestClient::request(const QByteArray &method, const QString &path,
                                                 const QJsonObject &body, const Headers &headers)
{
    Headers all = headers;
    bool hasType = false;
    for (const auto &h : headers)
        hasType = hasType || h.first.compare("content-type", Qt::CaseInsensitive) == 0;
    if (!hasType)
        all.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return request(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), all);
}

HttpTestClient::Response HttpTestClient::request(const QByteArray &method, const QString &path,
                                                 const QByteArray &rawBody, const Headers &headers)
{
    QUrl url = m_baseUrl.resolved(QUrl(path));
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);

    QNetworkReply *reply = rawBody.isEmpty() && method != "POST" && method != "PUT" && method != "PATCH"
        ? m_nam->sendCustomRequest(req, method)
        : m_nam->sendCustomRequest(req, method, rawBody);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();

    Response response;
    if (!reply->isFinished()) {
        reply->abort();
        response.networkError = QStringLiteral("timed out");
    }
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    response.raw = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && response.status == 0 && response.networkError.isEmpty())
        response.networkError = reply->errorString();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.raw, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        response.json = doc;
    reply->deleteLater();
    return response;
}

HttpTestClient::Response HttpTestClient::get(const QString &path, const Headers &headers)
{
    return request("GET", path, QByteArray(), headers);
}

HttpTestClient::Response HttpTestClient::post(const QString &path, const QJsonObject &body,
                                              const Headers &headers)
{
    return request("POST", path, body, headers);
}

HttpTestClient::Response HttpTestClient::login(const QString &username, const QString &password)
{
    const Response r = post(QStringLiteral("/api/v1/sessions"),
                            QJsonObject{{QStringLiteral("username"), username},
                                        {QStringLiteral("password"), password}});
    if (r.status == 201)
        m_token = r.object().value(QStringLiteral("token")).toString();
    return r;
}

} // namespace izdesk::test
