#include "idempotencystore.h"

#include "storage/sqlutil.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

namespace izdesk::server {

IdempotencyStore::IdempotencyStore(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

QByteArray IdempotencyStore::requestHash(const QByteArray &method, const QString &path, const QByteArray &body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(method);
    hash.addData(QByteArrayView("\n"));
    hash.addData(path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(body);
    return hash.result().toHex();
}

std::optional<IdempotencyStore::Entry> IdempotencyStore::find(qint64 userId, const QString &key, bool *ok)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT request_hash, response_status, response_body, response_headers FROM idempotency_keys "
                             "WHERE user_id = ? AND idem_key = ?"));
    q.addBindValue(userId);
    q.addBindValue(key);
    *ok = execQuery(q);
    if (!*ok || !q.next())
        return std::nullopt;
    Entry entry{q.value(0).toString().toLatin1(), q.value(1).toInt(), q.value(2).toByteArray(), {}};
    for (const QByteArray &line : q.value(3).toString().toLatin1().split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            entry.responseHeaders.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    return entry;
}

bool IdempotencyStore::reserve(qint64 userId, const QString &key, const QByteArray &method, const QString &path,
                               const QByteArray &requestHash, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO idempotency_keys (user_id, idem_key, method, path, request_hash, "
                             "response_status, created_at) VALUES (?, ?, ?, ?, ?, 0, ?)"));
    q.addBindValue(userId);
    q.addBindValue(key);
    q.addBindValue(QString::fromLatin1(method));
    q.addBindValue(path);
    q.addBindValue(QString::fromLatin1(requestHash));
    q.addBindValue(toDbTimestamp(now, m_dialect));
    // A failure here is expected when a concurrent request with the same key won the race;
    // q.exec() rather than execQuery() keeps that out of the error log.
    return q.exec();
}

bool IdempotencyStore::complete(qint64 userId, const QString &key, int status, const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray lines;
    for (const auto &header : headers)
        lines += header.first + ": " + header.second + '\n';
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE idempotency_keys SET response_status = ?, response_body = ?, response_headers = ? "
                             "WHERE user_id = ? AND idem_key = ?"));
    q.addBindValue(status);
    q.addBindValue(body);
    q.addBindValue(headers.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString::fromLatin1(lines)));
    q.addBindValue(userId);
    q.addBindValue(key);
    return execQuery(q) && q.numRowsAffected() == 1;
}

} // namespace izdesk::server
