#pragma once

#include "tickets/ticketstore.h"

#include "ticket.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace izdesk::server {

struct Principal;

// Turns a create body or a JSON merge patch (already checked by TicketRules) into column
// values: resolves the assignee username to an active staff id and checks the organization
// exists (422 errors on those fields), and lists which fields really changed. Also holds the
// assignment rule. Stateless apart from the store it reads through; one per request.
class TicketChange
{
public:
    explicit TicketChange(TicketStore &store);

    // Applies body onto *values. Returns field errors; *changed gets the names of the fields
    // whose value differs; *dbOk is false when a look-up failed.
    QList<FieldError> apply(const QJsonObject &body, TicketStore::Values *values, QStringList *changed, bool *dbOk);

    // Specialists may only take a ticket themselves or give up their own; supervisors,
    // trainers and admins may assign anyone (contracts.md, PATCH /api/v1/tickets/{id}).
    static bool mayAssign(const Principal &principal, std::optional<qint64> from, std::optional<qint64> to);

private:
    // Each applies one field of the body (false on a database error).
    bool applyOrganization(const QJsonObject &body, TicketStore::Values *values, QStringList *changed,
                           QList<FieldError> *errors);
    bool applyFacility(const QJsonObject &body, TicketStore::Values *values, QStringList *changed,
                       QList<FieldError> *errors);
    bool applyAssignee(const QJsonObject &body, TicketStore::Values *values, QStringList *changed,
                       QList<FieldError> *errors);

    TicketStore &m_store;
};

} // namespace izdesk::server
