#pragma once

#include <QStringList>

#include <optional>

namespace izdesk::server {

// The izdesk-server "accounts" subcommands:
//   accounts sweep [--database URL] [--accounts-policy FILE]   run the daily sweep now, list who was inactivated
//   accounts scim-token NAME [--database URL]                  create a SCIM client token, print it once
// Runs on the main thread, blocking; output has usernames and reasons, never credentials
// other than the one new token on stdout.
class AccountTools
{
public:
    // nullopt when the arguments are not an accounts command; else the exit code.
    static std::optional<int> run(const QStringList &arguments);
};

} // namespace izdesk::server
