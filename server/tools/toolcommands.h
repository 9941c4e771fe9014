#pragma once

#include <QStringList>

#include <optional>

namespace izdesk::server {

// The izdesk-server tool subcommands (everything but "run the server"):
//   generate --patients N --seed S --out DIR
//   import --patients FILE [--immunizations FILE] [--database URL]
//   codesets import DIR [--database URL]
//   duplicates scan [--database URL]   (progress lines on stderr)
//   routes [--markdown]                (every route with its permission; the access matrix)
//   hl7 check FILE… / hl7 generate …   (HL7 v2 VXU checking and test messages: hl7/hl7tool.h)
// Runs on the main thread, blocking; prints progress to stdout and errors to stderr
// (counts and line numbers only, never patient values).
class ToolCommands
{
public:
    // nullopt when arguments name no subcommand (the server then runs); else the exit code.
    static std::optional<int> run(const QStringList &arguments);

private:
    static int generate(const QStringList &args);
    static int importPatients(const QStringList &args);
    static int importCodesets(const QStringList &args);
    static int stageCodesets(const QStringList &args);
    static int scanDuplicates(const QStringList &args);
    static int listRoutes(const QStringList &args);
};

} // namespace izdesk::server
