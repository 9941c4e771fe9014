#include "http/accesspolicy.h"

#include "http/httptypes.h"

#include <iterator>
#include <utility>

namespace izdesk::server {

namespace {

// One rule of the API as written in the table below.
struct BuiltInRule
{
    const char *method;
    const char *pattern;
    Permission permission;
};

// The API's rules, grouped by resource: method, path pattern, the permission it needs.
constexpr BuiltInRule kBuiltInRules[] = {
    // Confidentiality agreements
    {"GET", "/api/v1/iis-users/{id}/agreements", Permission::DeskRead},
    {"POST", "/api/v1/iis-users/{id}/agreements", Permission::DeskWrite},
    {"GET", "/api/v1/organizations/{id}/agreements", Permission::DeskRead},
    {"POST", "/api/v1/organizations/{id}/agreements", Permission::DeskWrite},
    {"GET", "/api/v1/agreements/{id}", Permission::DeskRead},
    {"PUT", "/api/v1/agreements/{id}/document", Permission::DeskWrite},
    {"GET", "/api/v1/agreements/{id}/document", Permission::DeskRead},
    // Ticket attachments
    {"POST", "/api/v1/tickets/{id}/attachments", Permission::DeskWrite},
    {"GET", "/api/v1/tickets/{id}/attachments", Permission::DeskRead},
    {"GET", "/api/v1/attachments/{id}", Permission::DeskRead},
    // Canned responses
    {"GET", "/api/v1/canned-responses", Permission::DeskRead},
    {"POST", "/api/v1/canned-responses", Permission::CannedResponses},
    {"PATCH", "/api/v1/canned-responses/{id}", Permission::CannedResponses},
    {"DELETE", "/api/v1/canned-responses/{id}", Permission::CannedResponses},
    // Change feed and SLA policy
    {"GET", "/api/v1/changes", Permission::DeskRead},
    {"GET", "/api/v1/sla-policy", Permission::DeskRead},
    // Code sets
    {"GET", "/api/v1/codesets/cvx", Permission::DeskRead},
    {"GET", "/api/v1/codesets/mvx", Permission::DeskRead},
    // Code set releases (staged by `izdesk-server codesets stage`)
    {"GET", "/api/v1/codeset-releases", Permission::CodesetReleases},
    {"GET", "/api/v1/codeset-releases/{id}", Permission::CodesetReleases},
    {"POST", "/api/v1/codeset-releases/{id}/approve", Permission::CodesetReleases},
    {"POST", "/api/v1/codeset-releases/{id}/publish", Permission::CodesetReleases},
    {"POST", "/api/v1/codeset-releases/{id}/discard", Permission::CodesetReleases},
    // Duplicate worklist
    {"GET", "/api/v1/duplicates", Permission::DuplicateReview},
    {"GET", "/api/v1/duplicates/clusters", Permission::DuplicateReview},
    {"GET", "/api/v1/duplicates/{id}", Permission::DuplicateReview},
    {"POST", "/api/v1/duplicates/{id}/claim", Permission::DuplicateReview},
    {"POST", "/api/v1/duplicates/{id}/not-duplicate", Permission::DuplicateReview},
    // HL7 message checks and onboarding test submissions
    {"POST", "/api/v1/hl7/check", Permission::Hl7Check},
    {"POST", "/api/v1/onboarding/projects/{id}/submissions", Permission::OnboardingWork},
    {"GET", "/api/v1/onboarding/projects/{id}/submissions", Permission::DeskRead},
    {"GET", "/api/v1/onboarding/submissions/{id}", Permission::DeskRead},
    {"GET", "/api/v1/onboarding/submissions/{id}/content", Permission::OnboardingWork},
    // IIS user accounts
    {"GET", "/api/v1/iis-users", Permission::DeskRead},
    {"POST", "/api/v1/iis-users", Permission::DeskWrite},
    {"POST", "/api/v1/iis-users/bulk", Permission::AccountsBulk},
    {"POST", "/api/v1/iis-users/sweep", Permission::AccountsSweep},
    {"GET", "/api/v1/iis-users/{id}", Permission::DeskRead},
    {"PATCH", "/api/v1/iis-users/{id}", Permission::DeskWrite},
    {"POST", "/api/v1/iis-users/{id}/credential", Permission::DeskWrite},
    // Ticket links
    {"POST", "/api/v1/tickets/{id}/links", Permission::DeskWrite},
    {"DELETE", "/api/v1/tickets/{id}/links/{kind}/{target}", Permission::DeskWrite},
    {"POST", "/api/v1/tickets/{id}/merge", Permission::DeskWrite},
    // Patient merge
    {"POST", "/api/v1/patients/{id}/merge", Permission::PatientMerge},
    {"GET", "/api/v1/patients/{id}/merges", Permission::PatientRead},
    {"GET", "/api/v1/merges/{id}", Permission::PatientRead},
    {"POST", "/api/v1/merges/{id}/unmerge", Permission::PatientMerge},
    // API metadata
    {"GET", "/api/v1/meta", Permission::Public},
    // Organizations and facilities
    {"GET", "/api/v1/organizations", Permission::DeskRead},
    {"POST", "/api/v1/organizations", Permission::DeskWrite},
    {"GET", "/api/v1/organizations/{id}", Permission::DeskRead},
    {"PATCH", "/api/v1/organizations/{id}", Permission::DeskWrite},
    {"POST", "/api/v1/organizations/{id}/facilities", Permission::DeskWrite},
    {"GET", "/api/v1/facilities/{id}", Permission::DeskRead},
    {"PATCH", "/api/v1/facilities/{id}", Permission::DeskWrite},
    // Patients
    {"GET", "/api/v1/patients", Permission::PatientRead},
    {"POST", "/api/v1/patients/search", Permission::PatientRead},
    {"GET", "/api/v1/patients/{id}", Permission::PatientRead},
    // Who is viewing a ticket
    {"PUT", "/api/v1/tickets/{id}/presence", Permission::DeskRead},
    {"DELETE", "/api/v1/tickets/{id}/presence", Permission::DeskRead},
    // SCIM provisioning (RFC 7644)
    {"GET", "/scim/v2/Users", Permission::ScimClient},
    {"POST", "/scim/v2/Users", Permission::ScimClient},
    {"GET", "/scim/v2/Users/{id}", Permission::ScimClient},
    {"PUT", "/scim/v2/Users/{id}", Permission::ScimClient},
    {"PATCH", "/scim/v2/Users/{id}", Permission::ScimClient},
    {"DELETE", "/scim/v2/Users/{id}", Permission::ScimClient},
    {"GET", "/scim/v2/Groups", Permission::ScimClient},
    {"GET", "/scim/v2/Groups/{id}", Permission::ScimClient},
    {"PATCH", "/scim/v2/Groups/{id}", Permission::ScimClient},
    {"GET", "/scim/v2/ServiceProviderConfig", Permission::ScimClient},
    {"GET", "/scim/v2/ResourceTypes", Permission::ScimClient},
    {"GET", "/scim/v2/Schemas", Permission::ScimClient},
    {"GET", "/scim/v2/Schemas/{id}", Permission::ScimClient},
    // SCIM client tokens
    {"GET", "/api/v1/scim-tokens", Permission::ScimTokens},
    {"POST", "/api/v1/scim-tokens", Permission::ScimTokens},
    {"DELETE", "/api/v1/scim-tokens/{id}", Permission::ScimTokens},
    // Sessions
    {"POST", "/api/v1/sessions", Permission::Public},
    {"DELETE", "/api/v1/sessions/current", Permission::OwnAccount},
    {"POST", "/api/v1/sessions/current/password", Permission::OwnAccount},
    // Sign-in through the identity provider
    {"GET", "/api/v1/sessions/oidc", Permission::Public},
    {"POST", "/api/v1/sessions/oidc/nonce", Permission::Public},
    {"POST", "/api/v1/sessions/oidc", Permission::Public},
    // Staff
    {"GET", "/api/v1/me", Permission::OwnAccount},
    {"GET", "/api/v1/staff", Permission::DeskRead},
    // Staff administration
    {"GET", "/api/v1/staff-accounts", Permission::StaffAdministration},
    {"POST", "/api/v1/staff-accounts", Permission::StaffAdministration},
    {"GET", "/api/v1/staff-accounts/{id}", Permission::StaffAdministration},
    {"PATCH", "/api/v1/staff-accounts/{id}", Permission::StaffAdministration},
    {"POST", "/api/v1/staff-accounts/{id}/disable", Permission::StaffAdministration},
    {"POST", "/api/v1/staff-accounts/{id}/enable", Permission::StaffAdministration},
    {"POST", "/api/v1/staff-accounts/{id}/unlock", Permission::StaffAdministration},
    {"POST", "/api/v1/staff-accounts/{id}/reset-password", Permission::StaffAdministration},
    // Supervision
    {"POST", "/api/v1/tickets/bulk", Permission::QueueSupervision},
    {"GET", "/api/v1/staff/board", Permission::DeskRead},
    {"PATCH", "/api/v1/staff/{username}", Permission::StaffSupervision},
    {"POST", "/api/v1/assignments/preview", Permission::QueueSupervision},
    {"POST", "/api/v1/assignments/apply", Permission::QueueSupervision},
    // Tickets
    {"GET", "/api/v1/tickets", Permission::DeskRead},
    {"POST", "/api/v1/tickets", Permission::DeskWrite},
    {"GET", "/api/v1/tickets/recent", Permission::DeskRead},
    {"POST", "/api/v1/tickets/recent", Permission::DeskRead},
    {"GET", "/api/v1/tickets/{id}", Permission::DeskRead},
    {"PATCH", "/api/v1/tickets/{id}", Permission::DeskWrite},
    // Ticket timeline
    {"GET", "/api/v1/tickets/{id}/entries", Permission::DeskRead},
    {"POST", "/api/v1/tickets/{id}/entries", Permission::DeskWrite},
    // Caller verification and release
    {"GET", "/api/v1/verification/policy", Permission::DeskRead},
    {"POST", "/api/v1/tickets/{id}/verifications", Permission::DeskWrite},
    {"GET", "/api/v1/tickets/{id}/verifications", Permission::DeskRead},
    {"POST", "/api/v1/verifications/{vid}/factors", Permission::DeskWrite},
    {"POST", "/api/v1/verifications/{vid}/refer", Permission::DeskWrite},
    {"GET", "/api/v1/tickets/{tid}/patients/{pid}/history", Permission::DeskWrite},
    {"POST", "/api/v1/tickets/{tid}/patients/{pid}/releases", Permission::DeskWrite},
    {"GET", "/api/v1/patients/{pid}/disclosures", Permission::DisclosureOversight},
    {"GET", "/api/v1/alerts", Permission::DisclosureOversight},
    {"POST", "/api/v1/alerts/{id}/acknowledge", Permission::DisclosureOversight},
    {"DELETE", "/api/v1/patients/{pid}/release-lock", Permission::DisclosureOversight},
    // Account worklists
    {"GET", "/api/v1/worklists/expiring-agreements", Permission::DeskRead},
    {"GET", "/api/v1/worklists/pending-requests", Permission::DeskRead},
    {"GET", "/api/v1/worklists/recently-inactivated", Permission::DeskRead},
    // Electronic-reporting onboarding: queue, projects, stages, gates, letters
    {"GET", "/api/v1/onboarding/queue", Permission::DeskRead},
    {"POST", "/api/v1/onboarding/queue", Permission::OnboardingWork},
    {"POST", "/api/v1/onboarding/queue/{id}/invite", Permission::OnboardingManage},
    {"POST", "/api/v1/onboarding/queue/{id}/withdraw", Permission::OnboardingManage},
    {"GET", "/api/v1/onboarding/projects", Permission::DeskRead},
    {"GET", "/api/v1/onboarding/projects/{id}", Permission::DeskRead},
    {"PATCH", "/api/v1/onboarding/projects/{id}", Permission::OnboardingWork},
    {"POST", "/api/v1/onboarding/projects/{id}/plan", Permission::OnboardingManage},
    {"POST", "/api/v1/onboarding/projects/{id}/advance", Permission::OnboardingManage},
    {"POST", "/api/v1/onboarding/projects/{id}/records", Permission::OnboardingWork},
    {"POST", "/api/v1/onboarding/projects/{id}/schedule", Permission::OnboardingManage},
    {"POST", "/api/v1/onboarding/projects/{id}/move-back", Permission::OnboardingManage},
    {"POST", "/api/v1/onboarding/projects/{id}/withdraw", Permission::OnboardingManage},
    {"GET", "/api/v1/onboarding/projects/{id}/events", Permission::DeskRead},
    {"POST", "/api/v1/onboarding/projects/{id}/letters", Permission::OnboardingManage},
    {"GET", "/api/v1/onboarding/projects/{id}/letters", Permission::DeskRead},
    {"GET", "/api/v1/organizations/{id}/onboarding", Permission::DeskRead},
};

} // namespace

const AccessPolicy &AccessPolicy::builtIn()
{
    static const AccessPolicy policy = [] {
        QList<Rule> rules;
        rules.reserve(qsizetype(std::size(kBuiltInRules)));
        for (const BuiltInRule &r : kBuiltInRules)
            rules.append(Rule{QByteArray(r.method), QString::fromLatin1(r.pattern), r.permission});
        return AccessPolicy(std::move(rules));
    }();
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
