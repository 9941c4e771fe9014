#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace izdesk::server {

struct PasswordPolicy;

// Creating staff accounts: validates the username, display name, role (Catalog::staffRoles)
// and the password (hashPassword), inserts. The checks are public so that every later change
// of these fields applies the same rules. Stateless; any thread with its own connection; joins
// the caller's open transaction.
class StaffAccounts
{
public:
    static std::optional<qint64> create(QSqlDatabase db, Dialect dialect, const PasswordPolicy &policy,
                                        const QString &username, const QString &displayName, const QString &role,
                                        const QString &password, const QDateTime &nowUtc,
                                        QString *error = nullptr);
    static qint64 count(QSqlDatabase db);

    // True when valid; otherwise *error says what is wrong (the role error lists the roles).
    static bool validUsername(const QString &username, QString *error = nullptr);
    static bool validDisplayName(const QString &displayName, QString *error = nullptr);
    static bool validRole(const QString &role, QString *error = nullptr);
    // The Argon2id hash of a password for `username` that passes the policy's check(); empty +
    // *error (the broken rule, or "password hashing failed") otherwise.
    static QString hashPassword(const PasswordPolicy &policy, const QString &password, const QString &username,
                                QString *error = nullptr);
};

} // namespace izdesk::server
