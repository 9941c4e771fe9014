#pragma once

#include "storage/databaseconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace izdesk::server {

// Scanned forms attached to tickets, stored in the database (BLOB/BYTEA) with their SHA-256.
// Also knows which types are accepted and checks a file's magic bytes against its declared
// type. Works on the caller's connection and transaction; one per request; not shared
// between threads.
class AttachmentStore
{
public:
    static constexpr qint64 kMaxBytes = 10 * 1024 * 1024;
    static constexpr int kMaxPerTicket = 200;

    struct Meta
    {
        qint64 id = 0;
        qint64 ticketId = 0;
        QString filename;
        QString contentType;
        qint64 size = 0;
        QString sha256;
        QString uploadedBy;
        QDateTime createdAt;
        QJsonObject toJson() const;
    };

    static const QStringList &acceptedTypes();
    // True when the bytes start with the signature of the type (PDF, PNG, JPEG, TIFF).
    static bool magicMatches(const QString &contentType, const QByteArray &data);

    AttachmentStore(QSqlDatabase db, Dialect dialect);

    std::optional<qint64> insert(qint64 ticketId, const QString &filename, const QString &contentType,
                                 const QByteArray &data, qint64 uploadedById, const QDateTime &now);
    bool list(qint64 ticketId, QList<Meta> *out);
    std::optional<Meta> find(qint64 id, bool *ok, QByteArray *data = nullptr);

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
