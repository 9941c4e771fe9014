#include "ticketlifecycle.h"

#include "catalog.h"
#include "permissions.h"

namespace izdesk {

namespace {

const QStringList &activeStatuses()
{
    static const QStringList statuses{QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("pending_caller"),
                                      QStringLiteral("pending_internal")};
    return statuses;
}

} // namespace

bool TicketLifecycle::mayReopenClosed(const QString &role)
{
    return Permissions::granted(role, Permission::QueueSupervision);
}

QStringList TicketLifecycle::allowedTargets(const QString &from, const QString &role)
{
    QStringList targets;
    if (activeStatuses().contains(from)) {
        for (const QString &status : activeStatuses()) {
            if (status != from && status != QLatin1String("new"))
                targets << status;
        }
        targets << QStringLiteral("resolved");
    } else if (from == QLatin1String("resolved")) {
        targets << QStringLiteral("open") << QStringLiteral("closed");
    } else if (from == QLatin1String("closed")) {
        if (mayReopenClosed(role))
            targets << QStringLiteral("open");
    }
    return targets;
}

std::optional<FieldError> TicketLifecycle::check(const QString &from, const QString &to, const QString &role)
{
    if (from == to)
        return std::nullopt;
    const QStringList allowed = allowedTargets(from, role);
    if (allowed.contains(to))
        return std::nullopt;
    QString message;
    if (from == QLatin1String("closed") && to == QLatin1String("open"))
        message = QStringLiteral("only a supervisor, trainer or admin may reopen a closed ticket");
    else if (allowed.isEmpty())
        message = QStringLiteral("from %1 the status cannot change").arg(from);
    else
        message = QStringLiteral("from %1 the status can move to: %2").arg(from, allowed.join(QStringLiteral(", ")));
    return FieldError{QStringLiteral("status"), message};
}

} // namespace izdesk
