// SessionController + TicketQueueController against the real in-process server: sign-in
// fills the queue, an outage keeps the rows and goes offline, the server's return refreshes,
// 412 and 422 reach the UI as conflicts and field errors, offline sign-in uses the verifier.
#include "apiclient.h"
#include "memorycredentialstore.h"
#include "sessioncontroller.h"
#include "settings.h"
#include "ticketcache.h"
#include "ticketqueuecontroller.h"

#include <httptestclient.h>
#include <testserver.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>

#include <algorithm>
#include <QTemporaryDir>
#include <QTest>

using namespace izdesk;

class TestTicketQueueController : public QObject
{
    Q_OBJECT

private:
    struct Desk
    {
        explicit Desk(const QString &dir, const QUrl &url, CredentialStore *keychain)
            : settings(QDir(dir).filePath(QStringLiteral("izdesk.ini")), dir)
        {
            settings.setValue(Settings::Key::TrainingUrl, url.toString());
            settings.setValue(Settings::Key::HttpConnectTimeoutMs, 2000);
            settings.setValue(Settings::Key::HttpTimeoutMs, 5000);
            session = std::make_unique<SessionController>(&settings, keychain);
            queue = std::make_unique<TicketQueueController>(session.get());
        }
        Settings settings;
        std::unique_ptr<SessionController> session;
        std::unique_ptr<TicketQueueController> queue;
    };

    int serverTotal()
    {
        izdesk::test::HttpTestClient client(m_server.baseUrl());
        client.login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor"));
        return client.get(QStringLiteral("/api/v1/tickets?limit=1")).object().value(QStringLiteral("total")).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void notConfiguredProfile()
    {
        QTemporaryDir dir;
        MemoryCredentialStore keychain;
        Settings settings(QDir(dir.path()).filePath(QStringLiteral("i.ini")), dir.path());
        SessionController session(&settings, &keychain);
        QCOMPARE(session.profiles().size(), 4);
        QSignalSpy failed(&session, &SessionController::signInFailed);
        session.signIn(QStringLiteral("production"), QStringLiteral("trainer"), QStringLiteral("x"));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("not configured")));
    }

    void signInFillsQueueOutageAndRecovery()
    {
        QTemporaryDir dir;
        MemoryCredentialStore keychain;
        Desk desk(dir.path(), m_server.baseUrl(), &keychain);
        QAbstractItemModelTester tester(desk.queue->model());
        QSignalSpy signedIn(desk.session.get(), &SessionController::signedIn);
        QSignalSpy refreshed(desk.queue.get(), &TicketQueueController::refreshFinished);
        QSignalSpy online(desk.queue.get(), &TicketQueueController::onlineChanged);
        QSignalSpy staff(desk.queue.get(), &TicketQueueController::staffLoaded);

        desk.session->signIn(QStringLiteral("training"), QStringLiteral("trainer"), QStringLiteral("izdesk-trainer"));
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 15000);
        QCOMPARE(signedIn.at(0).at(0).value<StaffUser>().username, QStringLiteral("trainer"));
        QCOMPARE(signedIn.at(0).at(2).toBool(), false);
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 20000);
        const int total = serverTotal();
        QVERIFY(total > 0);
        QCOMPARE(desk.queue->model()->rowCount(), total);
        QTRY_VERIFY(!staff.isEmpty());
        QVERIFY(!desk.queue->staff().isEmpty());
        // The organization directory for the editor's picker: every seeded organization
        // (more than one page of the API would be fine too) with its facilities and codes.
        QTRY_VERIFY_WITH_TIMEOUT(!desk.queue->directory().isEmpty(), 10000);
        const auto directory = desk.queue->directory();
        izdesk::test::HttpTestClient reader(m_server.baseUrl());
        reader.login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor"));
        const auto orgs = reader.get(QStringLiteral("/api/v1/organizations?limit=500")).object();
        QCOMPARE(directory.size(), orgs.value(QStringLiteral("items")).toArray().size());
        QVERIFY(std::any_of(directory.cbegin(), directory.cend(), [](const OrganizationInfo &o) {
            return !o.facilities.isEmpty() && !o.facilities.first().facilityCode.isEmpty();
        }));

        // Outage: the next refresh fails, the controller goes offline and keeps its rows.
        m_server.stop();
        desk.queue->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!online.isEmpty() && !online.last().at(0).toBool(), 20000);
        QVERIFY(!desk.queue->isOnline());
        QCOMPARE(desk.queue->model()->rowCount(), total);
        // A ticket logged during the outage is kept in the outbox and sent later.
        QSignalSpy queued(desk.queue.get(), &TicketQueueController::writeQueued);
        desk.queue->createTicket({{QStringLiteral("subject"), QStringLiteral("Logged during the outage")},
                                  {QStringLiteral("category"), QStringLiteral("other")},
                                  {QStringLiteral("channel"), QStringLiteral("phone")}});
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.at(0).at(1).toBool(), true);

        // Someone adds a ticket meanwhile; when the server is back the queue shows it.
        // (Counted before the restart: the desk may catch up while the other client works.)
        const int refreshesBefore = int(refreshed.size());
        QVERIFY(m_server.restart());
        izdesk::test::HttpTestClient other(m_server.baseUrl());
        other.login(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist"));
        const auto created = other.post(QStringLiteral("/api/v1/tickets"),
                                        {{QStringLiteral("subject"), QStringLiteral("Added during the outage")},
                                         {QStringLiteral("category"), QStringLiteral("other")},
                                         {QStringLiteral("channel"), QStringLiteral("email")}});
        QCOMPARE(created.status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(!online.isEmpty() && online.last().at(0).toBool(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() > refreshesBefore, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(desk.queue->model()->rowCount(), total + 2, 20000);
        QCOMPARE(serverTotal(), total + 2);
        QVERIFY(desk.queue->model()->rowForId(created.object().value(QStringLiteral("id")).toInteger()) >= 0);
    }

    void conflictsAndFieldErrors()
    {
        QTemporaryDir dir;
        MemoryCredentialStore keychain;
        Desk desk(dir.path(), m_server.baseUrl(), &keychain);
        QSignalSpy refreshed(desk.queue.get(), &TicketQueueController::refreshFinished);
        desk.session->signIn(QStringLiteral("training"), QStringLiteral("trainer"), QStringLiteral("izdesk-trainer"));
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 20000);
        QVERIFY(desk.queue->model()->rowCount() > 0);
        const Ticket mine = desk.queue->model()->tickets().first();

        // Someone else changes the ticket; our update still carries the old ETag.
        izdesk::test::HttpTestClient other(m_server.baseUrl());
        other.login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor"));
        const QString newPriority
            = mine.priority == QStringLiteral("urgent") ? QStringLiteral("low") : QStringLiteral("urgent");
        const auto changed
            = other.request("PATCH", QStringLiteral("/api/v1/tickets/%1").arg(mine.id),
                            QJsonObject{{QStringLiteral("priority"), newPriority}}, {{"If-Match", mine.etag()}});
        QCOMPARE(changed.status, 200);

        QSignalSpy conflicted(desk.queue.get(), &TicketQueueController::saveConflicted);
        QSignalSpy saved(desk.queue.get(), &TicketQueueController::ticketSaved);
        // The specialist edited the version they opened; the change feed may already have
        // brought the newer one into the queue, so the edit names its base version.
        desk.queue->updateTicket(mine.id, {{QStringLiteral("status"), QStringLiteral("pending_internal")}},
                                 mine.version);
        QTRY_COMPARE_WITH_TIMEOUT(conflicted.size(), 1, 10000);
        const auto current = conflicted.at(0).at(0).value<Ticket>();
        QCOMPARE(current.id, mine.id);
        QCOMPARE(current.priority, newPriority);
        QCOMPARE(current.version, mine.version + 1);
        QCOMPARE(desk.queue->model()->ticketById(mine.id)->version, current.version);

        // With the current version the update goes through and the row follows.
        desk.queue->updateTicket(mine.id, {{QStringLiteral("status"), QStringLiteral("pending_internal")}});
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QCOMPARE(saved.at(0).at(1).toBool(), false);
        QCOMPARE(desk.queue->model()->ticketById(mine.id)->status, QStringLiteral("pending_internal"));

        QSignalSpy failed(desk.queue.get(), &TicketQueueController::saveFailed);
        desk.queue->createTicket(
            {{QStringLiteral("subject"), QString()}, {QStringLiteral("priority"), QStringLiteral("whenever")}});
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        const auto errors = failed.at(0).at(1).value<QList<FieldError>>();
        QVERIFY(!errors.isEmpty());
        QStringList fields;
        for (const FieldError &e : errors)
            fields << e.field;
        QVERIFY2(fields.contains(QStringLiteral("priority")), qPrintable(fields.join(QLatin1Char(','))));

        const int rows = desk.queue->model()->rowCount();
        desk.queue->createTicket({{QStringLiteral("subject"), QStringLiteral("New call from a school nurse")},
                                  {QStringLiteral("category"), QStringLiteral("school_module")},
                                  {QStringLiteral("channel"), QStringLiteral("phone")}});
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 10000);
        QCOMPARE(saved.at(1).at(1).toBool(), true);
        QCOMPARE(desk.queue->model()->rowCount(), rows + 1);
    }

    void offlineSignInShowsCachedQueue()
    {
        QTemporaryDir dir;
        MemoryCredentialStore keychain;
        int rows = 0;
        {
            Desk desk(dir.path(), m_server.baseUrl(), &keychain);
            QSignalSpy refreshed(desk.queue.get(), &TicketQueueController::refreshFinished);
            desk.session->signIn(QStringLiteral("training"), QStringLiteral("trainer"),
                                 QStringLiteral("izdesk-trainer"));
            QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 20000);
            rows = desk.queue->model()->rowCount();
            QVERIFY(rows > 0);
            QTest::qWait(500); // let the cache writer and the Argon2 verifier finish
        }                      // the app quits without signing out

        m_server.stop();
        Desk desk(dir.path(), m_server.baseUrl(), &keychain);
        QSignalSpy signedIn(desk.session.get(), &SessionController::signedIn);
        QSignalSpy failed(desk.session.get(), &SessionController::signInFailed);
        desk.session->signIn(QStringLiteral("training"), QStringLiteral("trainer"), QStringLiteral("wrong-password"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QCOMPARE(signedIn.size(), 0);

        desk.session->signIn(QStringLiteral("training"), QStringLiteral("trainer"), QStringLiteral("izdesk-trainer"));
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);
        QCOMPARE(signedIn.at(0).at(2).toBool(), true); // offline
        QTRY_COMPARE_WITH_TIMEOUT(desk.queue->model()->rowCount(), rows, 10000);
        QVERIFY(!desk.queue->model()->tickets().first().subject.isEmpty());
        QVERIFY(!desk.queue->isOnline());

        // Server back: the session signs in for real and the queue goes online.
        QSignalSpy online(desk.queue.get(), &TicketQueueController::onlineChanged);
        QVERIFY(m_server.restart());
        QTRY_VERIFY_WITH_TIMEOUT(!online.isEmpty() && online.last().at(0).toBool(), 30000);
        QVERIFY(!desk.session->api()->token().isEmpty());

        // Sign-out purges the cached PHI.
        QSignalSpy signedOut(desk.session.get(), &SessionController::signedOut);
        desk.session->signOut();
        QCOMPARE(signedOut.size(), 1);
        QCOMPARE(desk.queue->model()->rowCount(), 0);
        QTRY_VERIFY(!keychain.contains(QStringLiteral("cache-key/training/trainer")));
    }

    void noKeychainShowsCachedRowsWithoutDetails()
    {
        QTemporaryDir dir;
        MemoryCredentialStore keychain;
        keychain.setAvailable(false);
        int rows = 0;
        {
            Desk desk(dir.path(), m_server.baseUrl(), &keychain);
            QSignalSpy refreshed(desk.queue.get(), &TicketQueueController::refreshFinished);
            desk.session->signIn(QStringLiteral("training"), QStringLiteral("trainer"),
                                 QStringLiteral("izdesk-trainer"));
            QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 20000);
            rows = desk.queue->model()->rowCount();
            // Online, the details come from the server even without a keychain.
            QVERIFY(!desk.queue->model()->tickets().first().subject.startsWith(QLatin1Char('(')));
            QTest::qWait(500);
        }
        m_server.stop();
        Desk desk(dir.path(), m_server.baseUrl(), &keychain);
        QSignalSpy signedIn(desk.session.get(), &SessionController::signedIn);
        QSignalSpy errors(desk.queue.get(), &TicketQueueController::errorOccurred);
        desk.session->signIn(QStringLiteral("training"), QStringLiteral("trainer"), QStringLiteral("izdesk-trainer"));
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);
        QCOMPARE(signedIn.at(0).at(2).toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(desk.queue->model()->rowCount(), rows, 10000);
        QVERIFY(!errors.isEmpty());
        QVERIFY(errors.first().at(0).toString().contains(QStringLiteral("Cached details unavailable")));
        QCOMPARE(desk.queue->model()->tickets().first().subject, QStringLiteral("(cached details unavailable)"));
        desk.session->signOut();
        QVERIFY(m_server.restart());
    }

private:
    izdesk::test::TestServer m_server;
};

QTEST_GUILESS_MAIN(TestTicketQueueController)
#include "tst_ticketqueuecontroller.moc"
