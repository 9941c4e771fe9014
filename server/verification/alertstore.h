#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace izdesk::server {

// Supervisor alerts (supervisor_alerts): a phone-release lock or a referral. Raising one also
// appends an "alert" change to the feed in the same transaction, so supervisors' clients see
// it within a second. JSON carries ids and codes only. Caller's connection; one thread.
class AlertStore
{
public:
    AlertStore(QSqlDatabase db, Dialect dialect);

    std::optional<qint64> raise(const QString &kind, qint64 ticketId, std::optional<qint64> patientId, qint64 attemptId,
                                const QString &note, const QDateTime &at);
    // {"id","kind","ticket_id","patient_id","attempt_id","created_at","acknowledged_at","acknowledged_by",
    // "note"} — for supervisors (GET /api/v1/alerts).
    bool list(bool openOnly, int limit, QJsonArray *out);
    // The same without the note (the change feed, POST …/acknowledge).
    bool byIds(const QList<qint64> &ids, QHash<qint64, QJsonObject> *out);
    // *found false when there is no such alert. Acknowledging twice keeps the first.
    bool acknowledge(qint64 id, qint64 byUserId, const QDateTime &at, bool *found);

private:
    bool select(const QString &where, const QVariantList &binds, int limit, QList<QJsonObject> *out);

    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
