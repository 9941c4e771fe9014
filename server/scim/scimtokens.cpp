#include "scim/scimtokens.h"

#include "storage/sqlutil.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace izdesk::server {

namespace {

QString hashOf(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

} // namespace

std::optional<ScimTokens::Created> ScimTokens::create(QSqlDatabase db, Dialect dialect, const QString &name,
                                                      std::optional<qint64> createdById, const QDateTime &now)
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / int(sizeof(quint32)));
    const QByteArray token = "scim_" + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO scim_tokens (name, token_hash, created_by_id, created_at) VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(name);
    q.addBindValue(hashOf(token));
    q.addBindValue(createdById ? QVariant(*createdById) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(toDbTimestamp(now, dialect));
    if (!execQuery(q) || !q.next())
        return std::nullopt;
    return Created{q.value(0).toLongLong(), QString::fromLatin1(token)};
}

std::optional<ScimTokens::Client> ScimTokens::authenticate(QSqlDatabase db, Dialect dialect, const QByteArray &token,
                                                           const QDateTime &now)
{
    if (!token.startsWith("scim_") || token.size() > 200)
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name FROM scim_tokens WHERE token_hash = ? AND revoked_at IS NULL"));
    q.addBindValue(hashOf(token));
    if (!execQuery(q) || !q.next())
        return std::nullopt;
    Client c{q.value(0).toLongLong(), q.value(1).toString()};
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE scim_tokens SET last_used_at = ? WHERE id = ?"));
    u.addBindValue(toDbTimestamp(now, dialect));
    u.addBindValue(c.id);
    execQuery(u); // best effort: a failed stamp must not refuse the request
    return c;
}

bool ScimTokens::list(QSqlDatabase db, QJsonArray *out)
{
    QSqlQuery q(db);
    if (!prepareAndExec(q, QStringLiteral("SELECT id, name, created_at, last_used_at, revoked_at FROM scim_tokens ORDER BY id LIMIT 500")))
        return false;
    const auto ts = [](const QVariant &v) {
        const QDateTime t = fromDbTimestamp(v);
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    while (q.next())
        out->append(QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()}, {QStringLiteral("name"), q.value(1).toString()},
                                {QStringLiteral("created_at"), ts(q.value(2))}, {QStringLiteral("last_used_at"), ts(q.value(3))},
                                {QStringLiteral("revoked_at"), ts(q.value(4))}});
    return true;
}

bool ScimTokens::revoke(QSqlDatabase db, Dialect dialect, qint64 id, const QDateTime &now, bool *found)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE scim_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(toDbTimestamp(now, dialect));
    q.addBindValue(id);
    if (!execQuery(q))
        return false;
    *found = q.numRowsAffected() == 1;
    return true;
}

} // namespace izdesk::server
