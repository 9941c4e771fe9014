#pragma once

#include "environmentprofile.h"
#include "staffuser.h"

#include <ticket.h>

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace izdesk {

class ApiClient;
class BrowserLauncher;
class OidcSignIn;
class CredentialStore;
class HttpTransport;
class Outbox;
class SandboxLauncher;
class Settings;
class TicketCache;
struct ApiReply;

// Signs a user in to one environment profile (online, or offline against the cached Argon2id
// verifier when the server is unreachable), keeps the session token in memory only, watches
// connectivity (probing with backoff while offline) and signs out (server logout + purge of
// cached PHI). Owns the HTTP transport, the API client, the local cache and the sandbox
// launcher for the session. GUI-thread object: every call returns at once, results arrive
// by signal.
//
// Composition (app/): Settings settings; KeychainCredentialStore keychain;
//   SessionController session(&settings, &keychain); TicketQueueController queue(&session);
class SessionController : public QObject
{
    Q_OBJECT

public:
    // settings and credentials must outlive the controller.
    SessionController(Settings *settings, CredentialStore *credentials, QObject *parent = nullptr);
    ~SessionController() override;

    QList<EnvironmentProfile> profiles() const;
    void signIn(const QString &profileId, const QString &username, const QString &password);
    void signInToSandbox(); // starts the izdesk-server child, then signs in as the demo trainer
    void signOut();         // server logout (best effort) + purge of cached PHI

    // The signed-in user's own password (POST /sessions/current/password). While a sign-in
    // waits for a new password (passwordChangeRequired), currentPassword may be empty: the
    // password just typed to sign in is the current one. The user's other sessions end.
    void changePassword(const QString &currentPassword, const QString &newPassword);
    // Leaves a sign-in that waits for a new password: its server session ends, the desk stays
    // closed (signInFailed says so).
    void cancelPasswordChange();
    bool isPasswordChangePending() const { return m_passwordChangePending; }

    // Sign-in through the environment's identity provider (OpenID Connect in the system
    // browser, services/oidcsignin.h). discoverIdentityProvider asks the profile's server
    // whether it offers one; identityProviderChanged answers (an empty name: none).
    void discoverIdentityProvider(const QString &profileId);
    void signInWithIdentityProvider(const QString &profileId);
    // Abandons the sign-in in progress; signInFailed says so.
    void cancelSignIn();
    // Not owned; null = the system browser (tests play the browser with their own).
    void setBrowserLauncher(BrowserLauncher *launcher);
    OidcSignIn *identityProviderSignIn(); // the flow object (created on first use)

    bool isSignedIn() const { return m_user.isValid(); }
    bool isOnline() const { return m_online; }
    StaffUser currentUser() const { return m_user; }
    EnvironmentProfile currentProfile() const { return m_profile; }

    // Services used by the other controllers (owned here).
    ApiClient *api() const { return m_api; }
    TicketCache *cache() const { return m_cache; }
    Outbox *outbox() const { return m_outbox; } // durable writes of the signed-in user
    SandboxLauncher *sandboxLauncher() const { return m_sandbox; }
    Settings *settings() const { return m_settings; }

Q_SIGNALS:
    void signInStarted();
    void signInProgress(const QString &message);
    void signedIn(const izdesk::StaffUser &me, const izdesk::EnvironmentProfile &profile, bool offline);
    void signInFailed(const QString &message);
    void signedOut();
    void connectivityChanged(bool online);
    // The sign-in worked, but the server wants a new password first (after an administrator
    // set a temporary one, or when it expired): nothing else opens until changePassword()
    // succeeds; then signedIn follows.
    void passwordChangeRequired(const izdesk::StaffUser &me);
    void passwordChanged();
    void passwordChangeFailed(const QString &message, const QList<izdesk::FieldError> &errors);
    // The server no longer accepts this session (signed out elsewhere, timed out, the account
    // disabled or its password reset): the desk has just signed out (signedOut came first).
    void sessionEnded(const QString &message);
    void identityProviderChanged(const QString &profileId, const QString &displayName);

private:
    void startSignIn(const EnvironmentProfile &profile, const QString &username, const QString &password);
    void onLoginReply(const ApiReply &reply, const QString &password);
    void tryOfflineSignIn(const QString &networkMessage);
    void openDesk(const StaffUser &me, const QString &password);
    void finishSignIn(const StaffUser &me, bool offline);
    void onReplied(const ApiReply &reply);
    void onIdToken(const QString &idToken);
    void failSignIn(const QString &message);
    void onReachabilityChanged(bool reachable);
    void probe();
    void setOnline(bool online);
    std::optional<EnvironmentProfile> profileById(const QString &id) const;

    Settings *m_settings;
    CredentialStore *m_credentials;
    HttpTransport *m_transport;
    ApiClient *m_api;
    TicketCache *m_cache;
    Outbox *m_outbox;
    SandboxLauncher *m_sandbox;

    EnvironmentProfile m_profile;
    StaffUser m_user;
    QString m_pendingUsername;
    QString m_reauthPassword; // memory only, while signed in offline, to re-authenticate
    bool m_signingIn = false;
    bool m_online = true;
    int m_probeAttempt = 0;
    QTimer m_probeTimer;
    quint64 m_generation = 0; // invalidates replies of an abandoned sign-in
    quint64 m_loginRequestId = 0; // the sign-in that issued the current token
    bool m_passwordChangePending = false;
    StaffUser m_pendingUser;   // signed in, waiting for the new password
    QString m_pendingPassword; // memory only, the current password while a change is due
    BrowserLauncher *m_browser = nullptr;
    OidcSignIn *m_oidc = nullptr;
    quint64 m_oidcGeneration = 0; // the sign-in the browser flow belongs to
};

} // namespace izdesk
