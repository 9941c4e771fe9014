#pragma once

#include "http/access.h"
#include "http/httptypes.h"

#include <QByteArrayList>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace izdesk::server {

class RequestContext;

using Handler = std::function<HttpResponse(RequestContext &)>;

// Route table: method + path pattern ("/api/v1/tickets/{id}") → access rule + handler.
// Filled once at start-up on one thread, then only read (match is safe from any thread).
class Router
{
public:
    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Access access;
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

    void add(const QByteArray &method, const QString &pattern, Access access, Handler handler,
             qint64 maxBodyBytes = 0);
    Match match(const QByteArray &method, const QString &path) const;
    qsizetype size() const { return m_routes.size(); }

private:
    QList<Route> m_routes;
};

} // namespace izdesk::server
