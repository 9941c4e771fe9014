#pragma once

#include "storage/databaseconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace izdesk::server {

// Stored responses of writes (POST, PATCH) made with an Idempotency-Key, per user. The caller reserves the
// key as the first write of its transaction (the unique (user_id, idem_key) constraint makes
// the loser of a race fail there and replay the winner's row once it commits), then completes
// the row with the response before committing. One per request; not shared between threads.
class IdempotencyStore
{
public:
    static constexpr int kMaxKeyLength = 200;

    struct Entry
    {
        QByteArray requestHash; // hex SHA-256 of method, path and body
        int responseStatus = 0; // 0 while the reserving transaction is still open
        QByteArray responseBody;
        QList<QPair<QByteArray, QByteArray>> responseHeaders; // ETag, Location
    };

    IdempotencyStore(QSqlDatabase db, Dialect dialect);

    static QByteArray requestHash(const QByteArray &method, const QString &path, const QByteArray &body);

    // The stored entry, nullopt when there is none (or on error: *ok false).
    std::optional<Entry> find(qint64 userId, const QString &key, bool *ok);
    // Inserts the pending row; false when the key exists already (or on error).
    bool reserve(qint64 userId, const QString &key, const QByteArray &method, const QString &path,
                 const QByteArray &requestHash, const QDateTime &now);
    bool complete(qint64 userId, const QString &key, int status, const QByteArray &body,
                  const QList<QPair<QByteArray, QByteArray>> &headers);

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
