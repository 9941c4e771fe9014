#include "http/accesspolicy.h"

#include "http/httptypes.h"

#include <utility>

namespace izdesk::server {

const AccessPolicy &AccessPolicy::builtIn()
{
    static const AccessPolicy policy(QList<Rule>{
        // Confidentiality agreements
        {"GET", QStringLiteral("/api/v1/iis-users/{id}/agreements"), Permission::DeskRead},
        {"POST", QStringLiteral("/api/v1/iis-users/{id}/agreements"), Permission::DeskWrite},
        {"GET", QStringLiteral("/api/v1/organizations/{id}/agreements"), Permission::DeskRead},
        {"POST", QStringLiteral("/api/v1/organizations/{id}/agreements"), Permission::DeskWrite},
        {"GET", QStringLiteral("/api/v1/agreements/{id}"), Permission::DeskRead},
        {"PUT", QStringLiteral("/api/v1/agreements/{id}/document"), Permission::DeskWrite},
        {"GET", QStringLiteral("/api/v1/agreements/{id}/document"), Permission::DeskRead},
        // Ticket attachments
        {"POST", QStringLiteral("/api/v1/tickets/{id}/attachments"), Permission::DeskWrite},
        {"GET", QStringLiteral("/api/v1/tickets/{id}/attachments"), Permission::DeskRead},
        {"GET", QStringLiteral("/api/v1/attachments/{id}"), Permission::DeskRead},
        // Canned responses
        {"GET", QStringLiteral("/api/v1/canned-responses"), Permission::DeskRead},
        {"POST", QStringLiteral("/api/v1/canned-responses"), Permission::CannedResponses},
        {"PATCH", QStringLiteral("/api/v1/canned-responses/{id}"), Permission::CannedResponses},
        {"DELETE", QStringLiteral("/api/v1/canned-responses/{id}"), Permission::CannedResponses},
        // Change feed and SLA policy
        {"GET", QStringLiteral("/api/v1/changes"), Permission::DeskRead},
        {"GET", QStringLiteral("/api/v1/sla-policy"), Permission::DeskRead},
        // Code sets
        {"GET", QStringLiteral("/api/v1/codesets/cvx"), Permission::DeskRead},
        {"GET", QStringLiteral("/api/v1/codesets/mvx"), Permission::DeskRead},
        // Duplicate worklist
        {"GET", QStringLiteral("/api/v1/duplicates"), Permission::DuplicateReview},
        {"GET", QStringLiteral("/api/v1/duplicates/clusters"), Permission::DuplicateReview},
        {"GET", QStringLiteral("/api/v1/duplicates/{id}"), Permission::DuplicateReview},
        {"POST", QStringLiteral("/api/v1/duplicates/{id}/claim"), Permission::DuplicateReview},
        {"POST", QStringLiteral("/api/v1/duplicates/{id}/not-duplicate"), Permission::DuplicateReview},
        // IIS user accounts
        {"GET", QStringLiteral("/api/v1/iis-users"), Permission::DeskRead},
        {"POST", QStringLiteral("/api/v1/iis-users"), Permission::DeskWrite},
        {"POST", QStringLiteral("/api/v1/iis-users/bulk"), Permission::AccountsBulk},
        {"POST", QStringLiteral("/api/v1/iis-users/sweep"), Permission::AccountsSweep},
        {"GET", QStringLiteral("/api/v1/iis-users/{id}"), Permission::DeskRead},
        {"PATCH", QStringLiteral("/api/v1/iis-users/{id}"), Permission::DeskWrite},
        {"POST", QStringLiteral("/api/v1/iis-users/{id}/credential"), Permission::DeskWrite},
        // Ticket links
        {"POST", QStringLiteral("/api/v1/tickets/{id}/links"), Permission::DeskWrite},
        {"DELETE", QStringLiteral("/api/v1/tickets/{id}/links/{kind}/{target}"), Permission::DeskWrite},
        {"POST", QStringLiteral("/api/v1/tickets/{id}/merge"), Permission::DeskWrite},
        // Patient merge
        {"POST", QStringLiteral("/api/v1/patients/{id}/merge"), Permission::PatientMerge},
        {"GET", QStringLiteral("/api/v1/patients/{id}/merges"), Permission::PatientRead},
        {"GET", QStringLiteral("/api/v1/merges/{id}"), Permission::PatientRead},
        {"POST", QStringLiteral("/api/v1/merges/{id}/unmerge"), Permission::PatientMerge},
        // API metadata
        {"GET", QStringLiteral("/api/v1/meta"), Permission::Public},
        // Organizations and facilities
        {"GET", QStringLiteral("/api/v1/organizations"), Permission::DeskRead},
        {"POST", QStringLiteral("/api/v1/organizations"), Permission::DeskWrite},
        {"GET", QStringLiteral("/api/v1/organizations/{id}"), Permission::DeskRead},
        {"PATCH", QStringLiteral("/api/v1/organizations/{id}"), Permission::DeskWrite},
        {"POST", QStringLiteral("/api/v1/organizations/{id}/facilities"), Permission::DeskWrite},
        {"GET", QStringLiteral("/api/v1/facilities/{id}"), Permission::DeskRead},
        {"PATCH", QStringLiteral("/api/v1/facilities/{id}"), Permission::DeskWrite},
        // Patients
        {"GET", QStringLiteral("/api/v1/patients"), Permission::PatientRead},
        {"POST", QStringLiteral("/api/v1/patients/search"), Permission::PatientRead},
        {"GET", QStringLiteral("/api/v1/patients/{id}"), Permission::PatientRead},
        // Who is viewing a ticket
        {"PUT", QStringLiteral("/api/v1/tickets/{id}/presence"), Permission::DeskRead},
        {"DELETE", QStringLiteral("/api/v1/tickets/{id}/presence"), Permission::DeskRead},
        // SCIM provisioning (RFC 7644)
        {"GET", QStringLiteral("/scim/v2/Users"), Permission::ScimClient},
        {"POST", QStringLiteral("/scim/v2/Users"), Permission::ScimClient},
        {"GET", QStringLiteral("/scim/v2/Users/{id}"), Permission::ScimClient},
        {"PUT", QStringLiteral("/scim/v2/Users/{id}"), Permission::ScimClient},
        {"PATCH", QStringLiteral("/scim/v2/Users/{id}"), Permission::ScimClient},
        {"DELETE", QStringLiteral("/scim/v2/Users/{id}"), Permission::ScimClient},
        {"GET", QStringLiteral("/scim/v2/Groups"), Permission::ScimClient},
        {"GET", QStringLiteral("/scim/v2/Groups/{id}"), Permission::ScimClient},
        {"PATCH", QStringLiteral("/scim/v2/Groups/{id}"), Permission::ScimClient},
        {"GET", QStringLiteral("/scim/v2/ServiceProviderConfig"), Permission::ScimClient},
        {"GET", QStringLiteral("/scim/v2/ResourceTypes"), Permission::ScimClient},
        {"GET", QStringLiteral("/scim/v2/Schemas"), Permission::ScimClient},
        {"GET", QStringLiteral("/scim/v2/Schemas/{id}"), Permission::ScimClient},
        // SCIM client tokens
        {"GET", QStringLiteral("/api/v1/scim-tokens"), Permission::ScimTokens},
        {"POST", QStringLiteral("/api/v1/scim-tokens"), Permission::ScimTokens},
        {"DELETE", QStringLiteral("/api/v1/scim-tokens/{id}"), Permission::ScimTokens},
        // Sessions
        {"POST", QStringLiteral("/api/v1/sessions"), Permission::Public},
        {"DELETE", QStringLiteral("/api/v1/sessions/current"), Permission::OwnAccount},
        {"POST", QStringLiteral("/api/v1/sessions/current/password"), Permission::OwnAccount},
        // Sign-in through the identity provider
        {"GET", QStringLiteral("/api/v1/sessions/oidc"), Permission::Public},
        {"POST", QStringLiteral("/api/v1/sessions/oidc/nonce"), Permission::Public},
        {"POST", QStringLiteral("/api/v1/sessions/oidc"), Permission::Public},
        // Staff
        {"GET", QStringLiteral("/api/v1/me"), Permission::OwnAccount},
        {"GET", QStringLiteral("/api/v1/staff"), Permission::DeskRead},
        // Staff administration
        {"GET", QStringLiteral("/api/v1/staff-accounts"), Permission::StaffAdministration},
        {"POST", QStringLiteral("/api/v1/staff-accounts"), Permission::StaffAdministration},
        {"GET", QStringLiteral("/api/v1/staff-accounts/{id}"), Permission::StaffAdministration},
        {"PATCH", QStringLiteral("/api/v1/staff-accounts/{id}"), Permission::StaffAdministration},
        {"POST", QStringLiteral("/api/v1/staff-accounts/{id}/disable"), Permission::StaffAdministration},
        {"POST", QStringLiteral("/api/v1/staff-accounts/{id}/enable"), Permission::StaffAdministration},
        {"POST", QStringLiteral("/api/v1/staff-accounts/{id}/unlock"), Permission::StaffAdministration},
        {"POST", QStringLiteral("/api/v1/staff-accounts/{id}/reset-password"), Permission::StaffAdministration},
        // Supervision
        {"POST", QStringLiteral("/api/v1/tickets/bulk"), Permission::QueueSupervision},
        {"GET", QStringLiteral("/api/v1/staff/board"), Permission::DeskRead},
        {"PATCH", QStringLiteral("/api/v1/staff/{username}"), Permission::StaffSupervision},
        {"POST", QStringLiteral("/api/v1/assignments/preview"), Permission::QueueSupervision},
        {"POST", QStringLiteral("/api/v1/assignments/apply"), Permission::QueueSupervision},
        // Tickets
        {"GET", QStringLiteral("/api/v1/tickets"), Permission::DeskRead},
        {"POST", QStringLiteral("/api/v1/tickets"), Permission::DeskWrite},
        {"GET", QStringLiteral("/api/v1/tickets/recent"), Permission::DeskRead},
        {"POST", QStringLiteral("/api/v1/tickets/recent"), Permission::DeskRead},
        {"GET", QStringLiteral("/api/v1/tickets/{id}"), Permission::DeskRead},
        {"PATCH", QStringLiteral("/api/v1/tickets/{id}"), Permission::DeskWrite},
        // Ticket timeline
        {"GET", QStringLiteral("/api/v1/tickets/{id}/entries"), Permission::DeskRead},
        {"POST", QStringLiteral("/api/v1/tickets/{id}/entries"), Permission::DeskWrite},
        // Caller verification and release
        {"GET", QStringLiteral("/api/v1/verification/policy"), Permission::DeskRead},
        {"POST", QStringLiteral("/api/v1/tickets/{id}/verifications"), Permission::DeskWrite},
        {"GET", QStringLiteral("/api/v1/tickets/{id}/verifications"), Permission::DeskRead},
        {"POST", QStringLiteral("/api/v1/verifications/{vid}/factors"), Permission::DeskWrite},
        {"POST", QStringLiteral("/api/v1/verifications/{vid}/refer"), Permission::DeskWrite},
        {"GET", QStringLiteral("/api/v1/tickets/{tid}/patients/{pid}/history"), Permission::DeskWrite},
        {"POST", QStringLiteral("/api/v1/tickets/{tid}/patients/{pid}/releases"), Permission::DeskWrite},
        {"GET", QStringLiteral("/api/v1/patients/{pid}/disclosures"), Permission::DisclosureOversight},
        {"GET", QStringLiteral("/api/v1/alerts"), Permission::DisclosureOversight},
        {"POST", QStringLiteral("/api/v1/alerts/{id}/acknowledge"), Permission::DisclosureOversight},
        {"DELETE", QStringLiteral("/api/v1/patients/{pid}/release-lock"), Permission::DisclosureOversight},
        // Account worklists
        {"GET", QStringLiteral("/api/v1/worklists/expiring-agreements"), Permission::DeskRead},
        {"GET", QStringLiteral("/api/v1/worklists/pending-requests"), Permission::DeskRead},
        {"GET", QStringLiteral("/api/v1/worklists/recently-inactivated"), Permission::DeskRead},
    });
    return policy;
}

AccessPolicy::AccessPolicy(QList<Rule> rules)
    : m_rules(std::move(rules))
{
}

AccessPolicy AccessPolicy::with(const QByteArray &method, const QString &pattern, Permission permission) const
{
    AccessPolicy copy(*this);
    copy.m_rules.append(Rule{method.toUpper(), pattern, permission});
    return copy;
}

std::optional<Permission> AccessPolicy::permissionFor(const QByteArray &method, const QString &pattern) const
{
    for (const Rule &rule : m_rules) {
        if (rule.method == method && rule.pattern == pattern)
            return rule.permission;
    }
    return std::nullopt;
}

bool AccessPolicy::needsStaffSession(Permission permission)
{
    return permission != Permission::Public && permission != Permission::ScimClient;
}

bool AccessPolicy::allows(Permission permission, const Principal *p)
{
    if (!needsStaffSession(permission))
        return true;
    return p && p->userId > 0 && Permissions::granted(p->role, permission);
}

} // namespace izdesk::server
