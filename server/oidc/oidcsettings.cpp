#include "oidc/oidcsettings.h"

#include "policyjson.h"

#include "catalog.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

namespace izdesk::server {

namespace {

const QString kIssuer = QStringLiteral("--oidc-issuer");
const QString kClientId = QStringLiteral("--oidc-client-id");
const QString kDisplayName = QStringLiteral("--oidc-display-name");
const QString kUsernameClaim = QStringLiteral("--oidc-username-claim");
const QString kRoleClaim = QStringLiteral("--oidc-role-claim");
const QString kRoleMap = QStringLiteral("--oidc-role-map");
const QString kAccounts = QStringLiteral("--oidc-accounts");

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString roleList()
{
    return Catalog::keys(Catalog::staffRoles()).join(QStringLiteral(", "));
}

bool validClaimName(const QString &name)
{
    return !name.isEmpty() && name.size() <= 100 && !name.contains(QLatin1Char(' '));
}

} // namespace

QStringList OidcSettings::optionNames()
{
    return {kIssuer, kClientId, kDisplayName, kUsernameClaim, kRoleClaim, kRoleMap, kAccounts};
}

bool OidcSettings::urlAllowed(const QUrl &url) const
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return allowLoopbackHttp && url.scheme() == QLatin1String("http") && isLoopback(url.host());
}

QString OidcSettings::usernameFrom(const QJsonObject &claims) const
{
    return claims.value(usernameClaim).toString().trimmed();
}

std::optional<QString> OidcSettings::roleFor(const QJsonObject &claims, QString *why, QString *detail) const
{
    QStringList values;
    const QJsonValue claim = claims.value(roleClaim);
    if (claim.isString())
        values << claim.toString();
    for (const QJsonValue &v : claim.toArray()) {
        if (v.isString())
            values << v.toString();
    }
    QStringList roles;
    for (const QString &value : std::as_const(values)) {
        const QString role = roleMap.isEmpty() ? value : roleMap.value(value);
        if (Catalog::contains(Catalog::staffRoles(), role) && !roles.contains(role))
            roles << role;
    }
    if (roles.size() == 1)
        return roles.first();
    if (roles.isEmpty()) {
        *why = QStringLiteral("no-role");
        *detail = QStringLiteral("the identity provider gives this user no IZ Desk role (claim \"%1\")").arg(roleClaim);
    } else {
        roles.sort();
        *why = QStringLiteral("ambiguous-role");
        *detail = QStringLiteral("the identity provider gives this user several IZ Desk roles (%1); an administrator "
                                 "must assign exactly one")
                      .arg(roles.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

std::optional<QHash<QString, QString>> OidcSettings::parseRoleMap(const QByteArray &json, QString *error)
{
    const auto parsed = PolicyJson::anyObject(
        json, QStringLiteral("the role map must be a JSON object {\"identity provider value\": \"role\", …}"), error);
    if (!parsed)
        return std::nullopt;
    const QJsonObject &o = *parsed;
    if (o.isEmpty()) {
        *error = QStringLiteral("the role map is empty; it needs at least one \"value\": \"role\" pair");
        return std::nullopt;
    }
    QHash<QString, QString> map;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().trimmed().isEmpty()) {
            *error = QStringLiteral("an empty identity provider value");
            return std::nullopt;
        }
        const QString role = it.value().toString();
        if (!it.value().isString() || !Catalog::contains(Catalog::staffRoles(), role)) {
            *error = QStringLiteral("\"%1\": the role must be one of %2").arg(it.key(), roleList());
            return std::nullopt;
        }
        map.insert(it.key(), role);
    }
    return map;
}

std::optional<OidcSettings> OidcSettings::fromOptions(const QHash<QString, QString> &options, bool production,
                                                      QString *error)
{
    for (auto it = options.begin(); it != options.end(); ++it) {
        if (!optionNames().contains(it.key())) {
            *error = QStringLiteral("unknown option %1 (identity provider options: %2)")
                         .arg(it.key(), optionNames().join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    OidcSettings s;
    s.allowLoopbackHttp = !production;
    s.issuer = options.value(kIssuer);
    s.clientId = options.value(kClientId).trimmed();
    if (s.issuer.isEmpty() || s.clientId.isEmpty()) {
        *error = QStringLiteral("%1 and %2 are both needed for sign-in through an identity provider")
                     .arg(kIssuer, kClientId);
        return std::nullopt;
    }
    const QUrl issuer(s.issuer, QUrl::StrictMode);
    if (!s.urlAllowed(issuer) || issuer.hasQuery() || issuer.hasFragment()) {
        *error = production
            ? QStringLiteral("%1: the issuer must be an https:// URL without query or fragment").arg(kIssuer)
            : QStringLiteral("%1: the issuer must be an https:// URL (or http:// to this computer outside "
                             "production) without query or fragment")
                  .arg(kIssuer);
        return std::nullopt;
    }
    s.displayName = options.value(kDisplayName, issuer.host()).trimmed();
    if (s.displayName.isEmpty() || s.displayName.size() > 60) {
        *error = QStringLiteral("%1: 1-60 characters").arg(kDisplayName);
        return std::nullopt;
    }
    s.usernameClaim = options.value(kUsernameClaim, s.usernameClaim);
    s.roleClaim = options.value(kRoleClaim, s.roleClaim);
    for (const auto &[option, claim] : {std::pair{kUsernameClaim, s.usernameClaim}, std::pair{kRoleClaim, s.roleClaim}}) {
        if (!validClaimName(claim)) {
            *error = QStringLiteral("%1: a claim name of 1-100 characters without spaces").arg(option);
            return std::nullopt;
        }
    }
    const QString accounts = options.value(kAccounts, QStringLiteral("link"));
    if (accounts == QLatin1String("provision")) {
        s.accounts = Accounts::Provision;
    } else if (accounts != QLatin1String("link")) {
        *error = QStringLiteral("%1: expected link or provision, got \"%2\"").arg(kAccounts, accounts);
        return std::nullopt;
    }
    if (options.contains(kRoleMap)) {
        const QString path = options.value(kRoleMap);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: cannot read %2").arg(kRoleMap, path);
            return std::nullopt;
        }
        QString why;
        const auto map = parseRoleMap(file.readAll(), &why);
        if (!map) {
            *error = QStringLiteral("%1 %2: %3").arg(kRoleMap, path, why);
            return std::nullopt;
        }
        s.roleMap = *map;
    }
    return s;
}

} // namespace izdesk::server
