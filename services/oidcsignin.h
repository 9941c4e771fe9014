#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <optional>

class QTcpServer;
class QTcpSocket;

namespace izdesk {

class BrowserLauncher;
class HttpTransport;
struct HttpResponse;

// What the IZ Desk server says about its identity provider (GET /api/v1/sessions/oidc).
struct IdentityProviderInfo
{
    QString issuer;
    QString displayName;
    QString clientId;
    QString scope;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;

    // nullopt when a member is missing or an endpoint is not a URL.
    static std::optional<IdentityProviderInfo> fromJson(const QJsonObject &json);
};

// One sign-in at an OpenID Connect identity provider the way a desktop app does it (OAuth 2.0
// for Native Apps, RFC 8252): authorization code flow with PKCE S256 (RFC 7636) through the
// system browser and a loopback redirect. start() makes a fresh code_verifier and state,
// listens on http://127.0.0.1:<free port>/callback, opens the browser at the authorization
// endpoint, checks the state of the redirect, answers the browser with a short page, and
// exchanges the code (public client: client_id and code_verifier, no secret) at the token
// endpoint over its own HTTP transport; succeeded() hands over the ID token, which the IZ Desk
// server then verifies. No secret is ever held here; nothing of the flow is logged. A
// GUI-thread object; every step is asynchronous.
class OidcSignIn : public QObject
{
    Q_OBJECT

public:
    explicit OidcSignIn(QObject *parent = nullptr);
    ~OidcSignIn() override;

    // Not owned; null = the system browser.
    void setBrowserLauncher(BrowserLauncher *launcher) { m_launcher = launcher; }
    // How long the person may take in the browser (default five minutes).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setCaFile(const QString &path) { m_caFile = path; }

    // nonce: the one the IZ Desk server issued for this sign-in.
    void start(const IdentityProviderInfo &idp, const QString &nonce);
    // Ends the sign-in at once, without a signal; a late redirect finds nobody listening.
    void cancel();
    bool isActive() const { return m_active; }
    QUrl redirectUri() const; // valid while waiting for the browser

    // BASE64URL(SHA256(verifier)), RFC 7636 §4.2.
    static QString codeChallenge(const QString &verifier);
    // `bytes` random bytes from the system CSPRNG, base64url without padding.
    static QString randomUrlSafe(int bytes);

Q_SIGNALS:
    void waitingForBrowser(); // the browser shows the identity provider's page now
    void exchangingCode();    // the browser came back; the code goes to the token endpoint
    void succeeded(const QString &idToken);
    void failed(const QString &message);

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void handleRedirect(QTcpSocket *socket, const QUrl &target);
    void respond(QTcpSocket *socket, int status, const QString &title, const QString &text);
    void onTokenResponse(const HttpResponse &response);
    void fail(const QString &message);
    void stop();

    BrowserLauncher *m_launcher = nullptr;
    HttpTransport *m_transport = nullptr; // created at the first exchange
    QTcpServer *m_listener = nullptr;
    QHash<QTcpSocket *, QByteArray> m_pending; // connections still sending their request
    QTimer m_timeout;
    int m_timeoutMs = 5 * 60 * 1000;
    QString m_caFile;
    bool m_active = false;
    IdentityProviderInfo m_idp;
    QString m_verifier, m_state;
    quint64 m_tokenRequest = 0;
};

} // namespace izdesk
