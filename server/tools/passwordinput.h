#pragma once

#include <QString>

#include <optional>

namespace izdesk::server::tool {

// Reads a new password for a command, never from the command line:
//  - fromStdin (--password-stdin, for scripts): the first line of standard input;
//  - otherwise, when standard input is a terminal: asked for twice on the terminal with echo
//    off (prompts on stderr), and both answers must match;
//  - otherwise it refuses, pointing at --password-stdin.
// nullopt + *error ("the passwords do not match", …) when no password was read; *usage is set
// when the way the command was run is the problem (no terminal). Never logs or prints the
// password.
std::optional<QString> readNewPassword(const QString &username, bool fromStdin, QString *error, bool *usage);

} // namespace izdesk::server::tool
