#pragma once

// One help desk client for services tests: settings in a folder, a session against the test
// server's URL (as the "training" profile), the queue controller, and the feature controllers.
#include "outbox.h"
#include "presencecontroller.h"
#include "sessioncontroller.h"
#include "settings.h"
#include "ticketqueuecontroller.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace izdesk::test {

struct Desk
{
    Desk(const QString &dir, const QUrl &url, CredentialStore *keychain)
        : settings(QDir(dir).filePath(QStringLiteral("izdesk.ini")), dir)
    {
        settings.setValue(Settings::Key::TrainingUrl, url.toString());
        settings.setValue(Settings::Key::HttpConnectTimeoutMs, 2000);
        settings.setValue(Settings::Key::HttpTimeoutMs, 5000);
        session = std::make_unique<SessionController>(&settings, keychain);
        queue = std::make_unique<TicketQueueController>(session.get());
        presence = std::make_unique<PresenceController>(session.get(), queue.get());
    }
    ~Desk()
    {
        presence.reset();
        queue.reset();
        session.reset();
    }

    // Signs in and waits for the first full queue (from the feed or a refresh).
    bool signIn(const QString &user, const QString &password)
    {
        QSignalSpy refreshed(queue.get(), &TicketQueueController::refreshFinished);
        session->signIn(QStringLiteral("training"), user, password);
        return refreshed.wait(20000) || !refreshed.isEmpty();
    }

    Outbox *outbox() const { return session->outbox(); }

    Settings settings;
    std::unique_ptr<SessionController> session;
    std::unique_ptr<TicketQueueController> queue;
    std::unique_ptr<PresenceController> presence;
};

} // namespace izdesk::test
