#include "permissions.h"

#include <QHash>

namespace izdesk {

namespace {

const QString kSpecialist = QStringLiteral("specialist");
const QString kSupervisor = QStringLiteral("supervisor");
const QString kTrainer = QStringLiteral("trainer");
const QString kAdmin = QStringLiteral("admin");

// Who holds what. A trainer demonstrates every desk workflow except the two that change
// patient identity (duplicate review and merge), which only the people accountable for the
// registry's data quality do; an administrator runs the system and its accounts but does not
// review or merge patients either.
const QHash<Permission, QStringList> &roleTable()
{
    static const QHash<Permission, QStringList> table{
        {Permission::Public, {}},
        {Permission::ScimClient, {}},
        {Permission::OwnAccount, {kSpecialist, kSupervisor, kTrainer, kAdmin}},
        {Permission::DeskRead, {kSpecialist, kSupervisor, kTrainer, kAdmin}},
        {Permission::DeskWrite, {kSpecialist, kSupervisor, kTrainer, kAdmin}},
        {Permission::PatientRead, {kSpecialist, kSupervisor, kTrainer, kAdmin}},
        {Permission::DuplicateReview, {kSpecialist, kSupervisor}},
        {Permission::PatientMerge, {kSpecialist, kSupervisor}},
        {Permission::MergeOverVeto, {kSupervisor}},
        {Permission::QueueSupervision, {kSupervisor, kTrainer, kAdmin}},
        {Permission::StaffSupervision, {kSupervisor, kAdmin}},
        {Permission::CannedResponses, {kSupervisor, kAdmin}},
        {Permission::DisclosureOversight, {kSupervisor, kAdmin}},
        {Permission::AccountsBulk, {kSupervisor, kTrainer, kAdmin}},
        {Permission::AccountsSweep, {kAdmin}},
        {Permission::ScimTokens, {kAdmin}},
        {Permission::StaffAdministration, {kAdmin}},
        {Permission::Hl7Check, {kSpecialist, kSupervisor, kTrainer, kAdmin}},
        {Permission::OnboardingWork, {kSpecialist, kSupervisor, kTrainer, kAdmin}},
        {Permission::OnboardingManage, {kSupervisor, kTrainer, kAdmin}},
        {Permission::CodesetReleases, {kSupervisor, kAdmin}},
    };
    return table;
}

} // namespace

const QList<Permissions::Entry> &Permissions::all()
{
    static const QList<Entry> entries{
        {Permission::Public, "public", "No sign-in: API metadata and signing in"},
        {Permission::ScimClient, "scim_client", "A SCIM provisioning client's token (no staff session)"},
        {Permission::OwnAccount, "own_account",
         "One's own session: who am I, sign out, change one's password (also while a change is due)"},
        {Permission::DeskRead, "desk_read",
         "Read the queue, tickets, organizations, IIS users, agreements, code sets and policies"},
        {Permission::DeskWrite, "desk_write",
         "Create and change tickets, timeline, attachments, links, verifications, IIS users"},
        {Permission::PatientRead, "patient_read", "Search and read patient records and merge history"},
        {Permission::DuplicateReview, "duplicate_review", "Work the duplicate worklist"},
        {Permission::PatientMerge, "patient_merge", "Merge two patient records and undo a merge"},
        {Permission::MergeOverVeto, "merge_over_veto", "Merge a pair that carries a hard veto"},
        {Permission::QueueSupervision, "queue_supervision",
         "Bulk ticket changes, assignment, reopening closed tickets"},
        {Permission::StaffSupervision, "staff_supervision", "Set a staff member's shift and skills"},
        {Permission::CannedResponses, "canned_responses", "Maintain canned responses"},
        {Permission::DisclosureOversight, "disclosure_oversight",
         "Disclosure log, verification alerts, lifting a phone-release lock"},
        {Permission::AccountsBulk, "accounts_bulk", "Bulk IIS user changes from a file"},
        {Permission::AccountsSweep, "accounts_sweep", "Run the inactive IIS account sweep"},
        {Permission::ScimTokens, "scim_tokens", "Issue and revoke SCIM client tokens"},
        {Permission::StaffAdministration, "staff_administration",
         "Create staff accounts, change roles, disable, unlock, reset passwords"},
        {Permission::Hl7Check, "hl7_check", "Check HL7 messages (nothing is stored)"},
        {Permission::OnboardingWork, "onboarding_work",
         "Register organizations for onboarding, edit projects, record steps, attach test submissions"},
        {Permission::OnboardingManage, "onboarding_manage",
         "Invite from the onboarding queue, pass stage gates, reschedule, move back, issue letters"},
        {Permission::CodesetReleases, "codeset_releases", "Stage, approve and publish code set releases"},
    };
    return entries;
}

QString Permissions::key(Permission permission)
{
    for (const Entry &e : all()) {
        if (e.permission == permission)
            return QString::fromLatin1(e.key);
    }
    return {};
}

QString Permissions::description(Permission permission)
{
    for (const Entry &e : all()) {
        if (e.permission == permission)
            return QString::fromLatin1(e.description);
    }
    return {};
}

std::optional<Permission> Permissions::fromKey(const QString &key)
{
    for (const Entry &e : all()) {
        if (key == QLatin1String(e.key))
            return e.permission;
    }
    return std::nullopt;
}

QStringList Permissions::roles(Permission permission)
{
    return roleTable().value(permission);
}

bool Permissions::granted(const QString &role, Permission permission)
{
    return !role.isEmpty() && roleTable().value(permission).contains(role);
}

QStringList Permissions::keysFor(const QString &role)
{
    QStringList keys;
    for (const Entry &e : all()) {
        if (granted(role, e.permission))
            keys << QString::fromLatin1(e.key);
    }
    return keys;
}

} // namespace izdesk
