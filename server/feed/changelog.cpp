#include "feed/changelog.h"

#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace izdesk::server {

bool ChangeLog::append(QSqlDatabase db, Dialect dialect, const QString &kind, qint64 entityId, const QDateTime &at)
{
    if (dialect == Dialect::Postgres) {
        // Sequence numbers must commit in order, or a reader past seq N+1 would never see a
        // slower N: one transaction at a time may hold an uncommitted change. (SQLite writers
        // are serialised anyway.)
        // (Re-entrant: writers that began with beginWriteTransaction() hold it already.)
        QSqlQuery lock(db);
        if (!prepareAndExec(lock, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLockId)))
            return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO changes (kind, entity_id, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(kind);
    q.addBindValue(entityId);
    q.addBindValue(toDbTimestamp(at, dialect));
    if (!execQuery(q))
        return false;
    if (dialect == Dialect::Postgres) {
        // Delivered at commit; several with the same payload in one transaction fold into one.
        // (pg_notify, not NOTIFY: a utility statement cannot be prepared.)
        QSqlQuery notify(db);
        return prepareAndExec(notify, QStringLiteral("SELECT pg_notify('") + QLatin1String(kChannel)
                                          + QStringLiteral("', '')"));
    }
    return true;
}

} // namespace izdesk::server
