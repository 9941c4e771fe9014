#include "outboxentry.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace izdesk {

QString OutboxEntry::summary() const
{
    const QString number = ticketId > 0 ? QStringLiteral("T-%1").arg(ticketId, 6, 10, QLatin1Char('0')) : QString();
    if (kind == QLatin1String("create_ticket"))
        return QCoreApplication::translate("izdesk::Outbox", "New ticket");
    if (kind == QLatin1String("update_ticket"))
        return QCoreApplication::translate("izdesk::Outbox", "Change to %1").arg(number);
    if (kind == QLatin1String("add_entry"))
        return QCoreApplication::translate("izdesk::Outbox", "Timeline entry on %1").arg(number);
    if (kind == QLatin1String("bulk_update")) {
        // The count in a variable: lupdate (Qt 6.4) never returns from a cast expression here.
        const int count = int(body.value(QStringLiteral("ids")).toArray().size());
        return QCoreApplication::translate("izdesk::Outbox", "Bulk change of %n ticket(s)", nullptr, count);
    }
    if (kind == QLatin1String("apply_assignment"))
        return QCoreApplication::translate("izdesk::Outbox", "Assignment plan");
    if (kind == QLatin1String("merge"))
        return QCoreApplication::translate("izdesk::Outbox", "Merge of %1").arg(number);
    if (kind.contains(QLatin1String("link")))
        return QCoreApplication::translate("izdesk::Outbox", "Link change on %1").arg(number);
    return QCoreApplication::translate("izdesk::Outbox", "Change (%1)").arg(kind);
}

OutboxConflict OutboxConflict::fromEntry(const OutboxEntry &entry)
{
    OutboxConflict c;
    c.entry = entry;
    // A bulk change carries its fields under "changes"; every other write is the fields.
    const QJsonObject mine = entry.body.contains(QStringLiteral("changes"))
                                 ? entry.body.value(QStringLiteral("changes")).toObject()
                                 : entry.body;
    QHash<QString, QString> errors;
    const QJsonArray list = entry.problem.value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject e = v.toObject();
        errors.insert(e.value(QStringLiteral("field")).toString(), e.value(QStringLiteral("message")).toString());
    }
    for (auto it = mine.begin(); it != mine.end(); ++it)
        c.fields.append({it.key(), it.value(), entry.theirs.value(it.key()), errors.value(it.key())});
    return c;
}

} // namespace izdesk
