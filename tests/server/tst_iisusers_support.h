#pragma once
// Helpers shared by the IIS account, agreement and SCIM tests: create accounts, record
// agreements and patch with the current ETag over real HTTP.

#include "auth/passwordpolicy.h"
#include "httptestclient.h"
#include "serverconfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace accountstest {

using izdesk::test::HttpTestClient;

// These tests move the server clock years ahead and sign the staff in again: staff passwords
// that never expire keep those sign-ins ordinary (expiry has tests of its own).
inline void passwordsNeverExpire(izdesk::server::ServerConfig &config)
{
    auto policy = std::make_shared<izdesk::server::PasswordPolicy>(izdesk::server::PasswordPolicy::defaults());
    policy->expiryDays = 0;
    config.passwordPolicy = std::move(policy);
}

// The ids of the first n facilities of the demo seed.
inline QList<qint64> facilityIds(HttpTestClient &client, int n)
{
    QList<qint64> ids;
    const auto r = client.get(QStringLiteral("/api/v1/organizations?limit=50"));
    for (const auto &o : r.object().value(QStringLiteral("items")).toArray()) {
        for (const auto &f : o.toObject().value(QStringLiteral("facilities")).toArray()) {
            if (ids.size() < n)
                ids << f.toObject().value(QStringLiteral("id")).toInteger();
        }
    }
    return ids;
}

inline HttpTestClient::Response createUser(HttpTestClient &client, const QString &username, const QList<qint64> &sites,
                                           const QJsonObject &extra = {})
{
    QJsonArray siteArray;
    for (qint64 id : sites)
        siteArray.append(id);
    QJsonObject body{{QStringLiteral("username"), username},
                     {QStringLiteral("given_name"), QStringLiteral("Dana")},
                     {QStringLiteral("family_name"), QStringLiteral("Ortiz")},
                     {QStringLiteral("email"), QString(username + QStringLiteral("@clinic.example"))},
                     {QStringLiteral("phone"), QStringLiteral("(410) 555-0142")},
                     {QStringLiteral("role"), QStringLiteral("data_entry")},
                     {QStringLiteral("site_ids"), siteArray}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return client.post(QStringLiteral("/api/v1/iis-users"), body);
}

inline HttpTestClient::Response recordAgreement(HttpTestClient &client, qint64 userId, const QString &signedOn,
                                                const QString &kind = QStringLiteral("confidentiality"),
                                                const QString &expiresOn = QString())
{
    QJsonObject body{{QStringLiteral("kind"), kind}, {QStringLiteral("version"), QStringLiteral("2026-1")},
                     {QStringLiteral("signer_name"), QStringLiteral("Dana Ortiz")}, {QStringLiteral("signed_on"), signedOn}};
    if (!expiresOn.isEmpty())
        body.insert(QStringLiteral("expires_on"), expiresOn);
    return client.post(QStringLiteral("/api/v1/iis-users/%1/agreements").arg(userId), body);
}

// PATCH with the account's current ETag (read first).
inline HttpTestClient::Response patchUser(HttpTestClient &client, qint64 id, const QJsonObject &body)
{
    const auto current = client.get(QStringLiteral("/api/v1/iis-users/%1").arg(id));
    return client.request("PATCH", QStringLiteral("/api/v1/iis-users/%1").arg(id), body,
                          {{QByteArrayLiteral("If-Match"), current.header("ETag")}});
}

inline QString problemType(const HttpTestClient::Response &r)
{
    return r.object().value(QStringLiteral("type")).toString().section(QLatin1Char('/'), -1);
}

} // namespace accountstest
