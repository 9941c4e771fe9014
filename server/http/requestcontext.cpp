#include "http/requestcontext.h"

#include "audit/auditlog.h"
#include "serverconfig.h"

#include <utility>

namespace izdesk::server {

RequestContext::RequestContext(Database &database, const HttpRequest &request,
                               const ServerConfig &config, std::function<QDateTime()> clock)
    : m_database(database)
    , m_request(request)
    , m_config(config)
    , m_clock(std::move(clock))
{
}

QSqlDatabase RequestContext::db()
{
    return m_database.connection();
}

Dialect RequestContext::dialect() const
{
    return m_database.dialect();
}

const HttpRequest &RequestContext::request() const
{
    return m_request;
}

const Principal &RequestContext::principal() const
{
    static const Principal nobody;
    return m_principal ? *m_principal : nobody;
}

QDateTime RequestContext::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

const ServerConfig &RequestContext::config() const
{
    return m_config;
}

const SlaPolicy &RequestContext::sla() const
{
    return m_config.sla();
}

bool RequestContext::audit(const QString &action, const QString &entityType,
                           const QString &entityId, const QJsonObject &detail)
{
    std::optional<qint64> actor;
    QString username;
    if (m_principal) {
        actor = m_principal->userId;
        username = m_principal->username;
    }
    return auditAs(actor, username, action, entityType, entityId, detail);
}

bool RequestContext::auditAs(std::optional<qint64> actorUserId, const QString &actorUsername,
                             const QString &action, const QString &entityType,
                             const QString &entityId, const QJsonObject &detail)
{
    AuditEvent event;
    event.occurredAt = now();
    event.actorUserId = actorUserId;
    event.actorUsername = actorUsername;
    event.action = action;
    event.entityType = entityType;
    event.entityId = entityId;
    event.peer = m_request.peer;
    event.detail = detail;
    return AuditLog::append(db(), dialect(), event);
}

} // namespace izdesk::server
