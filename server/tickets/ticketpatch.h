#pragma once

#include "http/httptypes.h"
#include "tickets/ticketstore.h"

#include "ticket.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

namespace izdesk::server {

class RequestContext;

// Applies one JSON merge patch to one ticket inside the caller's open write transaction, with
// every rule PATCH /tickets/{id} has: field validation, lifecycle, the closed-ticket rule, the
// assignment rule, the versioned UPDATE (SLA, history and change feed come with it) and the
// audit row. Used by the multi-ticket writes (bulk update, auto-assignment apply), which roll
// back everything on the first problem. Stateless; any worker thread.
class TicketPatch
{
public:
    struct Outcome
    {
        std::optional<Ticket> ticket;        // set on success (unchanged tickets too)
        QList<FieldError> errors;            // 422: the patch is invalid for this ticket
        std::optional<HttpResponse> problem; // any other answer (404, 409, 412, 403, 500)
    };

    // expectedVersion: the version the caller saw (412 when it moved); nullopt = current.
    static Outcome apply(RequestContext &ctx, TicketStore &store, qint64 id, const QJsonObject &patch,
                         std::optional<int> expectedVersion, const QString &auditAction);
};

} // namespace izdesk::server
