#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace izdesk::server {

struct SeedResult
{
    bool seeded = false;  // false when the database already had staff (nothing written)
    QStringList accounts; // "username / password (role)", printed by --seed demo
    QString error;        // set on failure (then nothing was written)
};

// Fills an empty, migrated database with the synthetic demo data set: the contracts.md staff
// accounts, ~25 organizations with facilities and ~200 tickets spread over every category,
// channel and status, created over the 30 days before nowUtc, and an onboarding queue with
// projects in several stages. Deterministic: the same nowUtc
// gives the same data (fixed PRNG seed). Runs in one transaction on db; call it on the thread
// that owns db. Does nothing when staff_users is not empty.
SeedResult seedDemo(QSqlDatabase db, Dialect dialect, const QDateTime &nowUtc);

} // namespace izdesk::server
