#include "staffuser.h"

namespace izdesk {

QJsonObject StaffUser::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("username"), username},
                       {QStringLiteral("display_name"), displayName},
                       {QStringLiteral("role"), role}};
}

StaffUser StaffUser::fromJson(const QJsonObject &json)
{
    StaffUser u;
    u.id = json.value(QStringLiteral("id")).toInteger();
    u.username = json.value(QStringLiteral("username")).toString();
    u.displayName = json.value(QStringLiteral("display_name")).toString();
    u.role = json.value(QStringLiteral("role")).toString();
    return u;
}

} // namespace izdesk
