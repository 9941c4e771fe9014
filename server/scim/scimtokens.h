#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace izdesk::server {

// Bearer tokens for SCIM clients (an identity provider such as Okta or Entra ID): 256 random
// bits shown once at creation, stored only as their SHA-256. Works on the caller's
// connection; stateless; any thread with its own connection.
class ScimTokens
{
public:
    struct Client
    {
        qint64 id = 0;
        QString name;
    };
    struct Created
    {
        qint64 id = 0;
        QString token;
    };

    static std::optional<Created> create(QSqlDatabase db, Dialect dialect, const QString &name,
                                         std::optional<qint64> createdById, const QDateTime &now);
    static std::optional<Client> authenticate(QSqlDatabase db, Dialect dialect, const QByteArray &token, const QDateTime &now);
    static bool list(QSqlDatabase db, QJsonArray *out);
    // false + *found=false when there is no such live token.
    static bool revoke(QSqlDatabase db, Dialect dialect, qint64 id, const QDateTime &now, bool *found);
};

} // namespace izdesk::server
