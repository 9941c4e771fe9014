#pragma once

#include "storage/databaseconfig.h"
#include "verification/attemptstore.h"

#include "verification/verificationpolicy.h"

#include <QJsonValue>
#include <QSqlDatabase>

#include <optional>

namespace izdesk::server {

// Compares what the caller said for one factor with the record (patient, IIS user account,
// facility) and answers match / no match — never the value on file. Names compare
// standardized (case, diacritics, punctuation, hyphens and spaces ignored; no nicknames),
// dates exactly, addresses by house number + first street word + ZIP, phones as 10 digits.
// Caller's connection; one thread.
class FactorChecker
{
public:
    struct Check
    {
        std::optional<VerificationPolicy::Result> result;
        QString shapeError;               // the value has the wrong shape for the factor's input (→ 422)
        QString orderError;               // the factor needs another one first (→ 409)
        std::optional<qint64> iisUserId;  // iis_username matched this account
        std::optional<qint64> facilityId; // facility_code / school_code matched this facility
        bool callerNameGiven = false;
    };

    FactorChecker(QSqlDatabase db, Dialect dialect);

    // false on a database error.
    bool check(const VerificationPolicy::Factor &factor, const QJsonValue &value, const VerificationAttempt &attempt,
               const VerificationPolicy::CallerType &type, Check *out);

    // "(555) 010-2000": the facility phone on file for the provider call-back (not PHI).
    std::optional<QString> facilityPhone(qint64 facilityId);

private:
    static QString shapeError(const QString &input, const QJsonValue &value);
    bool patientFactor(const QString &factor, const QJsonValue &value, qint64 patientId, bool *match);
    bool namesOnFile(const QString &sql, qint64 patientId, const QString &first, const QString &last, bool *match);
    bool userFactor(const QString &factor, const QJsonValue &value, const VerificationAttempt &attempt,
                    const VerificationPolicy::CallerType &type, Check *out);

    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
