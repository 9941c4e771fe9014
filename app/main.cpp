// izdesk: the IZ Desk desktop client. Thin on purpose: parse the command line, set up the
// application object, logging and translations, then hand over to the composition root.
#include "application.h"
#include "izdeskversion.h"
#include "keychaincredentialstore.h"
#include "logging.h"
#include "screenshotrunner.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication qapp(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("IZDesk"));
    QApplication::setApplicationName(QStringLiteral("izdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("IZ Desk"));
    QApplication::setApplicationVersion(QStringLiteral(IZDESK_VERSION));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("izdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "IZ Desk — IIS help desk workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QApplication::translate("main", "Open the Local sandbox without the sign-in dialog."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Open the sandbox, render the main window to FILE (PNG) and exit."),
                                        QStringLiteral("FILE"));
    parser.addOption(sandbox);
    parser.addOption(screenshot);
    parser.process(qapp);

    izdesk::Settings settings;
    izdesk::Logging::install(settings.logDirectory());
    izdesk::KeychainCredentialStore credentials;
    izdesk::ApplicationOptions options;
    options.sandbox = parser.isSet(sandbox) || parser.isSet(screenshot);
    izdesk::Application app(&settings, &credentials, options);
    QObject::connect(&app, &izdesk::Application::quitRequested, &qapp, &QApplication::exit);

    std::unique_ptr<izdesk::ScreenshotRunner> runner;
    if (parser.isSet(screenshot)) {
        runner = std::make_unique<izdesk::ScreenshotRunner>(&app, parser.value(screenshot));
        QObject::connect(runner.get(), &izdesk::ScreenshotRunner::finished, &qapp, &QApplication::exit);
    }
    app.start();
    const int code = QApplication::exec();
    izdesk::Logging::flush();
    return code;
}
