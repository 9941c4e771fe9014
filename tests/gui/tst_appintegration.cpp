// The real app wiring (Application: controllers + widgets) against a real in-process server.
#include "application.h"
#include "autoassigndialog.h"
#include "inboundcallconnector.h"
#include "inboundcalldialog.h"
#include "supervisorconnector.h"
#include "timelineview.h"
#include "environmentbanner.h"
#include "deskfixture.h"
#include "guitesthelpers.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "outbox.h"
#include "sessioncontroller.h"
#include "settings.h"
#include "testserver.h"
#include "ticketdetailpanel.h"
#include "ticketeditordialog.h"
#include "ticketqueuecontroller.h"
#include "ticketqueueview.h"

#include <QAction>
#include <QComboBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace izdesk;
using izdesk::testing::child;

namespace {
constexpr int kNetworkTimeoutMs = 30000;
}

class TestAppIntegration : public QObject
{
    Q_OBJECT

    testing::DeskFixture m_desk;
    MemoryCredentialStore m_credentials; // holds the cache key across "restarts" of the app

    std::unique_ptr<Application> makeApp()
    {
        auto app = std::make_unique<Application>(m_desk.settings.get(), &m_credentials);
        app->start();
        return app;
    }

    static void signIn(Application *app, const QString &password)
    {
        LoginDialog *login = app->loginDialog();
        QVERIFY(login->isVisible());
        auto *combo = child<QComboBox>(login, "profileCombo");
        combo->setCurrentIndex(combo->findData(QStringLiteral("training")));
        QVERIFY(combo->currentIndex() >= 0);
        auto *user = child<QLineEdit>(login, "usernameEdit");
        user->clear();
        QTest::keyClicks(user, QStringLiteral("trainer"));
        auto *pass = child<QLineEdit>(login, "passwordEdit");
        pass->clear();
        QTest::keyClicks(pass, password);
        QTest::keyClick(pass, Qt::Key_Return);
    }

    static QTableView *table(Application *app) { return child<QTableView>(app->mainWindow(), "ticketTable"); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QString error;
        QVERIFY2(m_desk.setUp(&error), qPrintable(error));
    }

    void cleanup() { m_desk.tearDown(); }

    void wrongPasswordThenSignInShowsSeededQueue()
    {
        auto app = makeApp();
        signIn(app.get(), QStringLiteral("not-the-password"));
        auto *error = child<QLabel>(app->loginDialog(), "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kNetworkTimeoutMs);
        QVERIFY(app->loginDialog()->isVisible());
        QCOMPARE(child<QLineEdit>(app->loginDialog(), "usernameEdit")->text(), QStringLiteral("trainer"));
        QVERIFY(!app->mainWindow()->isVisible());

        signIn(app.get(), QStringLiteral("izdesk-trainer"));
        QTRY_VERIFY_WITH_TIMEOUT(app->mainWindow()->isVisible(), kNetworkTimeoutMs);
        QVERIFY(!app->loginDialog()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(table(app.get())->model()->rowCount() > 0, kNetworkTimeoutMs);
        const int total = app->queue()->model()->rowCount();
        auto *count = child<QLabel>(app->mainWindow(), "countLabel");
        QVERIFY2(count->text().endsWith(QStringLiteral(" of %1 tickets").arg(total)), qPrintable(count->text()));

        auto *banner = app->mainWindow()->banner();
        QVERIFY(banner->isVisible());
        QVERIFY(banner->environmentText().startsWith(QStringLiteral("TRAINING")));
        QVERIFY(!banner->isOffline());
        auto *user = child<QLabel>(app->mainWindow(), "userStatus");
        QVERIFY2(user->text().contains(QStringLiteral("Trainer")), qPrintable(user->text()));

        // Selecting a row shows it in the detail panel.
        QVERIFY(app->mainWindow()->queueView()->selectFirstTicket());
        const auto shown = app->mainWindow()->detailPanel()->ticket();
        QVERIFY(shown.has_value());
        QCOMPARE(child<QLabel>(app->mainWindow(), "subjectValue")->text(), shown->subject);
    }

    void newTicketThroughEditorAppearsInQueue()
    {
        auto app = makeApp();
        signIn(app.get(), QStringLiteral("izdesk-trainer"));
        QTRY_VERIFY_WITH_TIMEOUT(app->queue()->lastRefresh().isValid(), kNetworkTimeoutMs);
        const int before = app->queue()->model()->rowCount();
        MainWindow *w = app->mainWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        QTest::keyClick(w, Qt::Key_N, Qt::ControlModifier);
        TicketEditorDialog *editor = app->editor();
        QTRY_VERIFY(editor->isVisible());
        QTest::keyClicks(child<QLineEdit>(editor, "subjectEdit"), QStringLiteral("Fax from Valley Pediatrics"));
        auto *category = child<QComboBox>(editor, "categoryCombo");
        category->setCurrentIndex(category->findData(QStringLiteral("records_request")));
        QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
        QVERIFY(editor->isSaving() || !editor->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isVisible(), kNetworkTimeoutMs);
        QCOMPARE(app->queue()->model()->rowCount(), before + 1);
        // The new ticket is selected and shown.
        QTRY_COMPARE(child<QLabel>(w, "subjectValue")->text(), QStringLiteral("Fax from Valley Pediatrics"));
    }

    void serverStopShowsOfflineBannerAndKeepsRows()
    {
        auto app = makeApp();
        signIn(app.get(), QStringLiteral("izdesk-trainer"));
        QTRY_VERIFY_WITH_TIMEOUT(app->mainWindow()->isVisible(), kNetworkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(table(app.get())->model()->rowCount() > 0, kNetworkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(app->queue()->lastRefresh().isValid(), kNetworkTimeoutMs);
        const int rows = table(app.get())->model()->rowCount();

        m_desk.server->stop();
        app->mainWindow()->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(app->mainWindow()->banner()->isOffline(), kNetworkTimeoutMs);
        auto *offline = child<QLabel>(app->mainWindow(), "offlineLabel");
        QVERIFY(offline->isVisible());
        QVERIFY2(offline->text().startsWith(QStringLiteral("Offline")), qPrintable(offline->text()));
        QCOMPARE(table(app.get())->model()->rowCount(), rows);
        // Editing needs the server's current version; a new ticket can still be written.
        QVERIFY(!app->mainWindow()->findChild<QAction *>(QStringLiteral("editTicketAction"))->isEnabled());
        QVERIFY(app->mainWindow()->findChild<QAction *>(QStringLiteral("newTicketAction"))->isEnabled());
        QVERIFY(child<QLabel>(app->mainWindow(), "onlineStatus")->text().contains(QStringLiteral("Offline")));
    }

    // Clicks a button of the sign-out warning as soon as it is shown (it runs a modal loop).
    static void answerSignOutWarning(const QString &buttonName)
    {
        auto *poll = new QTimer;
        QObject::connect(poll, &QTimer::timeout, poll, [poll, buttonName] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w->objectName() == QLatin1String("signOutPendingBox") && w->isVisible()) {
                    poll->deleteLater();
                    if (const QString dir = qEnvironmentVariable("IZDESK_GRAB_DIR"); !dir.isEmpty())
                        w->grab().save(dir + QStringLiteral("/signout-pending.png"));
                    w->findChild<QPushButton *>(buttonName)->click();
                    return;
                }
            }
        });
        poll->start(10);
    }

    void signOutWithUnsentChangesAsksFirst()
    {
        auto app = makeApp();
        signIn(app.get(), QStringLiteral("izdesk-trainer"));
        QTRY_VERIFY_WITH_TIMEOUT(app->queue()->lastRefresh().isValid(), kNetworkTimeoutMs);
        const Ticket t = app->queue()->model()->tickets().constFirst();
        m_desk.server->stop();
        app->queue()->updateTicket(t.id, {{QStringLiteral("priority"),
                                          t.priority == QLatin1String("low") ? QStringLiteral("high") : QStringLiteral("low")}});
        QTRY_VERIFY_WITH_TIMEOUT(app->session()->outbox()->pendingCount() > 0, kNetworkTimeoutMs);
        auto *signOut = app->mainWindow()->findChild<QAction *>(QStringLiteral("signOutAction"));
        QVERIFY(signOut);

        answerSignOutWarning(QStringLiteral("signOutStayButton"));
        signOut->trigger();
        QVERIFY(app->session()->isSignedIn());
        QVERIFY(app->session()->outbox()->pendingCount() > 0); // nothing was dropped

        answerSignOutWarning(QStringLiteral("signOutDiscardButton"));
        signOut->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!app->session()->isSignedIn(), kNetworkTimeoutMs);
    }

    void offlineStartShowsCachedQueue()
    {
        int rows = 0;
        {
            auto first = makeApp();
            signIn(first.get(), QStringLiteral("izdesk-trainer"));
            QTRY_VERIFY_WITH_TIMEOUT(first->queue()->lastRefresh().isValid(), kNetworkTimeoutMs);
            rows = first->queue()->model()->rowCount();
            QVERIFY(rows > 0);
            QTest::qWait(1500); // the cache writer thread stores the queue
        } // closed without signing out: the cache (and its key in the store) stays

        m_desk.server->stop();
        auto app = makeApp();
        signIn(app.get(), QStringLiteral("izdesk-trainer"));
        QTRY_VERIFY_WITH_TIMEOUT(app->mainWindow()->isVisible(), kNetworkTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(app->queue()->model()->rowCount(), rows, kNetworkTimeoutMs);
        QVERIFY(app->mainWindow()->banner()->isOffline());
        QVERIFY(child<QLabel>(app->mainWindow(), "offlineLabel")->isVisible());
        QVERIFY(table(app.get())->model()->rowCount() > 0);
    }

    void noteAndInboundCallReachTheServerAndTheTimeline()
    {
        auto app = makeApp();
        signIn(app.get(), QStringLiteral("izdesk-trainer"));
        QTRY_VERIFY_WITH_TIMEOUT(app->queue()->lastRefresh().isValid(), kNetworkTimeoutMs);
        MainWindow *w = app->mainWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        QVERIFY(w->queueView()->selectFirstTicket());
        const Ticket ticket = *w->detailPanel()->ticket();
        auto *timeline = child<TimelineView>(w, "timelineView");
        QTest::qWait(500); // the timeline of the selected ticket loads
        const int before = timeline->count();

        // Ctrl+Shift+I: internal note, Ctrl+Enter sends it.
        QTest::keyClick(w, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        auto *edit = child<QPlainTextEdit>(w, "entryEdit");
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, QStringLiteral("Checked the facility's VFC PIN"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(timeline->count(), before + 1, kNetworkTimeoutMs);
        QVERIFY(timeline->item(timeline->count() - 1)->text().contains(QStringLiteral("Internal note")));
        QTRY_VERIFY(edit->toPlainText().isEmpty()); // cleared once the server has it

        // Ctrl+Shift+N: inbound call; the caller's recent tickets appear as the number is typed.
        const int rows = app->queue()->model()->rowCount();
        QTest::keyClick(w, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        InboundCallDialog *dialog = app->inboundCall()->dialog();
        QTRY_VERIFY(dialog->isVisible());
        auto *phone = child<QLineEdit>(dialog, "callerPhoneEdit");
        QTRY_VERIFY(phone->hasFocus());
        QTest::keyClicks(phone, ticket.requesterContact);
        auto *recent = child<QListWidget>(dialog, "recentTicketsList");
        if (!ticket.requesterContact.contains(QLatin1Char('@')))
            QTRY_VERIFY_WITH_TIMEOUT(recent->count() > 0, kNetworkTimeoutMs);
        QTest::keyClicks(child<QLineEdit>(dialog, "callSubjectEdit"), QStringLiteral("Asks about reminder letters"));
        QTest::mouseClick(child<QPushButton>(dialog, "createCallTicketButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), kNetworkTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(app->queue()->model()->rowCount(), rows + 1, kNetworkTimeoutMs);
        // The new ticket is selected and the call is logged on it.
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(w, "subjectValue")->text(), QStringLiteral("Asks about reminder letters"),
                                  kNetworkTimeoutMs);
        auto hasCall = [timeline] {
            for (int i = 0; i < timeline->count(); ++i) {
                if (timeline->item(i)->text().contains(QStringLiteral("Inbound call")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasCall(), kNetworkTimeoutMs);
    }

    void supervisorSeesTheDeskAndPreviewsAutoAssignment()
    {
        auto app = makeApp();
        signIn(app.get(), QStringLiteral("izdesk-trainer"));
        QTRY_VERIFY_WITH_TIMEOUT(app->queue()->lastRefresh().isValid(), kNetworkTimeoutMs);
        MainWindow *w = app->mainWindow();
        auto *desk = w->findChild<QAction *>(QStringLiteral("deskBoardAction"));
        QVERIFY(desk && desk->isEnabled());
        desk->trigger();
        auto *board = child<QTableWidget>(w, "staffBoardTable");
        QTRY_VERIFY_WITH_TIMEOUT(board->rowCount() > 0, kNetworkTimeoutMs);

        w->findChild<QAction *>(QStringLiteral("autoAssignAction"))->trigger();
        AutoAssignDialog *dialog = app->supervisorTools()->autoAssignDialog();
        QTRY_VERIFY(dialog->isVisible());
        QTest::mouseClick(child<QPushButton>(dialog, "previewButton"), Qt::LeftButton);
        auto *status = child<QLabel>(dialog, "assignStatus");
        QTRY_VERIFY_WITH_TIMEOUT(!status->text().contains(QStringLiteral("Working out")), kNetworkTimeoutMs);
        const int planned = child<QTableWidget>(dialog, "planTable")->rowCount();
        const int skipped = child<QTableWidget>(dialog, "skippedTable")->rowCount();
        QVERIFY2(planned + skipped > 0 || status->text() == QStringLiteral("Nothing to assign."), qPrintable(status->text()));
        if (planned > 0) {
            QTest::mouseClick(child<QPushButton>(dialog, "applyPlanButton"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("assigned")), kNetworkTimeoutMs);
        }
    }
};

QTEST_MAIN(TestAppIntegration)
#include "tst_appintegration.moc"
