#include "auth/staffaccounts.h"

#include "auth/passwordhasher.h"
#include "catalog.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace izdesk::server {

std::optional<qint64> StaffAccounts::create(QSqlDatabase db, Dialect dialect,
                                            const QString &username, const QString &displayName,
                                            const QString &role, const QString &password,
                                            const QDateTime &nowUtc, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<qint64> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (username.trimmed().isEmpty() || username.size() > 64)
        return fail(QStringLiteral("username must be 1-64 characters"));
    if (!Catalog::contains(Catalog::staffRoles(), role))
        return fail(QStringLiteral("role must be one of: %1")
                        .arg(Catalog::keys(Catalog::staffRoles()).join(QStringLiteral(", "))));
    QString why;
    if (!PasswordHasher::meetsPolicy(password, &why))
        return fail(QStringLiteral("password ") + why);
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return fail(QStringLiteral("password hashing failed"));
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
    if (!execQuery(q) || !q.next())
        return fail(QStringLiteral("could not store the account (duplicate username?)"));
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
