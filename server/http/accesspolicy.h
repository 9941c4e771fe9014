#pragma once

#include "permissions.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace izdesk::server {

struct Principal;

// Who may call which route: every route of the API (method + path pattern) against the one
// permission it needs (models/permissions.h says which roles hold it). The Router reads a
// route's rule from here when the route is registered; a route without a rule is denied to
// everyone, and the server refuses to start with one. docs/security/access-matrix.md is
// generated from this table (`izdesk-server routes --markdown`). Immutable value; any thread.
class AccessPolicy
{
public:
    struct Rule
    {
        QByteArray method;
        QString pattern;
        Permission permission;
    };

    // The API's rules.
    static const AccessPolicy &builtIn();

    AccessPolicy() = default;
    explicit AccessPolicy(QList<Rule> rules);
    // A copy with one more rule (tests that register routes of their own).
    AccessPolicy with(const QByteArray &method, const QString &pattern, Permission permission) const;

    const QList<Rule> &rules() const { return m_rules; }
    std::optional<Permission> permissionFor(const QByteArray &method, const QString &pattern) const;

    // Whether a caller passes the staff-session check for a permission: Public always,
    // ScimClient always (its token is checked by the SCIM routes themselves), otherwise a
    // signed-in staff member (p non-null) whose role holds it.
    static bool allows(Permission permission, const Principal *p);
    static bool needsStaffSession(Permission permission);

private:
    QList<Rule> m_rules;
};

} // namespace izdesk::server
