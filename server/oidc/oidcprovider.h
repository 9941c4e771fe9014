#pragma once

#include "oidc/idtoken.h"
#include "oidc/jose.h"
#include "oidc/oidcsettings.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QString>
#include <QUrl>

#include <optional>

namespace izdesk::server {

// The configured identity provider as the server sees it: its discovery document
// (/.well-known/openid-configuration, fetched once and kept) and its JWK Set (kept, fetched
// again when a token names an unknown key id — at most every jwksRefreshMinSeconds — and
// when older than an hour), and ID token validation against them. Fetches block the calling
// thread for at most a few seconds, so call from a request worker thread, never from the
// server's event loop thread. Thread-safe: one instance serves every worker.
class OidcProvider
{
public:
    explicit OidcProvider(OidcSettings settings);

    const OidcSettings &settings() const { return m_settings; }

    struct Endpoints
    {
        QUrl authorization;
        QUrl token;
        QUrl jwks;
    };
    // The provider's endpoints; nullopt + *error (for the log and a 503) when it cannot be
    // reached or its discovery document is unusable.
    std::optional<Endpoints> endpoints(QString *error);

    struct Validation
    {
        oidc::IdTokenResult result;
        QString unavailable; // non-empty: the provider's keys could not be had (nothing was checked)
    };
    Validation validate(const QByteArray &idToken, const QDateTime &now);

    static constexpr int fetchTimeoutMs = 8000;
    static constexpr qint64 maxDocumentBytes = 512 * 1024;
    static constexpr int keysMaxAgeSeconds = 3600;

private:
    // GET url → body, or nullopt + *error (no redirects, https unless loopback is allowed).
    std::optional<QByteArray> fetch(const QUrl &url, QString *error) const;
    std::optional<Endpoints> loadEndpoints(QString *error);
    // Fetches the JWK Set (serialised with other fetches); false + *error.
    bool refreshKeys(QString *error);

    const OidcSettings m_settings;
    QMutex m_fetchMutex; // one fetch at a time
    mutable QMutex m_mutex;  // guards the members below
    std::optional<Endpoints> m_endpoints;
    QList<oidc::RsaKey> m_keys;
    bool m_haveKeys = false;
    QElapsedTimer m_keysFetched;
};

} // namespace izdesk::server
