#pragma once

#include "accounts/agreementstore.h"
#include "storage/databaseconfig.h"

#include "ticket.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace izdesk::server {

// IIS user accounts (the people the desk provisions) with their sites: SQL, JSON, field
// validation and the status transitions with THE RULE (contracts-accounts.md). Every write
// path — REST, bulk, SCIM, the sweep — changes status through transition(). Works on the
// caller's connection and transaction; one per request; not shared between threads.
class IisUserStore
{
public:
    struct Site
    {
        qint64 id = 0;
        QString name;
        QString facilityCode;
    };

    struct User
    {
        qint64 id = 0;
        QString username, givenName, familyName, email, phone, role;
        QString status = QStringLiteral("requested");
        QString inactiveReason;
        QString externalId; // empty = none
        std::optional<qint64> ticketId;
        QDateTime lastLoginAt, activatedAt, inactivatedAt, credentialIssuedAt, scimDeletedAt, createdAt, updatedAt;
        int version = 1;
        QList<Site> sites;
        QString agreementStatus = QStringLiteral("none");
        QDate agreementExpiresOn;

        QByteArray etag() const;
        QJsonObject toJson() const;
        QList<qint64> siteIds() const;
    };

    struct Filter
    {
        QStringList statuses;
        std::optional<qint64> facilityId;
        QString text;
        bool excludeScimDeleted = false;
        // SCIM equality filters (case-insensitive), empty = not filtered.
        QString username, externalId, displayName, email;
    };

    static const QStringList &roles();
    static const QStringList &statuses();

    IisUserStore(QSqlDatabase db, Dialect dialect, const AccountsPolicy &policy, const QDate &today);

    std::optional<User> find(qint64 id, bool *ok);
    bool list(const Filter &filter, int limit, qint64 afterId, QList<User> *out, bool *hasMore);
    // SCIM paging: offset-based, with the total.
    bool page(const Filter &filter, int offset, int count, QList<User> *out, int *total);
    bool usernameTaken(const QString &username, qint64 exceptId, bool *taken);
    bool facilitiesExist(const QList<qint64> &ids, bool *all);
    std::optional<qint64> insert(const User &u, const QDateTime &now);
    // Writes every mutable column and bumps the version; the sites when sitesChanged.
    bool update(User *u, const QDateTime &now, bool sitesChanged);
    bool setCredential(qint64 id, const QString &hash, const QDateTime &now);

    // Moves u to newStatus in memory (the caller writes it with update()). Returns an empty
    // string when allowed, otherwise why not; *httpStatus 409 (THE RULE) or 422 (no reason).
    QString transition(User *u, const QString &newStatus, const QString &reason, const QDateTime &now,
                       int *httpStatus, bool *ok);

    // Validates a create body or a merge patch (field names as in the JSON) and applies it.
    static QList<FieldError> apply(const QJsonObject &body, bool create, User *u, QList<qint64> *siteIds,
                                   QStringList *changed);

private:
    bool load(const QString &where, const QVariantList &binds, const QString &tail, QList<User> *out);
    bool loadExtras(QList<User> *users);
    static QString whereOf(const Filter &filter, QVariantList *binds);

    QSqlDatabase m_db;
    Dialect m_dialect;
    const AccountsPolicy &m_policy;
    QDate m_today;
};

} // namespace izdesk::server
