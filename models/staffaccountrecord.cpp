#include "staffaccountrecord.h"

#include "jsonfields.h"

namespace izdesk {

StaffAccount StaffAccount::fromJson(const QJsonObject &json)
{
    StaffAccount a;
    a.id = json.value(QStringLiteral("id")).toInteger();
    a.username = json::str(json, "username");
    a.displayName = json::str(json, "display_name");
    a.role = json::str(json, "role");
    a.active = json.value(QStringLiteral("active")).toBool(true);
    a.locked = json.value(QStringLiteral("locked")).toBool();
    a.lockedUntil = json::time(json, "locked_until");
    a.failedAttempts = json.value(QStringLiteral("failed_attempts")).toInt();
    a.passwordChangeRequired = json.value(QStringLiteral("password_change_required")).toBool();
    a.lastSignInAt = json::time(json, "last_sign_in_at");
    a.createdAt = json::time(json, "created_at");
    return a;
}

QList<StaffAccount> StaffAccount::listFromJson(const QJsonObject &page)
{
    QList<StaffAccount> out;
    for (const QJsonObject &o : json::objects(page.value(QStringLiteral("items")))) {
        StaffAccount a = fromJson(o);
        if (a.isValid())
            out.append(a);
    }
    return out;
}

} // namespace izdesk
