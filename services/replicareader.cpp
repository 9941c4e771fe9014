#include "replicareader.h"

#include "logcategories.h"
#include "phicipher.h"
#include "ticketrowcodec.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QtConcurrent/QtConcurrentMap>

#include <sqlite3.h>

#include <atomic>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <numeric>

namespace izdesk {

namespace {

// Interns by the column's UTF-8 bytes, so a repeated value costs a hash lookup, not a QString.
class Utf8Pool
{
public:
    QString get(sqlite3_stmt *stmt, int column)
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
        if (!text)
            return {};
        const QByteArray bytes = QByteArray::fromRawData(text, sqlite3_column_bytes(stmt, column));
        const auto it = m_pool.constFind(bytes);
        if (it != m_pool.cend())
            return *it;
        const QString value = QString::fromUtf8(bytes);
        m_pool.insert(QByteArray(bytes.constData(), bytes.size()), value);
        return value;
    }

private:
    QHash<QByteArray, QString> m_pool;
};

QDateTime timeColumn(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    if (!text)
        return {};
    return TicketRowCodec::parseIsoUtc(QString::fromLatin1(text, sqlite3_column_bytes(stmt, column)));
}

QByteArray blobColumn(sqlite3_stmt *stmt, int column)
{
    const void *data = sqlite3_column_blob(stmt, column);
    return data ? QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(stmt, column)) : QByteArray();
}

} // namespace

std::optional<CacheWorker::Queue> ReplicaReader::read(const QString &connection, const QString &owner,
                                                      const QByteArray &key)
{
    const QVariant handle = QSqlDatabase::database(connection).driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return std::nullopt;
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.data());
    if (!db)
        return std::nullopt;
    // No ORDER BY: sorting rows that carry their blobs made SQLite copy the whole replica
    // through a temporary sorter; the view sorts anyway.
    static const char sql[] = "SELECT id, status, priority, category, channel, assignee, created_by, organization_id,"
                              " created_at, updated_at, version, phi, extra FROM tickets WHERE owner = ?";
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        qCWarning(lcCache) << "cannot read the cached queue:" << sqlite3_errmsg(db);
        return CacheWorker::Queue{};
    }
    const QByteArray ownerUtf8 = owner.toUtf8();
    sqlite3_bind_text(stmt, 1, ownerUtf8.constData(), int(ownerUtf8.size()), SQLITE_STATIC);

    CacheWorker::Queue queue;
    QList<QByteArray> blobs;
    Utf8Pool pool;
    sqlite3_stmt *count = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM tickets WHERE owner = ?", -1, &count, nullptr) == SQLITE_OK) {
        sqlite3_bind_text(count, 1, ownerUtf8.constData(), int(ownerUtf8.size()), SQLITE_STATIC);
        if (sqlite3_step(count) == SQLITE_ROW) {
            queue.tickets.reserve(sqlite3_column_int(count, 0));
            blobs.reserve(queue.tickets.capacity());
        }
        sqlite3_finalize(count);
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        Ticket t;
        t.id = sqlite3_column_int64(stmt, 0);
        t.status = pool.get(stmt, 1);
        t.priority = pool.get(stmt, 2);
        t.category = pool.get(stmt, 3);
        t.channel = pool.get(stmt, 4);
        t.assignee = pool.get(stmt, 5);
        t.createdBy = pool.get(stmt, 6);
        if (sqlite3_column_type(stmt, 7) != SQLITE_NULL)
            t.organizationId = sqlite3_column_int64(stmt, 7);
        t.createdAt = timeColumn(stmt, 8);
        t.updatedAt = timeColumn(stmt, 9);
        t.version = sqlite3_column_int(stmt, 10);
        if (const void *extra = sqlite3_column_blob(stmt, 12))
            TicketRowCodec::decodeExtra(
                QByteArray::fromRawData(static_cast<const char *>(extra), sqlite3_column_bytes(stmt, 12)), t);
        blobs.append(key.isEmpty() ? QByteArray() : blobColumn(stmt, 11));
        queue.tickets.append(std::move(t));
    }
    sqlite3_finalize(stmt);

    // Decrypting and decoding the PHI is most of the rest: spread it over the cores.
    std::atomic<bool> missing{false};
    QList<int> rows(queue.tickets.size());
    std::iota(rows.begin(), rows.end(), 0);
    Ticket *tickets = queue.tickets.data();
    QtConcurrent::blockingMap(rows, [&](int row) {
        Ticket &t = tickets[row];
        std::optional<QByteArray> plain;
        if (!blobs.at(row).isEmpty())
            plain = PhiCipher::open(key, blobs.at(row), QByteArray::number(t.id));
        if (!plain || !TicketRowCodec::decodePhi(*plain, t))
            missing = true;
        blobs[row] = QByteArray(); // free as we go
    });
    queue.phiMissing = missing;
    blobs = {};
#ifdef __GLIBC__
    // The pool threads freed their temporaries in their own malloc arenas; hand the free
    // pages back (about 50 MB of resident memory at 100k tickets).
    malloc_trim(0);
#endif
    // Organization names repeat across tickets; share them too.
    StringPool names;
    for (Ticket &t : queue.tickets)
        t.organizationName = names.intern(t.organizationName);
    return queue;
}

} // namespace izdesk
