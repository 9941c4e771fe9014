#include "cacheworker.h"

#include "logcategories.h"
#include "passwordverifier.h"
#include "phicipher.h"
#include "replicareader.h"
#include "ticketrowcodec.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <numeric>

namespace izdesk {

namespace {
QByteArray aadFor(qint64 id)
{
    return QByteArray::number(id);
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

CacheWorker::CacheWorker(QObject *parent)
    : QObject(parent)
{
}

CacheWorker::~CacheWorker()
{
    close();
}

bool CacheWorker::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(sql)) {
        qCWarning(lcCache) << "cache statement failed:" << q.lastError().text();
        return false;
    }
    return true;
}

bool CacheWorker::open(const QString &path, const QString &owner, const QByteArray &key)
{
    close();
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_connection = QStringLiteral("izdesk-cache-%1").arg(quintptr(this), 0, 16);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        qCWarning(lcCache) << "cannot open the cache:" << db.lastError().text();
        close();
        return false;
    }
    m_owner = owner;
    m_key = key;
    const bool ok = migrate();
    if (!ok)
        close();
    return ok;
}

bool CacheWorker::migrate()
{
    // synchronous=FULL: a committed outbox row or cursor survives a power loss or a kill.
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !exec(QStringLiteral("PRAGMA synchronous=FULL"))
        || !exec(QStringLiteral("PRAGMA secure_delete=ON")))
        return false;
    QSqlQuery version(QSqlDatabase::database(m_connection));
    const int userVersion = version.exec(QStringLiteral("PRAGMA user_version")) && version.next() ? version.value(0).toInt() : 0;
    version.finish();
    bool ok = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS tickets (owner TEXT NOT NULL, id INTEGER NOT NULL,"
                                  " status TEXT NOT NULL, priority TEXT, category TEXT, channel TEXT, assignee TEXT,"
                                  " created_by TEXT, organization_id INTEGER, created_at TEXT, updated_at TEXT,"
                                  " version INTEGER NOT NULL, phi BLOB, PRIMARY KEY (owner, id))"))
              && exec(QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_updated ON tickets (owner, updated_at)"))
              && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS users (owner TEXT PRIMARY KEY, verifier TEXT NOT NULL,"
                                     " user_json TEXT NOT NULL)"));
    if (ok && userVersion < 2) {
        // Version 2: clear extra fields, feed cursor, outbox.
        ok = exec(QStringLiteral("ALTER TABLE tickets ADD COLUMN extra TEXT"))
             && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS sync_state (owner TEXT PRIMARY KEY, cursor TEXT)"))
             && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS outbox (owner TEXT NOT NULL, seq INTEGER NOT NULL,"
                                    " kind TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL,"
                                    " ticket_id INTEGER, idempotency_key TEXT, if_match TEXT, created_at TEXT,"
                                    " attempts INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL, sealed BLOB NOT NULL,"
                                    " PRIMARY KEY (owner, seq))"))
             && exec(QStringLiteral("PRAGMA user_version = 2"));
    }
    return ok;
}

void CacheWorker::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    m_key.fill('\0');
    m_key.clear();
    m_owner.clear();
}

CacheWorker::Queue CacheWorker::loadQueue()
{
    Queue queue;
    if (!isOpen())
        return queue;
    if (auto fast = ReplicaReader::read(m_connection, m_owner, m_key))
        return std::move(*fast);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true); // no row cache for scrolling back: half the memory, much faster
    q.prepare(QStringLiteral("SELECT id, status, priority, category, channel, assignee, created_by, organization_id,"
                             " created_at, updated_at, version, phi, extra FROM tickets WHERE owner = ?"));
    // No ORDER BY: sorting rows that carry their blobs made SQLite copy the whole replica
    // through a temporary sorter (seconds at 100k tickets); the view sorts anyway.
    q.addBindValue(m_owner);
    if (!q.exec()) {
        qCWarning(lcCache) << "cannot read the cached queue:" << q.lastError().text();
        return queue;
    }
    StringPool pool;
    QList<QByteArray> blobs;
    while (q.next()) {
        Ticket t;
        t.id = q.value(0).toLongLong();
        t.status = pool.intern(q.value(1).toString());
        t.priority = pool.intern(q.value(2).toString());
        t.category = pool.intern(q.value(3).toString());
        t.channel = pool.intern(q.value(4).toString());
        t.assignee = pool.intern(q.value(5).toString());
        t.createdBy = pool.intern(q.value(6).toString());
        if (!q.value(7).isNull())
            t.organizationId = q.value(7).toLongLong();
        t.createdAt = TicketRowCodec::parseIsoUtc(q.value(8).toString());
        t.updatedAt = TicketRowCodec::parseIsoUtc(q.value(9).toString());
        t.version = q.value(10).toInt();
        TicketRowCodec::decodeExtra(q.value(12).toByteArray(), t);
        blobs.append(m_key.isEmpty() ? QByteArray() : q.value(11).toByteArray());
        queue.tickets.append(std::move(t));
    }
    // Decrypting and decoding the PHI is most of a cold start: spread it over the cores.
    std::atomic<bool> missing{false};
    const QByteArray key = m_key;
    QList<int> rows(queue.tickets.size());
    std::iota(rows.begin(), rows.end(), 0);
    Ticket *tickets = queue.tickets.data();
    QtConcurrent::blockingMap(rows, [&](int row) {
        Ticket &t = tickets[row];
        std::optional<QByteArray> plain;
        if (!blobs.at(row).isEmpty())
            plain = PhiCipher::open(key, blobs.at(row), aadFor(t.id));
        if (!plain || !TicketRowCodec::decodePhi(*plain, t))
            missing = true;
    });
    queue.phiMissing = missing;
    // Organization names repeat across tickets; share them too.
    for (Ticket &t : queue.tickets)
        t.organizationName = pool.intern(t.organizationName);
    return queue;
}

bool CacheWorker::writeTicket(const Ticket &t)
{
    QByteArray blob;
    if (!m_key.isEmpty())
        blob = PhiCipher::seal(m_key, TicketRowCodec::encodePhi(t), aadFor(t.id));
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO tickets (owner, id, status, priority, category, channel, assignee,"
                             " created_by, organization_id, created_at, updated_at, version, phi, extra)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m_owner);
    q.addBindValue(t.id);
    q.addBindValue(t.status);
    q.addBindValue(t.priority);
    q.addBindValue(t.category);
    q.addBindValue(t.channel);
    q.addBindValue(textOrNull(t.assignee));
    q.addBindValue(t.createdBy);
    q.addBindValue(t.organizationId ? QVariant(*t.organizationId) : QVariant());
    q.addBindValue(toIsoUtc(t.createdAt));
    q.addBindValue(toIsoUtc(t.updatedAt));
    q.addBindValue(t.version);
    q.addBindValue(blob.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(blob));
    q.addBindValue(TicketRowCodec::encodeExtra(t));
    if (!q.exec()) {
        qCWarning(lcCache) << "cannot write ticket" << t.id << q.lastError().text();
        return false;
    }
    return true;
}

bool CacheWorker::saveQueue(const QList<Ticket> &tickets)
{
    if (!isOpen())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM tickets WHERE owner = ?"));
    del.addBindValue(m_owner);
    bool ok = del.exec();
    for (const Ticket &t : tickets) {
        if (!ok)
            break;
        ok = writeTicket(t);
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool CacheWorker::upsertTicket(const Ticket &ticket)
{
    return isOpen() && writeTicket(ticket);
}

bool CacheWorker::applyChanges(const QList<Ticket> &tickets, const QString &cursor)
{
    if (!isOpen())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    bool ok = true;
    for (const Ticket &t : tickets) {
        if (!(ok = writeTicket(t)))
            break;
    }
    if (ok)
        ok = setFeedCursor(cursor);
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

QString CacheWorker::feedCursor()
{
    if (!isOpen())
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT cursor FROM sync_state WHERE owner = ?"));
    q.addBindValue(m_owner);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool CacheWorker::setFeedCursor(const QString &cursor)
{
    if (!isOpen())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (owner, cursor) VALUES (?, ?)"));
    q.addBindValue(m_owner);
    q.addBindValue(cursor);
    return q.exec();
}

bool CacheWorker::purgePhi()
{
    if (!isOpen())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE tickets SET phi = NULL WHERE owner = ?"));
    q.addBindValue(m_owner);
    bool ok = q.exec();
    // The rows lost their PHI, so the next sign-in syncs the replica from the beginning; the
    // outbox bodies are sealed with the key that is about to be deleted.
    for (const QString &table : {QStringLiteral("sync_state"), QStringLiteral("outbox")}) {
        QSqlQuery del(QSqlDatabase::database(m_connection));
        del.prepare(QStringLiteral("DELETE FROM %1 WHERE owner = ?").arg(table));
        del.addBindValue(m_owner);
        ok = del.exec() && ok;
    }
    // secure_delete zeroes freed content; the checkpoint moves it out of the WAL file too.
    exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    m_key.fill('\0');
    m_key.clear();
    return ok;
}

bool CacheWorker::storeVerifier(const StaffUser &user, const QString &password)
{
    if (!isOpen())
        return false;
    const QByteArray verifier = PasswordVerifier::create(password);
    if (verifier.isEmpty())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO users (owner, verifier, user_json) VALUES (?, ?, ?)"));
    q.addBindValue(m_owner);
    q.addBindValue(QString::fromLatin1(verifier));
    q.addBindValue(QString::fromUtf8(QJsonDocument(user.toJson()).toJson(QJsonDocument::Compact)));
    return q.exec();
}

std::optional<StaffUser> CacheWorker::verifyPassword(const QString &password)
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT verifier, user_json FROM users WHERE owner = ?"));
    q.addBindValue(m_owner);
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (!PasswordVerifier::verify(q.value(0).toString().toLatin1(), password))
        return std::nullopt;
    const StaffUser user = StaffUser::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
    return user.isValid() ? std::optional<StaffUser>(user) : std::nullopt;
}

} // namespace izdesk
