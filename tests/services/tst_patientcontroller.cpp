// PatientController against the real in-process server (SQLite, and PostgreSQL in the _pg
// variant) with the hand-written patient registry: the free-text search finds the right
// child with its explanation, the newest query wins over older ones, no-match and outage
// states, the record without its history, linking a patient to a ticket, and sign-out
// clearing every patient from memory.
#include "deskfixture.h"

#include "../server/patienttestdata.h"

#include "apiclient.h"
#include "apireply.h"
#include "memorycredentialstore.h"
#include "patientcontroller.h"
#include "patientresultmodel.h"

#include <serverapp.h>
#include <testserver.h>

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

using namespace izdesk;
using izdesk::test::Desk;

namespace {
constexpr int kTimeoutMs = 20000;
}

class TestPatientController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestServer m_server;
    MemoryCredentialStore m_keychain;
    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<PatientController> m_patients;
    QHash<QString, qint64> m_ids;

    QString nameAt(int row) const
    {
        // Names come back as they were recorded; compare without case.
        return m_patients->model()->index(row, PatientResultModel::NameColumn).data().toString().toUpper();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_ids = test::insertRegistry(m_server.app()->database(), &error);
        QVERIFY2(!m_ids.isEmpty(), qPrintable(error));
        m_desk = std::make_unique<Desk>(m_dir.path(), m_server.baseUrl(), &m_keychain);
        QVERIFY(m_desk->signIn(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist")));
        m_patients = std::make_unique<PatientController>(m_desk->session.get());
        new QAbstractItemModelTester(m_patients->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_patients.get());
    }

    void cleanupTestCase()
    {
        m_patients.reset();
        m_desk.reset();
    }

    void jonSmythFindsJonathanSmithFirst()
    {
        QSignalSpy finished(m_patients.get(), &PatientController::searchFinished);
        QList<QUrl> urls;
        const auto watch = connect(m_desk->session->api(), &ApiClient::replied, this,
                                   [&urls](const ApiReply &reply) { urls << reply.http.url; });
        m_patients->search(QStringLiteral("Jon Smyth 03/04/2019"));
        QVERIFY(m_patients->isSearching());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        // What the caller said travels in the body: the URL (which proxies log) holds none of it.
        disconnect(watch);
        QVERIFY(!urls.isEmpty());
        const QUrl url = urls.constLast();
        QCOMPARE(url.path(), QStringLiteral("/api/v1/patients/search"));
        QVERIFY2(!url.hasQuery(), qPrintable(url.toString()));
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("Jon Smyth 03/04/2019"));
        QVERIFY(finished.at(0).at(1).toInt() >= 1);
        PatientResultModel *model = m_patients->model();
        QCOMPARE(nameAt(0), QStringLiteral("JONATHAN SMITH"));
        QCOMPARE(model->index(0, PatientResultModel::BirthDateColumn).data().toString(), QStringLiteral("2019-04-03"));
        QCOMPARE(model->index(0, 0).data(PatientResultModel::PatientIdRole).toLongLong(),
                 m_ids.value(QStringLiteral("jonathan")));
        // The explanation says why: the nickname and the swapped day/month count for it.
        const auto explanation
            = model->index(0, 0).data(PatientResultModel::ExplanationRole).value<QList<MatchContribution>>();
        QHash<QString, QString> levels;
        for (const MatchContribution &c : explanation)
            levels.insert(c.field, c.level);
        QCOMPARE(levels.value(QStringLiteral("first_name")), QStringLiteral("nickname"));
        QCOMPARE(levels.value(QStringLiteral("birth_date")), QStringLiteral("transposed"));
        const QString tip = model->index(0, PatientResultModel::NameColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("First name: nickname")), qPrintable(tip));
        QVERIFY(!model->index(0, PatientResultModel::GradeColumn).data().toString().isEmpty());
    }

    void newestQueryWins()
    {
        QSignalSpy started(m_patients.get(), &PatientController::searchStarted);
        QSignalSpy finished(m_patients.get(), &PatientController::searchFinished);
        // Typing: only the text after the pause is asked for.
        m_patients->search(QStringLiteral("Emma"));
        m_patients->search(QStringLiteral("Emma Nguyen"));
        m_patients->search(QStringLiteral("William Johnson"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        QCOMPARE(started.size(), 1);
        QCOMPARE(nameAt(0), QStringLiteral("WILLIAM JOHNSON"));

        // Two requests really sent: the reply to the older one must not replace the newer.
        started.clear();
        finished.clear();
        m_patients->searchNow(QStringLiteral("Emma Nguyen 2020-06-01"));
        m_patients->searchNow(QStringLiteral("Ana Garcia-Lopez"));
        QCOMPARE(started.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        QTest::qWait(300); // room for the superseded reply to (wrongly) arrive
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("Ana Garcia-Lopez"));
        QVERIFY2(nameAt(0).startsWith(QStringLiteral("ANA")), qPrintable(nameAt(0)));
        QVERIFY(!m_patients->isSearching());
    }

    void emptyTextClears()
    {
        QSignalSpy cleared(m_patients.get(), &PatientController::searchCleared);
        m_patients->search(QStringLiteral("   "));
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(m_patients->model()->rowCount(), 0);
    }

    void multipleBirthIsBadged()
    {
        QSignalSpy finished(m_patients.get(), &PatientController::searchFinished);
        m_patients->searchNow(QStringLiteral("Emma Nguyen 06/01/2020"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        const int twin = m_patients->model()->rowOf(m_ids.value(QStringLiteral("twin_olivia")));
        QVERIFY(twin >= 0);
        const QStringList badges = m_patients->model()->matchAt(twin).badges;
        QVERIFY2(badges.contains(QStringLiteral("multiple_birth")), qPrintable(badges.join(u',')));
        QVERIFY(m_patients->model()
                    ->index(twin, PatientResultModel::BadgesColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Multiple birth")));
    }

    void recordWithoutHistory()
    {
        QSignalSpy loaded(m_patients.get(), &PatientController::recordLoaded);
        m_patients->loadRecord(m_ids.value(QStringLiteral("jonathan")));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kTimeoutMs);
        const auto record = loaded.at(0).at(0).value<PatientRecord>();
        QCOMPARE(record.displayName(), QStringLiteral("JONATHAN SMITH"));
        QCOMPARE(record.birthDate, QDate(2019, 4, 3));
        QCOMPARE(record.motherMaidenName.toUpper(), QStringLiteral("PETERSON"));
        bool mrn = false;
        for (const PatientIdentifier &id : record.identifiers)
            mrn = mrn || (id.value == QLatin1String("MRN-7781") && id.assigningFacility == QLatin1String("CLINIC01"));
        QVERIFY(mrn);
        QVERIFY(!record.addresses.isEmpty());
    }

    void unknownRecordFails()
    {
        QSignalSpy failed(m_patients.get(), &PatientController::recordFailed);
        m_patients->loadRecord(m_ids.value(QStringLiteral("optout"))); // full opt-out: as if missing
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kTimeoutMs);
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    }

    void vaccineNames()
    {
        QSignalSpy loaded(m_patients.get(), &PatientController::vaccineNamesLoaded);
        m_patients->loadVaccineNames();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kTimeoutMs);
        QVERIFY(!m_patients->vaccineNames().value(QStringLiteral("20")).isEmpty()); // DTaP
    }

    void linkToTicketShowsOnTheTicket()
    {
        QVERIFY(m_desk->queue->model()->rowCount() > 0);
        const Ticket ticket = m_desk->queue->model()->tickets().constFirst();
        const qint64 patient = m_ids.value(QStringLiteral("jonathan"));
        QSignalSpy linked(m_patients.get(), &PatientController::patientLinked);
        m_patients->linkToTicket(ticket.id, patient);
        QTRY_COMPARE_WITH_TIMEOUT(linked.size(), 1, kTimeoutMs);
        QCOMPARE(linked.at(0).at(0).toLongLong(), ticket.id);
        // Other desks (and this one) see the link through the change feed.
        auto hasLink = [&] {
            const auto t = m_desk->queue->model()->ticketById(ticket.id);
            if (!t)
                return false;
            for (const TicketLink &l : t->links) {
                if (l.kind == QLatin1String("patient") && l.target == QString::number(patient))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasLink(), kTimeoutMs);
        QSignalSpy failed(m_patients.get(), &PatientController::linkFailed);
        m_patients->linkToTicket(999999999, patient); // no such ticket: 404, said clearly
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kTimeoutMs);
        QVERIFY(!failed.at(0).at(2).toString().isEmpty());
    }

    void outageIsReported()
    {
        m_server.stop();
        QSignalSpy failed(m_patients.get(), &PatientController::searchFailed);
        m_patients->searchNow(QStringLiteral("Jane Smith"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kTimeoutMs);
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
        QVERIFY(m_server.restart());
    }

    void signOutForgetsPatients()
    {
        QSignalSpy finished(m_patients.get(), &PatientController::searchFinished);
        m_patients->searchNow(QStringLiteral("Jonathan Smith 2019-04-03"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        QVERIFY(m_patients->model()->rowCount() > 0);
        QSignalSpy ended(m_patients.get(), &PatientController::sessionEnded);
        m_desk->session->signOut();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, kTimeoutMs);
        QCOMPARE(m_patients->model()->rowCount(), 0);
        QVERIFY(m_patients->lastSearchText().isEmpty());
    }
};

QTEST_MAIN(TestPatientController)
#include "tst_patientcontroller.moc"
