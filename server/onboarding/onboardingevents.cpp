#include "onboarding/onboardingevents.h"

#include "onboarding/onboardingtypes.h"
#include "storage/sqlutil.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace izdesk::server {

EventStore::EventStore(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

bool EventStore::add(qint64 projectId, const QString &kind, const QString &stage, const QString &text,
                     std::optional<qint64> staffId, const QDateTime &now, const QJsonObject &extra)
{
    QJsonObject detail = extra;
    detail.insert(QStringLiteral("text"), text);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO onboarding_events (project_id, kind, stage, detail, staff_id, at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(projectId);
    q.addBindValue(kind);
    q.addBindValue(stage.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(stage));
    q.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    q.addBindValue(staffId ? QVariant(*staffId) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(toDbTimestamp(now, m_dialect));
    return execQuery(q);
}

bool EventStore::list(qint64 projectId, QJsonArray *out)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT e.id, e.kind, e.stage, e.detail, s.username, e.at FROM onboarding_events e "
                             "LEFT JOIN staff_users s ON s.id = e.staff_id WHERE e.project_id = ? ORDER BY e.id"));
    q.addBindValue(projectId);
    if (!execQuery(q))
        return false;
    while (q.next()) {
        const QJsonObject detail = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        out->append(QJsonObject{
            {QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("kind"), q.value(1).toString()},
            {QStringLiteral("stage"), q.value(2).isNull() ? QJsonValue() : QJsonValue(q.value(2).toString())},
            {QStringLiteral("detail"), detail.value(QStringLiteral("text")).toString()},
            {QStringLiteral("staff"), q.value(4).isNull() ? QJsonValue() : QJsonValue(q.value(4).toString())},
            {QStringLiteral("at"), OnboardingValues::timeJson(fromDbTimestamp(q.value(5)))}});
    }
    return true;
}

} // namespace izdesk::server
