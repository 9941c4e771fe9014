#include "oidc/idtoken.h"

#include <QJsonArray>

#include <cmath>

namespace izdesk::server::oidc {

namespace {

IdTokenResult refused(TokenCheck check, const QString &kid = {})
{
    IdTokenResult result;
    result.failed = check;
    result.kid = kid;
    return result;
}

// A NumericDate claim (seconds since the epoch), nullopt when absent or not a number.
std::optional<qint64> numericDate(const QJsonObject &claims, const QString &name)
{
    const QJsonValue v = claims.value(name);
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return std::nullopt;
    return static_cast<qint64>(std::floor(v.toDouble()));
}

bool audienceOk(const QJsonObject &claims, const QString &clientId)
{
    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    QStringList audiences;
    if (aud.isString()) {
        audiences << aud.toString();
    } else if (aud.isArray()) {
        for (const QJsonValue &a : aud.toArray()) {
            if (!a.isString())
                return false;
            audiences << a.toString();
        }
    } else {
        return false;
    }
    // Only this client is trusted: a token also meant for others is refused (Core §3.1.3.7 3).
    if (audiences.isEmpty() || audiences.count(clientId) != audiences.size())
        return false;
    const QJsonValue azp = claims.value(QStringLiteral("azp"));
    return azp.isUndefined() || (azp.isString() && azp.toString() == clientId);
}

const RsaKey *findKey(const QList<RsaKey> &keys, const QString &kid)
{
    if (kid.isEmpty())
        return keys.size() == 1 ? &keys.first() : nullptr;
    for (const RsaKey &key : keys) {
        if (key.kid == kid)
            return &key;
    }
    return nullptr;
}

} // namespace

QString tokenCheckKey(TokenCheck check)
{
    switch (check) {
    case TokenCheck::Malformed: return QStringLiteral("malformed");
    case TokenCheck::Algorithm: return QStringLiteral("algorithm");
    case TokenCheck::UnknownKey: return QStringLiteral("unknown-key");
    case TokenCheck::Signature: return QStringLiteral("signature");
    case TokenCheck::Issuer: return QStringLiteral("issuer");
    case TokenCheck::Audience: return QStringLiteral("audience");
    case TokenCheck::Expired: return QStringLiteral("expired");
    case TokenCheck::NotYetValid: return QStringLiteral("not-yet-valid");
    case TokenCheck::TooOld: return QStringLiteral("too-old");
    case TokenCheck::Claims: return QStringLiteral("claims");
    }
    return QStringLiteral("malformed");
}

QString tokenCheckDescription(TokenCheck check)
{
    switch (check) {
    case TokenCheck::Malformed: return QStringLiteral("the ID token is not a signed JWT");
    case TokenCheck::Algorithm: return QStringLiteral("the ID token is not signed with RS256");
    case TokenCheck::UnknownKey: return QStringLiteral("the ID token is signed with a key the identity provider does not publish");
    case TokenCheck::Signature: return QStringLiteral("the ID token's signature does not verify");
    case TokenCheck::Issuer: return QStringLiteral("the ID token comes from another issuer");
    case TokenCheck::Audience: return QStringLiteral("the ID token is not meant for IZ Desk");
    case TokenCheck::Expired: return QStringLiteral("the ID token has expired");
    case TokenCheck::NotYetValid: return QStringLiteral("the ID token is not valid yet (check the clocks)");
    case TokenCheck::TooOld: return QStringLiteral("the ID token was issued too long ago; sign in again");
    case TokenCheck::Claims: return QStringLiteral("the ID token lacks a required claim");
    }
    return {};
}

IdTokenResult validateIdToken(const QByteArray &token, const QList<RsaKey> &keys, const IdTokenRules &rules)
{
    if (token.isEmpty() || token.size() > rules.maxTokenBytes)
        return refused(TokenCheck::Malformed);
    const auto jws = CompactJws::parse(token, nullptr);
    if (!jws)
        return refused(TokenCheck::Malformed);
    const QJsonValue typ = jws->header.value(QStringLiteral("typ"));
    if (!typ.isUndefined() && typ.toString().compare(QLatin1String("JWT"), Qt::CaseInsensitive) != 0)
        return refused(TokenCheck::Malformed);
    // The algorithm is fixed by configuration, never taken from the token: "none" and HMAC
    // (which would use the public key as a shared secret) never reach a key.
    if (jws->header.value(QStringLiteral("alg")).toString() != QLatin1String("RS256")
        || jws->header.contains(QStringLiteral("crit")))
        return refused(TokenCheck::Algorithm);
    const QString kid = jws->header.value(QStringLiteral("kid")).toString();
    const RsaKey *key = findKey(keys, kid);
    if (!key)
        return refused(TokenCheck::UnknownKey, kid);
    if (!key->verifyRs256(jws->signingInput, jws->signature))
        return refused(TokenCheck::Signature, kid);

    const QJsonObject &claims = jws->payload;
    if (claims.value(QStringLiteral("iss")).toString() != rules.issuer || rules.issuer.isEmpty())
        return refused(TokenCheck::Issuer, kid);
    if (rules.clientId.isEmpty() || !audienceOk(claims, rules.clientId))
        return refused(TokenCheck::Audience, kid);
    const auto exp = numericDate(claims, QStringLiteral("exp"));
    const auto iat = numericDate(claims, QStringLiteral("iat"));
    const QString subject = claims.value(QStringLiteral("sub")).toString();
    const QString nonce = claims.value(QStringLiteral("nonce")).toString();
    if (!exp || !iat || subject.isEmpty() || subject.size() > 255 || nonce.isEmpty())
        return refused(TokenCheck::Claims, kid);
    const qint64 now = rules.now.toSecsSinceEpoch();
    if (now >= *exp + rules.leewaySeconds)
        return refused(TokenCheck::Expired, kid);
    if (*iat > now + rules.leewaySeconds)
        return refused(TokenCheck::NotYetValid, kid);
    if (claims.contains(QStringLiteral("nbf"))) {
        const auto nbf = numericDate(claims, QStringLiteral("nbf"));
        if (!nbf)
            return refused(TokenCheck::Claims, kid);
        if (*nbf > now + rules.leewaySeconds)
            return refused(TokenCheck::NotYetValid, kid);
    }
    if (now - *iat > rules.maxAgeSeconds + rules.leewaySeconds)
        return refused(TokenCheck::TooOld, kid);

    IdTokenResult result;
    result.kid = kid;
    result.token = VerifiedIdToken{claims, subject, nonce};
    return result;
}

} // namespace izdesk::server::oidc
