#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace izdesk::test {

// A real OpenID Connect issuer on http://127.0.0.1:PORT for tests: discovery
// (/.well-known/openid-configuration), a JWK Set of RSA keys generated at start with OpenSSL,
// /authorize (approves the configured user at once and redirects to the loopback redirect_uri
// with code and state, as a browser would be sent) and /token (authorization code grant of a
// public client: checks client_id, the exact redirect_uri and the PKCE S256 code_verifier, each
// code once, then answers an RS256 ID token with iss, aud, exp, iat, nonce, the user's claims
// and the role claim). It also mints tokens directly, well-formed or deliberately broken, for
// the server's validation tests. Lives on the test's thread; answers while the event loop runs.
class TestIdentityProvider
{
public:
    struct User
    {
        QString subject = QStringLiteral("00u-test-subject-1");
        QString username = QStringLiteral("specialist");
        QString email = QStringLiteral("specialist@health.example");
        QString name = QStringLiteral("Sam Specialist");
        QJsonValue roles = QJsonValue(QStringLiteral("specialist")); // a string or an array
    };

    // How mintIdToken breaks a token (all off: a valid token).
    struct Mint
    {
        QString alg = QStringLiteral("RS256"); // "none", "HS256" (keyed with the public key PEM), …
        QString kid;                           // empty: the current key's id
        bool omitKid = false;
        bool signWithUnpublishedKey = false;   // a key of the same size that the JWK Set lacks
        bool tamperPayload = false;            // change a claim after signing
    };

    TestIdentityProvider();
    ~TestIdentityProvider();
    TestIdentityProvider(const TestIdentityProvider &) = delete;
    TestIdentityProvider &operator=(const TestIdentityProvider &) = delete;

    bool start(QString *error = nullptr);
    QString issuer() const; // http://127.0.0.1:PORT
    QString clientId() const;
    void setClientId(const QString &clientId);
    QString roleClaim() const;
    void setRoleClaim(const QString &claim); // default "roles"

    void setUser(const User &user);
    User user() const;
    // /authorize redirects with error=<error> (e.g. "access_denied") instead of a code.
    void setRefusal(const QString &error, const QString &description = {});
    // The next codes are recorded with another client's code challenge, so their redirection
    // cannot be redeemed with the verifier that belongs to the request (PKCE must refuse it).
    void setSubstituteChallenge(bool substitute);

    // A new signing key with a new kid; the JWK Set then publishes the new and the old key.
    void rotateKey();
    QString currentKeyId() const;

    // Claims of a valid ID token for the configured user: iss, sub, aud, iat, exp (+5 min),
    // nonce, preferred_username, email, name and the role claim.
    QJsonObject claimsFor(const QString &nonce) const;
    QByteArray mintIdToken(const QJsonObject &claims, const Mint &mint) const;
    QByteArray mintIdToken(const QJsonObject &claims) const;
    // The current public key as PEM (the secret of an HS256 confusion attack).
    QByteArray publicKeyPem() const;

    // Raw /token call (form-encoded), as an attacker holding a code would make it.
    struct TokenAnswer
    {
        int status = 0;
        QJsonObject body;
    };
    TokenAnswer redeem(const QString &code, const QString &redirectUri, const QString &verifier);

    int discoveryRequests() const;
    int jwksRequests() const;
    int authorizeRequests() const;
    int tokenRequests() const;
    QString lastCode() const; // the newest code /authorize handed out

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace izdesk::test
