// The accounts windows through the real app wiring against the seeded in-process server,
// offscreen: Accounts ▸ Worklists shows the three worklists with counts, a bulk change is
// refused as a whole or applied and the rows move, the renewal-reminder export writes the
// chosen file, the IIS user view refuses activation without an agreement and activates after
// one is recorded, ticket link chips open the organization and IIS user windows, a signed
// agreement document is attached and saved from both windows, and every control has an
// accessible name.
#include "accountsconnector.h"
#include "accountsworklistview.h"
#include "agreementdocumentbar.h"
#include "application.h"
#include "deskfixture.h"
#include "guitesthelpers.h"
#include "iisuserview.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "organizationview.h"
#include "settings.h"
#include "testserver.h"
#include "ticketextrasconnector.h"
#include "ticketlinksbar.h"
#include "ticketlistmodel.h"
#include "ticketqueuecontroller.h"
#include "ticketqueueview.h"
#include "tickettimelinecontroller.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QMessageBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QTextDocumentFragment>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace izdesk;
using izdesk::testing::child;
using izdesk::testing::saveGrab;
using izdesk::testing::verifyMnemonicsUnique;

namespace {
constexpr int kNetworkTimeoutMs = 30000;

// Column of the account lists (pending / inactivated) holding the username.
constexpr int kUsernameColumn = 1;
constexpr int kStateColumn = 4;
// Column of the agreement lists (IIS user and organization windows) with the signed document.
constexpr int kDocumentColumn = 6;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// What the file dialogs would answer: `open` for Attach, `saveAs` for Save (and what Save suggested).
struct ChosenFiles
{
    QString open;
    QString saveAs;
    QString suggested;

    AgreementDocumentBar::FileChooser chooser()
    {
        return [this](QWidget *, bool save, const QString &suggestion) {
            if (!save)
                return open;
            suggested = suggestion;
            return saveAs;
        };
    }
};
} // namespace

class TestAccountsViews : public QObject
{
    Q_OBJECT

    testing::DeskFixture m_desk;
    MemoryCredentialStore m_credentials;

    std::unique_ptr<Application> signedIn(const QString &user, const QString &password)
    {
        return m_desk.signedIn(&m_credentials, user, password);
    }

    // Opens Accounts ▸ Worklists from the menu and waits for all three lists.
    static AccountsWorklistView *openWorklists(Application *app)
    {
        auto *action = app->mainWindow()->findChild<QAction *>(QStringLiteral("accountsWorklistsAction"));
        if (!action)
            return nullptr;
        action->trigger();
        AccountsWorklistView *view = app->accountsArea()->worklists();
        const bool loaded = QTest::qWaitFor(
            [view] {
                return child<QTreeWidget>(view, "expiringList")->topLevelItemCount() > 0
                       && child<QTreeWidget>(view, "pendingList")->topLevelItemCount() > 0
                       && child<QTreeWidget>(view, "inactivatedList")->topLevelItemCount() > 0;
            },
            kNetworkTimeoutMs);
        return loaded ? view : nullptr;
    }

    // Switches the worklists to "Pending requests" and returns that list.
    static QTreeWidget *showPending(AccountsWorklistView *view)
    {
        auto *pending = child<QTreeWidget>(view, "pendingList");
        child<QTabWidget>(view, "worklistTabs")->setCurrentWidget(pending);
        return pending;
    }

    static QList<QTreeWidgetItem *> rowsWithState(QTreeWidget *list, const QString &state)
    {
        QList<QTreeWidgetItem *> rows;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(kStateColumn) == state)
                rows << list->topLevelItem(i);
        }
        return rows;
    }

    static QStringList usernames(QTreeWidget *list)
    {
        QStringList names;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            names << list->topLevelItem(i)->text(kUsernameColumn);
        return names;
    }

    static void verifyAccessibleNames(QWidget *root)
    {
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                                     || qobject_cast<QComboBox *>(w) || qobject_cast<QTreeWidget *>(w)
                                     || qobject_cast<QTabWidget *>(w);
            // Inner parts Qt builds itself (line edit of a spin box, scroll bar arrows) are skipped.
            if (!interactive || w->objectName().startsWith(QLatin1String("qt_")) || !w->parentWidget()
                || qobject_cast<QDateEdit *>(w->parentWidget()) || qobject_cast<QLineEdit *>(w->parentWidget())
                || qobject_cast<QTabWidget *>(w->parentWidget()->parentWidget()))
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                                    .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))));
        }
    }

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

    void ticketLinksOpenTheOrganizationAndTheUser()
    {
        auto app = signedIn(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist"));
        AccountsWorklistView *worklists = openWorklists(app.get());
        QVERIFY(worklists);
        // An organization and a user from the worklists, linked to the current ticket.
        auto *expiring = child<QTreeWidget>(worklists, "expiringList");
        QString organizationName;
        for (int i = 0; i < expiring->topLevelItemCount() && organizationName.isEmpty(); ++i) {
            if (expiring->topLevelItem(i)->text(1) == QLatin1String("Organization"))
                organizationName = expiring->topLevelItem(i)->text(0);
        }
        QVERIFY(!organizationName.isEmpty());
        qint64 organizationId = 0;
        for (int i = 0; i < expiring->topLevelItemCount(); ++i) {
            if (expiring->topLevelItem(i)->text(0) == organizationName)
                organizationId = expiring->topLevelItem(i)->data(0, Qt::UserRole).toLongLong();
        }
        auto *pending = child<QTreeWidget>(worklists, "pendingList");
        const qint64 userId = pending->topLevelItem(0)->data(0, Qt::UserRole).toLongLong();
        const QString username = pending->topLevelItem(0)->text(kUsernameColumn);
        worklists->hide();

        const qint64 ticketId = app->queue()->model()->tickets().constFirst().id;
        app->mainWindow()->queueView()->selectTicket(ticketId);
        app->timeline()->addLink(ticketId, QStringLiteral("organization"), QString::number(organizationId));
        app->timeline()->addLink(ticketId, QStringLiteral("iis_user"), QString::number(userId));
        TicketLinksBar *bar = app->ticketExtras()->links();
        QTRY_COMPARE_WITH_TIMEOUT(bar->findChildren<QToolButton *>(QStringLiteral("openLinkButton")).size(), 2,
                                  kNetworkTimeoutMs);
        QToolButton *openOrganization = nullptr;
        QToolButton *openUser = nullptr;
        for (QToolButton *b : bar->findChildren<QToolButton *>(QStringLiteral("openLinkButton"))) {
            QVERIFY(!b->accessibleName().isEmpty());
            (b->text().startsWith(QLatin1String("Organization")) ? openOrganization : openUser) = b;
        }
        QVERIFY(openOrganization && openUser);
        QCOMPARE(openOrganization->text(), QStringLiteral("Organization: %1").arg(organizationName));

        QTest::mouseClick(openOrganization, Qt::LeftButton);
        OrganizationView *organization = app->accountsArea()->organizationView();
        QTRY_VERIFY_WITH_TIMEOUT(organization->isVisible(), kNetworkTimeoutMs);
        QCOMPARE(child<QLabel>(organization, "organizationName")->text(), organizationName);
        QVERIFY(!child<QLabel>(organization, "organizationType")->text().isEmpty());
        auto *sites = child<QTreeWidget>(organization, "organizationSites");
        QVERIFY(sites->topLevelItemCount() > 0);
        QVERIFY(!sites->topLevelItem(0)->text(1).isEmpty());               // facility code
        QVERIFY(sites->topLevelItem(0)->text(6) != QLatin1String("None")); // seeded administrator
        auto *users = child<QTreeWidget>(organization, "organizationUsers");
        QVERIFY(users->topLevelItemCount() >= sites->topLevelItemCount());
        QCOMPARE(child<QTreeWidget>(organization, "organizationAgreements")->topLevelItemCount(), 1);
        saveGrab(organization, QStringLiteral("accounts-organization"));
        verifyAccessibleNames(organization);
        verifyMnemonicsUnique(organization);

        // Opening a user from the organization, then the linked user from the ticket.
        users->setCurrentItem(users->topLevelItem(0));
        QTest::mouseClick(child<QPushButton>(organization, "openUserButton"), Qt::LeftButton);
        IisUserView *user = app->accountsArea()->userView();
        const QString fromOrganization = users->topLevelItem(0)->text(1);
        QTRY_VERIFY_WITH_TIMEOUT(
            user->isVisible() && child<QLabel>(user, "accountUsername")->text() == fromOrganization, kNetworkTimeoutMs);
        QTest::mouseClick(openUser, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(user, "accountUsername")->text(), username, kNetworkTimeoutMs);

        // From the user to the organization of the user's site (through the facility).
        const QString siteCode = username.section(QLatin1Char('.'), -1).toUpper();
        organization->hide();
        QTest::mouseClick(child<QPushButton>(user, "openOrganizationButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(organization->isVisible(), kNetworkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!sites->findItems(siteCode, Qt::MatchExactly, 1).isEmpty(), kNetworkTimeoutMs);

        // Signing out closes every accounts window.
        app->mainWindow()->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!user->isVisible() && !organization->isVisible(), kNetworkTimeoutMs);
    }

    void signedDocumentsAreAttachedAndSavedFromBothWindows()
    {
        auto app = signedIn(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist"));
        AccountsWorklistView *worklists = openWorklists(app.get());
        QVERIFY(worklists);
        auto *expiring = child<QTreeWidget>(worklists, "expiringList");
        qint64 userId = 0;
        qint64 organizationId = 0;
        for (int i = 0; i < expiring->topLevelItemCount(); ++i) {
            qint64 &id = expiring->topLevelItem(i)->text(1) == QLatin1String("Organization") ? organizationId : userId;
            if (!id)
                id = expiring->topLevelItem(i)->data(0, Qt::UserRole).toLongLong();
        }
        QVERIFY(userId > 0 && organizationId > 0);
        worklists->hide();

        QByteArray pdf("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        pdf.append(QByteArray(2048 - pdf.size(), ' '));
        const QString pdfPath = m_desk.dir->filePath(QStringLiteral("signed statement.pdf"));
        QVERIFY(writeAll(pdfPath, pdf));
        const QString textPath = m_desk.dir->filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeAll(textPath, "not a scan\n"));
        ChosenFiles files;

        // The IIS user window: an agreement on file without its document.
        app->accountsArea()->openUser(userId);
        IisUserView *view = app->accountsArea()->userView();
        auto *agreements = child<QTreeWidget>(view, "agreementList");
        QTRY_VERIFY_WITH_TIMEOUT(view->isVisible() && agreements->topLevelItemCount() > 0, kNetworkTimeoutMs);
        view->documentBar()->setFileChooser(files.chooser());
        auto *attach = child<QPushButton>(view, "attachDocumentButton");
        auto *save = child<QPushButton>(view, "saveDocumentButton");
        auto *message = child<QLabel>(view, "accountMessage");
        QCOMPARE(attach->text(), QStringLiteral("Attac&h signed document…"));
        QCOMPARE(save->text(), QStringLiteral("Sav&e signed document…"));
        QCOMPARE(agreements->headerItem()->text(kDocumentColumn), QStringLiteral("Document"));
        QCOMPARE(agreements->topLevelItem(0)->text(kDocumentColumn), QStringLiteral("—"));
        agreements->setCurrentItem(nullptr);
        QVERIFY(!attach->isEnabled()); // no agreement selected
        QVERIFY(!save->isEnabled());
        agreements->setCurrentItem(agreements->topLevelItem(0));
        const qint64 agreementId = agreements->currentItem()->data(0, Qt::UserRole).toLongLong();
        QVERIFY(agreementId > 0);
        QVERIFY(attach->isEnabled());
        QVERIFY(!save->isEnabled()); // nothing on file to save

        // The list's context menu has both, with keys that work while the list has focus.
        QCOMPARE(agreements->contextMenuPolicy(), Qt::ActionsContextMenu);
        auto *attachAction = agreements->findChild<QAction *>(QStringLiteral("attachDocumentAction"));
        QVERIFY(attachAction && agreements->actions().contains(attachAction));
        QCOMPARE(attachAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
        QVERIFY(agreements->actions().contains(agreements->findChild<QAction *>(QStringLiteral("saveDocumentAction"))));

        // A text file is refused in words, before anything is sent; the buttons are ready again.
        files.open = textPath;
        QTest::mouseClick(attach, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("“notes.txt” cannot be sent: only PDF, PNG, JPEG and TIFF files")),
                                 kNetworkTimeoutMs);
        QVERIFY(attach->isEnabled());
        QCOMPARE(agreements->topLevelItem(0)->text(kDocumentColumn), QStringLiteral("—"));

        // Ctrl+O in the list attaches the PDF; the row shows it and stays selected.
        files.open = pdfPath;
        view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view));
        agreements->setFocus();
        QTest::keyClick(agreements, Qt::Key_Tab); // the list, then its document buttons
        QCOMPARE(QApplication::focusWidget(), attach);
        agreements->setFocus();
        QTest::keyClick(agreements, Qt::Key_O, Qt::ControlModifier);
        // 2,048 bytes: "2 KB" or "2 kB" as the locale writes it.
        const QRegularExpression pdfOnFile(QStringLiteral("^PDF · 2 [kK]B$"));
        QTRY_VERIFY_WITH_TIMEOUT(pdfOnFile.match(agreements->topLevelItem(0)->text(kDocumentColumn)).hasMatch(),
                                 kNetworkTimeoutMs);
        QVERIFY2(message->text().startsWith(QStringLiteral("Signed document attached (PDF · 2 ")),
                 qPrintable(message->text()));
        QVERIFY(agreements->currentItem());
        QCOMPARE(agreements->currentItem()->data(0, Qt::UserRole).toLongLong(), agreementId);
        const QByteArray sha256 = QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex();
        QVERIFY(agreements->topLevelItem(0)->toolTip(kDocumentColumn).contains(QString::fromLatin1(sha256)));
        QVERIFY(save->isEnabled());
        saveGrab(view, QStringLiteral("accounts-user-document"));

        // Alt+E saves it under the chosen name, byte for byte.
        files.saveAs = m_desk.dir->filePath(QStringLiteral("from-user-view.pdf"));
        QTest::keyClick(view, Qt::Key_E, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("saved to")), kNetworkTimeoutMs);
        QVERIFY(files.suggested.startsWith(QStringLiteral("agreement-%1-").arg(agreementId)));
        QVERIFY(files.suggested.endsWith(QLatin1String(".pdf")));
        QCOMPARE(readAll(files.saveAs), pdf);
        verifyAccessibleNames(view);
        verifyMnemonicsUnique(view);

        // The organization window: its data use agreement gets a PNG scan.
        QImage image(120, 80, QImage::Format_RGB32);
        image.fill(Qt::white);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG"));
        const QString pngPath = m_desk.dir->filePath(QStringLiteral("data use agreement.png"));
        QVERIFY(writeAll(pngPath, png));
        app->accountsArea()->openOrganization(organizationId);
        OrganizationView *organization = app->accountsArea()->organizationView();
        auto *organizationAgreements = child<QTreeWidget>(organization, "organizationAgreements");
        QTRY_VERIFY_WITH_TIMEOUT(organization->isVisible() && organizationAgreements->topLevelItemCount() == 1,
                                 kNetworkTimeoutMs);
        organization->documentBar()->setFileChooser(files.chooser());
        QCOMPARE(organizationAgreements->topLevelItem(0)->text(kDocumentColumn), QStringLiteral("—"));
        organizationAgreements->setCurrentItem(organizationAgreements->topLevelItem(0));
        files.open = pngPath;
        QTest::mouseClick(child<QPushButton>(organization, "attachDocumentButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            organizationAgreements->topLevelItem(0)->text(kDocumentColumn).startsWith(QStringLiteral("PNG · ")),
            kNetworkTimeoutMs);
        auto *status = child<QLabel>(organization, "organizationStatus");
        QVERIFY2(status->text().startsWith(QStringLiteral("Signed document attached (PNG · ")), qPrintable(status->text()));
        saveGrab(organization, QStringLiteral("accounts-organization-document"));

        files.saveAs = m_desk.dir->filePath(QStringLiteral("from-organization-view.png"));
        QTest::mouseClick(child<QPushButton>(organization, "saveDocumentButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("saved to")), kNetworkTimeoutMs);
        QVERIFY(files.suggested.endsWith(QLatin1String("-organization_data_use.png")));
        QCOMPARE(readAll(files.saveAs), png);
        verifyAccessibleNames(organization);
        verifyMnemonicsUnique(organization);
    }
};

QTEST_MAIN(TestAccountsViews)
#include "tst_accountsviews.moc"
