#include "oidc/staffidentities.h"

#include "auth/staffaccounts.h"
#include "auth/staffadministration.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>
#include <QUrl>

namespace izdesk::server {

namespace {

using Resolution = StaffIdentities::Resolution;

struct Account
{
    qint64 id = 0;
    QString username, displayName, role;
    bool active = false;
};

Resolution refused(const QString &reason, const QString &message)
{
    Resolution r;
    r.status = Resolution::Status::Refused;
    r.reason = reason;
    r.message = message;
    return r;
}

Resolution internal()
{
    return Resolution{};
}

const QString kAccountColumns = QStringLiteral("id, username, display_name, role, active");

Account accountFrom(const QSqlQuery &q)
{
    return Account{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                   q.value(4).toBool()};
}

// The account bound to (issuer, subject); nullopt when none (*ok false on a database error).
std::optional<Account> boundAccount(QSqlDatabase db, const QString &issuer, const QString &subject, bool *ok)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT u.id, u.username, u.display_name, u.role, u.active FROM staff_identities i "
                             "JOIN staff_users u ON u.id = i.user_id WHERE i.issuer = ? AND i.subject = ?"));
    q.addBindValue(issuer);
    q.addBindValue(subject);
    *ok = execQuery(q);
    if (!*ok || !q.next())
        return std::nullopt;
    return accountFrom(q);
}

// The account whose username is `username`, exactly or else the only one equal without
// regard to case.
std::optional<Account> accountNamed(QSqlDatabase db, const QString &username, bool *ok)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + kAccountColumns
              + QStringLiteral(" FROM staff_users WHERE lower(username) = lower(?) ORDER BY id"));
    q.addBindValue(username);
    *ok = execQuery(q);
    if (!*ok)
        return std::nullopt;
    QList<Account> candidates;
    while (q.next())
        candidates.append(accountFrom(q));
    for (const Account &a : std::as_const(candidates)) {
        if (a.username == username)
            return a;
    }
    if (candidates.size() == 1)
        return candidates.first();
    return std::nullopt;
}

// The subject this account is bound to at `issuer`, or empty.
QString boundSubject(QSqlDatabase db, qint64 userId, const QString &issuer, bool *ok)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT subject FROM staff_identities WHERE user_id = ? AND issuer = ?"));
    q.addBindValue(userId);
    q.addBindValue(issuer);
    *ok = execQuery(q);
    return *ok && q.next() ? q.value(0).toString() : QString();
}

bool bind(QSqlDatabase db, Dialect dialect, qint64 userId, const QString &issuer, const QString &subject,
          const QDateTime &now)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO staff_identities (user_id, issuer, subject, linked_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(userId);
    q.addBindValue(issuer);
    q.addBindValue(subject);
    q.addBindValue(toDbTimestamp(now, dialect));
    return execQuery(q);
}

// The account an identity signs in to for the first time: the account of that username when
// it is not bound to another identity, or (accounts "provision") a new one with the claimed
// role; then bound to the identity. A refusal (or an internal error) when there is none.
std::optional<Resolution> firstSignIn(QSqlDatabase db, Dialect dialect, const OidcSettings &settings,
                                      const PasswordPolicy &passwords, StaffAdministration &admin,
                                      const oidc::VerifiedIdToken &token, const std::optional<QString> &role,
                                      const QString &why, const QString &detail, const QDateTime &now,
                                      std::optional<Account> *account, Resolution *r)
{
    const QJsonObject &claims = token.claims;
    bool ok = false;
    const QString username = settings.usernameFrom(claims);
    if (username.isEmpty())
        return refused(QStringLiteral("no-username"),
                       QStringLiteral("the identity provider sent no \"%1\" claim").arg(settings.usernameClaim));
    if (settings.usernameClaim == QLatin1String("email") && claims.value(QStringLiteral("email_verified")) == false)
        return refused(QStringLiteral("no-username"), QStringLiteral("the e-mail address is not verified"));
    *account = accountNamed(db, username, &ok);
    if (!ok)
        return internal();
    if (*account) {
        const QString subject = boundSubject(db, (*account)->id, settings.issuer, &ok);
        if (!ok)
            return internal();
        if (!subject.isEmpty())
            return refused(QStringLiteral("identity-mismatch"),
                           QStringLiteral("the IZ Desk account \"%1\" belongs to another identity at the identity "
                                          "provider; ask an administrator")
                               .arg((*account)->username));
    } else if (settings.accounts == OidcSettings::Accounts::Link) {
        return refused(QStringLiteral("no-account"),
                       QStringLiteral("there is no IZ Desk account for \"%1\"; ask an administrator to create one")
                           .arg(username));
    } else {
        if (!role)
            return refused(why, detail);
        QString displayName = claims.value(QStringLiteral("name")).toString().trimmed();
        if (!StaffAccounts::validDisplayName(displayName))
            displayName = username;
        // A password nobody knows: the account signs in only through the provider.
        const QString password = passwords.generateTemporary(username);
        if (password.isEmpty())
            return internal();
        const auto created = admin.create(username, displayName, *role, password);
        if (created.status == StaffAdministration::Outcome::Status::Invalid)
            return refused(QStringLiteral("invalid-account"),
                           QStringLiteral("no IZ Desk account can be made for this user: %1").arg(created.error));
        if (!created.ok())
            return internal();
        *account = Account{created.userId, username, displayName, *role, true};
        r->provisioned = true;
    }
    if (!bind(db, dialect, (*account)->id, settings.issuer, token.subject, now))
        return internal();
    r->linked = true;
    return std::nullopt;
}

// The account follows the identity provider: its role and display name from the claims, the
// last sign-in recorded, and no must-change password state (the provider's sign-in replaces it).
std::optional<Resolution> followClaims(QSqlDatabase db, Dialect dialect, const OidcSettings &settings,
                                       StaffAdministration &admin, const oidc::VerifiedIdToken &token,
                                       const QString &role, const QDateTime &now, Account *account)
{
    const QJsonObject &claims = token.claims;
    if (account->role != role) {
        const auto changed = admin.setRole(account->username, role);
        if (changed.status == StaffAdministration::Outcome::Status::Conflict)
            return refused(QStringLiteral("role-conflict"), changed.error);
        if (!changed.ok())
            return internal();
        account->role = role;
    }
    const QString name = claims.value(QStringLiteral("name")).toString().trimmed();
    if (!name.isEmpty() && name != account->displayName && StaffAccounts::validDisplayName(name)) {
        if (!admin.setDisplayName(account->username, name).ok())
            return internal();
        account->displayName = name;
    }
    QSqlQuery touch(db);
    touch.prepare(QStringLiteral("UPDATE staff_identities SET last_sign_in_at = ? WHERE issuer = ? AND subject = ?"));
    touch.addBindValue(toDbTimestamp(now, dialect));
    touch.addBindValue(settings.issuer);
    touch.addBindValue(token.subject);
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("UPDATE staff_users SET password_change_required = FALSE WHERE id = ?"));
    clear.addBindValue(account->id);
    if (!execQuery(touch) || !execQuery(clear))
        return internal();
    return std::nullopt;
}

} // namespace

bool StaffIdentities::isBound(QSqlDatabase db, qint64 userId, const QString &issuer, bool *ok)
{
    return !boundSubject(db, userId, issuer, ok).isEmpty();
}

StaffIdentities::Resolution StaffIdentities::resolve(QSqlDatabase db, Dialect dialect, const OidcSettings &settings,
                                                     const PasswordPolicy &passwords,
                                                     const oidc::VerifiedIdToken &token, const QDateTime &now,
                                                     const QString &peer)
{
    const StaffAdministration::Actor actor{std::nullopt, QStringLiteral("oidc:") + QUrl(settings.issuer).host(), peer};
    StaffAdministration admin(db, dialect, actor, now, passwords);
    Resolution r;
    r.status = Resolution::Status::Ok;

    bool ok = false;
    std::optional<Account> account = boundAccount(db, settings.issuer, token.subject, &ok);
    if (!ok)
        return internal();
    QString why, detail;
    const std::optional<QString> role = settings.roleFor(token.claims, &why, &detail);
    if (!account) {
        if (auto refusal = firstSignIn(db, dialect, settings, passwords, admin, token, role, why, detail, now, &account, &r))
            return *refusal;
    }
    if (!account->active)
        return refused(QStringLiteral("account-disabled"),
                       QStringLiteral("the IZ Desk account \"%1\" is disabled; ask an administrator").arg(account->username));
    if (!role)
        return refused(why, detail);
    if (auto refusal = followClaims(db, dialect, settings, admin, token, *role, now, &*account))
        return *refusal;
    r.userId = account->id;
    r.username = account->username;
    r.displayName = account->displayName;
    r.role = account->role;
    return r;
}

} // namespace izdesk::server
