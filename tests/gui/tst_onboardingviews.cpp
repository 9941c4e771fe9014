// The onboarding board and project view through the real app wiring against the seeded
// in-process server, offscreen, by keyboard: View ▸ Onboarding board (Ctrl+Alt+O) shows the
// queue and the stages; a supervisor invites a waiting organization and its card appears in
// Plan; Enter opens the project; passing Plan before the agreed plan is set is refused with
// the gate's reasons in words and nothing typed is lost; once the plan is set the stage
// passes and the card moves to Test transport; a letter is issued and saved as a PDF. A
// specialist sees no supervisor actions, and a contact edit that someone else overtook shows
// the conflict and keeps what was typed. Every control has a name and mnemonics are unique.
#include "../testdata.h"
#include "application.h"
#include "deskfixture.h"
#include "guitesthelpers.h"
#include "httptestclient.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "onboardingboardview.h"
#include "onboardingconnector.h"
#include "onboardingcontactseditor.h"
#include "onboardingguisupport.h"
#include "onboardingprojectview.h"
#include "onboardingtrendview.h"

#include <serverconfig.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace izdesk;
using izdesk::testing::child;
using onboardinggui::activate;
using onboardinggui::answerNextDialog;
using onboardinggui::grab;

namespace {

constexpr int kTimeoutMs = 30000;

} // namespace

class TestOnboardingViews : public QObject
{
    Q_OBJECT

    testing::DeskFixture m_desk;
    MemoryCredentialStore m_credentials;
    QString m_organization;
    qint64 m_entryId = 0;

    // Registers a seeded organization with no onboarding yet in the queue (as a supervisor).
    bool registerOrganization(test::HttpTestClient &http)
    {
        const auto orgs = http.get(QStringLiteral("/api/v1/organizations?limit=100"));
        for (const QJsonValue &v : orgs.object().value(QStringLiteral("items")).toArray()) {
            const QJsonObject org = v.toObject();
            const auto created = http.post(QStringLiteral("/api/v1/onboarding/queue"),
                                           {{QStringLiteral("organization_id"), org.value(QStringLiteral("id"))},
                                            {QStringLiteral("reporting_method"), QStringLiteral("electronic")},
                                            {QStringLiteral("transport"), QStringLiteral("soap")},
                                            {QStringLiteral("vfc_enrolled"), true},
                                            {QStringLiteral("monthly_doses"), 400},
                                            {QStringLiteral("site_count"), 2},
                                            {QStringLiteral("registration_complete"), true}});
            if (created.status == 201) {
                m_organization = org.value(QStringLiteral("name")).toString();
                m_entryId = created.object().value(QStringLiteral("id")).toInteger();
                return true;
            }
        }
        qWarning() << "no organization could be registered:" << orgs.status;
        return false;
    }

    static void verifyNamed(QWidget *root)
    {
        const auto check = [](QWidget *w) {
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(QLatin1String(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName()
                                + QStringLiteral(" has no name")));
        };
        for (auto *w : root->findChildren<QAbstractButton *>()) {
            // A line edit's clear button, a table's corner button and tab scrollers are Qt's own.
            if (!qobject_cast<QLineEdit *>(w->parentWidget()) && !w->inherits("QTableCornerButton")
                && !w->parentWidget()->inherits("QTabBar"))
                check(w);
        }
        for (auto *w : root->findChildren<QLineEdit *>()) {
            if (!w->parentWidget()->inherits("QAbstractSpinBox"))
                check(w);
        }
        for (auto *w : root->findChildren<QAbstractItemView *>()) {
            if (!w->inherits("QHeaderView"))
                check(w);
        }
    }

    OnboardingBoardView *openBoard(Application *app)
    {
        QTest::keyClick(app->mainWindow(), Qt::Key_O, Qt::ControlModifier | Qt::AltModifier);
        OnboardingBoardView *board = app->onboardingArea()->board();
        if (!QTest::qWaitForWindowExposed(board))
            qWarning("the board did not open");
        if (!QTest::qWaitFor([board] { return board->statusText().contains(QStringLiteral("active project")); },
                             kTimeoutMs))
            qWarning() << "board status:" << board->statusText();
        return board;
    }

private Q_SLOTS:
    void init()
    {
        // Submissions are sealed under the server's data key (a fixed test key here).
        m_desk.configure = [](izdesk::server::ServerConfig &config) {
            config.dataKey = QByteArray::fromHex("202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f");
        };
        QString error;
        QVERIFY2(m_desk.setUp(&error), qPrintable(error));
        test::HttpTestClient http(m_desk.server->baseUrl());
        QCOMPARE(http.login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")).status, 201);
        QVERIFY(registerOrganization(http));
    }

    void cleanup() { m_desk.tearDown(); }

    void supervisorInvitesPassesAndTheCardMoves()
    {
        auto app = m_desk.signedIn(&m_credentials, QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor"));
        OnboardingBoardView *board = openBoard(app.get());
        QVERIFY(activate(board));
        auto *queue = board->columnList(OnboardingBoard::QueueColumn);
        QTRY_VERIFY_WITH_TIMEOUT(board->board().queueEntry(m_entryId), kTimeoutMs);

        // Ctrl+F, the organization's name, Down: the queue card has the focus; Alt+I invites.
        QTest::keyClick(board, Qt::Key_F, Qt::ControlModifier);
        auto *filter = child<QLineEdit>(board, "onboardingFilter");
        QVERIFY(filter->hasFocus());
        QTest::keyClicks(filter, m_organization);
        QTest::keyClick(filter, Qt::Key_Down);
        QVERIFY(queue->hasFocus());
        QVERIFY(queue->currentItem()->text().startsWith(m_organization));
        QVERIFY(child<QPushButton>(board, "onboardingInvite")->isVisible());
        QTest::keyClick(board, Qt::Key_I, Qt::AltModifier);
        const int plan = OnboardingBoard::columnOfStage(QStringLiteral("plan"));
        qint64 projectId = 0;
        QTRY_VERIFY_WITH_TIMEOUT(!board->board().cards(plan).isEmpty(), kTimeoutMs);
        projectId = board->board().cards(plan).constFirst().id;
        QCOMPARE(board->board().cards(plan).constFirst().organization, m_organization);
        QVERIFY(board->board().cards(plan).constFirst().gateText.contains(QStringLiteral("not met")));
        grab(board, QStringLiteral("onboarding-board"));

        // Right from the queue to Plan, Enter opens the project.
        QTest::keyClick(queue, Qt::Key_Right);
        QListWidget *planList = board->columnList(plan);
        QVERIFY(planList->hasFocus());
        QTest::keyClick(planList, Qt::Key_Return);
        OnboardingProjectView *view = app->onboardingArea()->projectView();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        QTRY_COMPARE_WITH_TIMEOUT(view->projectId(), projectId, kTimeoutMs);
        QCOMPARE(child<QLabel>(view, "onboardingProjectTitle")->text(), m_organization);
        QVERIFY(view->gateText().startsWith(QStringLiteral("Gate not met for Plan")));
        testing::verifyMnemonicsUnique(view);
        testing::verifyMnemonicsUnique(board);
        verifyNamed(view);
        verifyNamed(board);

        // A note typed into the contacts first: the refusal below must not lose it.
        auto *technicalName = child<QLineEdit>(view, "contact_technical_1");
        technicalName->setFocus();
        QTest::keyClicks(technicalName, QStringLiteral("Ana Ruiz"));

        // Alt+S before the plan is agreed: refused, with the reasons in words.
        QVERIFY(activate(view));
        auto *pass = child<QPushButton>(view, "onboardingPassStage");
        QVERIFY2(pass->isVisible() && pass->isEnabled(), "Pass stage is not offered to a supervisor");
        QTest::keyClick(view, Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(view->statusText().contains(QStringLiteral("was not passed")), kTimeoutMs);
        QVERIFY2(view->gateText().startsWith(QStringLiteral("Not passed.")), qPrintable(view->gateText()));
        QVERIFY2(view->gateText().contains(QStringLiteral("•")), qPrintable(view->gateText()));
        QCOMPARE(technicalName->text(), QStringLiteral("Ana Ruiz"));
        QCOMPARE(view->project().currentStage, QStringLiteral("plan"));
        grab(view, QStringLiteral("onboarding-project-refused"));

        // Alt+P, Enter: the agreed plan is today; the gate is met.
        answerNextDialog([](QDialog *) {});
        QTest::keyClick(view, Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(view->project().planAgreedOn.isValid(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(view->gateText().startsWith(QStringLiteral("Gate met")), kTimeoutMs);
        QCOMPARE(technicalName->text(), QStringLiteral("Ana Ruiz")); // still there, not yet saved

        // Alt+S again: Plan passes, the project is in Test transport and its card moves.
        QVERIFY(activate(view)); // the dialog has closed
        QVERIFY(pass->isEnabled());
        QTest::keyClick(view, Qt::Key_S, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(view->project().currentStage, QStringLiteral("test_transport"), kTimeoutMs);
        QVERIFY(view->statusText().contains(QStringLiteral("Plan is passed")));
        auto *timeline = child<QTableView>(view, "onboardingTimeline");
        QCOMPARE(timeline->model()->index(0, OnboardingTimelineModel::StateColumn).data().toString(),
                 QStringLiteral("Passed"));
        QCOMPARE(timeline->model()->index(1, OnboardingTimelineModel::StateColumn).data().toString(),
                 QStringLiteral("Current"));
        const int transport = OnboardingBoard::columnOfStage(QStringLiteral("test_transport"));
        QTRY_VERIFY_WITH_TIMEOUT(board->board().locate(OnboardingCard::Kind::Project, projectId)
                                     && board->board().locate(OnboardingCard::Kind::Project, projectId)->first
                                            == transport,
                                 kTimeoutMs);
        QVERIFY(board->board().cards(plan).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(child<QTreeWidget>(view, "onboardingEvents")->topLevelItemCount() >= 2, kTimeoutMs);

        // Alt+V saves the contact typed before.
        QTest::keyClick(view, Qt::Key_V, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(view->project().contact(QStringLiteral("technical")).name, QStringLiteral("Ana Ruiz"),
                                  kTimeoutMs);
        QVERIFY(!view->contacts()->isDirty());

        // Three test batches arrive as the vendor's system sends them; F5 shows the trend and
        // the Test transport gate is met; Alt+S passes it and the card moves on.
        {
            test::HttpTestClient http(m_desk.server->baseUrl());
            QCOMPARE(http.login(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist")).status, 201);
            for (const char *name :
                 {"smm-tester-batch-before.hl7", "mqe-hl7-util-vxu-dtap.hl7", "smm-tester-batch-after.hl7"}) {
                IZDESK_REQUIRE_TEST_DATA("hl7");
                QFile file(QStringLiteral(IZDESK_TEST_DATA "/hl7/") + QLatin1String(name));
                QVERIFY2(file.open(QIODevice::ReadOnly), name);
                const auto sent
                    = http.request("POST", QStringLiteral("/api/v1/onboarding/projects/%1/submissions").arg(projectId),
                                   file.readAll(), {{"Content-Type", "application/hl7-v2"}, {"IZ-Filename", name}});
                QVERIFY2(sent.status == 201, sent.raw.constData());
            }
        }
        QTest::keyClick(view, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(view->trend()->table()->model()->rowCount(), 3, kTimeoutMs);
        QCOMPARE(view->trend()->chartPointCount(), 3);
        QCOMPARE(view->trend()->table()->model()->index(0, OnboardingSubmissionsModel::FileColumn).data().toString(),
                 QStringLiteral("smm-tester-batch-before.hl7"));
        QTRY_VERIFY_WITH_TIMEOUT(view->gateText().startsWith(QStringLiteral("Gate met")), kTimeoutMs);
        QTest::keyClick(view, Qt::Key_S, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(view->project().currentStage, QStringLiteral("technical_review"), kTimeoutMs);
        const int review = OnboardingBoard::columnOfStage(QStringLiteral("technical_review"));
        QTRY_VERIFY_WITH_TIMEOUT(board->board().locate(OnboardingCard::Kind::Project, projectId)
                                     && board->board().locate(OnboardingCard::Kind::Project, projectId)->first
                                            == review,
                                 kTimeoutMs);
        QVERIFY(!view->gateText().startsWith(QStringLiteral("Gate met"))); // review needs a passing batch and a DUA

        // Letters: Alt+E, Alt+I issues the invitation letter, Alt+L saves it as a PDF.
        QTest::keyClick(view, Qt::Key_E, Qt::AltModifier);
        QTest::keyClick(view, Qt::Key_I, Qt::AltModifier);
        auto *letters = child<QTreeWidget>(view, "onboardingLetters");
        QTRY_COMPARE_WITH_TIMEOUT(letters->topLevelItemCount(), 1, kTimeoutMs);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("invitation.pdf"));
        view->setPathChooser([path](QWidget *, const QString &suggested) {
            return suggested.endsWith(QStringLiteral(".pdf")) ? path : QString();
        });
        QTest::keyClick(view, Qt::Key_L, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(view->statusText().startsWith(QStringLiteral("Letter saved")), kTimeoutMs);
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");

        QTest::keyClick(view, Qt::Key_U, Qt::AltModifier); // back to the trend for the picture
        grab(view, QStringLiteral("project"));
        QVERIFY(activate(board));
        QTest::keyClick(board, Qt::Key_F, Qt::ControlModifier);
        filter->clear();
        QVERIFY(board->focusProject(projectId));
        grab(board, QStringLiteral("board"));

        // Closing keeps nothing on screen after sign-out.
        app->mainWindow()->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isVisible() && !board->isVisible(), kTimeoutMs);
        QCOMPARE(view->projectId(), 0);
    }

    void specialistSeesWhatTheRoleAllowsAndTheConflict()
    {
        test::HttpTestClient http(m_desk.server->baseUrl());
        QCOMPARE(http.login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")).status, 201);
        const auto invited
            = http.post(QStringLiteral("/api/v1/onboarding/queue/%1/invite").arg(m_entryId), QJsonObject{});
        QCOMPARE(invited.status, 201);
        const qint64 projectId = invited.object().value(QStringLiteral("id")).toInteger();

        auto app = m_desk.signedIn(&m_credentials, QStringLiteral("specialist"), QStringLiteral("izdesk-specialist"));
        OnboardingBoardView *board = openBoard(app.get());
        QVERIFY(!child<QPushButton>(board, "onboardingInvite")->isVisible());
        QVERIFY(activate(board));
        QTRY_VERIFY_WITH_TIMEOUT(board->focusProject(projectId), kTimeoutMs);
        QTest::keyClick(board->focusWidget(), Qt::Key_Return);
        OnboardingProjectView *view = app->onboardingArea()->projectView();
        QTRY_COMPARE_WITH_TIMEOUT(view->projectId(), projectId, kTimeoutMs);
        QVERIFY(!child<QPushButton>(view, "onboardingPassStage")->isVisible());
        QVERIFY(!child<QPushButton>(view, "onboardingWithdraw")->isVisible());
        QVERIFY(child<QPushButton>(view, "onboardingRecordTraining")->isVisible());
        QVERIFY(child<QPushButton>(view, "onboardingRecordTraining")->isEnabled());

        // The specialist types a name; a supervisor saves another one first.
        QVERIFY(activate(view));
        auto *name = child<QLineEdit>(view, "contact_technical_1");
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Ben Okafor"));
        const auto current = http.get(QStringLiteral("/api/v1/onboarding/projects/%1").arg(projectId));
        const auto patched = http.request(
            "PATCH", QStringLiteral("/api/v1/onboarding/projects/%1").arg(projectId),
            QJsonObject{{QStringLiteral("contacts"),
                         QJsonObject{{QStringLiteral("technical"),
                                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Carla Mendes")}}}}}},
            {{"If-Match", current.header("ETag")}});
        QCOMPARE(patched.status, 200);
        QTest::keyClick(view, Qt::Key_V, Qt::AltModifier);
        auto *conflict = child<QLabel>(view, "onboardingContactsConflict");
        QTRY_VERIFY_WITH_TIMEOUT(conflict->isVisible(), kTimeoutMs);
        QVERIFY2(conflict->text().contains(QStringLiteral("Carla Mendes")), qPrintable(conflict->text()));
        QCOMPARE(name->text(), QStringLiteral("Ben Okafor"));
        QVERIFY(view->statusText().contains(QStringLiteral("changed this project")));
        // Save again keeps the specialist's value.
        QTest::keyClick(view, Qt::Key_V, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(view->project().contact(QStringLiteral("technical")).name,
                                  QStringLiteral("Ben Okafor"), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(conflict->isHidden(), kTimeoutMs); // saved: nothing is waiting any more
        QCOMPARE(name->text(), QStringLiteral("Ben Okafor"));
        grab(view, QStringLiteral("onboarding-project-specialist"));
    }
};

QTEST_MAIN(TestOnboardingViews)
#include "tst_onboardingviews.moc"
