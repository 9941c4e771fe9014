// The accounts windows through the real app wiring against the seeded in-process server,
// offscreen: Accounts ▸ Worklists shows the three worklists with counts, a bulk change is
// refused as a whole or applied and the rows move, the renewal-reminder export writes the
// chosen file, the IIS user view refuses activation without an agreement and activates after
// one is recorded, and every control has an accessible name. Ticket links and signed
// documents are in tst_accountwindows.
#include "accountsviewstest.h"

using namespace izdesk;
using namespace izdesk::test;

class TestAccountsViews : public QObject, private AccountsViewsHarness
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QString error;
        QVERIFY2(m_desk.setUp(&error), qPrintable(error));
    }

    void cleanup() { m_desk.tearDown(); }

    void menuEntryHasItsOwnShortcut()
    {
        auto app = signedIn(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist"));
        MainWindow *window = app->mainWindow();
        auto *action = window->findChild<QAction *>(QStringLiteral("accountsWorklistsAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
        auto *menu = window->findChild<QMenu *>(QStringLiteral("accountsMenu"));
        QVERIFY(menu && menu->menuAction()->isVisible());
        QVERIFY(menu->actions().contains(action));
        // No other action of the window answers the same keys.
        for (const QAction *other : window->findChildren<QAction *>()) {
            if (other != action)
                QVERIFY2(!other->shortcuts().contains(action->shortcut()), qPrintable(other->objectName()));
        }
        // Help > Keyboard shortcuts lists it.
        window->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
        auto *shortcuts = window->findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
        QVERIFY(shortcuts);
        const QList<QTreeWidgetItem *> rows = shortcuts->findItems(QStringLiteral("Worklists"), Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst()->text(1), action->shortcut().toString(QKeySequence::NativeText));
        shortcuts->window()->close();

        // The keys open the worklists.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keySequence(window, action->shortcut());
        QTRY_VERIFY_WITH_TIMEOUT(app->accountsArea()->worklists()->isVisible(), kNetworkTimeoutMs);
    }

    void worklistsShowDataAndBulkActionsFollowTheSelection()
    {
        auto app = signedIn(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor"));
        AccountsWorklistView *view = openWorklists(app.get());
        QVERIFY(view);
        QVERIFY(view->isVisible());
        auto *tabs = child<QTabWidget>(view, "worklistTabs");
        auto *expiring = child<QTreeWidget>(view, "expiringList");
        auto *pending = child<QTreeWidget>(view, "pendingList");
        auto *inactivated = child<QTreeWidget>(view, "inactivatedList");
        QVERIFY(tabs->tabText(0).contains(QString::number(expiring->topLevelItemCount())));
        const QString counts = child<QLabel>(view, "worklistCounts")->text();
        QVERIFY2(counts.contains(QStringLiteral("%1 pending requests").arg(pending->topLevelItemCount())),
                 qPrintable(counts));
        // Expiring rows say how long is left, for users and organizations alike.
        bool sawExpiring = false, sawOrganization = false;
        for (int i = 0; i < expiring->topLevelItemCount(); ++i) {
            sawExpiring = sawExpiring || expiring->topLevelItem(i)->text(2).contains(QLatin1String("left"));
            sawOrganization = sawOrganization || expiring->topLevelItem(i)->text(1) == QLatin1String("Organization");
        }
        QVERIFY(sawExpiring);
        QVERIFY(sawOrganization);
        saveGrab(view, QStringLiteral("accounts-worklists-expiring"));

        // Pending tab: nothing selected, no bulk action.
        tabs->setCurrentWidget(pending);
        auto *activate = child<QPushButton>(view, "activateSelectedButton");
        auto *inactivate = child<QPushButton>(view, "inactivateSelectedButton");
        QVERIFY(!activate->isEnabled());
        const QList<QTreeWidgetItem *> requested = rowsWithState(pending, QStringLiteral("Requested"));
        QVERIFY(requested.size() >= 2);
        requested.at(0)->setSelected(true);
        requested.at(1)->setSelected(true);
        QCOMPARE(view->selectedUserIds().size(), 2);
        QVERIFY(activate->isEnabled());
        QVERIFY(!inactivate->isEnabled()); // no reason yet

        // Activating accounts without agreements is refused as a whole, in words.
        const QString first = requested.at(0)->text(kUsernameColumn);
        const QString second = requested.at(1)->text(kUsernameColumn);
        QTest::mouseClick(activate, Qt::LeftButton);
        auto *message = child<QLabel>(view, "worklistMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("nothing was changed")), kNetworkTimeoutMs);
        QVERIFY(message->text().contains(first) && message->text().contains(second));
        QVERIFY(usernames(pending).contains(first));
        saveGrab(view, QStringLiteral("accounts-worklists-refused"));

        // With a reason, the same two are inactivated and move to "Recently inactivated".
        const int pendingBefore = pending->topLevelItemCount();
        const int inactivatedBefore = inactivated->topLevelItemCount();
        QTest::keyClicks(child<QLineEdit>(view, "reasonEdit"), QStringLiteral("duplicate request"));
        QVERIFY(inactivate->isEnabled());
        QTest::mouseClick(inactivate, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(inactivated->topLevelItemCount(), inactivatedBefore + 2, kNetworkTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(pending->topLevelItemCount(), pendingBefore - 2, kNetworkTimeoutMs);
        QVERIFY(usernames(inactivated).contains(first));
        QVERIFY(!usernames(pending).contains(second));
        QCOMPARE(message->text(), QStringLiteral("2 accounts changed."));
        verifyAccessibleNames(view);
        verifyMnemonicsUnique(view);
    }

    void specialistsSeeWorklistsWithoutBulkActions()
    {
        auto app = signedIn(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist"));
        AccountsWorklistView *view = openWorklists(app.get());
        QVERIFY(view);
        QTreeWidget *pending = showPending(view);
        pending->setCurrentItem(pending->topLevelItem(0));
        QCOMPARE(view->selectedUserIds().size(), 1);
        QVERIFY(!child<QPushButton>(view, "activateSelectedButton")->isEnabled());
        QVERIFY(!child<QLineEdit>(view, "reasonEdit")->isEnabled());
        QVERIFY(child<QPushButton>(view, "activateSelectedButton")->toolTip().contains(QLatin1String("supervisors")));
        QVERIFY(child<QPushButton>(view, "openButton")->isEnabled()); // reading is for everyone
    }

    void exportActionWritesTheChosenFile()
    {
        auto app = signedIn(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer"));
        AccountsWorklistView *view = openWorklists(app.get());
        QVERIFY(view);
        const int rows = child<QTreeWidget>(view, "expiringList")->topLevelItemCount();
        auto *exportButton = child<QPushButton>(view, "exportButton");
        QVERIFY(exportButton->isEnabled());
        QCOMPARE(exportButton->text(), QStringLiteral("E&xport renewal reminders (CSV)…"));
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view->findChild<QFileDialog *>(QStringLiteral("exportDialog"))) && dialog->isVisible());
        const QString path = m_desk.dir->filePath(QStringLiteral("reminders.csv"));
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as the Save button does
        auto *message = child<QLabel>(view, "worklistMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("saved to")), kNetworkTimeoutMs);
        QVERIFY(message->text().contains(QStringLiteral("(rows: %1)").arg(rows)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), rows + 2);
        QCOMPARE(lines.constFirst(),
                 QByteArray("\xEF\xBB\xBFname,email,organization,agreement,expires_on,days_left\r"));
    }

    void userViewRefusesActivationUntilAnAgreementIsRecorded()
    {
        auto app = signedIn(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist"));
        AccountsWorklistView *worklists = openWorklists(app.get());
        QVERIFY(worklists);
        QTreeWidget *pending = showPending(worklists);
        const QList<QTreeWidgetItem *> waiting = rowsWithState(pending, QStringLiteral("Pending agreement"));
        QVERIFY(!waiting.isEmpty());
        const QString username = waiting.first()->text(kUsernameColumn);
        pending->setCurrentItem(waiting.first());
        pending->setFocus();
        QTest::keyClick(pending, Qt::Key_Return); // Enter opens the account

        IisUserView *view = app->accountsArea()->userView();
        QTRY_VERIFY_WITH_TIMEOUT(view->isVisible() && child<QLabel>(view, "accountUsername")->text() == username,
                                 kNetworkTimeoutMs);
        QCOMPARE(child<QLabel>(view, "accountStatus")->text(), QStringLiteral("Pending agreement"));
        QCOMPARE(child<QLabel>(view, "accountAgreement")->text(), QStringLiteral("None on file"));
        auto *agreements = child<QTreeWidget>(view, "agreementList");
        QCOMPARE(agreements->topLevelItemCount(), 0);

        auto *message = child<QLabel>(view, "accountMessage");
        QTest::mouseClick(child<QPushButton>(view, "activateButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("cannot activate")), kNetworkTimeoutMs);
        QVERIFY(message->text().contains(username));
        QCOMPARE(child<QLabel>(view, "accountStatus")->text(), QStringLiteral("Pending agreement"));
        saveGrab(view, QStringLiteral("accounts-user-refused"));

        // Record the signed confidentiality statement, then activate.
        auto *record = child<QPushButton>(view, "recordAgreementButton");
        QVERIFY(!record->isEnabled()); // version missing
        QTest::keyClicks(child<QLineEdit>(view, "agreementVersionEdit"), QStringLiteral("2026-1"));
        QVERIFY(record->isEnabled());
        QTest::mouseClick(record, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(agreements->topLevelItemCount(), 1, kNetworkTimeoutMs);
        QCOMPARE(agreements->topLevelItem(0)->text(0), QStringLiteral("Confidentiality statement"));
        QCOMPARE(agreements->topLevelItem(0)->text(5), QStringLiteral("Current"));
        QVERIFY(child<QLineEdit>(view, "agreementVersionEdit")->text().isEmpty()); // ready for the next one
        QTRY_VERIFY(child<QLabel>(view, "accountAgreement")->text().startsWith(QLatin1String("Current")));

        QTest::mouseClick(child<QPushButton>(view, "activateButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(view, "accountStatus")->text(), QStringLiteral("Active"),
                                  kNetworkTimeoutMs);
        QVERIFY(message->text().contains(QLatin1String("is now Active")));
        QVERIFY(!child<QPushButton>(view, "activateButton")->isEnabled());
        saveGrab(view, QStringLiteral("accounts-user-active"));
        verifyAccessibleNames(view);
        verifyMnemonicsUnique(view);

        // The new user gets a temporary password to be read out on the phone: shown once,
        // copied on request, and the account records that one was issued.
        QTest::mouseClick(child<QPushButton>(view, "issueCredentialButton"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = view->findChild<QMessageBox *>(QStringLiteral("credentialBox"))) != nullptr
                                     && box->isVisible(),
                                 kNetworkTimeoutMs);
        QVERIFY(box->text().contains(username));
        const QString shown = QTextDocumentFragment::fromHtml(box->informativeText()).toPlainText();
        QVERIFY2(shown.size() > 12, qPrintable(QString::number(shown.size())));
        QTest::mouseClick(child<QPushButton>(box, "copyCredentialButton"), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(!copied.isEmpty());
        QVERIFY(shown.contains(copied));
        QTRY_VERIFY(!view->findChild<QMessageBox *>(QStringLiteral("credentialBox")));
        QVERIFY(message->text().contains(QLatin1String("Temporary password issued")));
    }
};

QTEST_MAIN(TestAccountsViews)
#include "tst_accountsviews.moc"
