#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace izdesk::test {

// Synchronous HTTP helper for tests (QNetworkAccessManager + a local QEventLoop, so the
// in-process TestServer keeps answering while it waits). Keeps one connection alive between
// requests like a real client. Use on the test's thread.
class HttpTestClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Response
    {
        int status = 0;          // 0 = no HTTP answer (connection failed, timeout)
        Headers headers;         // names as sent by the server
        QJsonDocument json;      // parsed body when it is JSON
        QByteArray raw;
        QString networkError;    // empty on success

        QByteArray header(const QByteArray &name) const; // case-insensitive
        QJsonObject object() const { return json.object(); }
    };

    explicit HttpTestClient(const QUrl &baseUrl);
    ~HttpTestClient();

    // Bearer token sent as Authorization on every request when non-empty.
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

    Response request(const QByteArray &method, const QString &path, const QJsonObject &body,
                     const Headers &headers = {});
    Response request(const QByteArray &method, const QString &path, const QByteArray &rawBody = {},
                     const Headers &headers = {});
    Response get(const QString &path, const Headers &headers = {});
    Response post(const QString &path, const QJsonObject &body, const Headers &headers = {});

    // POST /api/v1/sessions; stores the token on success.
    Response login(const QString &username, const QString &password);

    int timeoutMs = 15000;

private:
    QUrl m_baseUrl;
    QString m_token;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace izdesk::test
