#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace izdesk::server {

// Adds the demo patient population (`--seed demo`): a few thousand generated patients with
// histories (fixed seed) plus the showcase records the training scripts use (JONATHAN SMITH
// 2019-04-03, twins, a hyphenated surname, an opt-out). Only into an empty patient table;
// one transaction. One thread, with its connection.
bool seedDemoPatients(QSqlDatabase db, Dialect dialect, const QDateTime &now, int count, QString *error);

} // namespace izdesk::server
