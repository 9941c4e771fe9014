#include "auth/passwordhistory.h"

#include "auth/passwordhasher.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace izdesk::server {

bool PasswordHistory::isRecent(QSqlDatabase db, qint64 userId, const QString &currentHash, const QString &password,
                               int history, bool *ok)
{
    *ok = true;
    if (history <= 0)
        return false;
    if (PasswordHasher::verify(currentHash, password))
        return true;
    if (history == 1)
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT password_hash FROM staff_password_history WHERE user_id = ? ORDER BY id DESC "
                             "LIMIT ?"));
    q.addBindValue(userId);
    q.addBindValue(history - 1);
    if (!(*ok = execQuery(q)))
        return false;
    while (q.next()) {
        if (PasswordHasher::verify(q.value(0).toString(), password))
            return true;
    }
    return false;
}

bool PasswordHistory::remember(QSqlDatabase db, Dialect dialect, qint64 userId, const QString &replacedHash,
                               const QDateTime &now, int history)
{
    const int keep = qMax(history - 1, 0);
    if (keep > 0) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO staff_password_history (user_id, password_hash, replaced_at) VALUES (?, ?, ?)"));
        insert.addBindValue(userId);
        insert.addBindValue(replacedHash);
        insert.addBindValue(toDbTimestamp(now, dialect));
        if (!execQuery(insert))
            return false;
    }
    QSqlQuery prune(db);
    prune.prepare(QStringLiteral("DELETE FROM staff_password_history WHERE user_id = ? AND id NOT IN "
                                 "(SELECT id FROM staff_password_history WHERE user_id = ? ORDER BY id DESC LIMIT ?)"));
    prune.addBindValue(userId);
    prune.addBindValue(userId);
    prune.addBindValue(keep);
    return execQuery(prune);
}

} // namespace izdesk::server
