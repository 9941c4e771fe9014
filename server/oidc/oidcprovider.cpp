#include "oidc/oidcprovider.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>
#include <utility>

namespace izdesk::server {

namespace {

Q_LOGGING_CATEGORY(lcOidc, "izdesk.server.oidc")

// A discovery document's URL member, checked like the issuer.
std::optional<QUrl> endpointUrl(const QJsonObject &doc, const QString &name, const OidcSettings &s, QString *error)
{
    const QUrl url(doc.value(name).toString(), QUrl::StrictMode);
    if (!s.urlAllowed(url)) {
        *error = QStringLiteral("the discovery document's %1 is missing or not an https:// URL").arg(name);
        return std::nullopt;
    }
    return url;
}

// A list member of the discovery document either is absent or names `required`.
bool listsOrOmits(const QJsonObject &doc, const QString &name, const QString &required)
{
    return !doc.contains(name) || doc.value(name).toArray().contains(QJsonValue(required));
}

} // namespace

OidcProvider::OidcProvider(OidcSettings settings)
    : m_settings(std::move(settings))
{
}

std::optional<QByteArray> OidcProvider::fetch(const QUrl &url, QString *error) const
{
    if (!m_settings.urlAllowed(url)) {
        *error = QStringLiteral("%1 is not an https:// URL").arg(url.toDisplayString(QUrl::RemoveQuery));
        return std::nullopt;
    }
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(fetchTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QEventLoop loop;
    bool tooLarge = false;
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        if (reply->bytesAvailable() > maxDocumentBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QString where = url.toDisplayString(QUrl::RemoveQuery);
    if (tooLarge) {
        *error = QStringLiteral("%1 answered more than %2 bytes").arg(where).arg(maxDocumentBytes);
        return std::nullopt;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        *error = QStringLiteral("cannot reach %1: %2").arg(where, reply->errorString());
        return std::nullopt;
    }
    if (status != 200) {
        *error = QStringLiteral("%1 answered HTTP %2").arg(where).arg(status);
        return std::nullopt;
    }
    return reply->readAll();
}

std::optional<OidcProvider::Endpoints> OidcProvider::loadEndpoints(QString *error)
{
    // OpenID Connect Discovery 1.0 §4: the issuer without a trailing slash, then the path.
    QString base = m_settings.issuer;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QUrl url(base + QStringLiteral("/.well-known/openid-configuration"), QUrl::StrictMode);
    const auto body = fetch(url, error);
    if (!body)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(*body, &parseError);
    if (!json.isObject()) {
        *error = QStringLiteral("the discovery document is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject doc = json.object();
    // §4.3: the issuer a provider names must be exactly the one configured.
    if (doc.value(QStringLiteral("issuer")).toString() != m_settings.issuer) {
        *error = QStringLiteral("the discovery document names another issuer than %1").arg(m_settings.issuer);
        return std::nullopt;
    }
    Endpoints e;
    const auto authorization = endpointUrl(doc, QStringLiteral("authorization_endpoint"), m_settings, error);
    const auto token = authorization ? endpointUrl(doc, QStringLiteral("token_endpoint"), m_settings, error) : std::nullopt;
    const auto jwks = token ? endpointUrl(doc, QStringLiteral("jwks_uri"), m_settings, error) : std::nullopt;
    if (!jwks)
        return std::nullopt;
    if (!listsOrOmits(doc, QStringLiteral("code_challenge_methods_supported"), QStringLiteral("S256"))
        || !listsOrOmits(doc, QStringLiteral("id_token_signing_alg_values_supported"), QStringLiteral("RS256"))) {
        *error = QStringLiteral("the identity provider offers neither PKCE S256 nor RS256 ID tokens");
        return std::nullopt;
    }
    return Endpoints{*authorization, *token, *jwks};
}

std::optional<OidcProvider::Endpoints> OidcProvider::endpoints(QString *error)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_endpoints)
            return m_endpoints;
    }
    QMutexLocker fetchLock(&m_fetchMutex);
    {
        QMutexLocker lock(&m_mutex);
        if (m_endpoints)
            return m_endpoints;
    }
    auto loaded = loadEndpoints(error);
    if (!loaded) {
        qCWarning(lcOidc).noquote() << "identity provider discovery failed:" << *error;
        return std::nullopt;
    }
    QMutexLocker lock(&m_mutex);
    m_endpoints = loaded;
    return loaded;
}

bool OidcProvider::refreshKeys(QString *error)
{
    const auto e = endpoints(error);
    if (!e)
        return false;
    QMutexLocker fetchLock(&m_fetchMutex);
    const auto body = fetch(e->jwks, error);
    const auto keys = body ? oidc::parseJwks(*body, error) : std::nullopt;
    if (!keys) {
        qCWarning(lcOidc).noquote() << "identity provider keys unavailable:" << *error;
        return false;
    }
    QMutexLocker lock(&m_mutex);
    m_keys = *keys;
    m_haveKeys = true;
    m_keysFetched.start();
    qCInfo(lcOidc) << "identity provider keys loaded:" << keys->size();
    return true;
}

OidcProvider::Validation OidcProvider::validate(const QByteArray &idToken, const QDateTime &now)
{
    Validation v;
    oidc::IdTokenRules rules;
    rules.issuer = m_settings.issuer;
    rules.clientId = m_settings.clientId;
    rules.now = now;
    rules.leewaySeconds = m_settings.leewaySeconds;

    auto snapshot = [this](qint64 *ageMs) {
        QMutexLocker lock(&m_mutex);
        *ageMs = m_haveKeys ? m_keysFetched.elapsed() : -1;
        return m_keys;
    };
    qint64 ageMs = -1;
    QList<oidc::RsaKey> keys = snapshot(&ageMs);
    if (ageMs < 0 || ageMs > keysMaxAgeSeconds * 1000LL) {
        QString why;
        // Stale keys still serve while the provider is unreachable; no keys at all cannot.
        if (!refreshKeys(&why) && ageMs < 0) {
            v.unavailable = why;
            return v;
        }
        keys = snapshot(&ageMs);
    }
    v.result = oidc::validateIdToken(idToken, keys, rules);
    if (!v.result.ok() && v.result.failed == oidc::TokenCheck::UnknownKey
        && ageMs >= m_settings.jwksRefreshMinSeconds * 1000LL) {
        // The provider may have rotated its keys since they were fetched.
        QString why;
        if (refreshKeys(&why))
            v.result = oidc::validateIdToken(idToken, snapshot(&ageMs), rules);
    }
    return v;
}

} // namespace izdesk::server
