#pragma once

#include "oidc/jose.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace izdesk::server::oidc {

// Why an ID token was refused. The key names the check (audit detail "reason", the problem
// answer); nothing of the token itself is ever part of it.
enum class TokenCheck {
    Malformed,   // not a compact JWS of JSON objects, or too large
    Algorithm,   // alg other than RS256 ("none", HS256, …), or a critical header
    UnknownKey,  // no key of the issuer's JWK Set matches the kid
    Signature,   // the signature does not verify
    Issuer,      // iss is not the configured issuer
    Audience,    // aud does not name this client, names others too, or azp is another client
    Expired,     // exp has passed (beyond the leeway)
    NotYetValid, // nbf or iat lies in the future (beyond the leeway)
    TooOld,      // iat is older than the sign-in window
    Claims,      // sub, nonce, exp or iat missing or of the wrong type
};

QString tokenCheckKey(TokenCheck check);         // "signature", "issuer", …
QString tokenCheckDescription(TokenCheck check); // one sentence for the problem answer

// What a relying party expects of an ID token (OpenID Connect Core 1.0 §3.1.3.7).
struct IdTokenRules
{
    QString issuer;   // exact match of iss
    QString clientId; // the only accepted audience
    QDateTime now;    // UTC
    int leewaySeconds = 60;
    int maxAgeSeconds = 600; // iat no older than this (the sign-in window)
    qsizetype maxTokenBytes = 16 * 1024;
};

// A token that passed every check; its claims may be trusted.
struct VerifiedIdToken
{
    QJsonObject claims;
    QString subject;
    QString nonce;
};

struct IdTokenResult
{
    std::optional<VerifiedIdToken> token;
    TokenCheck failed = TokenCheck::Malformed; // when !token
    QString kid;                               // the header's kid (for the unknown-key refresh)

    bool ok() const { return token.has_value(); }
};

// Validates an ID token against an issuer's keys: RS256 only, key chosen by kid (or the
// only key when the header names none), signature, then iss, aud/azp, exp, nbf, iat, sub and
// the presence of a nonce. The nonce's value is the caller's to check (it knows which it
// issued). Pure; any thread.
IdTokenResult validateIdToken(const QByteArray &token, const QList<RsaKey> &keys, const IdTokenRules &rules);

} // namespace izdesk::server::oidc
