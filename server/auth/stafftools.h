#pragma once

#include <QStringList>

#include <optional>

namespace izdesk::server {

// The izdesk-server "staff" subcommands, the way to administer staff accounts on a server
// that has none yet (production refuses the demo seed):
//   staff add USER --role ROLE [--display-name NAME] [--password-stdin]
//   staff list [--json]
//   staff set-role USER ROLE
//   staff set-display-name USER NAME
//   staff disable USER | staff enable USER | staff unlock USER
//   staff reset-password USER [--password-stdin]
// each with [--database URL], opened and migrated as the other subcommands do. Passwords are
// asked for on the terminal without echo (twice) or read as one line from stdin with
// --password-stdin; never taken from the command line, never printed. Changes are audited as
// "cli:<os user>". Exit 0 done, 1 refused or failed, 2 bad command line. Runs on the main
// thread, blocking.
class StaffTools
{
public:
    // nullopt when the arguments are not a staff command; else the exit code.
    static std::optional<int> run(const QStringList &arguments);

    static QString usage();
};

} // namespace izdesk::server
