#pragma once

#include "accounts/accountspolicy.h"
#include "storage/databaseconfig.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace izdesk::server {

// Confidentiality statements, user access agreements and organization data use agreements:
// the SQL, the computed status (current / expiring / expired / ended, from the caller's
// clock) and THE RULE that gates activation (contracts-accounts.md). Works on the caller's
// connection and transaction; one per request; not shared between threads.
class AgreementStore
{
public:
    static constexpr qint64 kMaxDocumentBytes = 10 * 1024 * 1024;

    struct Agreement
    {
        qint64 id = 0;
        QString kind;
        std::optional<qint64> iisUserId;
        std::optional<qint64> organizationId;
        QString version;
        QString signerName;
        QDate signedOn;
        QDate expiresOn;
        QDate endedOn; // invalid while not ended
        QDate retentionUntil;
        QString documentType;
        qint64 documentSize = 0;
        QString documentSha256;
        QString recordedBy;
        QDateTime createdAt;

        QString status(const QDate &today, int expiringDays) const;
        QJsonObject toJson(const QDate &today, int expiringDays) const;
    };

    static const QStringList &userKinds();
    static bool isCurrentStatus(const QString &status) { return status == QLatin1String("current") || status == QLatin1String("expiring"); }

    AgreementStore(QSqlDatabase db, Dialect dialect, const AccountsPolicy &policy);

    // Inserts a, filling id/createdAt/retentionUntil, and ends the holder's previous agreement
    // of the same kind. Call inside a write transaction.
    bool insert(Agreement *a, std::optional<qint64> recordedById, const QDateTime &now);
    std::optional<Agreement> find(qint64 id, bool *ok);
    bool listFor(const QString &holderColumn, qint64 holderId, QList<Agreement> *out);
    bool setDocument(qint64 id, const QString &contentType, const QByteArray &data);
    bool document(qint64 id, QString *contentType, QByteArray *data, bool *found);

    // The latest not-ended agreement of each required kind for the user (absent kinds missing).
    bool latestRequired(qint64 userId, QList<Agreement> *out);
    // Why the user may not be activated now, or an empty string when they may. inactivatedAt
    // is set when reactivating: each required agreement must then be recorded after it.
    QString activationRefusal(qint64 userId, const QDate &today, const QDateTime &inactivatedAt, bool *ok);
    // "current|expiring|expired|none" (the worst required kind) and the earliest expiry.
    bool summary(qint64 userId, const QDate &today, QString *status, QDate *expiresOn);
    // The organization's data use agreement (its latest organization_data_use): "current",
    // "expiring", "expired", "ended" (Agreement::status) or "none", and that agreement (when any).
    bool organizationDataUse(qint64 organizationId, const QDate &today, QString *status, std::optional<Agreement> *latest);

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
    const AccountsPolicy &m_policy;
};

} // namespace izdesk::server
