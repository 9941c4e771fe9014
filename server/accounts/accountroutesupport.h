#pragma once

#include "accounts/accountspolicy.h"
#include "http/httptypes.h"
#include "http/requestcontext.h"
#include "http/routeparams.h"
#include "serverconfig.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace izdesk::server::accounts {

// Small helpers the account, agreement, organization and worklist routes share. Pure; any thread.
using izdesk::server::pathId;
using izdesk::server::ifMatchAccepts;

inline const AccountsPolicy &policy(const RequestContext &ctx)
{
    return ctx.config().accounts();
}

inline QDate today(const RequestContext &ctx)
{
    return ctx.now().toUTC().date();
}

} // namespace izdesk::server::accounts
