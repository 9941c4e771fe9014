#pragma once

#include "storage/databaseconfig.h"

#include "ticket.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace izdesk::server {

// Links from a ticket to an organization, facility, other ticket, patient or IIS user
// (ticket_links), with the display label resolved when the link is made. Works on the
// caller's connection and transaction; one per request; not shared between threads.
class LinkStore
{
public:
    static const QStringList &kinds();

    LinkStore(QSqlDatabase db, Dialect dialect);

    // Fills Ticket::links of each ticket.
    bool attach(QList<Ticket> *tickets);
    // The label of a valid target ("" for patients and IIS users, whose stores resolve them),
    // nullopt when the target does not exist (organization, facility, ticket) or on error (*ok).
    std::optional<QString> resolve(const QString &kind, const QString &target, bool *ok);
    // false on error; *added false when the link already existed.
    bool add(qint64 ticketId, const TicketLink &link, const QDateTime &now, bool *added);
    bool remove(qint64 ticketId, const QString &kind, const QString &target, bool *removed);

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
