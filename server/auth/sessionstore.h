#pragma once

#include "http/httptypes.h"
#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace izdesk::server {

// Opaque bearer sessions: 256-bit random tokens (base64url) of which only the SHA-256 is
// stored; idle and absolute timeouts. Stateless functions over the given connection, so
// callable from any worker thread with that thread's connection.
class SessionStore
{
public:
    static constexpr int idleTimeoutSeconds = 30 * 60;
    static constexpr int absoluteTimeoutSeconds = 12 * 60 * 60;

    struct Created
    {
        QString token; // shown to the client once, never stored or logged
        qint64 sessionId = 0;
        QDateTime expiresAt;
    };

    static std::optional<Created> create(QSqlDatabase db, Dialect dialect, qint64 userId,
                                         const QString &peer, const QDateTime &now);
    // The principal for a live session (and touches last_seen_at); nullopt when the token is
    // unknown, revoked, idle or expired, or the user is inactive.
    static std::optional<Principal> authenticate(QSqlDatabase db, Dialect dialect,
                                                 const QByteArray &token, const QDateTime &now);
    static bool revoke(QSqlDatabase db, Dialect dialect, qint64 sessionId, const QDateTime &now);
    // Revokes every session of userId not revoked yet, except keepSessionId when given;
    // *revoked gets how many. false on a database error.
    static bool revokeAllOf(QSqlDatabase db, Dialect dialect, qint64 userId, const QDateTime &now,
                            std::optional<qint64> keepSessionId, int *revoked = nullptr);

    static QString hashToken(const QByteArray &token); // hex SHA-256
};

} // namespace izdesk::server
