#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace izdesk::server::oidc {

// The parts of JOSE (RFC 7515 JWS, RFC 7517 JWK, RFC 7518 RS256) an OpenID Connect relying
// party needs: compact JWS parsing, RSA public keys from a JWK Set, RS256 verification with
// OpenSSL EVP. Pure functions and immutable values; any thread.

// base64url without padding (RFC 7515 §2); nullopt for any other character or a bad length.
std::optional<QByteArray> base64UrlDecode(const QByteArray &text);
QByteArray base64UrlEncode(const QByteArray &bytes);

// A compact JWS "header.payload.signature" with both JSON parts decoded.
struct CompactJws
{
    QJsonObject header;
    QJsonObject payload;
    QByteArray signingInput; // ASCII(BASE64URL(header) '.' BASE64URL(payload))
    QByteArray signature;

    static std::optional<CompactJws> parse(const QByteArray &token, QString *error);
};

// One RSA signing key of a JWK Set.
struct RsaKey
{
    QString kid; // may be empty
    std::shared_ptr<EVP_PKEY> key;

    int bits() const;
    // RSASSA-PKCS1-v1_5 with SHA-256 over input.
    bool verifyRs256(const QByteArray &input, const QByteArray &signature) const;
};

// The RSA signature keys of a JWK Set document ({"keys":[…]}): kty RSA, use "sig" or absent,
// alg RS256 or absent, at least minBits. Keys of other types are skipped; a malformed RSA key
// is an error (an issuer publishing one is misconfigured).
std::optional<QList<RsaKey>> parseJwks(const QByteArray &json, QString *error, int minBits = 2048);

} // namespace izdesk::server::oidc
