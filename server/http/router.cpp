#include "http/router.h"

#include <QLoggingCategory>

#include <algorithm>
#include <utility>

namespace izdesk::server {

namespace {

QStringList splitPath(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool isParam(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(QLatin1Char('{'))
        && segment.endsWith(QLatin1Char('}'));
}

bool matches(const QStringList &pattern, const QStringList &path, QHash<QString, QString> *params)
{
    if (pattern.size() != path.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (isParam(pattern.at(i)))
            found.insert(pattern.at(i).mid(1, pattern.at(i).size() - 2), path.at(i));
        else if (pattern.at(i) != path.at(i))
            return false;
    }
    if (params)
        *params = std::move(found);
    return true;
}

} // namespace

Router::Router(AccessPolicy policy)
    : m_policy(std::move(policy))
{
}

void Router::add(const QByteArray &method, const QString &pattern, Handler handler, qint64 maxBodyBytes)
{
    Q_ASSERT(handler);
    const QByteArray upper = method.toUpper();
    m_routes.append(Route{upper, pattern, splitPath(pattern), m_policy.permissionFor(upper, pattern),
                          std::move(handler), maxBodyBytes});
}

void Router::add(const AccessPolicy::Rule &rule, Handler handler)
{
    m_policy = m_policy.with(rule.method, rule.pattern, rule.permission);
    add(rule.method, rule.pattern, std::move(handler));
}

QStringList Router::routesWithoutRule() const
{
    QStringList missing;
    for (const Route &route : m_routes) {
        if (!route.permission)
            missing << QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern;
    }
    return missing;
}

QStringList Router::rulesWithoutRoute() const
{
    QStringList stale;
    for (const AccessPolicy::Rule &rule : m_policy.rules()) {
        const bool routed = std::any_of(m_routes.cbegin(), m_routes.cend(), [&rule](const Route &route) {
            return route.method == rule.method && route.pattern == rule.pattern;
        });
        if (!routed)
            stale << QString::fromLatin1(rule.method) + QLatin1Char(' ') + rule.pattern;
    }
    return stale;
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    const QStringList segments = splitPath(path);
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!matches(route.segments, segments, &params))
            continue;
        if (route.method == method) {
            result.result = Match::Result::Found;
            result.route = &route;
            result.params = std::move(params);
            result.allowed.clear();
            return result;
        }
        if (!result.allowed.contains(route.method))
            result.allowed.append(route.method);
        result.result = Match::Result::MethodNotAllowed;
    }
    return result;
}

} // namespace izdesk::server
