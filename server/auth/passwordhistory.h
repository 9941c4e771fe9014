#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace izdesk::server {

// The password history rule of PasswordPolicy: a staff account's earlier passwords, kept as
// their Argon2id hashes in staff_password_history (never the passwords). With a history of N,
// a new password may be neither the current one nor one of the N - 1 before it; 0 turns the
// rule off. Stateless; any thread with its own connection; joins the caller's transaction.
class PasswordHistory
{
public:
    // True when `password` is one of the `history` most recent passwords of userId (the
    // current one is currentHash). *ok false on a database error.
    static bool isRecent(QSqlDatabase db, qint64 userId, const QString &currentHash, const QString &password,
                         int history, bool *ok);
    // Keeps replacedHash, the password being replaced, among the earlier passwords of userId
    // and forgets all but the history - 1 most recent of them.
    static bool remember(QSqlDatabase db, Dialect dialect, qint64 userId, const QString &replacedHash,
                         const QDateTime &now, int history);
};

} // namespace izdesk::server
