// izdesk-server: the IZ Desk reference backend. All logic lives in ServerApp.
#include "serverapp.h"

#include "izdeskversion.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("IZDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("izdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IZDESK_VERSION));
    return izdesk::server::ServerApp::runCommandLine(QCoreApplication::arguments());
}
