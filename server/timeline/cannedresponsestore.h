#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace izdesk::server {

// Canned responses (SOP snippets) with a version for If-Match. Works on the caller's
// connection and transaction; one per request; not shared between threads.
class CannedResponseStore
{
public:
    static constexpr int kMaxItems = 1000;

    struct Item
    {
        qint64 id = 0;
        QString title;
        QString body;
        QString category; // empty = any category
        int version = 1;
        QJsonObject toJson() const;
        QByteArray etag() const;
    };

    CannedResponseStore(QSqlDatabase db, Dialect dialect);

    // category empty = all; else that category's and the general ones.
    bool list(const QString &category, QList<Item> *out);
    std::optional<Item> find(qint64 id, bool *ok);
    std::optional<qint64> insert(const Item &item, const QDateTime &now);
    // false on error; *updated false when the version moved.
    bool update(const Item &item, int expectedVersion, const QDateTime &now, bool *updated);
    bool remove(qint64 id, bool *removed);

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
