#pragma once

#include "auth/passwordpolicy.h"
#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace izdesk::server {

// The staff identity operations: create, list, role and display name, disable / enable,
// unlock, password reset by an administrator, and a user's own password change. Used by the
// `izdesk-server staff` commands and by routes. Runs on the caller's connection inside the
// caller's open transaction (beginWriteTransaction), which the caller commits after an Ok
// outcome and rolls back otherwise, so a change and its audit row land together. Every
// change appends an audit row (entity staff_user, detail naming the target username); no
// password or hash is ever written to the audit trail or the log. Every password set goes
// through the password policy (PasswordPolicy; history: PasswordHistory), checked and hashed
// before the first write. One thread, with that thread's connection.
class StaffAdministration
{
public:
    // Who makes the changes, as the audit trail records them.
    struct Actor
    {
        std::optional<qint64> userId; // null for the command line
        QString name;                 // the staff username, or "cli:<os user>"
        QString peer;                 // the client's address; empty for the command line

        static Actor commandLine(); // "cli:<os user>", no user id
    };

    // A staff account as an administrator sees it.
    struct Account
    {
        qint64 id = 0;
        QString username, displayName, role;
        bool active = true;
        int failedAttempts = 0; // consecutive failed sign-ins
        QDateTime lockedUntil;  // invalid when never locked
        bool passwordChangeRequired = false;
        QDateTime lastSignInAt; // the newest session; invalid when never signed in
        QDateTime createdAt;

        bool isLocked(const QDateTime &now) const { return lockedUntil.isValid() && now < lockedUntil; }
        QJsonObject toJson(const QDateTime &now) const;
    };

    struct Outcome
    {
        enum class Status { Ok, Invalid, NotFound, Conflict, WrongPassword, Internal };
        Status status = Status::Ok;
        QString error;         // what is wrong, for a person (never a password)
        bool changed = false;  // Ok: false when the account already was that way
        qint64 userId = 0;     // the account acted on
        int sessionsEnded = 0; // sessions revoked by the change

        bool ok() const { return status == Status::Ok; }
    };

    static constexpr const char *adminRole = "admin";

    StaffAdministration(QSqlDatabase db, Dialect dialect, Actor actor, const QDateTime &now,
                        const PasswordPolicy &passwordPolicy);

    // mustChangePassword: the password is a temporary one that the user replaces at the first
    // sign-in (an account an administrator creates for someone else).
    Outcome create(const QString &username, const QString &displayName, const QString &role, const QString &password,
                   bool mustChangePassword = false);
    // Every account, ordered by username.
    bool list(QList<Account> *out);
    // nullopt with *ok true when there is no such username.
    std::optional<Account> find(const QString &username, bool *ok);
    std::optional<Account> findById(qint64 id, bool *ok);

    Outcome setRole(const QString &username, const QString &role);
    Outcome setDisplayName(const QString &username, const QString &displayName);
    // Disabling ends every session of the account at once (its tokens then get 401).
    Outcome disable(const QString &username);
    Outcome enable(const QString &username);
    // Clears the failed sign-in count and the lock.
    Outcome unlock(const QString &username);
    // Sets a new password that must be changed at the next sign-in; also clears a lock and
    // ends the account's sessions.
    Outcome resetPassword(const QString &username, const QString &newPassword);
    // The actor's own password: verifies the current one, applies the policy, clears the
    // must-change flag and ends the actor's other sessions (keepSessionId stays signed in).
    Outcome changeOwnPassword(qint64 keepSessionId, const QString &currentPassword, const QString &newPassword);

private:
    std::optional<Account> findBy(const QString &column, const QVariant &value, bool *ok);
    // Loads the account or fills *failure (NotFound / Internal).
    std::optional<Account> load(const QString &username, Outcome *failure);
    // True when `account` is an active admin and no other active admin exists (locks the
    // active admins' rows on PostgreSQL so concurrent demotions cannot both pass).
    bool isLastActiveAdmin(const Account &account, bool *ok);
    bool update(qint64 userId, const QString &assignments, const QVariantList &values);
    bool audit(const QString &action, const Account &account, QJsonObject detail = {});
    // The hash of `password` as the new password of `account` (whose current one is
    // currentHash) after every rule of the policy, history included; empty + *failure if not.
    QString newPasswordHash(const Account &account, const QString &currentHash, const QString &password,
                            Outcome *failure);
    // Stores newHash as the account's password (password_change_required = mustChange) and
    // keeps the replaced one in the history.
    bool storePassword(const Account &account, const QString &replacedHash, const QString &newHash, bool mustChange);

    QSqlDatabase m_db;
    Dialect m_dialect;
    Actor m_actor;
    QDateTime m_now;
    PasswordPolicy m_passwordPolicy;
};

} // namespace izdesk::server
