#pragma once

#include "storage/databaseconfig.h"

#include "slapolicy.h"
// ---- verify-server ----
#include "verification/verificationpolicy.h"
// ---- end verify-server ----

// ---- accounts-server ----
#include "accounts/accountspolicy.h"
// ---- end accounts-server ----
// ---- patient-client ----
#include "matching/nicknametable.h"
// ---- end patient-client ----

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace izdesk::server {

enum class Environment { Production, Training, Uat };

// The server's configuration as given on the command line. Value type; read-only after
// start-up, so any thread may read it.
struct ServerConfig
{
    Environment environment = Environment::Training;
    QString databaseUrl;           // "sqlite:PATH" or "postgresql://…"
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 8080;
    bool seedDemo = false;
    std::shared_ptr<const SlaPolicy> slaPolicy; // --sla-policy; null = SlaPolicy::builtIn()

    const SlaPolicy &sla() const { return slaPolicy ? *slaPolicy : SlaPolicy::builtIn(); }
    // ---- verify-server ----
    // --verification-policy; null = VerificationPolicy::builtIn()
    std::shared_ptr<const VerificationPolicy> verificationPolicy;
    const VerificationPolicy &verification() const
    {
        return verificationPolicy ? *verificationPolicy : VerificationPolicy::builtIn();
    }
    // ---- end verify-server ----
    // ---- accounts-server ----
    std::shared_ptr<const AccountsPolicy> accountsPolicy; // --accounts-policy; null = defaults
    const AccountsPolicy &accounts() const { return accountsPolicy ? *accountsPolicy : AccountsPolicy::defaults(); }
    // ---- end accounts-server ----
    // ---- patient-client ----
    // --nicknames FILE: the built-in nickname pairs plus a jurisdiction's CSV; null = built in.
    std::shared_ptr<const matching::NicknameTable> nicknames;
    const matching::NicknameTable &nicknameTable() const
    {
        return nicknames ? *nicknames : matching::NicknameTable::builtIn();
    }
    // ---- end patient-client ----

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
