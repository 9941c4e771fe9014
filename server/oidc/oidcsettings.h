#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace izdesk::server {

// Sign-in through the state's OpenID Connect identity provider, as configured on the command
// line (--oidc-*): which issuer, which public client, which claims name the user and the role,
// and how accounts are matched. Value type, read-only after start-up; any thread.
struct OidcSettings
{
    enum class Accounts {
        Link,      // only staff accounts an administrator created may sign in (matched by username)
        Provision, // an unknown user with a mapped role gets an account at the first sign-in
    };

    QString issuer;   // exactly as the provider writes it in "iss"
    QString clientId; // the public client registered for IZ Desk (no secret)
    QString displayName; // "Sign in with …"; default: the issuer's host
    QString usernameClaim = QStringLiteral("preferred_username");
    QString roleClaim = QStringLiteral("roles");
    // Identity provider value → IZ Desk role key; empty: the values are role keys themselves.
    QHash<QString, QString> roleMap;
    Accounts accounts = Accounts::Link;
    // Plain http:// to a loopback issuer (tests, a local trial); never in production.
    bool allowLoopbackHttp = false;
    int leewaySeconds = 60;
    // The JWK Set is fetched again for an unknown key id at most this often.
    int jwksRefreshMinSeconds = 60;

    // Whether an issuer, endpoint or key URL may be used: https://, or http:// to a loopback
    // address when allowLoopbackHttp.
    bool urlAllowed(const QUrl &url) const;

    // The role the claims give: nullopt with *why "no-role" (no value maps to a role) or
    // "ambiguous-role" (values map to several roles), *detail saying which for a person.
    std::optional<QString> roleFor(const QJsonObject &claims, QString *why, QString *detail) const;
    // The username claim's value, trimmed; empty when absent.
    QString usernameFrom(const QJsonObject &claims) const;

    // The options "--oidc-issuer", "--oidc-client-id", "--oidc-display-name",
    // "--oidc-username-claim", "--oidc-role-claim", "--oidc-role-map" (a file),
    // "--oidc-accounts" (link | provision) as given on the command line; nullopt + *error
    // naming the option. production: https only.
    static std::optional<OidcSettings> fromOptions(const QHash<QString, QString> &options, bool production,
                                                   QString *error);
    // A role map file: a JSON object {"identity provider value": "IZ Desk role", …}.
    static std::optional<QHash<QString, QString>> parseRoleMap(const QByteArray &json, QString *error);
    static QStringList optionNames();
};

} // namespace izdesk::server
