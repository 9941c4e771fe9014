#include "http/access.h"

#include <utility>

namespace izdesk::server {

Access::Access(Kind kind, QStringList roles)
    : m_kind(kind)
    , m_roles(std::move(roles))
{
}

Access Access::anonymous()
{
    return Access(Kind::Anonymous, {});
}

Access Access::anyStaff()
{
    return Access(Kind::AnyStaff, {});
}

Access Access::roles(const QStringList &roles)
{
    return Access(Kind::Roles, roles);
}

bool Access::allows(const Principal *p) const
{
    switch (m_kind) {
    case Kind::Anonymous:
        return true;
    case Kind::AnyStaff:
        return p && p->userId > 0;
    case Kind::Roles:
        return p && p->userId > 0 && m_roles.contains(p->role);
    }
    return false;
}

} // namespace izdesk::server
