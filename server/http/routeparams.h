#pragma once

#include "http/requestcontext.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace izdesk::server {

// What route handlers read from the request line and headers the same way everywhere. Pure;
// any thread.

// The path parameter `name` as a positive id; nullopt when it is missing or not one (the
// handler answers 404: a malformed id names nothing).
inline std::optional<qint64> pathId(const RequestContext &ctx, const QString &name = QStringLiteral("id"))
{
    bool ok = false;
    const qint64 id = ctx.request().pathParams.value(name).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

// Whether an If-Match header (entity tags separated by commas, or *) accepts `etag`.
inline bool ifMatchAccepts(const QByteArray &ifMatch, const QByteArray &etag)
{
    for (const QByteArray &candidate : ifMatch.split(',')) {
        const QByteArray tag = candidate.trimmed();
        if (tag == "*" || tag == etag)
            return true;
    }
    return false;
}

} // namespace izdesk::server
