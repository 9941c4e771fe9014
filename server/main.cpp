// izdesk-server: the IZ Desk reference backend. All logic lives in ServerApp.
#include "serverapp.h"
#include "tools/toolcommands.h"
// ---- accounts-server ----
#include "accounts/accounttools.h"
// ---- end accounts-server ----

#include "izdeskversion.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("IZDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("izdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IZDESK_VERSION));
    // generate / import / codesets import subcommands (issue 5); otherwise run the server.
    if (const auto code = izdesk::server::ToolCommands::run(QCoreApplication::arguments()))
        return *code;
    // ---- accounts-server: accounts sweep / accounts scim-token ----
    if (const auto code = izdesk::server::AccountTools::run(QCoreApplication::arguments()))
        return *code;
    // ---- end accounts-server ----
    return izdesk::server::ServerApp::runCommandLine(QCoreApplication::arguments());
}
