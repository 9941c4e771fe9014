#include "audit/auditlog.h"

#include "storage/sqlutil.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace izdesk::server {

bool AuditLog::append(QSqlDatabase db, Dialect dialect, const AuditEvent &event)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO audit_events (occurred_at, actor_user_id, actor_username, action, "
        "entity_type, entity_id, peer, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(toDbTimestamp(event.occurredAt, dialect));
    q.addBindValue(event.actorUserId ? QVariant(*event.actorUserId)
                                     : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(event.actorUsername.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                 : QVariant(event.actorUsername));
    q.addBindValue(event.action);
    q.addBindValue(event.entityType);
    q.addBindValue(event.entityId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                            : QVariant(event.entityId));
    q.addBindValue(event.peer);
    q.addBindValue(QString::fromUtf8(QJsonDocument(event.detail).toJson(QJsonDocument::Compact)));
    return execQuery(q);
}

} // namespace izdesk::server
