#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace izdesk::server {

class ServerApp;

// What every izdesk-server subcommand shares: output lines, option parsing and opening the
// database named by --database (or the default), migrated, as the server itself opens it.
namespace tool {

void out(const QString &text); // one line on stdout
void err(const QString &text); // "izdesk-server: TEXT" on stderr

// "--name value" / "--name=value" for the options in `known`, bare "--name" for the flags in
// `flags` (stored with an empty value); the rest are positional. false (after saying why on
// stderr) on an unknown option, a missing value, a value given to a flag, or --help.
bool parseOptions(const QStringList &args, const QStringList &known, QHash<QString, QString> *options,
                  QStringList *positional, const QStringList &flags = {});

// Opens and migrates the database of options["--database"] (default
// CommandLine::defaultDatabaseUrl()), with the policy of options["--password-policy"] when
// given, both read as the server reads them; null after saying why on stderr.
std::unique_ptr<ServerApp> openDatabase(const QHash<QString, QString> &options);

} // namespace tool

} // namespace izdesk::server
