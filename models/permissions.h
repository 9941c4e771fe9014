#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace izdesk {

// What a caller may do, and which staff roles hold each permission: the one table both the
// server (every route is registered against one permission, server/http/accesspolicy.h) and
// the client (which actions it offers) read. Roles are the keys of Catalog::staffRoles().
enum class Permission {
    Public,             // no sign-in: API metadata, signing in
    ScimClient,         // a SCIM provisioning client with its own token, never a staff session
    OwnAccount,         // any signed-in staff member's own session: who am I, sign out, change password
    DeskRead,           // the queue, organizations, IIS users, code sets, policies, worklists
    DeskWrite,          // tickets, timeline, attachments, links, verification, IIS user edits
    PatientRead,        // patient search, patient records, merge history (each read audited)
    DuplicateReview,    // the duplicate worklist: claim, decide "not a duplicate"
    PatientMerge,       // merge two patient records and undo a merge
    MergeOverVeto,      // merge a pair that carries a hard veto (models/matching/hardvetoes.h)
    QueueSupervision,   // bulk ticket changes, assignment, reopening closed tickets
    StaffSupervision,   // a staff member's shift and skills
    CannedResponses,    // maintain the canned responses everyone uses
    DisclosureOversight,// disclosure log, verification alerts, lifting a phone-release lock
    AccountsBulk,       // bulk IIS user changes from a file
    AccountsSweep,      // the inactive IIS account sweep
    ScimTokens,         // issue and revoke SCIM client tokens
    StaffAdministration,// create staff accounts, change roles, disable, unlock, reset passwords
    Hl7Check,           // check HL7 messages without storing them
    OnboardingWork,     // the onboarding queue and projects: register, edit, record, attach test submissions
    OnboardingManage,   // invite from the queue, pass stage gates, reschedule, move back, issue letters
    CodesetReleases,    // stage, approve and publish a code set release
};

class Permissions
{
public:
    struct Entry
    {
        Permission permission;
        const char *key;         // stable name, e.g. "patient_read" (API, docs)
        const char *description; // one line for the published access matrix
    };

    static const QList<Entry> &all();
    static QString key(Permission permission);
    static QString description(Permission permission);
    static std::optional<Permission> fromKey(const QString &key);

    // The staff roles holding a permission; empty for Public and ScimClient, which no staff
    // session satisfies (Public needs none; ScimClient needs a SCIM token).
    static QStringList roles(Permission permission);
    // Whether a signed-in staff member with this role holds the permission.
    static bool granted(const QString &role, Permission permission);
    // Every permission a role holds, as keys (the sign-in answer and /me list them).
    static QStringList keysFor(const QString &role);
};

} // namespace izdesk
