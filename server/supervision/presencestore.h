#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace izdesk::server {

// Who is viewing or editing a ticket: heartbeat rows (ticket_presence) that expire after
// kTtlSeconds. A change of who is present (not a mere heartbeat) appends a presence change to
// the feed in the same transaction; sweep() removes expired rows and announces them. Works on
// the caller's connection; one per request or sweep; not shared between threads.
class PresenceStore
{
public:
    static constexpr int kTtlSeconds = 45;
    enum class Result { Unchanged, Changed, Error };

    PresenceStore(QSqlDatabase db, Dialect dialect);

    // Inserts or refreshes the heartbeat; Changed when the user was not present or the mode moved.
    Result put(qint64 ticketId, qint64 userId, const QString &mode, const QDateTime &now);
    Result remove(qint64 ticketId, qint64 userId, const QDateTime &now);
    // Deletes expired rows and appends one presence change per ticket; -1 on error.
    int sweep(const QDateTime &now);

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
