#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace izdesk::server {

// The nonces of sign-ins through the identity provider: the server hands one out, the client
// sends it in the authorization request, and the ID token must carry it back. Only the
// SHA-256 is stored; a nonce is good for lifetimeSeconds and for one sign-in, so a captured
// ID token cannot be replayed. Stateless functions over the given connection; any thread
// with its own connection; joins the caller's open transaction.
class OidcNonces
{
public:
    static constexpr int lifetimeSeconds = 10 * 60;

    struct Issued
    {
        QString nonce; // 256 random bits, base64url
        QDateTime expiresAt;
    };

    // A new nonce (expired ones are purged on the way). nullopt on a database error.
    static std::optional<Issued> issue(QSqlDatabase db, Dialect dialect, const QDateTime &now);
    // Uses the nonce up: true when it was issued here, unused and unexpired. *ok false on a
    // database error.
    static bool consume(QSqlDatabase db, Dialect dialect, const QString &nonce, const QDateTime &now, bool *ok);
};

} // namespace izdesk::server
