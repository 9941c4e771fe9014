// SessionController's sign-in through the environment's identity provider; the rest of the
// class is in sessioncontroller.cpp.
#include "sessioncontroller.h"

#include "apiclient.h"
#include "logcategories.h"
#include "oidcsignin.h"
#include "sandboxlauncher.h"

#include <QJsonObject>

namespace izdesk {

void SessionController::setBrowserLauncher(BrowserLauncher *launcher)
{
    m_browser = launcher;
    if (m_oidc)
        m_oidc->setBrowserLauncher(launcher);
}

OidcSignIn *SessionController::identityProviderSignIn()
{
    if (m_oidc)
        return m_oidc;
    m_oidc = new OidcSignIn(this);
    m_oidc->setBrowserLauncher(m_browser);
    connect(m_oidc, &OidcSignIn::exchangingCode, this,
            [this] { Q_EMIT signInProgress(tr("The browser came back; finishing the sign-in…")); });
    connect(m_oidc, &OidcSignIn::succeeded, this, &SessionController::onIdToken);
    connect(m_oidc, &OidcSignIn::failed, this, [this](const QString &message) {
        if (m_signingIn && m_oidcGeneration == m_generation)
            failSignIn(message);
    });
    return m_oidc;
}

void SessionController::failSignIn(const QString &message)
{
    m_signingIn = false;
    Q_EMIT signInFailed(message);
}

void SessionController::discoverIdentityProvider(const QString &profileId)
{
    if (m_signingIn || isSignedIn())
        return; // the API client serves that sign-in now
    const auto profile = profileById(profileId);
    if (!profile || profile->kind == EnvironmentProfile::Sandbox || !profile->baseUrl.isValid()) {
        Q_EMIT identityProviderChanged(profileId, {});
        return;
    }
    m_api->setBaseUrl(profile->baseUrl);
    m_api->setCaFile(profile->caFile);
    m_api->send("GET", QStringLiteral("/sessions/oidc"), {}, nullptr, {}, [this, profileId](const ApiReply &reply) {
        const auto info = reply.ok() ? IdentityProviderInfo::fromJson(reply.object()) : std::nullopt;
        Q_EMIT identityProviderChanged(profileId, info ? info->displayName : QString());
    });
}

void SessionController::signInWithIdentityProvider(const QString &profileId)
{
    const auto profile = profileById(profileId);
    if (!profile || profile->kind == EnvironmentProfile::Sandbox || !profile->baseUrl.isValid()) {
        Q_EMIT signInFailed(tr("This environment offers no sign-in through an identity provider."));
        return;
    }
    if (isSignedIn())
        signOut();
    m_signingIn = true;
    const quint64 generation = ++m_generation;
    m_profile = *profile;
    m_pendingUsername.clear();
    m_api->setBaseUrl(profile->baseUrl);
    m_api->setCaFile(profile->caFile);
    m_api->setToken({});
    Q_EMIT signInStarted();
    Q_EMIT signInProgress(tr("Connecting to %1…").arg(profile->baseUrl.toDisplayString()));
    m_api->send("GET", QStringLiteral("/sessions/oidc"), {}, nullptr, {}, [this, generation](const ApiReply &described) {
        if (generation != m_generation || !m_signingIn)
            return;
        const auto info = described.ok() ? IdentityProviderInfo::fromJson(described.object()) : std::nullopt;
        if (!info) {
            failSignIn(described.ok() ? tr("The server sent an unexpected answer to the sign-in.")
                                      : described.errorMessage());
            return;
        }
        m_api->send("POST", QStringLiteral("/sessions/oidc/nonce"), {}, nullptr, {},
                    [this, generation, info = *info](const ApiReply &issued) {
                        if (generation != m_generation || !m_signingIn)
                            return;
                        const QString nonce = issued.object().value(QStringLiteral("nonce")).toString();
                        if (!issued.ok() || nonce.isEmpty()) {
                            failSignIn(issued.ok() ? tr("The server sent an unexpected answer to the sign-in.")
                                                   : issued.errorMessage());
                            return;
                        }
                        Q_EMIT signInProgress(tr("Continue in your web browser: sign in with %1 there, then come "
                                                 "back to IZ Desk.").arg(info.displayName));
                        m_oidcGeneration = generation;
                        identityProviderSignIn()->start(info, nonce);
                    });
    });
}

void SessionController::onIdToken(const QString &idToken)
{
    if (!m_signingIn || m_oidcGeneration != m_generation)
        return;
    const quint64 generation = m_generation;
    Q_EMIT signInProgress(tr("Checking the sign-in with IZ Desk…"));
    const QJsonObject body{{QStringLiteral("id_token"), idToken}};
    m_loginRequestId = m_api->send("POST", QStringLiteral("/sessions/oidc"), {}, &body, {},
                                   [this, generation](const ApiReply &reply) {
        if (generation != m_generation || !m_signingIn)
            return;
        if (!reply.ok()) {
            qCInfo(lcSession) << "identity provider sign-in refused with HTTP" << reply.status();
            failSignIn(reply.errorMessage());
            return;
        }
        const StaffUser me = StaffUser::fromJson(reply.object().value(QStringLiteral("user")).toObject());
        const QByteArray token = reply.object().value(QStringLiteral("token")).toString().toUtf8();
        if (!me.isValid() || token.isEmpty()) {
            failSignIn(tr("The server sent an unexpected answer to the sign-in."));
            return;
        }
        m_api->setToken(token);
        m_pendingUsername = me.username;
        openDesk(me, QString());
    });
}

void SessionController::cancelSignIn()
{
    if (!m_signingIn)
        return;
    ++m_generation;
    if (m_oidc)
        m_oidc->cancel();
    // A sandbox that was starting for this sign-in stops again (nobody signed in to it).
    if (m_sandbox->isRunning())
        m_sandbox->stop();
    qCInfo(lcSession) << "sign-in cancelled";
    failSignIn(tr("Sign-in cancelled."));
}

} // namespace izdesk
