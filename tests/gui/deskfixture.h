#pragma once

#include "settings.h"
#include "testserver.h"

#include <QTemporaryDir>

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

    bool setUp(QString *error)
    {
        dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        server = std::make_unique<izdesk::test::TestServer>();
        if (!server->start(error))
            return false;
        settings = std::make_unique<Settings>(dir->filePath(QStringLiteral("izdesk.ini")),
                                              dir->filePath(QStringLiteral("data")));
        settings->setValue(Settings::Key::TrainingUrl, server->baseUrl().toString());
        return true;
    }

    void tearDown()
    {
        settings.reset();
        server.reset();
        dir.reset();
    }
};

} // namespace izdesk::testing
