#include "sessioncontroller.h"

#include "apiclient.h"
#include "oidcsignin.h"
#include "httptransport.h"
#include "logcategories.h"
#include "outbox.h"
#include "sandboxlauncher.h"
#include "settings.h"
#include "ticketcache.h"

#include <QJsonObject>

#include <utility>

namespace izdesk {

namespace {
constexpr int kProbeMaxDelayMs = 30000;
const QString kSandboxUser = QStringLiteral("trainer");
const QString kSandboxPassword = QStringLiteral("izdesk-trainer");
} // namespace

SessionController::SessionController(Settings *settings, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_transport(new HttpTransport(this))
    , m_api(new ApiClient(m_transport, this))
    , m_cache(new TicketCache(settings->cacheDirectory(), credentials, this))
    , m_outbox(new Outbox(this, this))
    , m_sandbox(new SandboxLauncher(this))
{
    qRegisterMetaType<izdesk::StaffUser>();
    qRegisterMetaType<izdesk::EnvironmentProfile>();
    HttpSettings http;
    http.connectTimeoutMs = settings->value(Settings::Key::HttpConnectTimeoutMs).toInt();
    http.timeoutMs = settings->value(Settings::Key::HttpTimeoutMs).toInt();
    m_transport->setSettings(http);
    m_sandbox->setDataDirectory(settings->sandboxDirectory());

    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, &SessionController::probe);
    connect(m_api, &ApiClient::reachabilityChanged, this, &SessionController::onReachabilityChanged);
    connect(m_api, &ApiClient::replied, this, &SessionController::onReplied);
    connect(m_sandbox, &SandboxLauncher::started, this, [this](const QUrl &url) {
        if (!m_signingIn || m_pendingUsername != kSandboxUser)
            return;
        auto profile = profileById(QStringLiteral("sandbox"));
        profile->baseUrl = url;
        Q_EMIT signInProgress(tr("Signing in to the local sandbox…"));
        startSignIn(*profile, kSandboxUser, kSandboxPassword);
    });
    connect(m_sandbox, &SandboxLauncher::failed, this, [this](const QString &message) {
        if (!m_signingIn)
            return;
        m_signingIn = false;
        Q_EMIT signInFailed(message);
    });
}

SessionController::~SessionController() = default;

QList<EnvironmentProfile> SessionController::profiles() const
{
    QList<EnvironmentProfile> list = m_settings->profiles();
    for (EnvironmentProfile &p : list) {
        if (p.kind == EnvironmentProfile::Sandbox)
            p.baseUrl = m_sandbox->url();
    }
    return list;
}

std::optional<EnvironmentProfile> SessionController::profileById(const QString &id) const
{
    for (const EnvironmentProfile &p : profiles()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

void SessionController::signIn(const QString &profileId, const QString &username, const QString &password)
{
    const auto profile = profileById(profileId);
    if (!profile) {
        Q_EMIT signInFailed(tr("Unknown environment \"%1\".").arg(profileId));
        return;
    }
    if (profile->kind == EnvironmentProfile::Sandbox && !profile->baseUrl.isValid()) {
        if (username == kSandboxUser && password == kSandboxPassword) {
            signInToSandbox();
            return;
        }
        Q_EMIT signInFailed(tr("The local sandbox is not running. Start it with \"Sign in to the sandbox\"."));
        return;
    }
    if (!profile->baseUrl.isValid()) {
        Q_EMIT signInFailed(tr("The %1 environment is not configured: no server address is set.").arg(profile->name));
        return;
    }
    if (username.trimmed().isEmpty() || password.isEmpty()) {
        Q_EMIT signInFailed(tr("Enter a user name and a password."));
        return;
    }
    if (isSignedIn())
        signOut();
    m_signingIn = true;
    Q_EMIT signInStarted();
    startSignIn(*profile, username.trimmed(), password);
}

void SessionController::signInToSandbox()
{
    if (isSignedIn())
        signOut();
    m_signingIn = true;
    m_pendingUsername = kSandboxUser;
    Q_EMIT signInStarted();
    Q_EMIT signInProgress(tr("Starting the local sandbox…"));
    m_sandbox->start();
}

void SessionController::startSignIn(const EnvironmentProfile &profile, const QString &username, const QString &password)
{
    const quint64 generation = ++m_generation;
    m_profile = profile;
    m_pendingUsername = username;
    m_api->setBaseUrl(profile.baseUrl);
    m_api->setCaFile(profile.caFile);
    m_api->setToken({});
    Q_EMIT signInProgress(tr("Connecting to %1…").arg(profile.baseUrl.toDisplayString()));
    m_loginRequestId = m_api->login(username, password, [this, generation, password](const ApiReply &reply) {
        if (generation == m_generation && m_signingIn)
            onLoginReply(reply, password);
    });
}

void SessionController::onLoginReply(const ApiReply &reply, const QString &password)
{
    // A refused plain-HTTP address is a configuration error, not an outage: no offline sign-in.
    if (reply.http.error == NetworkError::Insecure) {
        m_signingIn = false;
        Q_EMIT signInFailed(reply.errorMessage());
        return;
    }
    if (reply.isNetworkError()) {
        m_reauthPassword = password;
        tryOfflineSignIn(reply.errorMessage());
        return;
    }
    if (!reply.ok()) {
        m_signingIn = false;
        qCInfo(lcSession) << "sign-in refused with HTTP" << reply.status();
        Q_EMIT signInFailed(reply.errorMessage());
        return;
    }
    const QJsonObject body = reply.object();
    const StaffUser me = StaffUser::fromJson(body.value(QStringLiteral("user")).toObject());
    const QByteArray token = body.value(QStringLiteral("token")).toString().toUtf8();
    if (!me.isValid() || token.isEmpty()) {
        m_signingIn = false;
        Q_EMIT signInFailed(tr("The server sent an unexpected answer to the sign-in."));
        return;
    }
    m_api->setToken(token);
    if (body.value(QStringLiteral("password_change_required")).toBool()) {
        qCInfo(lcSession) << "sign-in waits for a new password";
        m_passwordChangePending = true;
        m_pendingUser = me;
        m_pendingPassword = password;
        Q_EMIT signInProgress(tr("Choose a new password to continue."));
        Q_EMIT passwordChangeRequired(me);
        return;
    }
    openDesk(me, password);
}

void SessionController::openDesk(const StaffUser &me, const QString &password)
{
    const quint64 generation = m_generation;
    Q_EMIT signInProgress(tr("Opening the local cache…"));
    m_cache->open(m_profile.id, me.username, [this, generation, me, password](bool) {
        if (generation != m_generation)
            return;
        // An identity provider's sign-in has no password: no offline sign-in for it.
        if (!password.isEmpty())
            m_cache->storeVerifier(me, password);
        finishSignIn(me, false);
    });
}

void SessionController::changePassword(const QString &currentPassword, const QString &newPassword)
{
    if (!m_passwordChangePending && !isSignedIn()) {
        Q_EMIT passwordChangeFailed(tr("Sign in first."), {});
        return;
    }
    if (!m_passwordChangePending && (!m_online || m_api->token().isEmpty())) {
        Q_EMIT passwordChangeFailed(tr("Changing your password needs the server, which cannot be reached now."), {});
        return;
    }
    const QString current = m_passwordChangePending && currentPassword.isEmpty() ? m_pendingPassword : currentPassword;
    const QJsonObject body{{QStringLiteral("current_password"), current}, {QStringLiteral("new_password"), newPassword}};
    const quint64 generation = m_generation;
    m_api->send("POST", QStringLiteral("/sessions/current/password"), {}, &body, {},
                [this, generation, newPassword](const ApiReply &reply) {
                    if (generation != m_generation)
                        return;
                    if (!reply.ok()) {
                        Q_EMIT passwordChangeFailed(reply.errorMessage(), reply.fieldErrors());
                        return;
                    }
                    qCInfo(lcSession) << "password changed";
                    Q_EMIT passwordChanged();
                    if (m_passwordChangePending) {
                        m_passwordChangePending = false;
                        m_pendingPassword.clear();
                        openDesk(std::exchange(m_pendingUser, StaffUser()), newPassword);
                    } else {
                        m_cache->storeVerifier(m_user, newPassword); // the offline sign-in follows
                    }
                });
}

void SessionController::cancelPasswordChange()
{
    if (!m_passwordChangePending)
        return;
    signOut(); // ends the server session; nothing had opened, so no signedOut
    Q_EMIT signInFailed(tr("Not signed in: the desk opens once you have chosen a new password."));
}

void SessionController::onReplied(const ApiReply &reply)
{
    // Only an answer to a request made with the current token says that token is gone.
    if (reply.status() != 401 || !isSignedIn() || m_api->token().isEmpty() || reply.http.id <= m_loginRequestId)
        return;
    qCInfo(lcSession) << "the server ended the session";
    m_api->setToken({}); // no logout call for a session the server has already ended
    signOut();
    Q_EMIT sessionEnded(tr("Your session has ended: you were signed out elsewhere, the session timed out, or an "
                           "administrator disabled your account or reset its password. Sign in again."));
}

void SessionController::tryOfflineSignIn(const QString &networkMessage)
{
    const quint64 generation = m_generation;
    const QString password = m_reauthPassword;
    Q_EMIT signInProgress(tr("The server cannot be reached; trying the offline sign-in…"));
    m_cache->open(m_profile.id, m_pendingUsername, [this, generation, password, networkMessage](bool opened) {
        if (generation != m_generation)
            return;
        if (!opened) {
            m_signingIn = false;
            m_reauthPassword.clear();
            Q_EMIT signInFailed(networkMessage);
            return;
        }
        m_cache->verifyPassword(password, [this, generation, networkMessage](const std::optional<StaffUser> &user) {
            if (generation != m_generation)
                return;
            if (!user || user->username.compare(m_pendingUsername, Qt::CaseInsensitive) != 0) {
                m_signingIn = false;
                m_reauthPassword.clear();
                m_cache->close();
                Q_EMIT signInFailed(networkMessage + QLatin1Char('\n')
                                    + tr("Offline sign-in failed: the user name or password is wrong, or this "
                                         "user has not signed in to this environment on this computer before."));
                return;
            }
            finishSignIn(*user, true);
        });
    });
}

void SessionController::finishSignIn(const StaffUser &me, bool offline)
{
    m_signingIn = false;
    m_user = me;
    m_settings->setValue(Settings::Key::LastProfile, m_profile.id);
    m_settings->setValue(Settings::Key::LastUsername, me.username);
    if (!offline)
        m_reauthPassword.clear();
    m_online = !offline;
    m_probeAttempt = 0;
    qCInfo(lcSession) << "signed in to" << m_profile.id << (offline ? "offline" : "online");
    Q_EMIT signedIn(me, m_profile, offline);
    Q_EMIT connectivityChanged(m_online);
    if (offline)
        m_probeTimer.start(1000);
}

void SessionController::signOut()
{
    ++m_generation;
    m_signingIn = false;
    m_probeTimer.stop();
    m_reauthPassword.clear();
    m_passwordChangePending = false;
    m_pendingPassword.clear();
    m_pendingUser = {};
    if (m_oidc)
        m_oidc->cancel();
    // The sandbox child stops once the server has ended the session (or at once if offline).
    const bool sandbox = m_profile.kind == EnvironmentProfile::Sandbox;
    if (!m_api->token().isEmpty() && m_online) {
        m_api->logout([this, sandbox](const ApiReply &) {
            if (sandbox && !m_signingIn && !isSignedIn())
                m_sandbox->stop();
        });
    } else if (sandbox) {
        m_sandbox->stop();
    }
    m_api->setToken({});
    m_cache->purgePhi();
    const bool wasSignedIn = isSignedIn();
    m_user = {};
    m_online = true;
    if (wasSignedIn)
        Q_EMIT signedOut();
}

void SessionController::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    qCInfo(lcSession) << (online ? "server reachable again" : "server unreachable");
    Q_EMIT connectivityChanged(online);
}

void SessionController::onReachabilityChanged(bool reachable)
{
    if (!isSignedIn())
        return;
    if (!reachable) {
        setOnline(false);
        m_probeAttempt = 0;
        m_probeTimer.start(1000);
        return;
    }
    m_probeTimer.stop();
    if (!m_api->token().isEmpty()) {
        setOnline(true);
        return;
    }
    // Signed in offline: sign in to the server with the password kept in memory for this.
    const quint64 generation = m_generation;
    m_loginRequestId = m_api->login(m_user.username, m_reauthPassword, [this, generation](const ApiReply &reply) {
        if (generation != m_generation)
            return;
        if (reply.ok() && reply.object().value(QStringLiteral("password_change_required")).toBool()) {
            // The password was reset or expired meanwhile: the new one is chosen at a sign-in.
            m_reauthPassword.clear();
            m_api->setToken(reply.object().value(QStringLiteral("token")).toString().toUtf8());
            signOut();
            Q_EMIT signInFailed(tr("Sign in again: a new password must be chosen before the desk opens."));
        } else if (reply.ok()) {
            m_api->setToken(reply.object().value(QStringLiteral("token")).toString().toUtf8());
            m_reauthPassword.clear();
            setOnline(true);
        } else if (!reply.isNetworkError()) {
            m_reauthPassword.clear();
            Q_EMIT signInFailed(reply.errorMessage());
            signOut();
        }
    });
}

void SessionController::probe()
{
    if (!isSignedIn() || (m_online && !m_api->token().isEmpty()))
        return;
    const quint64 generation = m_generation;
    m_api->meta([this, generation](const ApiReply &reply) {
        if (generation != m_generation || !reply.isNetworkError())
            return; // reachabilityChanged(true) already handled the recovery
        const int delay = std::min(kProbeMaxDelayMs, 1000 * (1 << std::min(++m_probeAttempt, 5)));
        m_probeTimer.start(delay);
    });
}

} // namespace izdesk
