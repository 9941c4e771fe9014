// Fuzz target: what an OpenID Connect identity provider sends the server, read before anything
// of it is trusted: the JWK Set document (parseJwks), the compact JWS of an ID token
// (CompactJws::parse, base64url) and the whole ID token check (validateIdToken).
//
// Input: line 1 is the JWK Set document; the rest is the ID token as the client hands it over.
//
// Besides sanitizer reports, these properties must hold:
//  - base64url: whatever decodes encodes back to text that decodes to the same bytes, and
//    encoded bytes always decode to themselves;
//  - a token that passes validateIdToken parses as a compact JWS whose iss and aud are the
//    rules' issuer and client, and whose alg is RS256.

#include "fuzzinput.h"

#include "oidc/idtoken.h"
#include "oidc/jose.h"

#include <QJsonArray>

#include <cstdio>
#include <cstdlib>

namespace {

using namespace izdesk::server::oidc;
using izdesk::fuzz::FuzzInput;

[[noreturn]] void fail(const char *what)
{
    fprintf(stderr, "fuzz_oidc: %s\n", what);
    std::abort();
}

void checkBase64Url(const QByteArray &text)
{
    if (const auto bytes = base64UrlDecode(text)) {
        const auto again = base64UrlDecode(base64UrlEncode(*bytes));
        if (!again || *again != *bytes)
            fail("decoded bytes do not survive encoding and decoding again");
    }
    const auto self = base64UrlDecode(base64UrlEncode(text));
    if (!self || *self != text)
        fail("encoded bytes do not decode to themselves");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    const QByteArray jwks = in.line();
    const QByteArray token = in.rest();
    checkBase64Url(token.left(4096));

    QString error;
    const auto keys = parseJwks(jwks, &error, 512);
    if (!keys && error.isEmpty())
        fail("a refused JWK Set without a reason");
    const auto jws = CompactJws::parse(token, &error);

    IdTokenRules rules;
    rules.issuer = QStringLiteral("https://idp.example.org");
    rules.clientId = QStringLiteral("izdesk");
    rules.now = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
    const IdTokenResult result = validateIdToken(token, keys.value_or(QList<RsaKey>()), rules);
    if (result.ok()) {
        if (!jws)
            fail("a valid ID token that is not a compact JWS");
        if (jws->header.value(QStringLiteral("alg")).toString() != QLatin1String("RS256"))
            fail("a valid ID token not signed with RS256");
        if (jws->payload.value(QStringLiteral("iss")).toString() != rules.issuer)
            fail("a valid ID token from another issuer");
        const QJsonValue aud = jws->payload.value(QStringLiteral("aud"));
        if (aud.toString() != rules.clientId && !aud.toArray().contains(QJsonValue(rules.clientId)))
            fail("a valid ID token for another audience");
    }
    return 0;
}
