#pragma once

#include "http/httptypes.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace izdesk {
class SlaPolicy;
}

namespace izdesk::server {

class ChangeNotifier;
class RateLimiter;
struct ServerConfig;

// Everything a route handler may use for one request. Created by the ApiServer on the worker
// thread that runs the handler; lives for that one call; not shared between threads.
class RequestContext
{
public:
    RequestContext(Database &database, const HttpRequest &request, const ServerConfig &config,
                   std::function<QDateTime()> clock);

    QSqlDatabase db();                      // this worker thread's connection
    Dialect dialect() const;
    const HttpRequest &request() const;
    const Principal &principal() const;     // valid for authenticated routes
    bool isAuthenticated() const { return m_principal.has_value(); }
    QDateTime now() const;                  // UTC, from the server clock (tests may fake it)
    const ServerConfig &config() const;     // environment etc.
    const SlaPolicy &sla() const;           // the loaded SLA policy
    // Wakes long polls on the change feed; null when the server runs without one (tests of
    // dispatch()).
    ChangeNotifier *notifier() const { return m_notifier; }
    void setNotifier(ChangeNotifier *notifier) { m_notifier = notifier; }
    // The server's rate limit windows (RateLimiter::enforce); null outside the HTTP adapter.
    RateLimiter *rateLimiter() const { return m_rateLimiter; }
    void setRateLimiter(RateLimiter *limiter) { m_rateLimiter = limiter; }

    // Appends an audit row on db() (so it joins the caller's open transaction).
    // detail must hold no PHI.
    bool audit(const QString &action, const QString &entityType, const QString &entityId,
               const QJsonObject &detail = {});
    // Same, for an anonymous route that wants to name the (claimed) actor, e.g. a failed login.
    bool auditAs(std::optional<qint64> actorUserId, const QString &actorUsername,
                 const QString &action, const QString &entityType, const QString &entityId,
                 const QJsonObject &detail = {});

    void setPrincipal(const Principal &principal) { m_principal = principal; }

private:
    Database &m_database;
    const HttpRequest &m_request;
    const ServerConfig &m_config;
    std::function<QDateTime()> m_clock;
    std::optional<Principal> m_principal;
    ChangeNotifier *m_notifier = nullptr;
    RateLimiter *m_rateLimiter = nullptr;
};

} // namespace izdesk::server
