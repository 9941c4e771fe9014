#include "http/router.h"

#include <QLoggingCategory>

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

void Router::add(const QByteArray &method, const QString &pattern, Access access, Handler handler,
                 qint64 maxBodyBytes)
{
    Q_ASSERT(handler);
    m_routes.append(Route{method.toUpper(), pattern, splitPath(pattern), std::move(access),
                          std::move(handler), maxBodyBytes});
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
