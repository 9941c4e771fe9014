#pragma once

#include "storage/databaseconfig.h"

#include "slapolicy.h"
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
// the optimistic (version-checked) update. Every write also moves the SLA clocks, records a
// status change in ticket_status_history and appends to the change feed, in the caller's
// transaction — so no write path can forget them. Reads fill Ticket::sla as of `now`.
// Works on one connection given by the caller, who owns the transaction. Cheap to
// construct; one per request; not shared between threads.
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
        std::optional<qint64> facilityId;
    };

    struct Filter
    {
        QStringList statuses;           // any of these; empty = all
        std::optional<QString> assignee; // username; empty string = unassigned; nullopt = any
        QString category;               // empty = all
        QString text;                   // substring of subject or requester; empty = none
        bool breachOrder = false;       // sort=breach: soonest due first, paused/met last
    };

    struct Page
    {
        QList<Ticket> items;
        qint64 total = 0;     // matching rows, ignoring paging
        bool hasMore = false; // another page follows the last item
    };

    enum class UpdateResult { Updated, Stale, Error };

    // policy null = SlaPolicy::builtIn(); now invalid = the current time.
    TicketStore(QSqlDatabase db, Dialect dialect, const SlaPolicy *policy = nullptr, const QDateTime &now = {});

    // Newest updated_at first, ties by id descending; after = {updatedAtMs, id} of the last
    // row of the previous page. With breachOrder: sla_sort_key ascending, ties by id.
    bool list(const Filter &filter, int limit, const std::optional<QList<qint64>> &after, Page *out);
    // The ticket, nullopt when absent (or on error: *ok false). *assigneeId gets the column.
    std::optional<Ticket> find(qint64 id, bool *ok, std::optional<qint64> *assigneeId = nullptr);
    // The tickets with these ids that exist, in no particular order.
    bool findMany(const QList<qint64> &ids, QList<Ticket> *out);
    // New ticket at version 1 stamped now; the demo seed passes an older history instead.
    std::optional<qint64> insert(const Values &values, qint64 createdById, const QDateTime &createdAt,
                                 const QDateTime &updatedAt = {}, int version = 1);
    // UPDATE … WHERE id = ? AND version = expectedVersion: Stale when someone else won.
    // changedById: who made the change (status history); nullopt = the system.
    UpdateResult update(qint64 id, int expectedVersion, const Values &values, const QDateTime &now,
                        std::optional<qint64> changedById = std::nullopt);
    // Records the first reply or call (SLA) and bumps the version; a ticket write like update.
    bool recordFirstResponse(qint64 id, const QDateTime &at);
    // Bumps version and updated_at and appends the change (a write to something the ticket
    // carries: links, merge target, …). Stale when expectedVersion (if given) no longer matches.
    UpdateResult touch(qint64 id, const QDateTime &now, std::optional<int> expectedVersion = std::nullopt);

    // Id of the active staff member with this username; nullopt when none (or *ok false).
    std::optional<qint64> activeStaffId(const QString &username, bool *ok);
    bool organizationExists(qint64 id, bool *ok);
    // The organization a facility belongs to; nullopt when there is no such facility (or *ok false).
    std::optional<qint64> facilityOrganization(qint64 facilityId, bool *ok);

    static Values valuesOf(const Ticket &ticket, std::optional<qint64> assigneeId);
    // The keyset-cursor key of a ticket: {updated_at in ms since the epoch, id}.
    static QList<qint64> cursorKey(const Ticket &ticket);
    // The keyset-cursor key under sort=breach: {sla sort key in ms, id}.
    static QList<qint64> breachCursorKey(const Ticket &ticket);

    const SlaPolicy &policy() const { return *m_policy; }
    // A phone number as its 10 digits (a leading country code 1 dropped), empty when the text
    // is not a North American phone number (e-mail, name, too few digits).
    static QString phoneDigits(const QString &text);

private:
    QString whereClause(const Filter &filter, QVariantList *binds) const;
    static void bindValues(QSqlQuery &q, const Values &v);
    Ticket readTicket(const QSqlQuery &q, std::optional<qint64> *assigneeId = nullptr) const;
    // After a row write: SLA clocks to the row's status/priority, status history, change feed.
    bool afterWrite(qint64 id, const QDateTime &at, std::optional<qint64> changedById, bool created);

    QSqlDatabase m_db;
    Dialect m_dialect;
    const SlaPolicy *m_policy;
    QDateTime m_now;
};

} // namespace izdesk::server
