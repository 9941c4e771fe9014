#include "auth/staffadministration.h"

#include "audit/auditlog.h"
#include "auth/passwordhasher.h"
#include "auth/passwordhistory.h"
#include "auth/sessionstore.h"
#include "auth/staffaccounts.h"
#include "storage/sqlutil.h"
#include "ticket.h"

#include <QJsonValue>
#include <QSqlQuery>

#include <pwd.h>
#include <unistd.h>

#include <utility>

namespace izdesk::server {

namespace {

using Outcome = StaffAdministration::Outcome;
using Status = StaffAdministration::Outcome::Status;

Outcome failure(Status status, const QString &error)
{
    Outcome o;
    o.status = status;
    o.error = error;
    return o;
}

Outcome internal()
{
    return failure(Status::Internal, QStringLiteral("the database refused the change; nothing was changed"));
}

Outcome done(qint64 userId, bool changed, int sessionsEnded = 0)
{
    Outcome o;
    o.userId = userId;
    o.changed = changed;
    o.sessionsEnded = sessionsEnded;
    return o;
}

QJsonValue timestampJson(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(toIsoUtc(at)) : QJsonValue(QJsonValue::Null);
}

const QString accountColumns
    = QStringLiteral("u.id, u.username, u.display_name, u.role, u.active, u.failed_attempts, u.locked_until, "
                     "u.password_change_required, (SELECT MAX(s.created_at) FROM sessions s WHERE s.user_id = u.id), "
                     "u.created_at");

// The stored password hash of userId (only while active when activeOnly); nullopt with *ok
// true when there is no such account.
std::optional<QString> passwordHashOf(QSqlDatabase db, qint64 userId, bool activeOnly, bool *ok)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT password_hash FROM staff_users WHERE id = ?")
              + (activeOnly ? QStringLiteral(" AND active = TRUE") : QString()));
    q.addBindValue(userId);
    *ok = execQuery(q);
    if (!*ok || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

StaffAdministration::Account accountFrom(const QSqlQuery &q)
{
    StaffAdministration::Account a;
    a.id = q.value(0).toLongLong();
    a.username = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.role = q.value(3).toString();
    a.active = q.value(4).toBool();
    a.failedAttempts = q.value(5).toInt();
    a.lockedUntil = fromDbTimestamp(q.value(6));
    a.passwordChangeRequired = q.value(7).toBool();
    a.lastSignInAt = fromDbTimestamp(q.value(8));
    a.createdAt = fromDbTimestamp(q.value(9));
    return a;
}

} // namespace

StaffAdministration::Actor StaffAdministration::Actor::commandLine()
{
    QString user;
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        user = QString::fromLocal8Bit(pw->pw_name);
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = QStringLiteral("uid%1").arg(::geteuid());
    return Actor{std::nullopt, QStringLiteral("cli:") + user, QString()};
}

QJsonObject StaffAdministration::Account::toJson(const QDateTime &now) const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("username"), username},
        {QStringLiteral("display_name"), displayName},
        {QStringLiteral("role"), role},
        {QStringLiteral("active"), active},
        {QStringLiteral("locked"), isLocked(now)},
        {QStringLiteral("locked_until"), timestampJson(isLocked(now) ? lockedUntil : QDateTime())},
        {QStringLiteral("failed_attempts"), failedAttempts},
        {QStringLiteral("password_change_required"), passwordChangeRequired},
        {QStringLiteral("last_sign_in_at"), timestampJson(lastSignInAt)},
        {QStringLiteral("created_at"), timestampJson(createdAt)},
    };
}

StaffAdministration::StaffAdministration(QSqlDatabase db, Dialect dialect, Actor actor, const QDateTime &now,
                                         const PasswordPolicy &passwordPolicy)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_actor(std::move(actor))
    , m_now(now.toUTC())
    , m_passwordPolicy(passwordPolicy)
{
}

std::optional<StaffAdministration::Account> StaffAdministration::findBy(const QString &column, const QVariant &value,
                                                                        bool *ok)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + accountColumns + QStringLiteral(" FROM staff_users u WHERE u.") + column
              + QStringLiteral(" = ?"));
    q.addBindValue(value);
    *ok = execQuery(q);
    if (!*ok || !q.next())
        return std::nullopt;
    return accountFrom(q);
}

std::optional<StaffAdministration::Account> StaffAdministration::find(const QString &username, bool *ok)
{
    return findBy(QStringLiteral("username"), username, ok);
}

std::optional<StaffAdministration::Account> StaffAdministration::findById(qint64 id, bool *ok)
{
    return findBy(QStringLiteral("id"), id, ok);
}

std::optional<StaffAdministration::Account> StaffAdministration::load(const QString &username, Outcome *failureOut)
{
    bool ok = false;
    auto account = find(username, &ok);
    if (!ok)
        *failureOut = internal();
    else if (!account)
        *failureOut = failure(Status::NotFound, QStringLiteral("unknown staff user \"%1\"").arg(username));
    return account;
}

bool StaffAdministration::list(QList<Account> *out)
{
    out->clear();
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, QStringLiteral("SELECT ") + accountColumns
                               + QStringLiteral(" FROM staff_users u ORDER BY u.username")))
        return false;
    while (q.next())
        out->append(accountFrom(q));
    return true;
}

bool StaffAdministration::isLastActiveAdmin(const Account &account, bool *ok)
{
    *ok = true;
    if (!account.active || account.role != QLatin1String(adminRole))
        return false;
    // Every active admin row, in id order so that concurrent callers lock in the same order.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM staff_users WHERE role = ? AND active = TRUE ORDER BY id")
              + (m_dialect == Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString()));
    q.addBindValue(QString::fromLatin1(adminRole));
    if (!(*ok = execQuery(q)))
        return false;
    while (q.next()) {
        if (q.value(0).toLongLong() != account.id)
            return false;
    }
    return true;
}

bool StaffAdministration::update(qint64 userId, const QString &assignments, const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE staff_users SET ") + assignments + QStringLiteral(" WHERE id = ?"));
    for (const QVariant &value : values)
        q.addBindValue(value);
    q.addBindValue(userId);
    return execQuery(q);
}

bool StaffAdministration::audit(const QString &action, const Account &account, QJsonObject detail)
{
    detail.insert(QStringLiteral("username"), account.username);
    AuditEvent event;
    event.occurredAt = m_now;
    event.actorUserId = m_actor.userId;
    event.actorUsername = m_actor.name;
    event.action = action;
    event.entityType = QStringLiteral("staff_user");
    event.entityId = QString::number(account.id);
    event.peer = m_actor.peer;
    event.detail = detail;
    return AuditLog::append(m_db, m_dialect, event);
}

Outcome StaffAdministration::create(const QString &username, const QString &displayName, const QString &role,
                                    const QString &password, bool mustChangePassword)
{
    QString why;
    if (!StaffAccounts::validUsername(username, &why) || !StaffAccounts::validDisplayName(displayName, &why)
        || !StaffAccounts::validRole(role, &why))
        return failure(Status::Invalid, why);
    bool ok = false;
    if (find(username, &ok))
        return failure(Status::Conflict, QStringLiteral("staff user \"%1\" already exists").arg(username));
    if (!ok)
        return internal();
    if (const auto violation = m_passwordPolicy.check(password, username))
        return failure(Status::Invalid, violation->message);
    const auto id
        = StaffAccounts::create(m_db, m_dialect, m_passwordPolicy, username, displayName, role, password, m_now, &why);
    if (!id)
        return failure(Status::Internal, why);
    Account account;
    account.id = *id;
    account.username = username;
    if ((mustChangePassword && !update(*id, QStringLiteral("password_change_required = ?"), {true}))
        || !audit(QStringLiteral("staff.create"), account,
                  {{QStringLiteral("role"), role}, {QStringLiteral("password_change_required"), mustChangePassword}}))
        return internal();
    return done(*id, true);
}

Outcome StaffAdministration::setRole(const QString &username, const QString &role)
{
    QString why;
    if (!StaffAccounts::validRole(role, &why))
        return failure(Status::Invalid, why);
    Outcome result;
    const auto account = load(username, &result);
    if (!account)
        return result;
    if (account->role == role)
        return done(account->id, false);
    bool ok = false;
    if (isLastActiveAdmin(*account, &ok))
        return failure(Status::Conflict, QStringLiteral("\"%1\" is the last active admin; give another account "
                                                        "the admin role first")
                                             .arg(username));
    if (!ok || !update(account->id, QStringLiteral("role = ?"), {role})
        || !audit(QStringLiteral("staff.role_change"), *account,
                  {{QStringLiteral("from"), account->role}, {QStringLiteral("to"), role}}))
        return internal();
    return done(account->id, true);
}

Outcome StaffAdministration::setDisplayName(const QString &username, const QString &displayName)
{
    QString why;
    if (!StaffAccounts::validDisplayName(displayName, &why))
        return failure(Status::Invalid, why);
    Outcome result;
    const auto account = load(username, &result);
    if (!account)
        return result;
    if (account->displayName == displayName)
        return done(account->id, false);
    if (!update(account->id, QStringLiteral("display_name = ?"), {displayName})
        || !audit(QStringLiteral("staff.display_name_change"), *account,
                  {{QStringLiteral("from"), account->displayName}, {QStringLiteral("to"), displayName}}))
        return internal();
    return done(account->id, true);
}

Outcome StaffAdministration::disable(const QString &username)
{
    Outcome result;
    const auto account = load(username, &result);
    if (!account)
        return result;
    if (!account->active)
        return done(account->id, false);
    bool ok = false;
    if (isLastActiveAdmin(*account, &ok))
        return failure(Status::Conflict, QStringLiteral("\"%1\" is the last active admin; give another account "
                                                        "the admin role first")
                                             .arg(username));
    int ended = 0;
    if (!ok || !update(account->id, QStringLiteral("active = ?"), {false})
        || !SessionStore::revokeAllOf(m_db, m_dialect, account->id, m_now, std::nullopt, &ended)
        || !audit(QStringLiteral("staff.disable"), *account, {{QStringLiteral("sessions_ended"), ended}}))
        return internal();
    return done(account->id, true, ended);
}

Outcome StaffAdministration::enable(const QString &username)
{
    Outcome result;
    const auto account = load(username, &result);
    if (!account)
        return result;
    if (account->active)
        return done(account->id, false);
    if (!update(account->id, QStringLiteral("active = ?"), {true}) || !audit(QStringLiteral("staff.enable"), *account))
        return internal();
    return done(account->id, true);
}

Outcome StaffAdministration::unlock(const QString &username)
{
    Outcome result;
    const auto account = load(username, &result);
    if (!account)
        return result;
    if (account->failedAttempts == 0 && !account->lockedUntil.isValid())
        return done(account->id, false);
    if (!update(account->id, QStringLiteral("failed_attempts = 0, locked_until = NULL"), {})
        || !audit(QStringLiteral("staff.unlock"), *account,
                  {{QStringLiteral("was_locked"), account->isLocked(m_now)},
                   {QStringLiteral("failed_attempts"), account->failedAttempts}}))
        return internal();
    return done(account->id, true);
}

QString StaffAdministration::newPasswordHash(const Account &account, const QString &currentHash,
                                             const QString &password, Outcome *failureOut)
{
    if (const auto violation = m_passwordPolicy.check(password, account.username)) {
        *failureOut = failure(Status::Invalid, violation->message);
        return QString();
    }
    bool ok = false;
    const bool recent
        = PasswordHistory::isRecent(m_db, account.id, currentHash, password, m_passwordPolicy.history, &ok);
    if (!ok || recent) {
        *failureOut = ok ? failure(Status::Invalid, m_passwordPolicy.historyViolation().message) : internal();
        return QString();
    }
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        *failureOut = failure(Status::Internal, QStringLiteral("password hashing failed"));
    return hash;
}

bool StaffAdministration::storePassword(const Account &account, const QString &replacedHash, const QString &newHash,
                                        bool mustChange)
{
    return PasswordHistory::remember(m_db, m_dialect, account.id, replacedHash, m_now, m_passwordPolicy.history)
        && update(account.id, QStringLiteral("password_hash = ?, password_changed_at = ?, password_change_required = ?"),
                  {newHash, toDbTimestamp(m_now, m_dialect), mustChange});
}

Outcome StaffAdministration::resetPassword(const QString &username, const QString &newPassword)
{
    Outcome result;
    const auto account = load(username, &result);
    if (!account)
        return result;
    bool ok = false;
    const auto currentHash = passwordHashOf(m_db, account->id, false, &ok);
    if (!currentHash)
        return internal();
    const QString hash = newPasswordHash(*account, *currentHash, newPassword, &result);
    if (hash.isEmpty())
        return result;
    int ended = 0;
    if (!storePassword(*account, *currentHash, hash, true)
        || !update(account->id, QStringLiteral("failed_attempts = 0, locked_until = NULL"), {})
        || !SessionStore::revokeAllOf(m_db, m_dialect, account->id, m_now, std::nullopt, &ended)
        || !audit(QStringLiteral("staff.password_reset"), *account, {{QStringLiteral("sessions_ended"), ended}}))
        return internal();
    return done(account->id, true, ended);
}

Outcome StaffAdministration::changeOwnPassword(qint64 keepSessionId, const QString &currentPassword,
                                               const QString &newPassword)
{
    if (!m_actor.userId)
        return failure(Status::Invalid, QStringLiteral("only a signed-in staff user can change their own password"));
    bool ok = false;
    const auto hash = passwordHashOf(m_db, *m_actor.userId, true, &ok);
    if (!ok)
        return internal();
    if (!hash)
        return failure(Status::NotFound, QStringLiteral("the account is not active"));
    if (!PasswordHasher::verify(*hash, currentPassword))
        return failure(Status::WrongPassword, QStringLiteral("the current password is wrong"));
    if (newPassword == currentPassword)
        return failure(Status::Invalid, m_passwordPolicy.history > 0
                                            ? m_passwordPolicy.historyViolation().message
                                            : QStringLiteral("the new password must differ from the current one"));
    const auto account = findBy(QStringLiteral("id"), *m_actor.userId, &ok);
    if (!ok || !account)
        return internal();
    Outcome result;
    const QString newHash = newPasswordHash(*account, *hash, newPassword, &result);
    if (newHash.isEmpty())
        return result;
    int ended = 0;
    if (!storePassword(*account, *hash, newHash, false)
        || !SessionStore::revokeAllOf(m_db, m_dialect, account->id, m_now, keepSessionId, &ended)
        || !audit(QStringLiteral("staff.password_change"), *account, {{QStringLiteral("sessions_ended"), ended}}))
        return internal();
    return done(account->id, true, ended);
}

} // namespace izdesk::server
