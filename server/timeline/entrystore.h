#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace izdesk::server {

// The ticket timeline: notes, replies and call log entries, oldest first, including the
// entries of tickets merged into this one. Works on the caller's connection and transaction;
// one per request; not shared between threads.
class EntryStore
{
public:
    struct Entry
    {
        qint64 id = 0;
        qint64 ticketId = 0;
        QString kind; // note | reply | call
        QString body;
        QString author; // username
        QDateTime createdAt;
        QString direction; // call only: inbound | outbound
        QString phone;
        QDateTime startedAt;
        QDateTime endedAt;
        std::optional<qint64> durationSeconds;
        QJsonObject toJson() const;
    };

    EntryStore(QSqlDatabase db, Dialect dialect);

    // Entries with id > afterId, at most limit (+1 to tell whether more follow).
    bool list(qint64 ticketId, qint64 afterId, int limit, QList<Entry> *out);
    std::optional<qint64> insert(const Entry &entry, qint64 authorId);
    std::optional<Entry> find(qint64 id, bool *ok);

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
