#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace izdesk {

// A member of the help desk staff as the API's `Me` object describes it
// ({"id","username","display_name","role"}). Value type; safe to copy between threads.
struct StaffUser
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString role; // catalog key (Catalog::staffRoles)

    bool isValid() const { return id > 0 && !username.isEmpty(); }
    QJsonObject toJson() const;
    static StaffUser fromJson(const QJsonObject &json);

    bool operator==(const StaffUser &other) const = default;
};

} // namespace izdesk

Q_DECLARE_METATYPE(izdesk::StaffUser)
