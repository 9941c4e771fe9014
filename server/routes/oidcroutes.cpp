#include "routes/oidcroutes.h"

#include "auth/sessionstore.h"
#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "oidc/oidcnonces.h"
#include "oidc/oidcprovider.h"
#include "oidc/staffidentities.h"
#include "routes/sessionroutes.h"
#include "serverconfig.h"
#include "storage/sqlutil.h"

#include <QLoggingCategory>

namespace izdesk::server {

namespace {

Q_LOGGING_CATEGORY(lcOidcRoutes, "izdesk.server.auth")

const QString kScope = QStringLiteral("openid profile email");

HttpResponse notConfigured()
{
    return Problem::make(404, QStringLiteral("oidc-not-configured"), QStringLiteral("No identity provider"),
                         QStringLiteral("sign-in through an identity provider is not set up on this server"));
}

HttpResponse unavailable()
{
    return Problem::make(503, QStringLiteral("identity-provider-unavailable"),
                         QStringLiteral("Identity provider unavailable"),
                         QStringLiteral("the identity provider cannot be reached; try again in a moment"))
        .setHeader("Retry-After", "30");
}

HttpResponse invalidToken(const QString &detail)
{
    return Problem::make(401, QStringLiteral("invalid-id-token"), QStringLiteral("Sign-in not verified"), detail);
}

QJsonObject failureDetail(const QString &reason)
{
    return {{QStringLiteral("method"), QStringLiteral("oidc")}, {QStringLiteral("reason"), reason}};
}

// A refused sign-in in the audit trail. The actor is named only from a verified token.
bool auditFailure(RequestContext &ctx, const QString &reason, const QString &username = {})
{
    return ctx.auditAs(std::nullopt, username, QStringLiteral("session.login_failed"), QStringLiteral("staff_user"),
                       {}, failureDetail(reason));
}

HttpResponse describe(RequestContext &ctx)
{
    OidcProvider *provider = ctx.config().oidc.get();
    if (!provider)
        return notConfigured();
    QString why;
    const auto endpoints = provider->endpoints(&why);
    if (!endpoints)
        return unavailable();
    const OidcSettings &s = provider->settings();
    return HttpResponse::json(200, QJsonObject{
        {QStringLiteral("issuer"), s.issuer},
        {QStringLiteral("display_name"), s.displayName},
        {QStringLiteral("client_id"), s.clientId},
        {QStringLiteral("authorization_endpoint"), endpoints->authorization.toString(QUrl::FullyEncoded)},
        {QStringLiteral("token_endpoint"), endpoints->token.toString(QUrl::FullyEncoded)},
        {QStringLiteral("scope"), kScope},
    });
}

HttpResponse issueNonce(RequestContext &ctx)
{
    if (!ctx.config().oidc)
        return notConfigured();
    const auto issued = OidcNonces::issue(ctx.db(), ctx.dialect(), ctx.now());
    if (!issued)
        return Problem::internal();
    return HttpResponse::json(201, QJsonObject{{QStringLiteral("nonce"), issued->nonce},
                                               {QStringLiteral("expires_at"), toIsoUtc(issued->expiresAt)}});
}

HttpResponse signIn(RequestContext &ctx)
{
    OidcProvider *provider = ctx.config().oidc.get();
    if (!provider)
        return notConfigured();
    auto parsed = parseJsonObject(ctx.request());
    if (auto *problem = std::get_if<HttpResponse>(&parsed))
        return *problem;
    const QJsonValue idToken = std::get<QJsonObject>(parsed).value(QStringLiteral("id_token"));
    if (!idToken.isString() || idToken.toString().isEmpty())
        return Problem::validation({{QStringLiteral("id_token"), QStringLiteral("is required")}});

    const QDateTime now = ctx.now();
    const OidcProvider::Validation v = provider->validate(idToken.toString().toLatin1(), now);
    if (!v.unavailable.isEmpty()) {
        auditFailure(ctx, QStringLiteral("provider-unavailable"));
        return unavailable();
    }
    if (!v.result.ok()) {
        if (!auditFailure(ctx, oidc::tokenCheckKey(v.result.failed)))
            return Problem::internal();
        return invalidToken(oidc::tokenCheckDescription(v.result.failed));
    }
    const oidc::VerifiedIdToken &token = *v.result.token;
    const OidcSettings &settings = provider->settings();
    const QString claimedUser = settings.usernameFrom(token.claims).left(128);

    QSqlDatabase db = ctx.db();
    if (!beginWriteTransaction(db, ctx.dialect()))
        return Problem::internal();
    bool ok = false;
    if (!OidcNonces::consume(db, ctx.dialect(), token.nonce, now, &ok)) {
        db.rollback();
        if (!ok || !auditFailure(ctx, QStringLiteral("nonce"), claimedUser))
            return Problem::internal();
        return invalidToken(QStringLiteral("this sign-in was not started on this server, took longer than %1 minutes "
                                           "or was used already; sign in again")
                                .arg(OidcNonces::lifetimeSeconds / 60));
    }
    const StaffIdentities::Resolution account
        = StaffIdentities::resolve(db, ctx.dialect(), settings, ctx.config().passwords(), token, now,
                                   ctx.request().peer);
    if (account.status == StaffIdentities::Resolution::Status::Refused) {
        // Nothing of the attempt stays but the used nonce and the audit row.
        db.rollback();
        if (!beginWriteTransaction(db, ctx.dialect()) || !OidcNonces::consume(db, ctx.dialect(), token.nonce, now, &ok)
            || !auditFailure(ctx, account.reason, claimedUser) || !db.commit()) {
            db.rollback();
            return Problem::internal();
        }
        return Problem::make(403, account.reason, QStringLiteral("Sign-in refused"), account.message);
    }
    const auto session = account.ok()
        ? SessionStore::create(db, ctx.dialect(), account.userId, ctx.request().peer, now)
        : std::nullopt;
    QJsonObject detail{{QStringLiteral("method"), QStringLiteral("oidc")}};
    if (account.linked)
        detail.insert(QStringLiteral("identity_linked"), true);
    if (account.provisioned)
        detail.insert(QStringLiteral("account_created"), true);
    if (!session
        || !ctx.auditAs(account.userId, account.username, QStringLiteral("session.login"), QStringLiteral("session"),
                        QString::number(session->sessionId), detail)
        || !db.commit()) {
        db.rollback();
        return Problem::internal();
    }
    qCInfo(lcOidcRoutes) << "signed in user id" << account.userId << "through the identity provider";
    Principal user;
    user.userId = account.userId;
    user.username = account.username;
    user.displayName = account.displayName;
    user.role = account.role;
    return sessionOpened(*session, user);
}

} // namespace

void registerOidcRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/sessions/oidc"), &describe);
    router.add("POST", QStringLiteral("/api/v1/sessions/oidc/nonce"), &issueNonce);
    router.add("POST", QStringLiteral("/api/v1/sessions/oidc"), &signIn, 64 * 1024);
}

} // namespace izdesk::server
