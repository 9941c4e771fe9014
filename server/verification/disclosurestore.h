#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>

#include <optional>

namespace izdesk::server {

// The accounting of disclosures (disclosures): one row per release of a patient's record.
// recipient is PHI (the addressed-to line): returned to supervisors, never logged or audited.
// Caller's connection; one thread.
class DisclosureStore
{
public:
    struct Disclosure
    {
        qint64 patientId = 0;
        qint64 ticketId = 0;
        qint64 attemptId = 0;
        QString callerType;
        QString method;
        QString recipient;
        QString scope;
        qint64 disclosedById = 0;
        QDateTime disclosedAt;
    };

    DisclosureStore(QSqlDatabase db, Dialect dialect);

    std::optional<qint64> record(const Disclosure &d);
    // Newest first: {"id","disclosed_at","method","caller_type","recipient","ticket_id","disclosed_by"}.
    bool listForPatient(qint64 patientId, int limit, QJsonArray *out);

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
