#pragma once

#include "storage/databaseconfig.h"

#include "verification/verificationpolicy.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace izdesk::server {

// One verification attempt as stored (verification_attempts + its verification_factors).
// Holds no value the caller said. Value type.
struct VerificationAttempt
{
    struct FactorRow
    {
        QString factor;
        QString result; // match, no_match, attested, not_attested
        QDateTime checkedAt;
    };

    qint64 id = 0;
    qint64 ticketId = 0;
    QString callerType;
    QString subjectKind; // patient, iis_user, none
    std::optional<qint64> patientId;
    std::optional<qint64> iisUserId;
    std::optional<qint64> facilityId;
    QString outcome = QStringLiteral("in_progress");
    QString reason;
    bool callerNameGiven = false;
    QString scope = QStringLiteral("none");
    QStringList releaseMethods;
    qint64 createdById = 0;
    QString createdBy; // username
    QDateTime createdAt;
    QDateTime decidedAt;
    QDateTime expiresAt;
    QList<FactorRow> factors;

    QHash<QString, VerificationPolicy::Result> results() const;
    bool isDecided() const { return outcome != QLatin1String("in_progress"); }
};

// Reads and writes verification attempts on the caller's connection (so they join its
// transaction). Stateless apart from the connection; one thread.
class AttemptStore
{
public:
    AttemptStore(QSqlDatabase db, Dialect dialect);

    std::optional<qint64> create(const VerificationAttempt &attempt);
    // nullopt on a database error; *found false when there is no such attempt.
    std::optional<VerificationAttempt> find(qint64 id, bool *ok);
    // Newest first, at most limit.
    bool listForTicket(qint64 ticketId, int limit, QList<VerificationAttempt> *out);
    // Verified attempts on a ticket, newest first (the release gate's candidates).
    bool verifiedOnTicket(qint64 ticketId, QList<VerificationAttempt> *out);
    bool addFactor(qint64 attemptId, const QString &factor, const QString &result, const QDateTime &at);
    bool setProvider(qint64 attemptId, std::optional<qint64> iisUserId, std::optional<qint64> facilityId);
    bool setCallerNameGiven(qint64 attemptId);
    bool decide(const VerificationAttempt &attempt);
    // Failed attempts on a patient decided after `since`.
    std::optional<int> failedSince(qint64 patientId, const QDateTime &since);

private:
    bool loadFactors(QList<VerificationAttempt> *attempts);
    bool select(const QString &where, const QVariantList &binds, int limit, QList<VerificationAttempt> *out);

    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
