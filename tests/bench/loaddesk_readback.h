#pragma once

// After the run: reads every logged write back and counts the lost and the doubled.

#include "loaddesk_desk.h"

#include <QJsonObject>
#include <QList>

namespace izdesk::bench {

// tokens: one signed-in session per server (index as DeskRun::urls); the disclosure check
// needs a supervisor's. → {"lost","doubled","readback_errors","problems":[…], counts…}
QJsonObject readBack(DeskRun &run, const QList<QByteArray> &tokens, bool canReadDisclosures);

} // namespace izdesk::bench
