#include "testidentityprovider.h"

#include "httptestclient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace izdesk::test {

namespace {

QByteArray b64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString randomToken(int bytes = 24)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(b64url(raw));
}

using KeyPtr = std::shared_ptr<EVP_PKEY>;

KeyPtr generateRsaKey()
{
    EVP_PKEY *key = EVP_RSA_gen(2048);
    return KeyPtr(key, EVP_PKEY_free);
}

QByteArray bnParam(EVP_PKEY *key, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    QByteArray out(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}

QByteArray signRs256(EVP_PKEY *key, const QByteArray &input)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestSign(ctx, nullptr, &length, reinterpret_cast<const unsigned char *>(input.constData()),
                          size_t(input.size()))
            == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                           reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()))
            != 1)
            signature.clear();
        signature.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(ctx);
    return signature;
}

QByteArray hmacSha256(const QByteArray &secret, const QByteArray &input)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t length = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, secret.constData(), size_t(secret.size()),
                   reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()), out, sizeof out,
                   &length))
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(length));
}

QByteArray publicPem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, key);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, length);
    BIO_free(bio);
    return pem;
}

QHttpServerResponse jsonAnswer(const QJsonObject &body, QHttpServerResponse::StatusCode status)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 status);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QHttpServerResponse oauthError(const QString &error, const QString &description)
{
    return jsonAnswer({{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}},
                      QHttpServerResponse::StatusCode::BadRequest);
}

bool isUnreserved(const QString &s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-'
            || u == '.' || u == '_' || u == '~';
        if (!ok)
            return false;
    }
    return true;
}

// RFC 8252 §7.3: a loopback redirect URI matches the registered one with any port.
bool loopbackRedirectMatches(const QUrl &requested, const QUrl &registered)
{
    return requested.scheme() == QLatin1String("http") && requested.host() == registered.host()
        && requested.path() == registered.path() && requested.port() > 0 && !requested.hasQuery()
        && !requested.hasFragment();
}

// A form body (application/x-www-form-urlencoded): '+' is a space.
QUrlQuery formBody(const QByteArray &body)
{
    QByteArray b = body;
    b.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(b));
}

QString formValue(const QUrlQuery &q, const QString &name)
{
    return q.queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace

struct TestIdentityProvider::Private
{
    struct Key
    {
        QString kid;
        KeyPtr key;
    };
    struct Grant
    {
        QString clientId, redirectUri, challenge, nonce;
        User user;
        QDateTime issuedAt;
        bool used = false;
    };

    QHttpServer http;
    quint16 port = 0;
    QString clientId = QStringLiteral("izdesk-desktop");
    QString roleClaim = QStringLiteral("roles");
    QUrl registeredRedirect = QUrl(QStringLiteral("http://127.0.0.1/callback"));
    User user;
    QString refusal, refusalDescription;
    bool substituteChallenge = false;
    QList<Key> keys; // the last is the current one
    KeyPtr unpublished;
    QHash<QString, Grant> grants;
    QString lastCode;
    int discovery = 0, jwks = 0, authorize = 0, token = 0;

    QString issuer() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }

    QJsonObject discoveryDocument() const
    {
        return {
            {QStringLiteral("issuer"), issuer()},
            {QStringLiteral("authorization_endpoint"), QString(issuer() + QStringLiteral("/authorize"))},
            {QStringLiteral("token_endpoint"), QString(issuer() + QStringLiteral("/token"))},
            {QStringLiteral("jwks_uri"), QString(issuer() + QStringLiteral("/jwks"))},
            {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
            {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("public")}},
            {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray{QStringLiteral("RS256")}},
            {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
            {QStringLiteral("token_endpoint_auth_methods_supported"), QJsonArray{QStringLiteral("none")}},
        };
    }

    QJsonObject jwksDocument() const
    {
        QJsonArray list;
        for (const Key &k : keys) {
            list.append(QJsonObject{
                {QStringLiteral("kty"), QStringLiteral("RSA")},
                {QStringLiteral("use"), QStringLiteral("sig")},
                {QStringLiteral("alg"), QStringLiteral("RS256")},
                {QStringLiteral("kid"), k.kid},
                {QStringLiteral("n"), QString::fromLatin1(b64url(bnParam(k.key.get(), OSSL_PKEY_PARAM_RSA_N)))},
                {QStringLiteral("e"), QString::fromLatin1(b64url(bnParam(k.key.get(), OSSL_PKEY_PARAM_RSA_E)))},
            });
        }
        return {{QStringLiteral("keys"), list}};
    }

    QHttpServerResponse authorizeAnswer(const QHttpServerRequest &request)
    {
        ++authorize;
        const QUrlQuery q = request.query();
        const QUrl redirect(formValue(q, QStringLiteral("redirect_uri")), QUrl::StrictMode);
        // Without a known client and a registered redirect URI nothing may be redirected.
        if (formValue(q, QStringLiteral("client_id")) != clientId || !loopbackRedirectMatches(redirect, registeredRedirect))
            return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("unknown client or redirect_uri"),
                                       QHttpServerResponse::StatusCode::BadRequest);
        QUrlQuery answer;
        answer.addQueryItem(QStringLiteral("state"), formValue(q, QStringLiteral("state")));
        auto fail = [&](const QString &error, const QString &description) {
            answer.addQueryItem(QStringLiteral("error"), error);
            if (!description.isEmpty())
                answer.addQueryItem(QStringLiteral("error_description"), description);
        };
        const QString challenge = formValue(q, QStringLiteral("code_challenge"));
        if (formValue(q, QStringLiteral("response_type")) != QLatin1String("code"))
            fail(QStringLiteral("unsupported_response_type"), {});
        else if (!formValue(q, QStringLiteral("scope")).split(QLatin1Char(' ')).contains(QLatin1String("openid")))
            fail(QStringLiteral("invalid_scope"), QStringLiteral("openid is required"));
        else if (formValue(q, QStringLiteral("code_challenge_method")) != QLatin1String("S256") || challenge.size() != 43)
            fail(QStringLiteral("invalid_request"), QStringLiteral("PKCE S256 is required"));
        else if (!refusal.isEmpty())
            fail(refusal, refusalDescription);
        else {
            const QString code = randomToken();
            Grant grant{clientId, redirect.toString(QUrl::FullyEncoded),
                        substituteChallenge ? QString::fromLatin1(b64url(QCryptographicHash::hash(
                                                  randomToken(32).toLatin1(), QCryptographicHash::Sha256)))
                                            : challenge,
                        formValue(q, QStringLiteral("nonce")), user, QDateTime::currentDateTimeUtc()};
            grants.insert(code, grant);
            lastCode = code;
            answer.addQueryItem(QStringLiteral("code"), code);
        }
        QUrl target = redirect;
        target.setQuery(answer.toString(QUrl::FullyEncoded), QUrl::StrictMode);
        QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
        response.setHeader("Location", target.toEncoded());
        return response;
    }

    QHttpServerResponse tokenAnswer(const QHttpServerRequest &request, TestIdentityProvider *owner)
    {
        ++token;
        const QUrlQuery q = formBody(request.body());
        if (formValue(q, QStringLiteral("grant_type")) != QLatin1String("authorization_code"))
            return oauthError(QStringLiteral("unsupported_grant_type"), {});
        auto it = grants.find(formValue(q, QStringLiteral("code")));
        if (it == grants.end() || it->used || it->issuedAt.secsTo(QDateTime::currentDateTimeUtc()) > 60)
            return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("unknown, used or expired code"));
        it->used = true; // a code is good for one try, right or wrong
        if (formValue(q, QStringLiteral("client_id")) != it->clientId)
            return oauthError(QStringLiteral("invalid_client"), QStringLiteral("the code belongs to another client"));
        if (formValue(q, QStringLiteral("redirect_uri")) != it->redirectUri)
            return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("redirect_uri differs from the request"));
        const QString verifier = formValue(q, QStringLiteral("code_verifier"));
        const QString expected = QString::fromLatin1(
            b64url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
        if (verifier.size() < 43 || verifier.size() > 128 || !isUnreserved(verifier) || expected != it->challenge)
            return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("PKCE verification failed"));
        const User previous = user;
        user = it->user;
        const QByteArray idToken = owner->mintIdToken(owner->claimsFor(it->nonce));
        user = previous;
        return jsonAnswer({{QStringLiteral("access_token"), randomToken()},
                           {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                           {QStringLiteral("expires_in"), 3600},
                           {QStringLiteral("scope"), QStringLiteral("openid profile email")},
                           {QStringLiteral("id_token"), QString::fromLatin1(idToken)}},
                          QHttpServerResponse::StatusCode::Ok);
    }
};

TestIdentityProvider::TestIdentityProvider()
    : d(std::make_unique<Private>())
{
    rotateKey();
    d->unpublished = generateRsaKey();
}

TestIdentityProvider::~TestIdentityProvider() = default;

bool TestIdentityProvider::start(QString *error)
{
    using Method = QHttpServerRequest::Method;
    d->http.route(QStringLiteral("/.well-known/openid-configuration"), Method::Get, [this] {
        ++d->discovery;
        return jsonAnswer(d->discoveryDocument(), QHttpServerResponse::StatusCode::Ok);
    });
    d->http.route(QStringLiteral("/jwks"), Method::Get, [this] {
        ++d->jwks;
        return jsonAnswer(d->jwksDocument(), QHttpServerResponse::StatusCode::Ok);
    });
    d->http.route(QStringLiteral("/authorize"), Method::Get,
                  [this](const QHttpServerRequest &request) { return d->authorizeAnswer(request); });
    d->http.route(QStringLiteral("/token"), Method::Post,
                  [this](const QHttpServerRequest &request) { return d->tokenAnswer(request, this); });
    d->port = d->http.listen(QHostAddress::LocalHost, 0);
    if (d->port == 0 && error)
        *error = QStringLiteral("the test identity provider cannot listen on 127.0.0.1");
    return d->port != 0 && !d->keys.isEmpty() && d->unpublished;
}

QString TestIdentityProvider::issuer() const
{
    return d->issuer();
}

QString TestIdentityProvider::clientId() const
{
    return d->clientId;
}

void TestIdentityProvider::setClientId(const QString &clientId)
{
    d->clientId = clientId;
}

QString TestIdentityProvider::roleClaim() const
{
    return d->roleClaim;
}

void TestIdentityProvider::setRoleClaim(const QString &claim)
{
    d->roleClaim = claim;
}

void TestIdentityProvider::setUser(const User &user)
{
    d->user = user;
}

TestIdentityProvider::User TestIdentityProvider::user() const
{
    return d->user;
}

void TestIdentityProvider::setRefusal(const QString &error, const QString &description)
{
    d->refusal = error;
    d->refusalDescription = description;
}

void TestIdentityProvider::setSubstituteChallenge(bool substitute)
{
    d->substituteChallenge = substitute;
}

void TestIdentityProvider::rotateKey()
{
    d->keys.append({QStringLiteral("test-key-%1").arg(d->keys.size() + 1), generateRsaKey()});
}

QString TestIdentityProvider::currentKeyId() const
{
    return d->keys.last().kid;
}

QJsonObject TestIdentityProvider::claimsFor(const QString &nonce) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{
        {QStringLiteral("iss"), issuer()},
        {QStringLiteral("sub"), d->user.subject},
        {QStringLiteral("aud"), d->clientId},
        {QStringLiteral("iat"), now},
        {QStringLiteral("exp"), now + 300},
        {QStringLiteral("auth_time"), now},
        {QStringLiteral("preferred_username"), d->user.username},
        {QStringLiteral("email"), d->user.email},
        {QStringLiteral("name"), d->user.name},
    };
    if (!nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), nonce);
    if (!d->user.roles.isUndefined())
        claims.insert(d->roleClaim, d->user.roles);
    return claims;
}

QByteArray TestIdentityProvider::mintIdToken(const QJsonObject &claims) const
{
    return mintIdToken(claims, Mint{});
}

QByteArray TestIdentityProvider::mintIdToken(const QJsonObject &claims, const Mint &mint) const
{
    QJsonObject header{{QStringLiteral("alg"), mint.alg}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (!mint.omitKid)
        header.insert(QStringLiteral("kid"), mint.kid.isEmpty() ? currentKeyId() : mint.kid);
    const QByteArray input = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    QByteArray signature;
    if (mint.alg == QLatin1String("HS256"))
        signature = hmacSha256(publicKeyPem(), input);
    else if (mint.alg == QLatin1String("RS256"))
        signature = signRs256(mint.signWithUnpublishedKey ? d->unpublished.get() : d->keys.last().key.get(), input);
    QByteArray token = input + '.' + b64url(signature);
    if (mint.tamperPayload) {
        QJsonObject changed = claims;
        changed.insert(d->roleClaim, QStringLiteral("admin"));
        token = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
            + b64url(QJsonDocument(changed).toJson(QJsonDocument::Compact)) + '.' + b64url(signature);
    }
    return token;
}

QByteArray TestIdentityProvider::publicKeyPem() const
{
    return publicPem(d->keys.last().key.get());
}

TestIdentityProvider::TokenAnswer TestIdentityProvider::redeem(const QString &code, const QString &redirectUri,
                                                               const QString &verifier)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    form.addQueryItem(QStringLiteral("client_id"), d->clientId);
    form.addQueryItem(QStringLiteral("code_verifier"), verifier);
    HttpTestClient client{QUrl(issuer())};
    const auto r = client.request("POST", QStringLiteral("/token"), form.toString(QUrl::FullyEncoded).toLatin1(),
                                  {{"Content-Type", "application/x-www-form-urlencoded"}});
    return {r.status, r.object()};
}

int TestIdentityProvider::discoveryRequests() const
{
    return d->discovery;
}

int TestIdentityProvider::jwksRequests() const
{
    return d->jwks;
}

int TestIdentityProvider::authorizeRequests() const
{
    return d->authorize;
}

int TestIdentityProvider::tokenRequests() const
{
    return d->token;
}

QString TestIdentityProvider::lastCode() const
{
    return d->lastCode;
}

} // namespace izdesk::test
