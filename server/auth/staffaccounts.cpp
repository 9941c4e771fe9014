#include "auth/staffaccounts.h"

#include "auth/passwordhasher.h"
#include "auth/passwordpolicy.h"
#include "catalog.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace izdesk::server {

namespace {

bool refuse(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

} // namespace

bool StaffAccounts::validUsername(const QString &username, QString *error)
{
    if (username.trimmed().isEmpty() || username.size() > 64)
        return refuse(error, QStringLiteral("username must be 1-64 characters"));
    return true;
}

bool StaffAccounts::validDisplayName(const QString &displayName, QString *error)
{
    if (displayName.trimmed().isEmpty() || displayName.size() > 100)
        return refuse(error, QStringLiteral("display name must be 1-100 characters"));
    return true;
}

bool StaffAccounts::validRole(const QString &role, QString *error)
{
    if (!Catalog::contains(Catalog::staffRoles(), role))
        return refuse(error, QStringLiteral("role must be one of: %1")
                                 .arg(Catalog::keys(Catalog::staffRoles()).join(QStringLiteral(", "))));
    return true;
}

QString StaffAccounts::hashPassword(const PasswordPolicy &policy, const QString &password, const QString &username,
                                   QString *error)
{
    if (const auto violation = policy.check(password, username)) {
        refuse(error, violation->message);
        return QString();
    }
    const QString encoded = PasswordHasher::hash(password);
    if (encoded.isEmpty())
        refuse(error, QStringLiteral("password hashing failed"));
    return encoded;
}

std::optional<qint64> StaffAccounts::create(QSqlDatabase db, Dialect dialect, const PasswordPolicy &policy,
                                            const QString &username, const QString &displayName,
                                            const QString &role, const QString &password,
                                            const QDateTime &nowUtc, QString *error)
{
    if (!validUsername(username, error) || !validDisplayName(displayName, error) || !validRole(role, error))
        return std::nullopt;
    const QString hash = hashPassword(policy, password, username, error);
    if (hash.isEmpty())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO staff_users (username, display_name, role, password_hash, active, "
        "failed_attempts, password_changed_at, created_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?) "
        "RETURNING id"));
    q.addBindValue(username);
    q.addBindValue(displayName);
    q.addBindValue(role);
    q.addBindValue(hash);
    q.addBindValue(true);
    q.addBindValue(toDbTimestamp(nowUtc, dialect));
    q.addBindValue(toDbTimestamp(nowUtc, dialect));
    if (!execQuery(q) || !q.next()) {
        refuse(error, QStringLiteral("could not store the account (duplicate username?)"));
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

qint64 StaffAccounts::count(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM staff_users")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace izdesk::server
