#pragma once

// An in-process izdesk-server whose sign-in goes through a TestIdentityProvider on loopback,
// and the requests a client makes of it: describe, nonce, sign in with an ID token.
#include "httptestclient.h"
#include "testidentityprovider.h"
#include "testserver.h"

#include "oidc/oidcprovider.h"
#include "serverapp.h"
#include "serverconfig.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <atomic>
#include <functional>
#include <memory>

namespace izdesk::test {

struct OidcTestServer
{
    std::unique_ptr<TestServer> server;
    std::shared_ptr<std::atomic<qint64>> offsetSeconds = std::make_shared<std::atomic<qint64>>(0);

    // adjust: changes to the settings a test wants (role map, provisioning, …).
    bool start(const TestIdentityProvider &idp, const std::function<void(server::OidcSettings &)> &adjust,
               QString *error)
    {
        offsetSeconds->store(0);
        server::OidcSettings settings;
        settings.issuer = idp.issuer();
        settings.clientId = idp.clientId();
        settings.displayName = QStringLiteral("State Test IdP");
        settings.allowLoopbackHttp = true;
        settings.jwksRefreshMinSeconds = 0;
        if (adjust)
            adjust(settings);
        TestServer::Options options;
        options.seedDemo = false;
        auto offset = offsetSeconds;
        options.clock = [offset] { return QDateTime::currentDateTimeUtc().addSecs(offset->load()); };
        options.configure = [settings](server::ServerConfig &config) {
            config.oidc = std::make_shared<server::OidcProvider>(settings);
        };
        server = std::make_unique<TestServer>(options);
        return server->start(error);
    }

    QDateTime now() const { return QDateTime::currentDateTimeUtc().addSecs(offsetSeconds->load()); }

    QString nonce()
    {
        HttpTestClient client(server->baseUrl());
        return client.post(QStringLiteral("/api/v1/sessions/oidc/nonce"), QJsonObject{})
            .object()
            .value(QStringLiteral("nonce"))
            .toString();
    }

    HttpTestClient::Response signIn(const QByteArray &idToken)
    {
        HttpTestClient client(server->baseUrl());
        return client.post(QStringLiteral("/api/v1/sessions/oidc"),
                           QJsonObject{{QStringLiteral("id_token"), QString::fromLatin1(idToken)}});
    }

    QSqlDatabase db() const { return server->app()->database().connection(); }

    qint64 count(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // The newest audit row with this action: actor username and detail.
    std::pair<QString, QJsonObject> lastAudit(const QString &action) const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT actor_username, detail FROM audit_events WHERE action = ? ORDER BY id DESC"));
        q.addBindValue(action);
        if (!q.exec() || !q.next())
            return {};
        return {q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()};
    }

    // Every audit detail and actor as one text (to look for what must never be there).
    QString auditText() const
    {
        QSqlQuery q(db());
        QString all;
        if (q.exec(QStringLiteral("SELECT actor_username, detail FROM audit_events")))
            while (q.next())
                all += q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char('\n');
        return all;
    }
};

inline QString problemSlug(const HttpTestClient::Response &r)
{
    return r.object().value(QStringLiteral("type")).toString().section(QLatin1Char('/'), -1);
}

} // namespace izdesk::test
