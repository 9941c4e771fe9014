#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace izdesk {

// Widget-side views of service types, so widgets never include services/ headers.
// app/ converts EnvironmentProfile and StaffUser into these. Plain values.

enum class EnvironmentKind { Production, Training, Uat, Sandbox };

struct ProfileChoice
{
    QString id;
    QString name;
    EnvironmentKind kind = EnvironmentKind::Production;
    bool configured = true; // false: listed, but cannot be chosen until its URL is set
};

struct StaffChoice
{
    QString username;
    QString displayName;
};

} // namespace izdesk

Q_DECLARE_METATYPE(izdesk::EnvironmentKind)
