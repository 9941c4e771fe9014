// The desk client writes no patient value, password or token in clear text anywhere: not in
// its log (spdlog, every izdesk.* category on, debug included), not in its settings, not in
// the SQLite cache or the outbox (sealed by PhiCipher). Driven against the in-process server:
// a refused sign-in with a canary password, the real sign-in, patient searches by canary
// name, date of birth, phone and MRN, a record read, a search the server refuses, tickets
// with canary requesters, a ticket the server refuses, then an outage: a search that fails on
// the network and a ticket kept in the outbox until the server is back. Every file under the
// client's folder is searched for every canary in every spelling, while the outbox holds the
// unsent ticket and again after signing out.

#include "deskfixture.h"

#include "../server/phileakcanaries.h"

#include "apiclient.h"
#include "logging.h"
#include "memorycredentialstore.h"
#include "patientcontroller.h"

#include <httptestclient.h>
#include <patients/patientwriter.h>
#include <serverapp.h>
#include <storage/database.h>
#include <testserver.h>

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace izdesk;
using izdesk::test::Desk;
using izdesk::test::LeakCanaries;
using izdesk::test::leaks::CanarySet;
using izdesk::test::leaks::Finding;
using izdesk::test::operator""_j;

namespace {
constexpr int kTimeoutMs = 20000;
const QString kUser = QStringLiteral("leak-specialist");
} // namespace

class TstClientLogLeaks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestServer m_server;
    MemoryCredentialStore m_keychain;
    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<PatientController> m_patients;
    LeakCanaries m_c;
    CanarySet m_canaries;
    qint64 m_patient = 0;

    // Logging::install routes qInfo into the client's log: the test's own notes go to stdout.
    static void note(const QString &text)
    {
        std::fputs(qPrintable(QStringLiteral("NOTE   : ") + text + QLatin1Char('\n')), stdout);
        std::fflush(stdout);
    }

    QList<Finding> scanFolder(QStringList *files)
    {
        Logging::flush();
        return m_canaries.scanTree(m_dir.path(), {}, files);
    }

    // Rows of a table in the client's cache database (under cache/), -1 when it cannot be read.
    qint64 cachedRows(const QString &table)
    {
        const QStringList files
            = QDir(m_desk->settings.cacheDirectory()).entryList({QStringLiteral("*.sqlite")}, QDir::Files);
        if (files.isEmpty())
            return -1;
        qint64 rows = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("leak-probe"));
            db.setDatabaseName(QDir(m_desk->settings.cacheDirectory()).filePath(files.first()));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QSqlQuery q(db);
            if (db.open() && q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next())
                rows = q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("leak-probe"));
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_c.addTo(m_canaries);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.addStaffUser(kUser, QStringLiteral("Leak Specialist"), QStringLiteral("specialist"),
                                       m_c.specialistPassword, &error),
                 qPrintable(error));
        server::PatientInput p;
        p.first = m_c.given;
        p.middle = m_c.middle;
        p.last = m_c.last;
        p.dob = QDate::fromString(m_c.dob, Qt::ISODate);
        p.sex = QStringLiteral("F");
        p.motherMaiden = m_c.motherMaiden;
        p.addresses << server::PatientInput::Address{QStringLiteral("home"), m_c.street, QStringLiteral("Saint Paul"),
                                                     QStringLiteral("MN"), m_c.zip};
        p.phones << server::PatientInput::Phone{QStringLiteral("home"), m_c.phoneTyped};
        p.identifiers << server::PatientInput::Identifier{QStringLiteral("mrn"), m_c.mrn, QStringLiteral("CLINIC01")}
                      << server::PatientInput::Identifier{QStringLiteral("birth_file_number"), m_c.birthFile,
                                                          QString()};
        auto &database = m_server.app()->database();
        server::PatientWriter writer(database.connection(), database.dialect(), QDateTime::currentDateTimeUtc());
        const auto id = writer.insert(p, &error);
        QVERIFY2(id && writer.flush(&error), qPrintable(error));
        m_patient = *id;
        // A ticket already in the queue at sign-in, so the cache holds one.
        test::HttpTestClient other(m_server.baseUrl());
        QCOMPARE(other.login(kUser, m_c.specialistPassword).status, 201);
        m_canaries.add(QStringLiteral("session token"), other.token(), CanarySet::Shape::Secret);
        QCOMPARE(
            other
                .post(QStringLiteral("/api/v1/tickets"),
                      {{u"subject"_j, QStringLiteral("Shot record for %1").arg(m_c.fullName())},
                       {u"category"_j, u"records_request"_j},
                       {u"requester_name"_j, m_c.fullName()},
                       {u"requester_contact"_j, m_c.phoneTyped},
                       {u"description"_j, QStringLiteral("DOB %1, MRN %2, %3").arg(m_c.usDob(), m_c.mrn, m_c.street)}})
                .status,
            201);

        QVERIFY(Logging::install(QDir(m_dir.path()).filePath(QStringLiteral("data/logs"))));
        QLoggingCategory::setFilterRules(QStringLiteral("izdesk.*=true"));
        m_desk = std::make_unique<Desk>(QDir(m_dir.path()).filePath(QStringLiteral("data")), m_server.baseUrl(),
                                        &m_keychain);
        m_patients = std::make_unique<PatientController>(m_desk->session.get());
    }

    void signInSearchAndFail()
    {
        SessionController *session = m_desk->session.get();
        QSignalSpy refused(session, &SessionController::signInFailed);
        session->signIn(QStringLiteral("training"), kUser, m_c.wrongPassword);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, kTimeoutMs);
        QVERIFY(m_desk->signIn(kUser, m_c.specialistPassword));
        QVERIFY(!session->api()->token().isEmpty());
        m_canaries.add(QStringLiteral("session token"), QString::fromLatin1(session->api()->token()),
                       CanarySet::Shape::Secret);

        QSignalSpy found(m_patients.get(), &PatientController::searchFinished);
        QSignalSpy failed(m_patients.get(), &PatientController::searchFailed);
        const QStringList searches{m_c.fullName() + QLatin1Char(' ') + m_c.usDob(),
                                   m_c.last + QStringLiteral(", ") + m_c.given, m_c.phoneTyped, m_c.mrn,
                                   m_c.street + QLatin1Char(' ') + m_c.zip};
        for (const QString &text : searches) {
            const qsizetype before = found.size();
            m_patients->searchNow(text);
            QTRY_VERIFY_WITH_TIMEOUT(found.size() > before, kTimeoutMs);
            QVERIFY2(found.last().at(1).toInt() >= 1, qPrintable(text));
        }
        m_patients->searchNow(QString(m_c.fullName() + QLatin1Char(' ')).repeated(12)); // over 200 characters: 422
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kTimeoutMs);
        QSignalSpy record(m_patients.get(), &PatientController::recordLoaded);
        m_patients->loadRecord(m_patient);
        QTRY_COMPARE_WITH_TIMEOUT(record.size(), 1, kTimeoutMs);

        TicketQueueController *queue = m_desk->queue.get();
        QSignalSpy saved(queue, &TicketQueueController::ticketSaved);
        QSignalSpy refusedSave(queue, &TicketQueueController::saveFailed);
        const QJsonObject ticket{
            {u"subject"_j, QStringLiteral("Callback: %1").arg(m_c.fullName())},
            {u"category"_j, u"records_request"_j},
            {u"requester_name"_j, m_c.fullName()},
            {u"requester_contact"_j, m_c.phoneTyped},
            {u"description"_j, QStringLiteral("Born %1, lives at %2").arg(m_c.usDob(), m_c.street)}};
        queue->createTicket(ticket);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kTimeoutMs);
        QJsonObject invalid = ticket;
        invalid.insert(QStringLiteral("category"), m_c.motherMaiden);
        queue->createTicket(invalid);
        QTRY_COMPARE_WITH_TIMEOUT(refusedSave.size(), 1, kTimeoutMs);

        // The server goes away: a search fails on the network, a new ticket waits in the outbox.
        m_server.stop();
        m_patients->searchNow(m_c.fullName());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, kTimeoutMs);
        QSignalSpy stored(m_desk->outbox(), &Outbox::entryStored);
        QJsonObject offline = ticket;
        offline.insert(QStringLiteral("subject"), QStringLiteral("Offline call from %1").arg(m_c.fullName()));
        queue->createTicket(offline);
        QTRY_VERIFY_WITH_TIMEOUT(!stored.isEmpty(), kTimeoutMs);
        QVERIFY(m_desk->outbox()->isDurable());
        QTest::qWait(500); // the cache thread's writes
        QVERIFY2(cachedRows(QStringLiteral("outbox")) >= 1, "the unsent ticket is not in the cache's outbox");
        QVERIFY2(cachedRows(QStringLiteral("tickets")) >= 1, "no ticket in the cache");
        QStringList files;
        const QList<Finding> findings = scanFolder(&files);
        if (!findings.isEmpty())
            note(CanarySet::report(findings, 200));
        QVERIFY2(findings.isEmpty(), qPrintable(CanarySet::report(findings, 10)));
        note(QStringLiteral("searched while offline: ") + files.join(QStringLiteral(", ")));

        QVERIFY(m_server.restart());
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->outbox()->pendingCount() == 0, 40000);
    }

    void nothingLeaksIntoTheLogOrTheCache()
    {
        QSignalSpy out(m_desk->session.get(), &SessionController::signedOut);
        m_desk->session->signOut();
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, kTimeoutMs);
        QTest::qWait(300);
        QStringList files;
        const QList<Finding> findings = scanFolder(&files);
        QFile logFile(Logging::logFilePath());
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        const QByteArray log = logFile.readAll();
        QVERIFY2(log.contains("[izdesk.services.http] POST /api/v1/sessions 401"), log.left(3000).constData());
        QVERIFY(log.contains("[izdesk.services.http] POST /api/v1/sessions 201"));
        QVERIFY(log.contains("[izdesk.services.http] POST /api/v1/patients/search 200"));
        QVERIFY(log.contains("[izdesk.services.http] POST /api/v1/patients/search 422"));
        QVERIFY(log.contains("POST /api/v1/patients/search failed after"));
        note(QStringLiteral("%1 canary kinds, %2 spellings; searched after sign-out: %3")
                 .arg(m_canaries.kinds().size())
                 .arg(m_canaries.needles().size())
                 .arg(files.join(QStringLiteral(", "))));
        if (!findings.isEmpty())
            note(CanarySet::report(findings, 200));
        QVERIFY2(findings.isEmpty(), qPrintable(CanarySet::report(findings, 10)));
    }

    void cleanupTestCase()
    {
        m_patients.reset();
        m_desk.reset();
        Logging::uninstall();
        QLoggingCategory::setFilterRules(QString());
    }
};

QTEST_GUILESS_MAIN(TstClientLogLeaks)
#include "tst_clientlogleaks.moc"
