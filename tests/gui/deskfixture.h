#pragma once

#include "settings.h"
#include "testserver.h"

#include "application.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "ticketlistmodel.h"
#include "ticketqueuecontroller.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace izdesk::testing {

// What the application-level widget tests start from: a temporary folder, a test server with
// the demo seed, and client settings whose Training profile points at that server. One per
// test function (setUp in init(), tearDown in cleanup()), so every test signs in afresh.
struct DeskFixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<izdesk::test::TestServer> server;
    std::unique_ptr<Settings> settings;
    // Server options the command line would set (e.g. a data key), applied by setUp.
    std::function<void(izdesk::server::ServerConfig &)> configure;
    // The server's fake clock (UTC); the real one when empty.
    std::function<QDateTime()> clock;

    bool setUp(QString *error)
    {
        dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        izdesk::test::TestServer::Options options;
        options.configure = configure;
        options.clock = clock;
        server = std::make_unique<izdesk::test::TestServer>(options);
        if (!server->start(error))
            return false;
        settings = std::make_unique<Settings>(dir->filePath(QStringLiteral("izdesk.ini")),
                                              dir->filePath(QStringLiteral("data")));
        settings->setValue(Settings::Key::TrainingUrl, server->baseUrl().toString());
        return true;
    }

    // An Application signed in to the Training profile through its login dialog (typed and
    // submitted with Enter); returns once the main window shows the seeded queue.
    std::unique_ptr<Application> signedIn(CredentialStore *credentials, const QString &user, const QString &password)
    {
        auto app = std::make_unique<Application>(settings.get(), credentials);
        app->start();
        LoginDialog *login = app->loginDialog();
        auto *combo = login->findChild<QComboBox *>(QStringLiteral("profileCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("training")));
        // The dialog remembers the last user: type over whatever it shows.
        auto *name = login->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
        name->clear();
        QTest::keyClicks(name, user);
        auto *pass = login->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        pass->clear();
        QTest::keyClicks(pass, password);
        QTest::keyClick(pass, Qt::Key_Return);
        if (!QTest::qWaitFor([&] { return app->mainWindow()->isVisible() && app->queue()->model()->rowCount() > 1; },
                             30000))
            qWarning("sign-in did not show the queue");
        return app;
    }

    void tearDown()
    {
        settings.reset();
        server.reset();
        dir.reset();
    }
};

} // namespace izdesk::testing
