#pragma once

#include "ticket.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace izdesk {

// The ticket status lifecycle (contracts-queue.md): new → open → pending_caller |
// pending_internal → resolved → closed; active statuses move freely among themselves (never
// back to new) and to resolved; resolved → open or closed; closed → open only for a
// supervisor, trainer or admin. Shared by the server (authoritative 422) and the client
// (offers only allowed targets). Pure functions; thread-safe.
class TicketLifecycle
{
public:
    // The statuses `role` may move a ticket in `from` to (excluding `from` itself).
    static QStringList allowedTargets(const QString &from, const QString &role);
    static bool mayReopenClosed(const QString &role);
    // nullopt when allowed (or unchanged); else the 422 error on field "status" naming the
    // allowed targets.
    static std::optional<FieldError> check(const QString &from, const QString &to, const QString &role);
};

} // namespace izdesk
