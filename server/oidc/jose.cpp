#include "oidc/jose.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace izdesk::server::oidc {

namespace {

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

bool isBase64UrlChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

std::optional<QJsonObject> jsonObject(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

struct BnDeleter
{
    void operator()(BIGNUM *bn) const { BN_free(bn); }
};
using BnPtr = std::unique_ptr<BIGNUM, BnDeleter>;

// An RSA public key from its modulus and exponent (big-endian unsigned integers).
std::shared_ptr<EVP_PKEY> rsaPublicKey(const QByteArray &n, const QByteArray &e)
{
    BnPtr modulus(BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr));
    BnPtr exponent(BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr));
    if (!modulus || !exponent)
        return nullptr;
    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    if (!builder)
        return nullptr;
    OSSL_PARAM *params = nullptr;
    if (OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, modulus.get()) == 1
        && OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, exponent.get()) == 1)
        params = OSSL_PARAM_BLD_to_param(builder);
    OSSL_PARAM_BLD_free(builder);
    if (!params)
        return nullptr;
    EVP_PKEY *key = nullptr;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    if (ctx && EVP_PKEY_fromdata_init(ctx) == 1)
        EVP_PKEY_fromdata(ctx, &key, EVP_PKEY_PUBLIC_KEY, params);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    return key ? std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free) : nullptr;
}

} // namespace

std::optional<QByteArray> base64UrlDecode(const QByteArray &text)
{
    if (text.size() % 4 == 1)
        return std::nullopt;
    for (const char c : text) {
        if (!isBase64UrlChar(c))
            return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding
                                                            | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

QByteArray base64UrlEncode(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<CompactJws> CompactJws::parse(const QByteArray &token, QString *error)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3) {
        fail(error, parts.size() == 5 ? QStringLiteral("an encrypted token (JWE) is not accepted")
                                      : QStringLiteral("not a compact JWS (three dot-separated parts)"));
        return std::nullopt;
    }
    const auto header = base64UrlDecode(parts.at(0));
    const auto payload = base64UrlDecode(parts.at(1));
    const auto signature = base64UrlDecode(parts.at(2));
    if (!header || !payload || !signature) {
        fail(error, QStringLiteral("a part is not base64url"));
        return std::nullopt;
    }
    CompactJws jws;
    const auto headerObject = jsonObject(*header);
    const auto payloadObject = jsonObject(*payload);
    if (!headerObject || !payloadObject) {
        fail(error, QStringLiteral("the header or the payload is not a JSON object"));
        return std::nullopt;
    }
    jws.header = *headerObject;
    jws.payload = *payloadObject;
    jws.signingInput = parts.at(0) + '.' + parts.at(1);
    jws.signature = *signature;
    return jws;
}

int RsaKey::bits() const
{
    return key ? EVP_PKEY_get_bits(key.get()) : 0;
}

bool RsaKey::verifyRs256(const QByteArray &input, const QByteArray &signature) const
{
    if (!key || signature.isEmpty())
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!ctx)
        return false;
    const bool ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key.get()) == 1
        && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char *>(input.constData()),
                            size_t(input.size()))
            == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

std::optional<QList<RsaKey>> parseJwks(const QByteArray &json, QString *error, int minBits)
{
    const auto document = jsonObject(json);
    if (!document || !document->value(QStringLiteral("keys")).isArray()) {
        fail(error, QStringLiteral("the JWK Set is not a JSON object with a \"keys\" array"));
        return std::nullopt;
    }
    QList<RsaKey> keys;
    const QJsonArray entries = document->value(QStringLiteral("keys")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject jwk = entries.at(i).toObject();
        const QString where = QStringLiteral("keys[%1]").arg(i);
        if (jwk.value(QStringLiteral("kty")).toString() != QLatin1String("RSA"))
            continue;
        const QString use = jwk.value(QStringLiteral("use")).toString();
        const QString alg = jwk.value(QStringLiteral("alg")).toString();
        if ((!use.isEmpty() && use != QLatin1String("sig")) || (!alg.isEmpty() && alg != QLatin1String("RS256")))
            continue;
        const auto n = base64UrlDecode(jwk.value(QStringLiteral("n")).toString().toLatin1());
        const auto e = base64UrlDecode(jwk.value(QStringLiteral("e")).toString().toLatin1());
        if (!n || !e || n->isEmpty() || e->isEmpty()) {
            fail(error, where + QStringLiteral(": \"n\" and \"e\" must be base64url integers"));
            return std::nullopt;
        }
        RsaKey key{jwk.value(QStringLiteral("kid")).toString(), rsaPublicKey(*n, *e)};
        if (!key.key) {
            fail(error, where + QStringLiteral(": not a usable RSA public key"));
            return std::nullopt;
        }
        if (key.bits() < minBits) {
            fail(error, where + QStringLiteral(": RSA key of %1 bits; at least %2 are required").arg(key.bits()).arg(minBits));
            return std::nullopt;
        }
        keys.append(std::move(key));
    }
    return keys;
}

} // namespace izdesk::server::oidc
