#include "attachments/attachmentstore.h"

#include "storage/sqlutil.h"

#include "ticket.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace izdesk::server {

namespace {

const QString kSelectMeta = QStringLiteral(
    "SELECT a.id, a.ticket_id, a.filename, a.content_type, a.size, a.sha256, s.username, a.created_at ");

AttachmentStore::Meta readMeta(const QSqlQuery &q)
{
    AttachmentStore::Meta m;
    m.id = q.value(0).toLongLong();
    m.ticketId = q.value(1).toLongLong();
    m.filename = q.value(2).toString();
    m.contentType = q.value(3).toString();
    m.size = q.value(4).toLongLong();
    m.sha256 = q.value(5).toString();
    m.uploadedBy = q.value(6).toString();
    m.createdAt = fromDbTimestamp(q.value(7));
    return m;
}

} // namespace

QJsonObject AttachmentStore::Meta::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("ticket_id"), ticketId},
                       {QStringLiteral("filename"), filename},
                       {QStringLiteral("content_type"), contentType},
                       {QStringLiteral("size"), size},
                       {QStringLiteral("sha256"), sha256},
                       {QStringLiteral("uploaded_by"), uploadedBy},
                       {QStringLiteral("created_at"), toIsoUtc(createdAt)}};
}

const QStringList &AttachmentStore::acceptedTypes()
{
    static const QStringList types{QStringLiteral("application/pdf"), QStringLiteral("image/png"),
                                   QStringLiteral("image/jpeg"), QStringLiteral("image/tiff")};
    return types;
}

bool AttachmentStore::magicMatches(const QString &contentType, const QByteArray &data)
{
    if (contentType == QLatin1String("application/pdf"))
        return data.startsWith("%PDF-");
    if (contentType == QLatin1String("image/png"))
        return data.startsWith(QByteArray::fromHex("89504e470d0a1a0a"));
    if (contentType == QLatin1String("image/jpeg"))
        return data.startsWith(QByteArray::fromHex("ffd8ff"));
    if (contentType == QLatin1String("image/tiff"))
        return data.startsWith(QByteArray::fromHex("49492a00")) || data.startsWith(QByteArray::fromHex("4d4d002a"));
    return false;
}

AttachmentStore::AttachmentStore(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

std::optional<qint64> AttachmentStore::insert(qint64 ticketId, const QString &filename, const QString &contentType,
                                              const QByteArray &data, qint64 uploadedById, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO ticket_attachments (ticket_id, filename, content_type, size, sha256, data, "
                             "uploaded_by_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(ticketId);
    q.addBindValue(filename);
    q.addBindValue(contentType);
    q.addBindValue(qint64(data.size()));
    q.addBindValue(QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    q.addBindValue(data);
    q.addBindValue(uploadedById);
    q.addBindValue(toDbTimestamp(now, m_dialect));
    if (!execQuery(q) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool AttachmentStore::list(qint64 ticketId, QList<Meta> *out)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kSelectMeta
              + QStringLiteral("FROM ticket_attachments a JOIN staff_users s ON s.id = a.uploaded_by_id "
                               "WHERE a.ticket_id = ? ORDER BY a.id LIMIT %1")
                    .arg(kMaxPerTicket));
    q.addBindValue(ticketId);
    if (!execQuery(q))
        return false;
    out->clear();
    while (q.next())
        out->append(readMeta(q));
    return true;
}

std::optional<AttachmentStore::Meta> AttachmentStore::find(qint64 id, bool *ok, QByteArray *data)
{
    QSqlQuery q(m_db);
    q.prepare(
        kSelectMeta + (data ? QStringLiteral(", a.data ") : QString())
        + QStringLiteral("FROM ticket_attachments a JOIN staff_users s ON s.id = a.uploaded_by_id WHERE a.id = ?"));
    q.addBindValue(id);
    *ok = execQuery(q);
    if (!*ok || !q.next())
        return std::nullopt;
    if (data)
        *data = q.value(8).toByteArray();
    return readMeta(q);
}

} // namespace izdesk::server
