// The no-secrets-in-logs rule: a sign-in and a queue load leave neither the password, the
// session token nor any ticket subject in the log file, while the HTTP lines are there.
#include "apiclient.h"
#include "logcategories.h"
#include "logging.h"
#include "memorycredentialstore.h"
#include "sessioncontroller.h"
#include "settings.h"
#include "ticketqueuecontroller.h"

#include <testserver.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace izdesk;

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forwardsCategories()
    {
        QTemporaryDir dir;
        QVERIFY(Logging::install(dir.path()));
        qCWarning(lcCache) << "cache test line";
        Logging::flush();
        QFile f(Logging::logFilePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray log = f.readAll();
        QVERIFY(log.contains("[izdesk.services.cache] cache test line"));
        Logging::uninstall();
    }

    void noSecretsOrPhi()
    {
        izdesk::test::TestServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QTemporaryDir dir;
        Settings settings(QDir(dir.path()).filePath(QStringLiteral("i.ini")), dir.path());
        settings.setValue(Settings::Key::TrainingUrl, server.baseUrl().toString());
        QVERIFY(Logging::install(settings.logDirectory()));
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));

        MemoryCredentialStore keychain;
        SessionController session(&settings, &keychain);
        TicketQueueController queue(&session);
        QSignalSpy refreshed(&queue, &TicketQueueController::refreshFinished);
        session.signIn(QStringLiteral("training"), QStringLiteral("trainer"), QStringLiteral("izdesk-trainer"));
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 20000);
        QVERIFY(queue.model()->rowCount() > 0);
        const QByteArray token = session.api()->token();
        QVERIFY(!token.isEmpty());
        // A search whose text is PHI goes in the query, which is never logged.
        bool done = false;
        QUrlQuery search;
        search.addQueryItem(QStringLiteral("q"), QStringLiteral("Xanthippe Smorgasbord"));
        session.api()->tickets(search, {}, 10, [&](const ApiReply &) { done = true; });
        QTRY_VERIFY(done);
        QTest::qWait(300);

        Logging::flush();
        QFile f(Logging::logFilePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray log = f.readAll();
        Logging::uninstall();
        QLoggingCategory::setFilterRules(QString());

        QVERIFY2(log.contains("GET /api/v1/tickets 200"), log.left(2000).constData());
        QVERIFY(log.contains("POST /api/v1/sessions 201"));
        QVERIFY(!log.contains("izdesk-trainer"));
        QVERIFY(!log.contains(token));
        QVERIFY(!log.contains("Xanthippe"));
        int checked = 0;
        for (const Ticket &t : queue.model()->tickets()) {
            if (t.subject.size() < 8)
                continue;
            QVERIFY2(!log.contains(t.subject.toUtf8()), qPrintable(QStringLiteral("subject of %1").arg(t.id)));
            if (!t.requesterName.isEmpty())
                QVERIFY(!log.contains(t.requesterName.toUtf8()));
            ++checked;
        }
        QVERIFY(checked > 0);
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
