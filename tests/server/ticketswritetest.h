#pragma once

// The harness of the ticket write tests over real HTTP: a demo-seeded server with a signed-in
// specialist and supervisor, and the create and PATCH (If-Match) requests the desk sends.

#include "httptestclient.h"
#include "testserver.h"

#include "serverapp.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace izdesk::test {

class TicketsWriteHarness
{
protected:
    // The server, with m_specialist and m_supervisor signed in.
    void startServer()
    {
        m_server = std::make_unique<TestServer>();
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_specialist = std::make_unique<HttpTestClient>(m_server->baseUrl());
        QCOMPARE(m_specialist->login(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist")).status, 201);
        m_supervisor = std::make_unique<HttpTestClient>(m_server->baseUrl());
        QCOMPARE(m_supervisor->login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")).status, 201);
    }

    HttpTestClient::Response createTicket(HttpTestClient &client, const QJsonObject &body);
    HttpTestClient::Response patch(HttpTestClient &client, qint64 id, const QJsonObject &body, const QByteArray &etag);
    QJsonObject minimalBody(const QString &subject) const;
    qint64 userId(const QString &username);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_specialist;
    std::unique_ptr<HttpTestClient> m_supervisor;
};

inline HttpTestClient::Response TicketsWriteHarness::createTicket(HttpTestClient &client, const QJsonObject &body)
{
    return client.post(QStringLiteral("/api/v1/tickets"), body);
}

inline HttpTestClient::Response TicketsWriteHarness::patch(HttpTestClient &client, qint64 id, const QJsonObject &body,
                                                           const QByteArray &etag)
{
    HttpTestClient::Headers headers;
    if (!etag.isEmpty())
        headers.append({"If-Match", etag});
    return client.request("PATCH", QStringLiteral("/api/v1/tickets/%1").arg(id), body, headers);
}

inline QJsonObject TicketsWriteHarness::minimalBody(const QString &subject) const
{
    return QJsonObject{{QStringLiteral("subject"), subject},
                       {QStringLiteral("category"), QStringLiteral("account_access")}};
}

inline qint64 TicketsWriteHarness::userId(const QString &username)
{
    QSqlQuery q(m_server->app()->database().connection());
    q.prepare(QStringLiteral("SELECT id FROM staff_users WHERE username = ?"));
    q.addBindValue(username);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace izdesk::test
