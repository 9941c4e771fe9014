#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace izdesk::server {

// Demo IIS users across every demo facility, with agreements in every status (current,
// expiring, expired, superseded) and accounts in every state, plus organization data use
// agreements, so the account worklists of the sandbox are not empty. Deterministic (no
// randomness; dates relative to now). Runs inside the demo seed's transaction on db.
bool seedDemoAccounts(QSqlDatabase db, Dialect dialect, const QDateTime &now);

} // namespace izdesk::server
