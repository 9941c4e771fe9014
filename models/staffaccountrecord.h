#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace izdesk {

// A staff account as an administrator sees it (GET /api/v1/staff-accounts, contracts.md):
// role, active or disabled, locked, whether a new password is due, last sign-in. JSON
// decoding only; a plain value, safe on any thread.
struct StaffAccount
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString role; // Catalog::staffRoles
    bool active = true;
    bool locked = false;
    QDateTime lockedUntil; // UTC; invalid when not locked
    int failedAttempts = 0;
    bool passwordChangeRequired = false;
    QDateTime lastSignInAt; // UTC; invalid when never signed in
    QDateTime createdAt;

    bool isValid() const { return id > 0 && !username.isEmpty(); }
    // The display name, or the username when there is none.
    QString name() const { return displayName.isEmpty() ? username : displayName; }
    static StaffAccount fromJson(const QJsonObject &json);
    static QList<StaffAccount> listFromJson(const QJsonObject &page); // {"items":[…]}

    bool operator==(const StaffAccount &other) const = default;
};

} // namespace izdesk

Q_DECLARE_METATYPE(izdesk::StaffAccount)
