#include "outboxstore.h"

#include "cacheworker.h"
#include "logcategories.h"
#include "phicipher.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace izdesk {

namespace {
QByteArray aadFor(qint64 seq)
{
    return "outbox:" + QByteArray::number(seq);
}

QString stateName(OutboxEntry::State state)
{
    return state == OutboxEntry::State::Conflict ? QStringLiteral("conflict") : QStringLiteral("pending");
}
} // namespace

QList<OutboxEntry> OutboxStore::load(CacheWorker *worker)
{
    QList<OutboxEntry> entries;
    if (!worker->isOpen() || worker->key().isEmpty())
        return entries;
    QSqlQuery q(QSqlDatabase::database(worker->connectionName()));
    q.prepare(QStringLiteral("SELECT seq, kind, method, path, ticket_id, idempotency_key, if_match, created_at,"
                             " attempts, state, sealed FROM outbox WHERE owner = ? ORDER BY seq"));
    q.addBindValue(worker->owner());
    if (!q.exec()) {
        qCWarning(lcCache) << "cannot read the outbox:" << q.lastError().text();
        return entries;
    }
    while (q.next()) {
        OutboxEntry e;
        e.seq = q.value(0).toLongLong();
        e.kind = q.value(1).toString();
        e.method = q.value(2).toString().toLatin1();
        e.path = q.value(3).toString();
        e.ticketId = q.value(4).toLongLong();
        e.idempotencyKey = q.value(5).toString().toLatin1();
        e.ifMatch = q.value(6).toString().toLatin1();
        e.createdAt = fromIsoUtc(q.value(7).toString());
        e.attempts = q.value(8).toInt();
        e.state = q.value(9).toString() == QLatin1String("conflict") ? OutboxEntry::State::Conflict
                                                                     : OutboxEntry::State::Pending;
        const auto plain = PhiCipher::open(worker->key(), q.value(10).toByteArray(), aadFor(e.seq));
        if (!plain) {
            qCWarning(lcCache) << "outbox entry" << e.seq << "cannot be decrypted; skipped";
            continue;
        }
        const QJsonObject sealed = QJsonDocument::fromJson(*plain).object();
        e.body = sealed.value(QStringLiteral("body")).toObject();
        e.conflictStatus = sealed.value(QStringLiteral("conflict_status")).toInt();
        e.theirs = sealed.value(QStringLiteral("theirs")).toObject();
        e.problem = sealed.value(QStringLiteral("problem")).toObject();
        entries.append(e);
    }
    return entries;
}

bool OutboxStore::save(CacheWorker *worker, const OutboxEntry &e)
{
    if (!worker->isOpen() || worker->key().isEmpty())
        return false;
    const QJsonObject sealed{{QStringLiteral("body"), e.body},
                             {QStringLiteral("conflict_status"), e.conflictStatus},
                             {QStringLiteral("theirs"), e.theirs},
                             {QStringLiteral("problem"), e.problem}};
    const QByteArray blob
        = PhiCipher::seal(worker->key(), QJsonDocument(sealed).toJson(QJsonDocument::Compact), aadFor(e.seq));
    QSqlQuery q(QSqlDatabase::database(worker->connectionName()));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO outbox (owner, seq, kind, method, path, ticket_id,"
                             " idempotency_key, if_match, created_at, attempts, state, sealed)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(worker->owner());
    q.addBindValue(e.seq);
    q.addBindValue(e.kind);
    q.addBindValue(QString::fromLatin1(e.method));
    q.addBindValue(e.path);
    q.addBindValue(e.ticketId);
    q.addBindValue(QString::fromLatin1(e.idempotencyKey));
    q.addBindValue(QString::fromLatin1(e.ifMatch));
    q.addBindValue(toIsoUtc(e.createdAt));
    q.addBindValue(e.attempts);
    q.addBindValue(stateName(e.state));
    q.addBindValue(blob);
    if (!q.exec()) {
        qCWarning(lcCache) << "cannot store outbox entry" << e.seq << q.lastError().text();
        return false;
    }
    return true;
}

bool OutboxStore::remove(CacheWorker *worker, qint64 seq)
{
    if (!worker->isOpen())
        return false;
    QSqlQuery q(QSqlDatabase::database(worker->connectionName()));
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE owner = ? AND seq = ?"));
    q.addBindValue(worker->owner());
    q.addBindValue(seq);
    return q.exec();
}

bool OutboxStore::commit(CacheWorker *worker, const QList<OutboxEntry> &save, qint64 removeSeq)
{
    if (!worker->isOpen())
        return false;
    QSqlDatabase db = QSqlDatabase::database(worker->connectionName());
    if (!db.transaction())
        return false;
    bool ok = true;
    for (const OutboxEntry &e : save)
        ok = ok && OutboxStore::save(worker, e);
    if (ok && removeSeq != 0)
        ok = remove(worker, removeSeq);
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

} // namespace izdesk
