#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace izdesk::server {

// Creating staff accounts: validates the role (Catalog::staffRoles) and the password policy
// (PasswordHasher::meetsPolicy), hashes, inserts. Stateless; any thread with its own
// connection; joins the caller's open transaction.
class StaffAccounts
{
public:
    static std::optional<qint64> create(QSqlDatabase db, Dialect dialect, const QString &username,
                                        const QString &displayName, const QString &role,
                                        const QString &password, const QDateTime &nowUtc,
                                        QString *error = nullptr);
    static qint64 count(QSqlDatabase db);
};

} // namespace izdesk::server
