#include "auth/sessionstore.h"

#include "storage/sqlutil.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <openssl/rand.h>

namespace izdesk::server {

QString SessionStore::hashToken(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

std::optional<SessionStore::Created> SessionStore::create(QSqlDatabase db, Dialect dialect,
                                                          qint64 userId, const QString &peer,
                                                          const QDateTime &now)
{
    unsigned char random[32];
    if (RAND_bytes(random, sizeof random) != 1)
        return std::nullopt;
    const QByteArray token = QByteArray(reinterpret_cast<const char *>(random), sizeof random)
                                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    Created created;
    created.token = QString::fromLatin1(token);
    created.expiresAt = now.addSecs(absoluteTimeoutSeconds);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO sessions (user_id, token_hash, created_at, last_seen_at, expires_at, peer) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(userId);
    q.addBindValue(hashToken(token));
    q.addBindValue(toDbTimestamp(now, dialect));
    q.addBindValue(toDbTimestamp(now, dialect));
    q.addBindValue(toDbTimestamp(created.expiresAt, dialect));
    q.addBindValue(peer);
    if (!execQuery(q) || !q.next())
        return std::nullopt;
    created.sessionId = q.value(0).toLongLong();
    return created;
}

std::optional<Principal> SessionStore::authenticate(QSqlDatabase db, Dialect dialect,
                                                    const QByteArray &token, const QDateTime &now)
{
    if (token.isEmpty() || token.size() > 128)
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT s.id, s.last_seen_at, s.expires_at, s.revoked_at, u.id, u.username, "
        "u.display_name, u.role, u.active, u.password_change_required "
        "FROM sessions s JOIN staff_users u ON u.id = s.user_id WHERE s.token_hash = ?"));
    q.addBindValue(hashToken(token));
    if (!execQuery(q) || !q.next())
        return std::nullopt;
    const QDateTime lastSeen = fromDbTimestamp(q.value(1));
    const QDateTime expires = fromDbTimestamp(q.value(2));
    if (!q.value(3).isNull() || !q.value(8).toBool())
        return std::nullopt;
    if (!expires.isValid() || now >= expires)
        return std::nullopt;
    if (!lastSeen.isValid() || lastSeen.secsTo(now) >= idleTimeoutSeconds)
        return std::nullopt;
    Principal p;
    p.sessionId = q.value(0).toLongLong();
    p.userId = q.value(4).toLongLong();
    p.username = q.value(5).toString();
    p.displayName = q.value(6).toString();
    p.role = q.value(7).toString();
    p.passwordChangeRequired = q.value(9).toBool();
    q.finish();

    // A write on every request would serialise all readers behind SQLite's single writer:
    // last_seen_at moves at most every kTouchSeconds (the idle timeout may end up to that
    // much earlier than 30 minutes after the very last request).
    constexpr int kTouchSeconds = 15;
    if (lastSeen.secsTo(now) < kTouchSeconds)
        return p;
    QSqlQuery touch(db);
    touch.prepare(QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE id = ?"));
    touch.addBindValue(toDbTimestamp(now, dialect));
    touch.addBindValue(p.sessionId);
    // Best effort: a store that takes no writes just now (disk full, read-only) still lets a
    // valid session read, and a lost connection fails the request's own statements (503).
    execQuery(touch);
    return p;
}

bool SessionStore::revoke(QSqlDatabase db, Dialect dialect, qint64 sessionId, const QDateTime &now)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(toDbTimestamp(now, dialect));
    q.addBindValue(sessionId);
    return execQuery(q);
}

bool SessionStore::revokeAllOf(QSqlDatabase db, Dialect dialect, qint64 userId, const QDateTime &now,
                               std::optional<qint64> keepSessionId, int *revoked)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")
              + (keepSessionId ? QStringLiteral(" AND id <> ?") : QString()));
    q.addBindValue(toDbTimestamp(now, dialect));
    q.addBindValue(userId);
    if (keepSessionId)
        q.addBindValue(*keepSessionId);
    if (!execQuery(q))
        return false;
    if (revoked)
        *revoked = q.numRowsAffected();
    return true;
}

} // namespace izdesk::server
