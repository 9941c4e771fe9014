#include "cacheworker.h"

#include "logcategories.h"
#include "passwordverifier.h"
#include "phicipher.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

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
    const bool ok
        = exec(QStringLiteral("PRAGMA journal_mode=WAL")) && exec(QStringLiteral("PRAGMA secure_delete=ON"))
          && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS tickets (owner TEXT NOT NULL, id INTEGER NOT NULL,"
                                 " status TEXT NOT NULL, priority TEXT, category TEXT, channel TEXT, assignee TEXT,"
                                 " created_by TEXT, organization_id INTEGER, created_at TEXT, updated_at TEXT,"
                                 " version INTEGER NOT NULL, phi BLOB, PRIMARY KEY (owner, id))"))
          && exec(QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_updated ON tickets (owner, updated_at)"))
          && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS users (owner TEXT PRIMARY KEY, verifier TEXT NOT NULL,"
                                 " user_json TEXT NOT NULL)"));
    if (!ok)
        close();
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
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, status, priority, category, channel, assignee, created_by, organization_id,"
                             " created_at, updated_at, version, phi FROM tickets WHERE owner = ?"
                             " ORDER BY updated_at DESC, id DESC"));
    q.addBindValue(m_owner);
    if (!q.exec()) {
        qCWarning(lcCache) << "cannot read the cached queue:" << q.lastError().text();
        return queue;
    }
    while (q.next()) {
        Ticket t;
        t.id = q.value(0).toLongLong();
        t.status = q.value(1).toString();
        t.priority = q.value(2).toString();
        t.category = q.value(3).toString();
        t.channel = q.value(4).toString();
        t.assignee = q.value(5).toString();
        t.createdBy = q.value(6).toString();
        if (!q.value(7).isNull())
            t.organizationId = q.value(7).toLongLong();
        t.createdAt = fromIsoUtc(q.value(8).toString());
        t.updatedAt = fromIsoUtc(q.value(9).toString());
        t.version = q.value(10).toInt();
        const QByteArray blob = q.value(11).toByteArray();
        std::optional<QByteArray> plain;
        if (!blob.isEmpty() && !m_key.isEmpty())
            plain = PhiCipher::open(m_key, blob, aadFor(t.id));
        if (plain) {
            const QJsonObject phi = QJsonDocument::fromJson(*plain).object();
            t.subject = phi.value(QStringLiteral("subject")).toString();
            t.description = phi.value(QStringLiteral("description")).toString();
            t.requesterName = phi.value(QStringLiteral("requester_name")).toString();
            t.requesterContact = phi.value(QStringLiteral("requester_contact")).toString();
            t.organizationName = phi.value(QStringLiteral("organization_name")).toString();
        } else {
            queue.phiMissing = true;
        }
        queue.tickets.append(t);
    }
    return queue;
}

bool CacheWorker::writeTicket(const Ticket &t)
{
    QByteArray blob;
    if (!m_key.isEmpty()) {
        const QJsonObject phi{{QStringLiteral("subject"), t.subject},
                              {QStringLiteral("description"), t.description},
                              {QStringLiteral("requester_name"), t.requesterName},
                              {QStringLiteral("requester_contact"), t.requesterContact},
                              {QStringLiteral("organization_name"), t.organizationName}};
        blob = PhiCipher::seal(m_key, QJsonDocument(phi).toJson(QJsonDocument::Compact), aadFor(t.id));
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO tickets (owner, id, status, priority, category, channel, assignee,"
                             " created_by, organization_id, created_at, updated_at, version, phi)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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

bool CacheWorker::purgePhi()
{
    if (!isOpen())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE tickets SET phi = NULL WHERE owner = ?"));
    q.addBindValue(m_owner);
    const bool ok = q.exec();
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
