// One onboarding project walked from the queue to the ongoing-submission letter through the
// desk, by keyboard, against the in-process server with a fake clock (Monday 2026-11-09 09:00
// in Chicago): invite from the board; set the agreed plan; Test transport refused with no
// submission; a test file that fails the check attached with Add test submission
// (Ctrl+Shift+A), its row and verdict in the trend, Technical review refused with the reason;
// a clean file that passes; clinical workflow and training recorded; Production passed; in
// Monitoring a passing file, the stage refused until its due date, the due date moved to today
// (Change due date) and Monitoring passed; the letter saved as a PDF. A trend row shows its
// report and opens in the HL7 checker. A data exchange ticket opens its organization's project.
#include "../server/onboardingtestsupport.h"
#include "../testdata.h"
#include "application.h"
#include "deskfixture.h"
#include "guitesthelpers.h"
#include "hl7checkconnector.h"
#include "hl7checkerview.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "onboardingboardview.h"
#include "onboardingconnector.h"
#include "onboardingguisupport.h"
#include "onboardingprojectview.h"
#include "onboardingtrendview.h"
#include "ticketlistmodel.h"
#include "ticketqueueview.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

#include <memory>

using namespace izdesk;
using izdesk::testing::child;
using onboardinggui::activate;
using onboardinggui::answerNextDialog;
using onboardinggui::grab;

// Runs one part of the walk; a failure in it ends the walk there.
#define WALK(call) \
    do { \
        call; \
        if (QTest::currentTestFailed()) \
            return; \
    } while (false)

namespace {

constexpr int kTimeoutMs = 30000;
const QTimeZone kChicago(QByteArrayLiteral("America/Chicago"));

} // namespace

class TestOnboardingWalk : public QObject
{
    Q_OBJECT

    testing::DeskFixture m_desk;
    MemoryCredentialStore m_credentials;
    std::shared_ptr<QDateTime> m_now = std::make_shared<QDateTime>(QDate(2026, 11, 9), QTime(9, 0), kChicago);
    QTemporaryDir m_files;
    QString m_organization = QStringLiteral("Birchwood Family Clinic");
    qint64 m_entryId = 0;
    qint64 m_projectId = 0;
    std::unique_ptr<Application> m_app;
    OnboardingBoardView *m_board = nullptr;
    OnboardingProjectView *m_view = nullptr;

    QDate today() const { return m_now->toTimeZone(kChicago).date(); }

    // Alt+S on the current stage, refused: the reasons in the gate box and the status line.
    void passRefused(const QString &reason)
    {
        const QString stage = m_view->project().currentStage;
        QVERIFY(activate(m_view)); // a dialog may just have closed
        QTest::keyClick(m_view, Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY2_WITH_TIMEOUT(m_view->statusText().contains(QStringLiteral("was not passed")),
                                  qPrintable(m_view->statusText()), kTimeoutMs);
        QVERIFY2(m_view->gateText().startsWith(QStringLiteral("Not passed.")), qPrintable(m_view->gateText()));
        QVERIFY2(m_view->gateText().contains(reason), qPrintable(m_view->gateText()));
        QVERIFY2(m_view->statusText().contains(reason), qPrintable(m_view->statusText()));
        QCOMPARE(m_view->project().currentStage, stage);
    }

    // Alt+S on the current stage, passed: the next stage is current.
    void pass(const QString &next)
    {
        QVERIFY(activate(m_view));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->gateText().startsWith(QStringLiteral("Gate met")), kTimeoutMs);
        QTest::keyClick(m_view, Qt::Key_S, Qt::AltModifier);
        if (next == QLatin1String("completed"))
            QTRY_COMPARE_WITH_TIMEOUT(m_view->project().status, next, kTimeoutMs);
        else
            QTRY_COMPARE_WITH_TIMEOUT(m_view->project().currentStage, next, kTimeoutMs);
    }

    // Ctrl+Shift+A with `path` chosen: "Checking and storing…", then the new row, selected,
    // with its verdict in words under the trend.
    void addSubmission(const QString &path, bool passes)
    {
        const int before = m_view->trend()->table()->model()->rowCount();
        m_view->setFileChooser([path](QWidget *) { return path; });
        QVERIFY(activate(m_view));
        QVERIFY(child<QPushButton>(m_view, "onboardingAddSubmission")->isEnabled());
        QTest::keyClick(m_view, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(m_view->statusText().startsWith(QStringLiteral("Checking and storing")),
                 qPrintable(m_view->statusText()));
        QTRY_COMPARE_WITH_TIMEOUT(m_view->trend()->table()->model()->rowCount(), before + 1, kTimeoutMs);
        QCOMPARE(m_view->trend()->table()->currentIndex().row(), before);
        QCOMPARE(m_view->trend()->table()->model()->index(before, OnboardingSubmissionsModel::PassedColumn).data(),
                 QVariant(passes ? QStringLiteral("Passed") : QStringLiteral("Not passed")));
        const QString verdict = passes ? QStringLiteral("passed") : QStringLiteral("did not pass:");
        QTRY_VERIFY_WITH_TIMEOUT(m_view->trend()->detailText().contains(verdict), kTimeoutMs);
        QVERIFY(m_view->statusText().contains(passes ? QStringLiteral("passed the check")
                                                     : QStringLiteral("did not pass the check")));
    }

    // Alt+W or Alt+T, Enter: recorded today.
    void recordToday(Qt::Key key)
    {
        QVERIFY(activate(m_view));
        answerNextDialog([](QDialog *) {});
        QTest::keyClick(m_view, key, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->statusText().contains(QStringLiteral("recorded"), Qt::CaseInsensitive),
                                 kTimeoutMs);
    }

    void inviteFromTheQueue()
    {
        QTest::keyClick(m_app->mainWindow(), Qt::Key_O, Qt::ControlModifier | Qt::AltModifier);
        m_board = m_app->onboardingArea()->board();
        QVERIFY(QTest::qWaitForWindowExposed(m_board));
        QVERIFY(activate(m_board));
        QTRY_VERIFY_WITH_TIMEOUT(m_board->board().queueEntry(m_entryId), kTimeoutMs);
        QTest::keyClick(m_board, Qt::Key_F, Qt::ControlModifier);
        auto *filter = child<QLineEdit>(m_board, "onboardingFilter");
        QTest::keyClicks(filter, m_organization);
        QTest::keyClick(filter, Qt::Key_Down);
        QListWidget *queue = m_board->columnList(OnboardingBoard::QueueColumn);
        QVERIFY(queue->hasFocus());
        QTest::keyClick(m_board, Qt::Key_I, Qt::AltModifier);
        const int plan = OnboardingBoard::columnOfStage(QStringLiteral("plan"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_board->board().cards(plan).isEmpty(), kTimeoutMs);
        m_projectId = m_board->board().cards(plan).constFirst().id;
        QTest::keyClick(queue, Qt::Key_Right);
        QTest::keyClick(m_board->columnList(plan), Qt::Key_Return);
        m_view = m_app->onboardingArea()->projectView();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
        QTRY_COMPARE_WITH_TIMEOUT(m_view->projectId(), m_projectId, kTimeoutMs);
        QVERIFY(activate(m_view));
        // Plan takes no test file yet.
        QVERIFY(!child<QPushButton>(m_view, "onboardingAddSubmission")->isEnabled());
        WALK(passRefused(QStringLiteral("the agreed plan date has not been set")));
    }

    void throughPlanAndTestTransport()
    {
        answerNextDialog([](QDialog *) {});
        QTest::keyClick(m_view, Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->project().planAgreedOn.isValid(), kTimeoutMs);
        WALK(pass(QStringLiteral("test_transport")));
        WALK(passRefused(QStringLiteral("no test submission has been received yet")));
        IZDESK_REQUIRE_TEST_DATA("hl7");
        WALK(addSubmission(QStringLiteral(IZDESK_TEST_DATA "/hl7/smm-tester-batch-before.hl7"), false));
        WALK(pass(QStringLiteral("technical_review")));
    }

    void throughTechnicalReviewAndProduction(const QString &cleanFile)
    {
        WALK(passRefused(QStringLiteral("the latest submission (smm-tester-batch-before.hl7) did not pass")));
        WALK(addSubmission(cleanFile, true));
        WALK(pass(QStringLiteral("production")));
        WALK(passRefused(QStringLiteral("the clinical workflow has not been recorded")));
        WALK(recordToday(Qt::Key_W));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->project().clinicalWorkflowOn == today(), kTimeoutMs);
        WALK(passRefused(QStringLiteral("training has not been recorded")));
        WALK(recordToday(Qt::Key_T));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->project().trainingOn == today(), kTimeoutMs);
        WALK(pass(QStringLiteral("monitoring")));
    }

    void throughMonitoring(const QString &cleanFile)
    {
        WALK(passRefused(QStringLiteral("no submission has been received during monitoring")));
        WALK(addSubmission(cleanFile, true));
        WALK(passRefused(QStringLiteral("monitoring runs until")));
        // Alt+D: the vendor is live early; Monitoring is due today (it keeps its time of day).
        answerNextDialog([this](QDialog *dialog) {
            QCOMPARE(child<QComboBox>(dialog, "onboardingActionStage")->currentData().toString(),
                     QStringLiteral("monitoring"));
            child<QDateEdit>(dialog, "onboardingActionDate")->setDate(today());
            auto *reason = child<QLineEdit>(dialog, "onboardingActionText");
            reason->setFocus();
            QTest::keyClicks(reason, QStringLiteral("Live since go-live without errors"));
        });
        QTest::keyClick(m_view, Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->statusText().contains(QStringLiteral("is changed")), kTimeoutMs);
        *m_now = m_now->addSecs(15 * 60); // the due time has come
        QTest::keyClick(m_view, Qt::Key_F5);
        WALK(pass(QStringLiteral("completed")));
        QVERIFY(m_view->gateText().contains(QStringLiteral("completed")));
    }

    void ongoingLetterAsPdf()
    {
        QVERIFY(activate(m_view));
        QTest::keyClick(m_view, Qt::Key_E, Qt::AltModifier);
        QVERIFY(child<QPushButton>(m_view, "onboardingIssueOngoing")->isEnabled());
        QTest::keyClick(m_view, Qt::Key_N, Qt::AltModifier);
        auto *letters = child<QTreeWidget>(m_view, "onboardingLetters");
        QTRY_COMPARE_WITH_TIMEOUT(letters->topLevelItemCount(), 1, kTimeoutMs);
        QCOMPARE(letters->topLevelItem(0)->text(0), Onboarding::letterKindLabel(QStringLiteral("ongoing_submission")));
        const QString path = m_files.filePath(QStringLiteral("ongoing.pdf"));
        m_view->setPathChooser([path](QWidget *, const QString &) { return path; });
        QTest::keyClick(m_view, Qt::Key_L, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->statusText().startsWith(QStringLiteral("Letter saved")), kTimeoutMs);
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    }

    // The failing batch's row again: its reason under the trend; Alt+C checks its content.
    void firstRowInTheChecker()
    {
        QVERIFY(activate(m_view));
        QTest::keyClick(m_view, Qt::Key_U, Qt::AltModifier);
        QTableView *table = m_view->trend()->table();
        QCOMPARE(table->model()->rowCount(), 3);
        table->setFocus();
        QCOMPARE(table->currentIndex().row(), 2); // the last one added
        QTest::keyClick(table, Qt::Key_Up);
        QTest::keyClick(table, Qt::Key_Up);
        QCOMPARE(table->currentIndex().row(), 0);
        QVERIFY(table->selectionModel()->isRowSelected(0, {}));
        QVERIFY(!table->selectionModel()->isRowSelected(2, {}));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_view->trend()->detailText().startsWith(QStringLiteral("smm-tester-batch-before.hl7 did not pass:")),
            kTimeoutMs);
        QVERIFY(m_view->trend()->detailText().contains(QStringLiteral("message(s)")));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->trend()->openInCheckerButton()->isEnabled(), kTimeoutMs);
        QTest::keyClick(m_view, Qt::Key_C, Qt::AltModifier);
        Hl7CheckerView *checker = m_app->hl7CheckArea()->view();
        QTRY_VERIFY_WITH_TIMEOUT(checker->isVisible() && checker->result().has_value(), kTimeoutMs);
        QVERIFY(checker->text().contains(QStringLiteral("MSH|")));
        checker->hide();
    }

private Q_SLOTS:
    void init()
    {
        m_desk.clock = [now = m_now] { return now->toUTC(); };
        m_desk.configure = [](izdesk::server::ServerConfig &config) {
            config.dataKey = QByteArray::fromHex("202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f");
        };
        QString error;
        QVERIFY2(m_desk.setUp(&error), qPrintable(error));
        QVERIFY(m_files.isValid());
        // The organization and its data use agreement, registered in the queue (set up over HTTP).
        test::HttpTestClient http(m_desk.server->baseUrl());
        QCOMPARE(http.login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")).status, 201);
        const qint64 org = onboardingtest::createOrganization(http, m_organization, QStringLiteral("provider"), 1);
        QVERIFY(org > 0);
        QCOMPARE(onboardingtest::recordDataUse(http, org, today()), 201);
        const auto entry
            = onboardingtest::registerInQueue(http, org, {{QStringLiteral("registration_complete"), true}});
        QVERIFY2(entry.status == 201, entry.raw.constData());
        m_entryId = entry.object().value(QStringLiteral("id")).toInteger();
    }

    void cleanup()
    {
        m_app.reset();
        m_desk.tearDown();
    }

    void oneProjectFromTheQueueToTheLetter()
    {
        // A clean VXU^V04 as a vendor's file (the server tests' message with no defect).
        const QString cleanFile = m_files.filePath(QStringLiteral("clean-vxu.hl7"));
        {
            QFile out(cleanFile);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(TestMessage::cleanVxu().er7());
        }
        m_app = m_desk.signedIn(&m_credentials, QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor"));
        for (const auto &step : std::initializer_list<std::function<void()>>{
                 [this] { inviteFromTheQueue(); }, [this] { throughPlanAndTestTransport(); },
                 [this, cleanFile] { throughTechnicalReviewAndProduction(cleanFile); },
                 [this, cleanFile] { throughMonitoring(cleanFile); }, [this] { ongoingLetterAsPdf(); },
                 [this] { firstRowInTheChecker(); }}) {
            step();
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(m_view->trend()->chartPointCount(), 3);
        QVERIFY(activate(m_view));
        grab(m_view, QStringLiteral("project-final"));
        // The whole board again (Ctrl+F, the filter emptied): the completed project has left it.
        QVERIFY(activate(m_board));
        QTest::keyClick(m_board, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClick(child<QLineEdit>(m_board, "onboardingFilter"), Qt::Key_Delete);
        QTRY_VERIFY_WITH_TIMEOUT(m_board->board().queueEntry(m_entryId), kTimeoutMs);
        QVERIFY(!m_board->board().locate(OnboardingCard::Kind::Project, m_projectId));
        grab(m_board, QStringLiteral("board-final"));
    }

    // Ticket ▸ Open onboarding project (Ctrl+Alt+P) on a data exchange ticket: the project of
    // the ticket's organization, or the status bar says why there is none.
    void dataExchangeTicketOpensTheProject()
    {
        m_app = m_desk.signedIn(&m_credentials, QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor"));
        MainWindow *w = m_app->mainWindow();
        auto *action = child<QAction>(w, "ticketOnboardingAction");
        const Ticket *exchange = nullptr;
        const Ticket *other = nullptr;
        for (const Ticket &t : m_app->queue()->model()->tickets()) {
            if (t.category == QLatin1String("data_exchange") && t.organizationId)
                exchange = exchange ? exchange : &t;
            else if (t.category != QLatin1String("data_exchange"))
                other = other ? other : &t;
        }
        QVERIFY(exchange && other);
        const qint64 organization = *exchange->organizationId;
        QVERIFY(w->queueView()->selectTicket(other->id));
        QVERIFY(!action->isEnabled());
        QVERIFY(w->queueView()->selectTicket(exchange->id));
        QVERIFY(action->isEnabled());
        test::HttpTestClient http(m_desk.server->baseUrl());
        QCOMPARE(http.login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")).status, 201);
        const QJsonObject onboarding
            = http.get(QStringLiteral("/api/v1/organizations/%1/onboarding").arg(organization)).object();
        const QJsonArray projects = onboarding.value(QStringLiteral("projects")).toArray();
        qint64 waiting = 0;
        for (const QJsonValue &e : onboarding.value(QStringLiteral("queue")).toArray()) {
            if (e.toObject().value(QStringLiteral("status")).toString() == QLatin1String("waiting"))
                waiting = e.toObject().value(QStringLiteral("id")).toInteger();
        }
        QVERIFY(activate(w));
        QTest::keyClick(w, Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
        OnboardingProjectView *view = m_app->onboardingArea()->projectView();
        if (projects.isEmpty()) {
            QTRY_VERIFY_WITH_TIMEOUT(w->statusBar()->currentMessage().contains(QStringLiteral("queue")), kTimeoutMs);
            QVERIFY(!view->isVisible());
            // The organization (registered if it was not) is invited; the same keys open its project.
            if (!waiting) {
                const auto entry = onboardingtest::registerInQueue(http, organization);
                QVERIFY2(entry.status == 201, entry.raw.constData());
                waiting = entry.object().value(QStringLiteral("id")).toInteger();
            }
            const auto invited
                = http.post(QStringLiteral("/api/v1/onboarding/queue/%1/invite").arg(waiting), QJsonObject{});
            QCOMPARE(invited.status, 201);
            QVERIFY(activate(w));
            QTest::keyClick(w, Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
        }
        QTRY_VERIFY_WITH_TIMEOUT(view->isVisible() && view->project().organization.id == organization, kTimeoutMs);
    }
};

QTEST_MAIN(TestOnboardingWalk)
#include "tst_onboardingwalk.moc"
