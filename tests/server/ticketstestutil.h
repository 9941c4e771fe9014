#pragma once

#include <QByteArray>
#include <QEventLoop>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace izdesk::test {

// Sends the same request `count` times at once on separate connections (QNetworkAccessManager
// opens up to six per host) and waits for every answer, so the server's worker threads race.
// Use on the test's thread.
struct ParallelAnswer
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

inline QList<ParallelAnswer> sendInParallel(const QUrl &url, const QByteArray &method, const QByteArray &body,
                                            const QList<QPair<QByteArray, QByteArray>> &headers, int count)
{
    QNetworkAccessManager nam;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < count; ++i) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        replies << nam.sendCustomRequest(request, method, body);
    }
    QEventLoop loop;
    int pending = count;
    for (QNetworkReply *reply : std::as_const(replies)) {
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&pending, &loop] {
            if (--pending == 0)
                loop.quit();
        });
    }
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    QList<ParallelAnswer> answers;
    for (QNetworkReply *reply : std::as_const(replies)) {
        ParallelAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.headers = reply->rawHeaderPairs();
        answers << answer;
        reply->deleteLater();
    }
    return answers;
}

} // namespace izdesk::test
