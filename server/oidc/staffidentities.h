#pragma once

#include "auth/passwordpolicy.h"
#include "oidc/idtoken.h"
#include "oidc/oidcsettings.h"
#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace izdesk::server {

// Which staff account an identity provider's verified user signs in as (the rules a security
// reviewer checks; docs/architecture/contracts.md "Sign-in through the identity provider"):
//
// - An account is bound to one identity (issuer + "sub") at its first sign-in through the
//   provider; from then on the binding decides, never the username claim. A username claim
//   naming an account already bound to another identity is refused (identity-mismatch): a
//   renamed or re-created identity provider user cannot take over someone's account.
// - The first sign-in matches an existing account by the username claim (compared without
//   regard to case). An unknown user is refused (no-account), or, with
//   --oidc-accounts provision, gets a new account with the mapped role.
// - A disabled IZ Desk account stays blocked whatever the provider says (account-disabled).
// - The role comes from the role claim at every sign-in: a change in the provider applies at
//   the next sign-in (audited staff.role_change, actor "oidc:<issuer host>"); no mapped role,
//   or several, is refused. The last active admin keeps the role (refused as role-conflict
//   until another admin exists), as for every role change.
// - The display name follows the "name" claim.
// - A bound account signs in only through the provider while it is configured (password
//   sign-ins answer 403 use-identity-provider), so the provider's MFA and offboarding
//   cannot be bypassed with an old IZ Desk password.
//
// Runs on the caller's connection inside the caller's open write transaction; every change is
// audited there. One thread, with that thread's connection.
class StaffIdentities
{
public:
    struct Resolution
    {
        enum class Status { Ok, Refused, Internal };
        Status status = Status::Internal;
        QString reason;  // Refused: "no-account", "account-disabled", "identity-mismatch",
                         // "no-role", "ambiguous-role", "role-conflict", "no-username", "invalid-account"
        QString message; // Refused: a sentence for the person signing in
        qint64 userId = 0;
        QString username, displayName, role;
        bool linked = false;      // bound to the identity by this sign-in
        bool provisioned = false; // created by this sign-in

        bool ok() const { return status == Status::Ok; }
    };

    // passwords: the policy a provisioned account's (unknown, never used) password must pass.
    static Resolution resolve(QSqlDatabase db, Dialect dialect, const OidcSettings &settings,
                              const PasswordPolicy &passwords, const oidc::VerifiedIdToken &token,
                              const QDateTime &now, const QString &peer);

    // Whether the account is bound to an identity of `issuer` (*ok false on a database error).
    static bool isBound(QSqlDatabase db, qint64 userId, const QString &issuer, bool *ok);
};

} // namespace izdesk::server
