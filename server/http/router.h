#pragma once

#include "http/accesspolicy.h"
#include "http/httptypes.h"

#include <QByteArrayList>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace izdesk::server {

class RequestContext;

using Handler = std::function<HttpResponse(RequestContext &)>;

// Route table: method + path pattern ("/api/v1/tickets/{id}") → handler, with the permission
// the access policy gives that route (deny by default: a route the policy has no rule for is
// kept, refused to everyone, and listed by routesWithoutRule()). Filled once at start-up on
// one thread, then only read (match is safe from any thread).
class Router
{
public:
    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        std::optional<Permission> permission; // none: no rule, denied to everyone
        Handler handler;
        qint64 maxBodyBytes = 0; // 0 = the adapter's default (1 MiB)
    };

    struct Match
    {
        enum class Result { Found, NotFound, MethodNotAllowed };
        Result result = Result::NotFound;
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QByteArrayList allowed; // for MethodNotAllowed
    };

    explicit Router(AccessPolicy policy = AccessPolicy::builtIn());

    void add(const QByteArray &method, const QString &pattern, Handler handler, qint64 maxBodyBytes = 0);
    // A route outside the API with a rule of its own (tests' probe routes); the rule joins the
    // router's policy, so the route is listed like any other.
    void add(const AccessPolicy::Rule &rule, Handler handler);
    Match match(const QByteArray &method, const QString &path) const;
    qsizetype size() const { return m_routes.size(); }
    const QList<Route> &routes() const { return m_routes; }
    const AccessPolicy &policy() const { return m_policy; }

    // "METHOD pattern" of every route the policy has no rule for, and of every rule that names
    // no route (a stale rule hides a typo in one of the two). Both empty in a sound table.
    QStringList routesWithoutRule() const;
    QStringList rulesWithoutRoute() const;

private:
    AccessPolicy m_policy;
    QList<Route> m_routes;
};

} // namespace izdesk::server
