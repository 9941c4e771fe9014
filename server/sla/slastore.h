#pragma once

#include "storage/databaseconfig.h"

#include "slaclock.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace izdesk::server {

// Reads and writes the SLA clock columns of a ticket row (migration 0003), including the
// breach sort key. Works on the caller's connection and transaction; one per request; not
// shared between threads.
class SlaStore
{
public:
    // The clock columns in the order readClock() expects, for a SELECT on "tickets t".
    static QString selectColumns();
    static constexpr int kColumnCount = 9;
    static SlaClock readClock(const QSqlQuery &query, int firstColumn);
    // Sort key stored for a ticket with no running clock (sorts last).
    static QDateTime farFuture();

    SlaStore(QSqlDatabase db, Dialect dialect);

    // The clock, priority and status of a ticket; nullopt when absent or on error (*ok false).
    std::optional<SlaClock> load(qint64 ticketId, QString *priority, QString *status, bool *ok);
    bool save(qint64 ticketId, const SlaClock &clock);

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
