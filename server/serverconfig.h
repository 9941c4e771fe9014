#pragma once

#include "accounts/accountspolicy.h"
#include "auth/passwordpolicy.h"
#include "http/ratelimiter.h"
#include "onboarding/onboardingpolicy.h"
#include "storage/databaseconfig.h"

#include "matching/nicknametable.h"
#include "slapolicy.h"
#include "verification/verificationpolicy.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace izdesk::server {

namespace hl7 {
class CheckPolicy;
class CodeTables;
} // namespace hl7

class OidcProvider;
class PublishedCodeTables;

enum class Environment { Production, Training, Uat };

struct TlsIdentity;

// The server's configuration as given on the command line. Value type; read-only after
// start-up, so any thread may read it.
struct ServerConfig
{
    Environment environment = Environment::Training;
    QString databaseUrl;           // "sqlite:PATH" or "postgresql://…"
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 8080;
    // --tls-certificate and --tls-key: HTTPS, TLS 1.2 or later (http/tlsidentity.h); null = plain HTTP.
    std::shared_ptr<const TlsIdentity> tls;
    // --behind-tls-proxy: a TLS-terminating proxy is in front, so every answer carries HSTS.
    bool behindTlsProxy = false;
    // --request-timeout: a request's line and head must arrive within this many seconds of its
    // first byte (its body at no less than 16 KiB/s); also how long a connection may stay idle.
    int requestTimeoutSeconds = 30;
    bool seedDemo = false;
    std::shared_ptr<const SlaPolicy> slaPolicy; // --sla-policy; null = SlaPolicy::builtIn()

    const SlaPolicy &sla() const { return slaPolicy ? *slaPolicy : SlaPolicy::builtIn(); }
    // --verification-policy; null = VerificationPolicy::builtIn()
    std::shared_ptr<const VerificationPolicy> verificationPolicy;
    const VerificationPolicy &verification() const
    {
        return verificationPolicy ? *verificationPolicy : VerificationPolicy::builtIn();
    }
    std::shared_ptr<const AccountsPolicy> accountsPolicy; // --accounts-policy; null = defaults
    const AccountsPolicy &accounts() const { return accountsPolicy ? *accountsPolicy : AccountsPolicy::defaults(); }
    std::shared_ptr<const OnboardingPolicy> onboardingPolicy; // --onboarding-policy; null = OnboardingPolicy::builtIn()
    const OnboardingPolicy &onboarding() const
    {
        return onboardingPolicy ? *onboardingPolicy : OnboardingPolicy::builtIn();
    }
    // --nicknames FILE: the built-in nickname pairs plus a jurisdiction's CSV; null = built in.
    std::shared_ptr<const matching::NicknameTable> nicknames;
    const matching::NicknameTable &nicknameTable() const
    {
        return nicknames ? *nicknames : matching::NicknameTable::builtIn();
    }

    // --password-policy; null = PasswordPolicy::defaults()
    std::shared_ptr<const PasswordPolicy> passwordPolicy;
    const PasswordPolicy &passwords() const { return passwordPolicy ? *passwordPolicy : PasswordPolicy::defaults(); }
    // --rate-limits; null = RateLimitPolicy::defaults()
    std::shared_ptr<const RateLimitPolicy> rateLimitPolicy;
    const RateLimitPolicy &rateLimits() const
    {
        return rateLimitPolicy ? *rateLimitPolicy : RateLimitPolicy::defaults();
    }

    // --hl7-policy FILE: the policy of the HL7 checks (hl7/checkpolicy.h); ServerApp::initialize()
    // sets CheckPolicy::builtIn() when none was given.
    std::shared_ptr<const hl7::CheckPolicy> hl7Policy;
    // The code tables the HL7 checks judge values against: the published code sets and the
    // built-in value sets, loaded by the first ServerApp::listen() and replaced when a code set
    // release is published (codesets/publishedcodetables.h); thread-safe.
    std::shared_ptr<PublishedCodeTables> hl7Tables;
    // --data-key FILE: the 32-byte key that seals PHI the server stores (PhiCipher; HL7
    // submissions). Empty when none: ServerApp::initialize() then creates one beside a SQLite
    // database outside production (dataKeyFile names it); otherwise the routes that store
    // PHI refuse (dataKeyRefusal()).
    QByteArray dataKey;
    QString dataKeyFile;
    // Why PHI cannot be stored: no data key. Empty when it can.
    QString dataKeyRefusal() const;

    // --oidc-issuer and the other --oidc-* options: sign-in through the state's identity
    // provider (oidc/oidcprovider.h; thread-safe, shared by every copy); null = none.
    std::shared_ptr<OidcProvider> oidc;

    // Whether the listen address reaches beyond this computer (not 127.0.0.0/8, ::1, localhost).
    bool listensBeyondLoopback() const;
    // Why this configuration may not serve: a production server on an address beyond loopback
    // without TLS and without a TLS-terminating proxy in front. Empty when it may.
    QString transportRefusal() const;
    QString environmentName() const; // "production", "training", "uat"
    static std::optional<Environment> parseEnvironment(const QString &name);
};

} // namespace izdesk::server

namespace izdesk::server {

// Outcome of parsing the izdesk-server command line (docs/architecture/contracts.md).
struct CommandLine
{
    enum class Action { Run, Help, Version, Error };
    Action action = Action::Run;
    ServerConfig config;
    QString message; // help text, version line, or the error naming the option

    static CommandLine parse(const QStringList &arguments);
    static QString defaultDatabaseUrl(); // sqlite:<AppDataLocation>/izdesk-server.sqlite
};

} // namespace izdesk::server
