#pragma once

#include "timeline/entrystore.h"

#include "ticket.h"

#include <QJsonObject>
#include <QList>

namespace izdesk::server {

class RequestContext;
class TicketStore;

// The timeline entry a request body describes (kind note, reply or call), or the field errors.
// Shared by POST /tickets/{id}/entries and by the call log that comes with a new ticket.
// fieldPrefix is put in front of every error's field ("call." for a nested object).
EntryStore::Entry parseTimelineEntry(const QJsonObject &body, QList<FieldError> *errors,
                                     const QString &fieldPrefix = QString());

// Stores an entry on the ticket inside the caller's transaction and audits it. A reply or a call
// answers the caller, so the first one also meets the ticket's first-response clock.
std::optional<qint64> addTimelineEntry(RequestContext &ctx, TicketStore &tickets, qint64 ticketId,
                                       EntryStore::Entry entry);

} // namespace izdesk::server
