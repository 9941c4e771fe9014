// SandboxLauncher against the real izdesk-server binary, plus its failure reports.
#include "apiclient.h"
#include "httptransport.h"
#include "memorycredentialstore.h"
#include "sandboxlauncher.h"
#include "sessioncontroller.h"
#include "settings.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace izdesk;

class TestSandboxLauncher : public QObject
{
    Q_OBJECT

    static QString serverPath()
    {
#ifdef IZDESK_SERVER_PATH
        return QStringLiteral(IZDESK_SERVER_PATH);
#else
        return {};
#endif
    }

private Q_SLOTS:
    void startsRealServer()
    {
        if (serverPath().isEmpty() || !QFile::exists(serverPath()))
            QSKIP("izdesk-server is not built");
        QTemporaryDir dir;
        SandboxLauncher launcher;
        launcher.setServerPath(serverPath());
        launcher.setDataDirectory(dir.path());
        QSignalSpy started(&launcher, &SandboxLauncher::started);
        QSignalSpy failed(&launcher, &SandboxLauncher::failed);
        launcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        const QUrl url = started.at(0).at(0).toUrl();
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        QVERIFY(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("izdesk-sandbox.sqlite"))));

        HttpTransport transport;
        ApiClient api(&transport);
        api.setBaseUrl(url);
        bool done = false;
        ApiReply meta;
        api.meta([&](const ApiReply &r) {
            meta = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(meta.status(), 200);
        QCOMPARE(meta.object().value(QStringLiteral("environment")).toString(), QStringLiteral("training"));

        QSignalSpy stopped(&launcher, &SandboxLauncher::stopped);
        launcher.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 10000);
        QVERIFY(!launcher.isRunning());
    }

    void signInToSandbox()
    {
        if (serverPath().isEmpty() || !QFile::exists(serverPath()))
            QSKIP("izdesk-server is not built");
        QTemporaryDir dir;
        MemoryCredentialStore keychain;
        Settings settings(QDir(dir.path()).filePath(QStringLiteral("i.ini")), dir.path());
        SessionController session(&settings, &keychain);
        session.sandboxLauncher()->setServerPath(serverPath());
        QSignalSpy signedIn(&session, &SessionController::signedIn);
        QSignalSpy failed(&session, &SessionController::signInFailed);
        session.signInToSandbox();
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(signedIn.at(0).at(0).value<StaffUser>().username, QStringLiteral("trainer"));
        QCOMPARE(signedIn.at(0).at(1).value<EnvironmentProfile>().kind, EnvironmentProfile::Sandbox);
        QVERIFY(session.sandboxLauncher()->isRunning());
        session.signOut();
        QTRY_VERIFY_WITH_TIMEOUT(!session.sandboxLauncher()->isRunning(), 10000);
    }

    void missingBinary()
    {
        QTemporaryDir dir;
        SandboxLauncher launcher;
        launcher.setServerPath(QDir(dir.path()).filePath(QStringLiteral("no-such-server")));
        QSignalSpy failed(&launcher, &SandboxLauncher::failed);
        launcher.start();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("not found")));
    }

    void timeoutShowsStderrTail()
    {
        QTemporaryDir dir;
        const QString script = QDir(dir.path()).filePath(QStringLiteral("fake-server"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\necho 'cannot open database: disk full' >&2\nexec sleep 30\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        SandboxLauncher launcher;
        launcher.setServerPath(script);
        launcher.setDataDirectory(dir.path());
        launcher.setStartTimeoutMs(1500);
        QSignalSpy failed(&launcher, &SandboxLauncher::failed);
        QSignalSpy stopped(&launcher, &SandboxLauncher::stopped);
        launcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("did not start")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("disk full")), qPrintable(message));
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 10000); // the child was terminated
    }
};

QTEST_GUILESS_MAIN(TestSandboxLauncher)
#include "tst_sandboxlauncher.moc"
