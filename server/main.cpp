// izdesk-server: the IZ Desk reference backend. All logic lives in ServerApp.
#include "accounts/accounttools.h"
#include "auth/stafftools.h"
#include "serverapp.h"
#include "tools/toolcommands.h"

#include "izdeskversion.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("IZDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("izdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IZDESK_VERSION));
    // The subcommands run once and exit (generate, import, codesets, duplicates, routes,
    // accounts, staff); anything else runs the server.
    const QStringList arguments = QCoreApplication::arguments();
    if (const auto code = izdesk::server::ToolCommands::run(arguments))
        return *code;
    if (const auto code = izdesk::server::AccountTools::run(arguments))
        return *code;
    if (const auto code = izdesk::server::StaffTools::run(arguments))
        return *code;
    return izdesk::server::ServerApp::runCommandLine(arguments);
}
