#include "oidc/oidcnonces.h"

#include "auth/sessionstore.h"
#include "oidc/jose.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

#include <openssl/rand.h>

namespace izdesk::server {

std::optional<OidcNonces::Issued> OidcNonces::issue(QSqlDatabase db, Dialect dialect, const QDateTime &now)
{
    unsigned char random[32];
    if (RAND_bytes(random, sizeof random) != 1)
        return std::nullopt;
    Issued issued;
    issued.nonce = QString::fromLatin1(oidc::base64UrlEncode(QByteArray(reinterpret_cast<const char *>(random), sizeof random)));
    issued.expiresAt = now.addSecs(lifetimeSeconds);
    QSqlQuery purge(db);
    purge.prepare(QStringLiteral("DELETE FROM oidc_nonces WHERE expires_at <= ?"));
    purge.addBindValue(toDbTimestamp(now, dialect));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO oidc_nonces (nonce_hash, expires_at) VALUES (?, ?)"));
    insert.addBindValue(SessionStore::hashToken(issued.nonce.toLatin1()));
    insert.addBindValue(toDbTimestamp(issued.expiresAt, dialect));
    if (!execQuery(purge) || !execQuery(insert))
        return std::nullopt;
    return issued;
}

bool OidcNonces::consume(QSqlDatabase db, Dialect dialect, const QString &nonce, const QDateTime &now, bool *ok)
{
    *ok = true;
    if (nonce.isEmpty() || nonce.size() > 256)
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM oidc_nonces WHERE nonce_hash = ? AND expires_at > ?"));
    q.addBindValue(SessionStore::hashToken(nonce.toUtf8()));
    q.addBindValue(toDbTimestamp(now, dialect));
    if (!(*ok = execQuery(q)))
        return false;
    return q.numRowsAffected() == 1;
}

} // namespace izdesk::server
