#include "routes/sessionroutes.h"

#include "auth/passwordhasher.h"
#include "auth/sessionstore.h"
#include "auth/staffadministration.h"
#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/ratelimiter.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "oidc/oidcprovider.h"
#include "oidc/staffidentities.h"
#include "serverconfig.h"
#include "storage/sqlutil.h"

#include <QLoggingCategory>
#include <QSqlQuery>

#include <optional>

namespace izdesk::server {

namespace {

Q_LOGGING_CATEGORY(lcAuth, "izdesk.server.auth")

constexpr int maxFailedAttempts = 5;
constexpr int lockoutSeconds = 15 * 60;

struct Account
{
    qint64 id = 0;
    QString username, displayName, role, passwordHash;
    QDateTime lockedUntil;
    bool passwordChangeRequired = false;
};

// A real hash of a random string, verified for unknown users so that "no such user" takes
// as long as "wrong password".
const QString &dummyHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("no-such-user-timing-guard"));
    return hash;
}

std::optional<Account> findAccount(QSqlDatabase db, const QString &username, bool *ok)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, username, display_name, role, password_hash, locked_until, "
                             "password_change_required FROM staff_users WHERE username = ? AND active = TRUE"));
    q.addBindValue(username);
    *ok = execQuery(q);
    if (!*ok || !q.next())
        return std::nullopt;
    return Account{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                   q.value(3).toString(), q.value(4).toString(), fromDbTimestamp(q.value(5)),
                   q.value(6).toBool()};
}

HttpResponse invalidCredentials()
{
    return Problem::make(401, QStringLiteral("invalid-credentials"),
                         QStringLiteral("Invalid credentials"),
                         QStringLiteral("The username or password is wrong"));
}

HttpResponse accountLocked()
{
    return Problem::make(403, QStringLiteral("account-locked"), QStringLiteral("Account locked"),
                         QStringLiteral("Too many failed sign-ins; try again later or ask an administrator"));
}

// Counts a failure and locks the account on the fifth in a row. Returns false on a db error.
bool recordFailure(RequestContext &ctx, const Account &account)
{
    QSqlDatabase db = ctx.db();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE staff_users SET failed_attempts = failed_attempts + 1 "
                             "WHERE id = ? RETURNING failed_attempts"));
    q.addBindValue(account.id);
    if (!execQuery(q) || !q.next())
        return false;
    const int failures = q.value(0).toInt();
    q.finish();
    bool locked = false;
    if (failures >= maxFailedAttempts) {
        QSqlQuery lock(db);
        lock.prepare(QStringLiteral("UPDATE staff_users SET failed_attempts = 0, locked_until = ? WHERE id = ?"));
        lock.addBindValue(toDbTimestamp(ctx.now().addSecs(lockoutSeconds), ctx.dialect()));
        lock.addBindValue(account.id);
        if (!execQuery(lock))
            return false;
        locked = true;
    }
    QJsonObject detail{{QStringLiteral("reason"), QStringLiteral("wrong-password")},
                       {QStringLiteral("consecutive_failures"), failures}};
    if (locked)
        detail.insert(QStringLiteral("locked_for_seconds"), lockoutSeconds);
    return ctx.auditAs(account.id, account.username, QStringLiteral("session.login_failed"),
                       QStringLiteral("staff_user"), QString::number(account.id), detail);
}

// A password older than the policy's expiry still signs in, to a session that must choose a
// new password before anything else (password_change_required, kept until it is changed).
// *expired tells whether it just expired. false on a database error.
bool applyPasswordExpiry(RequestContext &ctx, const Account &account, bool *expired)
{
    *expired = false;
    if (account.passwordChangeRequired)
        return true;
    QSqlQuery q(ctx.db());
    q.prepare(QStringLiteral("SELECT COALESCE(password_changed_at, created_at) FROM staff_users WHERE id = ?"));
    q.addBindValue(account.id);
    if (!execQuery(q) || !q.next())
        return false;
    const QDateTime changedAt = fromDbTimestamp(q.value(0));
    q.finish();
    const PasswordPolicy &policy = ctx.config().passwords();
    if (!policy.isExpired(changedAt, ctx.now()))
        return true;
    QSqlQuery mark(ctx.db());
    mark.prepare(QStringLiteral("UPDATE staff_users SET password_change_required = TRUE WHERE id = ?"));
    mark.addBindValue(account.id);
    *expired = true;
    return execQuery(mark)
        && ctx.auditAs(account.id, account.username, QStringLiteral("staff.password_expired"),
                       QStringLiteral("staff_user"), QString::number(account.id),
                       {{QStringLiteral("username"), account.username},
                        {QStringLiteral("password_changed_at"), toIsoUtc(changedAt)},
                        {QStringLiteral("expiry_days"), policy.expiryDays}});
}

// How fast anyone may try, before any password work (the lockout counts one account's wrong
// passwords in a row). A name that is no account is never stored: it may be a password typed
// into the wrong field.
std::optional<HttpResponse> signInRateLimited(RequestContext &ctx, const QString &username,
                                              const std::optional<Account> &account)
{
    const RateLimitPolicy &limits = ctx.config().rateLimits();
    const RateLimiter::Subject claimed{account ? std::optional<qint64>(account->id) : std::nullopt,
                                       account ? account->username : QString(),
                                       QStringLiteral("staff_user"),
                                       account ? QString::number(account->id) : QString()};
    if (auto refused = RateLimiter::enforce(ctx, limits.signInPerAddress, ctx.request().peer, claimed))
        return refused;
    return RateLimiter::enforce(ctx, limits.signInPerUsername, username, claimed);
}

// An account bound to the identity provider signs in there (its MFA and offboarding apply).
std::optional<HttpResponse> boundToIdentityProvider(RequestContext &ctx, const Account &account)
{
    const OidcProvider *idp = ctx.config().oidc.get();
    if (!idp)
        return std::nullopt;
    bool ok = false;
    const bool bound = StaffIdentities::isBound(ctx.db(), account.id, idp->settings().issuer, &ok);
    if (!ok)
        return Problem::internal();
    if (!bound)
        return std::nullopt;
    ctx.auditAs(account.id, account.username, QStringLiteral("session.login_failed"), QStringLiteral("staff_user"),
                QString::number(account.id), {{QStringLiteral("reason"), QStringLiteral("use-identity-provider")}});
    return Problem::make(403, QStringLiteral("use-identity-provider"), QStringLiteral("Use the identity provider"),
                         QStringLiteral("this account signs in with %1").arg(idp->settings().displayName));
}

// The right password: failures reset, the password expiry applied, a session opened, audited.
HttpResponse openSession(RequestContext &ctx, const Account &account)
{
    QSqlDatabase db = ctx.db();
    if (!db.transaction())
        return Problem::internal();
    QSqlQuery reset(db);
    reset.prepare(QStringLiteral("UPDATE staff_users SET failed_attempts = 0, locked_until = NULL WHERE id = ?"));
    reset.addBindValue(account.id);
    bool expired = false;
    const auto session = execQuery(reset) && applyPasswordExpiry(ctx, account, &expired)
        ? SessionStore::create(db, ctx.dialect(), account.id, ctx.request().peer, ctx.now())
        : std::nullopt;
    if (!session
        || !ctx.auditAs(account.id, account.username, QStringLiteral("session.login"),
                        QStringLiteral("session"), QString::number(session->sessionId))
        || !db.commit()) {
        db.rollback();
        return Problem::internal();
    }
    qCInfo(lcAuth) << "signed in user id" << account.id;
    Principal user;
    user.userId = account.id;
    user.username = account.username;
    user.displayName = account.displayName;
    user.role = account.role;
    user.passwordChangeRequired = account.passwordChangeRequired || expired;
    return sessionOpened(*session, user);
}

HttpResponse login(RequestContext &ctx)
{
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) -> HttpResponse {
        QList<FieldError> errors;
        if (!body.value(QStringLiteral("username")).isString()
            || body.value(QStringLiteral("username")).toString().isEmpty())
            errors.append({QStringLiteral("username"), QStringLiteral("is required")});
        if (!body.value(QStringLiteral("password")).isString())
            errors.append({QStringLiteral("password"), QStringLiteral("is required")});
        if (!errors.isEmpty())
            return Problem::validation(errors);
        const QString username = body.value(QStringLiteral("username")).toString().left(128);
        const QString password = body.value(QStringLiteral("password")).toString();

        QSqlDatabase db = ctx.db();
        bool ok = false;
        const std::optional<Account> account = findAccount(db, username, &ok);
        if (!ok)
            return Problem::internal();
        if (auto refused = signInRateLimited(ctx, username, account))
            return *refused;
        if (!account) {
            PasswordHasher::verify(dummyHash(), password);
            ctx.auditAs(std::nullopt, QString(), QStringLiteral("session.login_failed"), QStringLiteral("staff_user"),
                        {}, {{QStringLiteral("reason"), QStringLiteral("unknown-user")}});
            return invalidCredentials();
        }
        const QDateTime now = ctx.now();
        const bool passwordOk = PasswordHasher::verify(account->passwordHash, password);
        if (account->lockedUntil.isValid() && now < account->lockedUntil) {
            ctx.auditAs(account->id, account->username, QStringLiteral("session.login_failed"),
                        QStringLiteral("staff_user"), QString::number(account->id),
                        {{QStringLiteral("reason"), QStringLiteral("locked")}});
            return accountLocked();
        }
        if (!passwordOk) {
            if (!db.transaction() || !recordFailure(ctx, *account)) {
                db.rollback();
                return Problem::internal();
            }
            if (!db.commit())
                return Problem::internal();
            return invalidCredentials();
        }
        if (auto refused = boundToIdentityProvider(ctx, *account))
            return *refused;
        return openSession(ctx, *account);
    });
}

HttpResponse logout(RequestContext &ctx)
{
    QSqlDatabase db = ctx.db();
    const Principal &p = ctx.principal();
    if (!db.transaction())
        return Problem::internal();
    if (!SessionStore::revoke(db, ctx.dialect(), p.sessionId, ctx.now())
        || !ctx.audit(QStringLiteral("session.logout"), QStringLiteral("session"),
                      QString::number(p.sessionId))
        || !db.commit()) {
        db.rollback();
        return Problem::internal();
    }
    return HttpResponse::noContent();
}

// POST /api/v1/sessions/current/password {"current_password","new_password"}: the signed-in
// user's own password (also the way out of a must-change state after a reset). This session
// stays signed in; the user's other sessions end.
HttpResponse changePassword(RequestContext &ctx)
{
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) -> HttpResponse {
        QList<FieldError> errors;
        for (const char *field : {"current_password", "new_password"}) {
            if (!body.value(QLatin1String(field)).isString() || body.value(QLatin1String(field)).toString().isEmpty())
                errors.append({QString::fromLatin1(field), QStringLiteral("is required")});
        }
        if (!errors.isEmpty())
            return Problem::validation(errors);
        const Principal &p = ctx.principal();
        QSqlDatabase db = ctx.db();
        if (!beginWriteTransaction(db, ctx.dialect()))
            return Problem::internal();
        StaffAdministration admin(db, ctx.dialect(),
                                  StaffAdministration::Actor{p.userId, p.username, ctx.request().peer}, ctx.now(),
                                  ctx.config().passwords());
        const auto outcome
            = admin.changeOwnPassword(p.sessionId, body.value(QStringLiteral("current_password")).toString(),
                                      body.value(QStringLiteral("new_password")).toString());
        if (!outcome.ok()) {
            db.rollback();
            using S = StaffAdministration::Outcome::Status;
            switch (outcome.status) {
            case S::WrongPassword:
                if (!ctx.audit(QStringLiteral("staff.password_change_denied"), QStringLiteral("staff_user"),
                               QString::number(p.userId),
                               QJsonObject{{QStringLiteral("reason"), QStringLiteral("wrong_password")}}))
                    return Problem::internal();
                return Problem::make(403, QStringLiteral("wrong-password"), QStringLiteral("Wrong password"),
                                     QStringLiteral("the current password is not correct"));
            case S::Invalid: return Problem::validation({{QStringLiteral("new_password"), outcome.error}});
            case S::NotFound: return Problem::notFound(outcome.error);
            default: return Problem::internal();
            }
        }
        if (!db.commit()) {
            db.rollback();
            return Problem::internal();
        }
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("password_change_required"), false},
                                                   {QStringLiteral("sessions_ended"), outcome.sessionsEnded}});
    });
}

} // namespace

HttpResponse sessionOpened(const SessionStore::Created &session, const Principal &user)
{
    return HttpResponse::json(201, QJsonObject{
        {QStringLiteral("token"), session.token},
        {QStringLiteral("expires_at"), toIsoUtc(session.expiresAt)},
        {QStringLiteral("idle_timeout_seconds"), SessionStore::idleTimeoutSeconds},
        {QStringLiteral("password_change_required"), user.passwordChangeRequired},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), user.userId},
                                              {QStringLiteral("username"), user.username},
                                              {QStringLiteral("display_name"), user.displayName},
                                              {QStringLiteral("role"), user.role}}},
    });
}

void registerSessionRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/sessions"), &login);
    router.add("DELETE", QStringLiteral("/api/v1/sessions/current"), &logout);
    router.add("POST", QStringLiteral("/api/v1/sessions/current/password"), &changePassword);
}

} // namespace izdesk::server
