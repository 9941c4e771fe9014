#pragma once

#include "http/httptypes.h"

#include <QStringList>

namespace izdesk::server {

// The access rule every route is registered with (deny by default: a route without one cannot
// be added). Immutable value; any thread.
class Access
{
public:
    static Access anonymous();
    static Access anyStaff();
    static Access roles(const QStringList &roles);

    bool isAnonymous() const { return m_kind == Kind::Anonymous; }
    // p is null for an unauthenticated caller.
    bool allows(const Principal *p) const;

private:
    enum class Kind { Anonymous, AnyStaff, Roles };
    Access(Kind kind, QStringList roles);

    Kind m_kind = Kind::Roles;
    QStringList m_roles;
};

} // namespace izdesk::server
