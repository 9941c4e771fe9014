#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace izdesk::server {

// A project's history (onboarding_events): kind (created, plan_agreed, stage_passed,
// schedule_changed, moved_back, recorded, submission, letter, edited, withdrawn), the stage it
// concerns, and a detail JSON whose "text" is the sentence the desk reads. No PHI. Works on the
// caller's connection and transaction; not shared between threads.
class EventStore
{
public:
    EventStore(QSqlDatabase db, Dialect dialect);

    bool add(qint64 projectId, const QString &kind, const QString &stage, const QString &text,
             std::optional<qint64> staffId, const QDateTime &now, const QJsonObject &extra = {});
    // [{"id","kind","stage","detail","staff","at"}] oldest first; detail is the sentence.
    bool list(qint64 projectId, QJsonArray *out);

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
