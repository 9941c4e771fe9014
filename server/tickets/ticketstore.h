#pragma once

#include "storage/databaseconfig.h"

#include "ticket.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace izdesk::server {

// The SQL for tickets: queue listing with filters and keyset paging, single reads, insert and
// the optimistic (version-checked) update. Works on one connection given by the caller, who
// owns the transaction. Cheap to construct; one per request; not shared between threads.
class TicketStore
{
public:
    // Column values a write sets (ids already resolved from usernames).
    struct Values
    {
        QString subject;
        QString description;
        QString status;
        QString priority;
        QString category;
        QString channel;
        QString requesterName;
        QString requesterContact;
        std::optional<qint64> organizationId;
        std::optional<qint64> assigneeId;
    };

    struct Filter
    {
        QStringList statuses;           // any of these; empty = all
        std::optional<QString> assignee; // username; empty string = unassigned; nullopt = any
        QString category;               // empty = all
        QString text;                   // substring of subject or requester; empty = none
    };

    struct Page
    {
        QList<Ticket> items;
        qint64 total = 0;     // matching rows, ignoring paging
        bool hasMore = false; // another page follows the last item
    };

    enum class UpdateResult { Updated, Stale, Error };

    TicketStore(QSqlDatabase db, Dialect dialect);

    // Newest updated_at first, ties by id descending; after = {updatedAtMs, id} of the last
    // row of the previous page.
    bool list(const Filter &filter, int limit, const std::optional<QList<qint64>> &after, Page *out);
    // The ticket, nullopt when absent (or on error: *ok false). *assigneeId gets the column.
    std::optional<Ticket> find(qint64 id, bool *ok, std::optional<qint64> *assigneeId = nullptr);
    // New ticket at version 1 stamped now; the demo seed passes an older history instead.
    std::optional<qint64> insert(const Values &values, qint64 createdById, const QDateTime &createdAt,
                                 const QDateTime &updatedAt = {}, int version = 1);
    // UPDATE … WHERE id = ? AND version = expectedVersion: Stale when someone else won.
    UpdateResult update(qint64 id, int expectedVersion, const Values &values, const QDateTime &now);

    // Id of the active staff member with this username; nullopt when none (or *ok false).
    std::optional<qint64> activeStaffId(const QString &username, bool *ok);
    bool organizationExists(qint64 id, bool *ok);

    static Values valuesOf(const Ticket &ticket, std::optional<qint64> assigneeId);
    // The keyset-cursor key of a ticket: {updated_at in ms since the epoch, id}.
    static QList<qint64> cursorKey(const Ticket &ticket);

private:
    QString whereClause(const Filter &filter, QVariantList *binds) const;
    static void bindValues(QSqlQuery &q, const Values &v);

    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
