// Sign-in through an OpenID Connect identity provider, the server's side: the ID token checks
// (RS256 signature against the issuer's JWK Set, iss, aud/azp, exp/iat/nbf with a small
// leeway, the server's one-time nonce), the key set's refresh on an unknown kid, the answers
// when the provider is down or not configured, and the --oidc-* options. The issuer is a real
// one on loopback (tests/support/testidentityprovider.h).
#include "oidctestserver.h"

#include "oidc/jose.h"

#include <QFile>
#include <QJsonArray>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using izdesk::test::HttpTestClient;
using izdesk::test::OidcTestServer;
using izdesk::test::TestIdentityProvider;
using izdesk::test::TestServer;
using izdesk::test::problemSlug;
using Mint = izdesk::test::TestIdentityProvider::Mint;

namespace {

const QString kPassword = QStringLiteral("a long enough password 1");

enum class Broken {
    AlgNone, Hs256WithPublicKey, UnpublishedKey, TamperedPayload, OtherIssuer, OtherAudience, ExtraAudience,
    OtherAzp, Expired, IssuedInFuture, IssuedLongAgo, NoSubject, NoNonce, StringExp, Garbage, Encrypted, UnknownKid,
};

} // namespace

Q_DECLARE_METATYPE(Broken)

class TestOidc : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void describeNamesTheProvidersEndpoints();
    void validTokenOpensASession();
    void refusedTokens_data();
    void refusedTokens();
    void leewayAllowsSmallClockDifferences();
    void nonceIsIssuedHereUsedOnceAndExpires();
    void rotatedKeyIsFetchedOnUnknownKid();
    void keySetRefreshIsRateLimited();
    void unreachableProviderAnswers503();
    void withoutProviderTheRoutesAnswer404();
    void commandLineOptions();
    void keySetRules();

private:
    QByteArray validToken(const QString &nonce) { return m_idp.mintIdToken(m_idp.claimsFor(nonce)); }

    TestIdentityProvider m_idp;
    OidcTestServer m_server;
};

void TestOidc::initTestCase()
{
    QString error;
    QVERIFY2(m_idp.start(&error), qPrintable(error));
}

void TestOidc::init()
{
    m_idp.setUser(TestIdentityProvider::User{});
    QString error;
    QVERIFY2(m_server.start(m_idp, {}, &error), qPrintable(error));
    QVERIFY2(m_server.server->addStaffUser(QStringLiteral("specialist"), QStringLiteral("Sam Specialist"),
                                           QStringLiteral("specialist"), kPassword, &error),
             qPrintable(error));
}

void TestOidc::cleanup()
{
    m_server.server.reset();
}

void TestOidc::describeNamesTheProvidersEndpoints()
{
    HttpTestClient client(m_server.server->baseUrl());
    const int before = m_idp.discoveryRequests();
    const auto r = client.get(QStringLiteral("/api/v1/sessions/oidc"));
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.object();
    QCOMPARE(o.value(QStringLiteral("issuer")).toString(), m_idp.issuer());
    QCOMPARE(o.value(QStringLiteral("client_id")).toString(), m_idp.clientId());
    QCOMPARE(o.value(QStringLiteral("display_name")).toString(), QStringLiteral("State Test IdP"));
    QCOMPARE(o.value(QStringLiteral("authorization_endpoint")).toString(), m_idp.issuer() + QStringLiteral("/authorize"));
    QCOMPARE(o.value(QStringLiteral("token_endpoint")).toString(), m_idp.issuer() + QStringLiteral("/token"));
    QVERIFY(o.value(QStringLiteral("scope")).toString().split(QLatin1Char(' ')).contains(QStringLiteral("openid")));
    QVERIFY(!o.contains(QStringLiteral("client_secret")));
    // The discovery document is fetched once and kept.
    QCOMPARE(client.get(QStringLiteral("/api/v1/sessions/oidc")).status, 200);
    QCOMPARE(m_idp.discoveryRequests(), before + 1);
}

void TestOidc::validTokenOpensASession()
{
    const QString nonce = m_server.nonce();
    QCOMPARE(nonce.size(), 43);
    const QByteArray token = validToken(nonce);
    const auto r = m_server.signIn(token);
    QCOMPARE(r.status, 201);
    const QJsonObject user = r.object().value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("specialist"));
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("specialist"));
    QCOMPARE(r.object().value(QStringLiteral("password_change_required")).toBool(true), false);

    // A normal IZ Desk session.
    HttpTestClient client(m_server.server->baseUrl());
    client.setToken(r.object().value(QStringLiteral("token")).toString());
    const auto me = client.get(QStringLiteral("/api/v1/me"));
    QCOMPARE(me.status, 200);
    QCOMPARE(m_server.count(QStringLiteral("SELECT COUNT(*) FROM sessions")), 1);
    QCOMPARE(m_server.count(QStringLiteral("SELECT COUNT(*) FROM staff_identities")), 1);

    const auto [actor, detail] = m_server.lastAudit(QStringLiteral("session.login"));
    QCOMPARE(actor, QStringLiteral("specialist"));
    QCOMPARE(detail.value(QStringLiteral("method")).toString(), QStringLiteral("oidc"));
    QVERIFY(detail.value(QStringLiteral("identity_linked")).toBool());
    // Neither the token, nor its signature, nor the nonce reaches the audit trail.
    const QString audit = m_server.auditText();
    QVERIFY(!audit.contains(QString::fromLatin1(token.split('.').at(2))));
    QVERIFY(!audit.contains(QString::fromLatin1(token.split('.').at(1))));
    QVERIFY(!audit.contains(nonce));
}

void TestOidc::refusedTokens_data()
{
    QTest::addColumn<Broken>("broken");
    QTest::addColumn<QString>("reason");
    QTest::newRow("alg none") << Broken::AlgNone << "algorithm";
    QTest::newRow("HS256 keyed with the public key") << Broken::Hs256WithPublicKey << "algorithm";
    QTest::newRow("signed with a key the issuer does not publish") << Broken::UnpublishedKey << "signature";
    QTest::newRow("claims changed after signing") << Broken::TamperedPayload << "signature";
    QTest::newRow("another issuer") << Broken::OtherIssuer << "issuer";
    QTest::newRow("another audience") << Broken::OtherAudience << "audience";
    QTest::newRow("also meant for another client") << Broken::ExtraAudience << "audience";
    QTest::newRow("azp names another client") << Broken::OtherAzp << "audience";
    QTest::newRow("expired") << Broken::Expired << "expired";
    QTest::newRow("issued in the future") << Broken::IssuedInFuture << "not-yet-valid";
    QTest::newRow("issued an hour ago") << Broken::IssuedLongAgo << "too-old";
    QTest::newRow("no subject") << Broken::NoSubject << "claims";
    QTest::newRow("no nonce") << Broken::NoNonce << "claims";
    QTest::newRow("exp as a string") << Broken::StringExp << "claims";
    QTest::newRow("not a JWT") << Broken::Garbage << "malformed";
    QTest::newRow("five parts (JWE)") << Broken::Encrypted << "malformed";
    QTest::newRow("unknown kid") << Broken::UnknownKid << "unknown-key";
}

void TestOidc::refusedTokens()
{
    QFETCH(Broken, broken);
    QFETCH(QString, reason);
    const QString nonce = m_server.nonce();
    QJsonObject claims = m_idp.claimsFor(nonce);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Mint mint;
    QByteArray token;
    switch (broken) {
    case Broken::AlgNone: mint.alg = QStringLiteral("none"); break;
    case Broken::Hs256WithPublicKey: mint.alg = QStringLiteral("HS256"); break;
    case Broken::UnpublishedKey: mint.signWithUnpublishedKey = true; break;
    case Broken::TamperedPayload: mint.tamperPayload = true; break;
    case Broken::OtherIssuer: claims.insert(QStringLiteral("iss"), QStringLiteral("https://evil.example")); break;
    case Broken::OtherAudience: claims.insert(QStringLiteral("aud"), QStringLiteral("another-app")); break;
    case Broken::ExtraAudience:
        claims.insert(QStringLiteral("aud"), QJsonArray{m_idp.clientId(), QStringLiteral("another-app")});
        break;
    case Broken::OtherAzp: claims.insert(QStringLiteral("azp"), QStringLiteral("another-app")); break;
    case Broken::Expired:
        claims.insert(QStringLiteral("iat"), now - 600);
        claims.insert(QStringLiteral("exp"), now - 120);
        break;
    case Broken::IssuedInFuture:
        claims.insert(QStringLiteral("iat"), now + 300);
        claims.insert(QStringLiteral("exp"), now + 600);
        break;
    case Broken::IssuedLongAgo:
        claims.insert(QStringLiteral("iat"), now - 3600);
        claims.insert(QStringLiteral("exp"), now + 300);
        break;
    case Broken::NoSubject: claims.remove(QStringLiteral("sub")); break;
    case Broken::NoNonce: claims.remove(QStringLiteral("nonce")); break;
    case Broken::StringExp: claims.insert(QStringLiteral("exp"), QString::number(now + 300)); break;
    case Broken::Garbage: token = "not-a-token"; break;
    case Broken::Encrypted: token = "a.b.c.d.e"; break;
    case Broken::UnknownKid: mint.kid = QStringLiteral("no-such-key"); break;
    }
    if (token.isEmpty())
        token = m_idp.mintIdToken(claims, mint);
    if (broken == Broken::UnknownKid) // the keys are at hand already
        QCOMPARE(m_server.signIn(validToken(m_server.nonce())).status, 201);
    const qint64 sessionsBefore = m_server.count(QStringLiteral("SELECT COUNT(*) FROM sessions"));
    const int jwksBefore = m_idp.jwksRequests();
    const auto r = m_server.signIn(token);
    QCOMPARE(r.status, 401);
    QCOMPARE(problemSlug(r), QStringLiteral("invalid-id-token"));
    QVERIFY(!r.object().value(QStringLiteral("detail")).toString().isEmpty());
    QVERIFY(!r.object().contains(QStringLiteral("token")));
    QCOMPARE(m_server.count(QStringLiteral("SELECT COUNT(*) FROM sessions")), sessionsBefore);
    const auto [actor, detail] = m_server.lastAudit(QStringLiteral("session.login_failed"));
    QCOMPARE(detail.value(QStringLiteral("reason")).toString(), reason);
    QCOMPARE(detail.value(QStringLiteral("method")).toString(), QStringLiteral("oidc"));
    QVERIFY(actor.isEmpty()); // nothing of an unverified token is believed
    if (broken == Broken::UnknownKid)
        QCOMPARE(m_idp.jwksRequests(), jwksBefore + 1); // fetched again once, in case of a rotation
    // The raw token is in no answer and no audit row.
    QVERIFY(!r.raw.contains(token));
    QVERIFY(!m_server.auditText().contains(QString::fromLatin1(token)));
}

void TestOidc::leewayAllowsSmallClockDifferences()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims = m_idp.claimsFor(m_server.nonce());
    claims.insert(QStringLiteral("exp"), now - 20); // expired 20 s ago by our clock
    QCOMPARE(m_server.signIn(m_idp.mintIdToken(claims)).status, 201);
    claims = m_idp.claimsFor(m_server.nonce());
    claims.insert(QStringLiteral("iat"), now + 20); // the provider's clock runs 20 s ahead
    claims.insert(QStringLiteral("nbf"), now + 20);
    QCOMPARE(m_server.signIn(m_idp.mintIdToken(claims)).status, 201);
}

void TestOidc::nonceIsIssuedHereUsedOnceAndExpires()
{
    // A nonce the server never handed out.
    auto r = m_server.signIn(validToken(QStringLiteral("made-up-by-the-client-0123456789abcdefghijk")));
    QCOMPARE(r.status, 401);
    QCOMPARE(m_server.lastAudit(QStringLiteral("session.login_failed")).second.value(QStringLiteral("reason")).toString(),
             QStringLiteral("nonce"));

    // The same token twice: a replay.
    const QByteArray token = validToken(m_server.nonce());
    QCOMPARE(m_server.signIn(token).status, 201);
    r = m_server.signIn(token);
    QCOMPARE(r.status, 401);
    QVERIFY(r.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("used already")));
    QCOMPARE(m_server.count(QStringLiteral("SELECT COUNT(*) FROM sessions")), 1);

    // A nonce older than ten minutes, in an otherwise fresh token.
    const QString late = m_server.nonce();
    *m_server.offsetSeconds += 11 * 60;
    QJsonObject claims = m_idp.claimsFor(late);
    const qint64 now = m_server.now().toSecsSinceEpoch();
    claims.insert(QStringLiteral("iat"), now);
    claims.insert(QStringLiteral("exp"), now + 300);
    QCOMPARE(m_server.signIn(m_idp.mintIdToken(claims)).status, 401);
    // Expired nonces are purged when the next one is handed out.
    QVERIFY(!m_server.nonce().isEmpty());
    QCOMPARE(m_server.count(QStringLiteral("SELECT COUNT(*) FROM oidc_nonces")), 1);
}

void TestOidc::rotatedKeyIsFetchedOnUnknownKid()
{
    QCOMPARE(m_server.signIn(validToken(m_server.nonce())).status, 201);
    const int before = m_idp.jwksRequests();
    m_idp.rotateKey();
    QCOMPARE(m_server.signIn(validToken(m_server.nonce())).status, 201);
    QCOMPARE(m_idp.jwksRequests(), before + 1);
}

void TestOidc::keySetRefreshIsRateLimited()
{
    m_server.server.reset();
    QString error;
    QVERIFY2(m_server.start(m_idp, [](izdesk::server::OidcSettings &s) { s.jwksRefreshMinSeconds = 60; }, &error),
             qPrintable(error));
    QVERIFY(m_server.server->addStaffUser(QStringLiteral("specialist"), QStringLiteral("Sam Specialist"),
                                          QStringLiteral("specialist"), kPassword, &error));
    QCOMPARE(m_server.signIn(validToken(m_server.nonce())).status, 201);
    const int before = m_idp.jwksRequests();
    // Tokens naming made-up key ids cannot make the server fetch the key set again and again.
    for (int i = 0; i < 3; ++i) {
        Mint mint;
        mint.kid = QStringLiteral("made-up-%1").arg(i);
        const auto r = m_server.signIn(m_idp.mintIdToken(m_idp.claimsFor(m_server.nonce()), mint));
        QCOMPARE(r.status, 401);
    }
    QCOMPARE(m_idp.jwksRequests(), before);
}

void TestOidc::unreachableProviderAnswers503()
{
    m_server.server.reset();
    QString error;
    // A port nobody listens on (it was just free).
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString deadIssuer = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    QVERIFY(m_server.start(m_idp, [deadIssuer](izdesk::server::OidcSettings &s) { s.issuer = deadIssuer; }, &error));
    HttpTestClient client(m_server.server->baseUrl());
    auto r = client.get(QStringLiteral("/api/v1/sessions/oidc"));
    QCOMPARE(r.status, 503);
    QCOMPARE(problemSlug(r), QStringLiteral("identity-provider-unavailable"));
    QVERIFY(!r.header("Retry-After").isEmpty());
    r = m_server.signIn(validToken(m_server.nonce()));
    QCOMPARE(r.status, 503);
    QCOMPARE(m_server.lastAudit(QStringLiteral("session.login_failed")).second.value(QStringLiteral("reason")).toString(),
             QStringLiteral("provider-unavailable"));
}

void TestOidc::withoutProviderTheRoutesAnswer404()
{
    TestServer::Options options;
    options.seedDemo = false;
    TestServer plain(options);
    QVERIFY(plain.start());
    HttpTestClient client(plain.baseUrl());
    for (const auto &r : {client.get(QStringLiteral("/api/v1/sessions/oidc")),
                          client.post(QStringLiteral("/api/v1/sessions/oidc/nonce"), QJsonObject{}),
                          client.post(QStringLiteral("/api/v1/sessions/oidc"),
                                      QJsonObject{{QStringLiteral("id_token"), QStringLiteral("x.y.z")}})}) {
        QCOMPARE(r.status, 404);
        QCOMPARE(problemSlug(r), QStringLiteral("oidc-not-configured"));
    }
}

void TestOidc::commandLineOptions()
{
    using izdesk::server::CommandLine;
    const auto parse = [](QStringList extra) {
        return CommandLine::parse(QStringList{QStringLiteral("izdesk-server")} + extra);
    };
    const QString id = QStringLiteral("--oidc-client-id=izdesk");
    auto cli = parse({QStringLiteral("--oidc-issuer=https://login.example/tenant/v2.0"), id});
    QCOMPARE(cli.action, CommandLine::Action::Run);
    QVERIFY(cli.config.oidc);
    QCOMPARE(cli.config.oidc->settings().displayName, QStringLiteral("login.example"));
    QCOMPARE(cli.config.oidc->settings().roleClaim, QStringLiteral("roles"));

    // Plain http only to this computer, and never in production.
    cli = parse({QStringLiteral("--oidc-issuer=http://127.0.0.1:9/"), id});
    QCOMPARE(cli.action, CommandLine::Action::Run);
    cli = parse({QStringLiteral("--oidc-issuer=http://127.0.0.1:9/"), id, QStringLiteral("--environment=production")});
    QCOMPARE(cli.action, CommandLine::Action::Error);
    QVERIFY(cli.message.contains(QStringLiteral("--oidc-issuer")));
    cli = parse({QStringLiteral("--oidc-issuer=http://idp.example/"), id});
    QCOMPARE(cli.action, CommandLine::Action::Error);

    cli = parse({QStringLiteral("--oidc-issuer=https://login.example/")});
    QCOMPARE(cli.action, CommandLine::Action::Error);
    QVERIFY(cli.message.contains(QStringLiteral("--oidc-client-id")));
    cli = parse({QStringLiteral("--oidc-issuer=https://login.example/"), id, QStringLiteral("--oidc-colour=blue")});
    QCOMPARE(cli.action, CommandLine::Action::Error);
    QVERIFY(cli.message.contains(QStringLiteral("--oidc-colour")));
    cli = parse({QStringLiteral("--oidc-issuer=https://login.example/"), id, QStringLiteral("--oidc-accounts=maybe")});
    QCOMPARE(cli.action, CommandLine::Action::Error);

    QTemporaryDir dir;
    const QString map = dir.filePath(QStringLiteral("roles.json"));
    QFile file(map);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"IZDesk.Specialist": "specialist", "IZDesk.Boss": "overlord"})");
    file.close();
    cli = parse({QStringLiteral("--oidc-issuer=https://login.example/"), id, QStringLiteral("--oidc-role-map"), map});
    QCOMPARE(cli.action, CommandLine::Action::Error);
    QVERIFY2(cli.message.contains(map) && cli.message.contains(QStringLiteral("IZDesk.Boss")), qPrintable(cli.message));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"IZDesk.Specialist": "specialist", "IZDesk.Supervisor": "supervisor"})");
    file.close();
    cli = parse({QStringLiteral("--oidc-issuer=https://login.example/"), id, QStringLiteral("--oidc-role-map"), map,
                 QStringLiteral("--oidc-accounts=provision")});
    QCOMPARE(cli.action, CommandLine::Action::Run);
    QCOMPARE(cli.config.oidc->settings().roleMap.value(QStringLiteral("IZDesk.Supervisor")), QStringLiteral("supervisor"));
    QCOMPARE(cli.config.oidc->settings().accounts, izdesk::server::OidcSettings::Accounts::Provision);
}

void TestOidc::keySetRules()
{
    using namespace izdesk::server::oidc;
    QVERIFY(base64UrlDecode("AQAB"));
    QVERIFY(!base64UrlDecode("AQAB=")); // padding is not base64url
    QVERIFY(!base64UrlDecode("a+b/"));  // nor are + and /
    // A 1024-bit modulus is refused; an EC key is skipped.
    const QString small = QString::fromLatin1(base64UrlEncode(QByteArray(128, '\xff')));
    const QByteArray weak = QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{QJsonObject{
        {QStringLiteral("kty"), QStringLiteral("RSA")}, {QStringLiteral("kid"), QStringLiteral("k")},
        {QStringLiteral("n"), small}, {QStringLiteral("e"), QStringLiteral("AQAB")}}}}}).toJson();
    QString error;
    QVERIFY(!parseJwks(weak, &error));
    QVERIFY2(error.contains(QStringLiteral("1024")), qPrintable(error));
    const QByteArray ec = QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{QJsonObject{
        {QStringLiteral("kty"), QStringLiteral("EC")}, {QStringLiteral("crv"), QStringLiteral("P-256")}}}}}).toJson();
    const auto none = parseJwks(ec, &error);
    QVERIFY(none && none->isEmpty());
}

QTEST_GUILESS_MAIN(TestOidc)
#include "tst_oidc.moc"
