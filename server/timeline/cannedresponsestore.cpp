#include "timeline/cannedresponsestore.h"

#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace izdesk::server {

namespace {

CannedResponseStore::Item readItem(const QSqlQuery &q)
{
    return CannedResponseStore::Item{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                     q.value(3).toString(), q.value(4).toInt()};
}

QVariant categoryValue(const QString &category)
{
    return category.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(category);
}

} // namespace

QJsonObject CannedResponseStore::Item::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("body"), body},
                       {QStringLiteral("category"), category.isEmpty() ? QJsonValue() : QJsonValue(category)},
                       {QStringLiteral("version"), version}};
}

QByteArray CannedResponseStore::Item::etag() const
{
    return '"' + QByteArray::number(id) + '-' + QByteArray::number(version) + '"';
}

CannedResponseStore::CannedResponseStore(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

bool CannedResponseStore::list(const QString &category, QList<Item> *out)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, title, body, category, version FROM canned_responses ")
              + (category.isEmpty() ? QString() : QStringLiteral("WHERE category = ? OR category IS NULL "))
              + QStringLiteral("ORDER BY title, id LIMIT %1").arg(kMaxItems));
    if (!category.isEmpty())
        q.addBindValue(category);
    if (!execQuery(q))
        return false;
    out->clear();
    while (q.next())
        out->append(readItem(q));
    return true;
}

std::optional<CannedResponseStore::Item> CannedResponseStore::find(qint64 id, bool *ok)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, title, body, category, version FROM canned_responses WHERE id = ?"));
    q.addBindValue(id);
    *ok = execQuery(q);
    if (!*ok || !q.next())
        return std::nullopt;
    return readItem(q);
}

std::optional<qint64> CannedResponseStore::insert(const Item &item, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO canned_responses (title, body, category, version, created_at, updated_at) "
                             "VALUES (?, ?, ?, 1, ?, ?) RETURNING id"));
    q.addBindValue(item.title);
    q.addBindValue(item.body);
    q.addBindValue(categoryValue(item.category));
    q.addBindValue(toDbTimestamp(now, m_dialect));
    q.addBindValue(toDbTimestamp(now, m_dialect));
    if (!execQuery(q) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool CannedResponseStore::update(const Item &item, int expectedVersion, const QDateTime &now, bool *updated)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE canned_responses SET title = ?, body = ?, category = ?, updated_at = ?, "
                             "version = version + 1 WHERE id = ? AND version = ?"));
    q.addBindValue(item.title);
    q.addBindValue(item.body);
    q.addBindValue(categoryValue(item.category));
    q.addBindValue(toDbTimestamp(now, m_dialect));
    q.addBindValue(item.id);
    q.addBindValue(expectedVersion);
    if (!execQuery(q))
        return false;
    *updated = q.numRowsAffected() == 1;
    return true;
}

bool CannedResponseStore::remove(qint64 id, bool *removed)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM canned_responses WHERE id = ?"));
    q.addBindValue(id);
    if (!execQuery(q))
        return false;
    *removed = q.numRowsAffected() == 1;
    return true;
}

} // namespace izdesk::server
