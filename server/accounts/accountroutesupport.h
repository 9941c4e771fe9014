#pragma once

#include "accounts/accountspolicy.h"
#include "http/httptypes.h"
#include "http/requestcontext.h"
#include "serverconfig.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace izdesk::server::accounts {

// Small helpers the account, agreement, organization and worklist routes share. Pure; any thread.
inline std::optional<qint64> pathId(const RequestContext &ctx, const QString &name = QStringLiteral("id"))
{
    bool ok = false;
    const qint64 id = ctx.request().pathParams.value(name).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

inline const AccountsPolicy &policy(const RequestContext &ctx)
{
    return ctx.config().accounts();
}

inline QDate today(const RequestContext &ctx)
{
    return ctx.now().toUTC().date();
}

inline bool ifMatchAccepts(const QByteArray &ifMatch, const QByteArray &etag)
{
    for (const QByteArray &candidate : ifMatch.split(',')) {
        const QByteArray tag = candidate.trimmed();
        if (tag == "*" || tag == etag)
            return true;
    }
    return false;
}

} // namespace izdesk::server::accounts
