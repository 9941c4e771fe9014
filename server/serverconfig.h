#pragma once

#include "storage/databaseconfig.h"

#include "slapolicy.h"

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
