// A production server from nothing, administered from the client, offscreen: the first admin
// comes from `izdesk-server staff add … --password-stdin` on an empty database; the real
// server binary runs in production; the admin signs in through the login dialog, opens
// Administration ▸ Staff accounts and adds a specialist; the specialist signs in with the
// temporary password, is held at "Choose a new password" (the desk stays closed, mismatched
// and refused passwords say why in the dialog), chooses one and reaches the desk; the admin
// disables the specialist, whose next action shows the sign-in again with the reason. Also:
// the Administration menu only for roles holding staff_administration, leaving the required
// dialog signs out, File ▸ Change my password… for anyone, keyboard and accessible names.
#include "application.h"
#include "changepassworddialog.h"
#include "guitesthelpers.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "passwordchangeconnector.h"
#include "sessioncontroller.h"
#include "settings.h"
#include "staffaccountdialog.h"
#include "staffaccountsconnector.h"
#include "staffaccountsview.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace izdesk;
using izdesk::testing::child;
using izdesk::testing::saveGrab;
using izdesk::testing::verifyMnemonicsUnique;

namespace {

constexpr int kTimeoutMs = 30000;
const QString kAdminPassword = QStringLiteral("Harbor lights over granite 2031");
const QString kTemporaryPassword = QStringLiteral("Handed over by phone 4417");
const QString kChosenPassword = QStringLiteral("Violet comet under bridges 9083");

// The real izdesk-server; killed if still running at the end of its scope.
struct ServerProcess : QProcess
{
    ~ServerProcess() override
    {
        if (state() != QProcess::NotRunning) {
            terminate();
            if (!waitForFinished(10000)) {
                kill();
                waitForFinished(5000);
            }
        }
    }
};

void verifyAccessibleNames(QWidget *root)
{
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QComboBox *>(w) || qobject_cast<QTreeWidget *>(w);
        // A dialog the view owns is checked on its own, once it is open.
        if (!interactive || w->window() != root->window() || w->objectName().startsWith(QLatin1String("qt_"))
            || !w->parentWidget()
            || qobject_cast<QLineEdit *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        QVERIFY2(!w->accessibleName().isEmpty(),
                 qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                                .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))));
    }
}

QTreeWidgetItem *rowOf(QTreeWidget *list, const QString &username)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        if (item->text(StaffAccountsView::UsernameColumn).section(QLatin1Char(' '), 0, 0) == username)
            return item;
    }
    return nullptr;
}

// Brings a window to the front so that its shortcuts answer (two desks share the screen here).
bool activate(QWidget *window)
{
    window->raise();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

void typeInto(QWidget *root, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(root, name);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestStaffAccountsViews : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QUrl m_url;
    int m_desks = 0;

    QString databaseUrl() const { return QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("izdesk.sqlite")); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("server-data")));
        return env;
    }

    // A desk of its own (settings, data folder, key store) with Production at the server.
    struct Desk
    {
        std::unique_ptr<Settings> settings;
        MemoryCredentialStore credentials;
        std::unique_ptr<Application> app;
    };

    std::unique_ptr<Desk> newDesk()
    {
        auto desk = std::make_unique<Desk>();
        const QString name = QStringLiteral("desk%1").arg(++m_desks);
        desk->settings = std::make_unique<Settings>(m_dir.filePath(name + QStringLiteral(".ini")),
                                                    m_dir.filePath(name + QStringLiteral("-data")));
        desk->settings->setValue(Settings::Key::ProductionUrl, m_url.toString());
        desk->app = std::make_unique<Application>(desk->settings.get(), &desk->credentials);
        desk->app->start();
        return desk;
    }

    // Types the credentials into the login dialog and presses Enter.
    static void signIn(Application *app, const QString &user, const QString &password)
    {
        LoginDialog *login = app->loginDialog();
        QVERIFY(QTest::qWaitFor([login] { return login->isVisible() && !login->isBusy(); }, kTimeoutMs));
        auto *combo = child<QComboBox>(login, "profileCombo");
        combo->setCurrentIndex(combo->findData(QStringLiteral("production")));
        typeInto(login, "usernameEdit", user);
        typeInto(login, "passwordEdit", password);
        QTest::keyClick(child<QLineEdit>(login, "passwordEdit"), Qt::Key_Return);
    }

    static StaffAccountsView *openStaffAccounts(Application *app)
    {
        MainWindow *window = app->mainWindow();
        auto *action = window->findChild<QAction *>(QStringLiteral("staffAccountsAction"));
        if (!action || !action->isEnabled())
            return nullptr;
        action->trigger();
        StaffAccountsView *view = app->staffAccountsArea()->view();
        return QTest::qWaitFor([view] { return view->isVisible() && view->list()->topLevelItemCount() > 0; }, kTimeoutMs)
            ? view
            : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(IZDESK_SERVER_BINARY)));
        // The README's steps: the first administrator by command, password from stdin…
        QProcess add;
        add.setProcessEnvironment(environment());
        add.start(QStringLiteral(IZDESK_SERVER_BINARY),
                  {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("rita"), QStringLiteral("--role"),
                   QStringLiteral("admin"), QStringLiteral("--display-name"), QStringLiteral("Rita Root"),
                   QStringLiteral("--password-stdin"), QStringLiteral("--database"), databaseUrl()});
        QVERIFY(add.waitForStarted());
        add.write(kAdminPassword.toUtf8() + '\n');
        add.closeWriteChannel();
        QVERIFY(add.waitForFinished(60000));
        QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());
        // …then the server in production on that database.
        m_server.setProcessEnvironment(environment());
        m_server.start(QStringLiteral(IZDESK_SERVER_BINARY),
                       {QStringLiteral("--database"), databaseUrl(), QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0"), QStringLiteral("--environment"), QStringLiteral("production")});
        QVERIFY(m_server.waitForStarted());
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains('\n') && timer.elapsed() < kTimeoutMs) {
            m_server.waitForReadyRead(200);
            out += m_server.readAllStandardOutput();
        }
        const QByteArray first = out.left(out.indexOf('\n'));
        QVERIFY2(first.startsWith("listening on "), QByteArray(out + m_server.readAllStandardError()).constData());
        m_url = QUrl(QString::fromLatin1(first.mid(int(qstrlen("listening on ")))));
        QVERIFY(m_url.port() > 0);
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        QVERIFY(m_server.waitForFinished(10000));
        const QByteArray log = m_server.readAllStandardOutput() + m_server.readAllStandardError();
        for (const QString &secret : {kAdminPassword, kTemporaryPassword, kChosenPassword})
            QVERIFY2(!log.contains(secret.toUtf8()), "a password in the server's output");
    }

    void adminCreatesASpecialistWhoChoosesAPasswordAndIsDisabled()
    {
        // The administrator signs in to the production server through the login dialog.
        auto admin = newDesk();
        signIn(admin->app.get(), QStringLiteral("rita"), kAdminPassword);
        MainWindow *adminWindow = admin->app->mainWindow();
        QVERIFY(QTest::qWaitFor([adminWindow] { return adminWindow->isVisible(); }, kTimeoutMs));
        auto *adminMenu = child<QMenu>(adminWindow, "administrationMenu");
        QVERIFY(adminMenu->menuAction()->isVisible());
        StaffAccountsView *view = openStaffAccounts(admin->app.get());
        QVERIFY(view);
        QTreeWidget *list = view->list();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(StaffAccountsView::UsernameColumn), QStringLiteral("rita (you)"));
        QCOMPARE(list->topLevelItem(0)->text(StaffAccountsView::RoleColumn), QStringLiteral("Administrator"));
        verifyAccessibleNames(view);
        verifyMnemonicsUnique(view);

        // Add (Ctrl+N in the window): a specialist with a temporary password, typed twice.
        QVERIFY(activate(view));
        QTest::keyClick(list, Qt::Key_N, Qt::ControlModifier);
        StaffAccountDialog *dialog = view->dialog();
        QVERIFY(QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000));
        QCOMPARE(dialog->mode(), StaffAccountDialog::Mode::Create);
        verifyAccessibleNames(dialog);
        verifyMnemonicsUnique(dialog);
        typeInto(dialog, "staffUsernameEdit", QStringLiteral("sam"));
        typeInto(dialog, "staffDisplayNameEdit", QStringLiteral("Sam Specialist"));
        auto *role = child<QComboBox>(dialog, "staffRoleCombo");
        role->setCurrentIndex(role->findData(QStringLiteral("specialist")));
        typeInto(dialog, "temporaryPasswordEdit", kTemporaryPassword);
        typeInto(dialog, "temporaryPasswordConfirmEdit", kTemporaryPassword + QStringLiteral("x"));
        QCOMPARE(child<QLineEdit>(dialog, "temporaryPasswordEdit")->echoMode(), QLineEdit::Password);
        // Mismatched: said in the dialog, nothing sent.
        QTest::keyClick(child<QLineEdit>(dialog, "temporaryPasswordConfirmEdit"), Qt::Key_Return);
        QVERIFY(child<QLabel>(dialog, "temporaryPasswordError")->isVisible());
        QVERIFY(child<QLabel>(dialog, "temporaryPasswordError")->text().contains(QStringLiteral("not the same")));
        QVERIFY(dialog->isVisible() && !dialog->isBusy());
        // Refused by the server's rule: said under the field, in the server's words.
        typeInto(dialog, "temporaryPasswordEdit", QStringLiteral("short"));
        typeInto(dialog, "temporaryPasswordConfirmEdit", QStringLiteral("short"));
        QTest::keyClick(child<QLineEdit>(dialog, "temporaryPasswordConfirmEdit"), Qt::Key_Return);
        auto *passwordError = child<QLabel>(dialog, "temporaryPasswordError");
        QVERIFY(QTest::qWaitFor([passwordError, dialog] { return passwordError->isVisible() && !dialog->isBusy(); },
                                kTimeoutMs));
        QVERIFY2(passwordError->text().contains(QStringLiteral("password")), qPrintable(passwordError->text()));
        QVERIFY(dialog->isVisible());
        typeInto(dialog, "temporaryPasswordEdit", kTemporaryPassword);
        typeInto(dialog, "temporaryPasswordConfirmEdit", kTemporaryPassword);
        saveGrab(dialog, QStringLiteral("staff-account-dialog"));
        QTest::keyClick(child<QLineEdit>(dialog, "temporaryPasswordConfirmEdit"), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([list] { return rowOf(list, QStringLiteral("sam")); }, kTimeoutMs));
        QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 5000));
        QTreeWidgetItem *sam = rowOf(list, QStringLiteral("sam"));
        QCOMPARE(sam->text(StaffAccountsView::RoleColumn), QStringLiteral("Specialist"));
        QCOMPARE(sam->text(StaffAccountsView::StateColumn), QStringLiteral("Active"));
        QVERIFY(!sam->text(StaffAccountsView::PasswordColumn).isEmpty());
        QVERIFY(child<QLabel>(view, "staffMessage")->text().contains(QStringLiteral("sam added as Specialist")));
        saveGrab(view, QStringLiteral("staff-accounts-view"));

        // The specialist signs in with the temporary password: the desk stays closed until a
        // new password is chosen.
        auto specialist = newDesk();
        signIn(specialist->app.get(), QStringLiteral("sam"), kTemporaryPassword);
        ChangePasswordDialog *change = specialist->app->passwordChange()->dialog();
        QVERIFY(QTest::qWaitFor([change] { return change->isVisible(); }, kTimeoutMs));
        QCOMPARE(change->mode(), ChangePasswordDialog::Mode::Required);
        MainWindow *samWindow = specialist->app->mainWindow();
        QVERIFY(!samWindow->isVisible());
        QVERIFY(!child<QLineEdit>(change, "currentPasswordEdit")->isVisible());
        QCOMPARE(child<QLineEdit>(change, "newPasswordEdit")->echoMode(), QLineEdit::Password);
        QCOMPARE(child<QLineEdit>(change, "confirmPasswordEdit")->echoMode(), QLineEdit::Password);
        verifyAccessibleNames(change);
        verifyMnemonicsUnique(change);
        typeInto(change, "newPasswordEdit", kChosenPassword);
        typeInto(change, "confirmPasswordEdit", kChosenPassword + QStringLiteral("!"));
        QTest::keyClick(child<QLineEdit>(change, "confirmPasswordEdit"), Qt::Key_Return);
        QVERIFY(child<QLabel>(change, "confirmPasswordError")->isVisible());
        QVERIFY(!change->isBusy());
        // The server's rule, inline.
        typeInto(change, "newPasswordEdit", QStringLiteral("tiny"));
        typeInto(change, "confirmPasswordEdit", QStringLiteral("tiny"));
        QTest::keyClick(child<QLineEdit>(change, "confirmPasswordEdit"), Qt::Key_Return);
        auto *newError = child<QLabel>(change, "newPasswordError");
        QVERIFY(QTest::qWaitFor([newError, change] { return newError->isVisible() && !change->isBusy(); }, kTimeoutMs));
        QVERIFY(change->isVisible() && !samWindow->isVisible());
        typeInto(change, "newPasswordEdit", kChosenPassword);
        typeInto(change, "confirmPasswordEdit", kChosenPassword);
        saveGrab(change, QStringLiteral("change-password-required"));
        QTest::keyClick(child<QLineEdit>(change, "confirmPasswordEdit"), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([samWindow] { return samWindow->isVisible(); }, kTimeoutMs));
        QVERIFY(!change->isVisible());
        QVERIFY(specialist->app->session()->isSignedIn());
        // A specialist administers nothing: no Administration menu, its action off.
        QVERIFY(!child<QMenu>(samWindow, "administrationMenu")->menuAction()->isVisible());
        QVERIFY(!samWindow->findChild<QAction *>(QStringLiteral("staffAccountsAction"))->isEnabled());

        // The administrator refreshes (F5) and sees the new password chosen, then disables sam (Ctrl+D).
        QVERIFY(activate(view));
        QTest::keyClick(list, Qt::Key_F5);
        QVERIFY(QTest::qWaitFor(
            [list] {
                QTreeWidgetItem *row = rowOf(list, QStringLiteral("sam"));
                return row && row->text(StaffAccountsView::PasswordColumn).isEmpty();
            },
            kTimeoutMs));
        QVERIFY(view->selectAccount(rowOf(list, QStringLiteral("sam"))->data(0, Qt::UserRole).toLongLong()));
        QVERIFY(activate(view));
        QTest::keyClick(list, Qt::Key_D, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor(
            [list] {
                QTreeWidgetItem *row = rowOf(list, QStringLiteral("sam"));
                return row && row->text(StaffAccountsView::StateColumn) == QLatin1String("Disabled");
            },
            kTimeoutMs));
        const QString said = child<QLabel>(view, "staffMessage")->text();
        QVERIFY2(said.contains(QStringLiteral("sam is disabled")) && said.contains(QStringLiteral("1 session ended")),
                 qPrintable(said));
        QVERIFY(child<QPushButton>(view, "enableStaffButton")->isEnabled());
        QVERIFY(!child<QPushButton>(view, "disableStaffButton")->isEnabled());

        // The specialist's next action (Refresh) finds the session ended: back at the sign-in.
        samWindow->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        LoginDialog *samLogin = specialist->app->loginDialog();
        QVERIFY(QTest::qWaitFor([samWindow, samLogin] { return !samWindow->isVisible() && samLogin->isVisible(); },
                                kTimeoutMs));
        QVERIFY(!specialist->app->session()->isSignedIn());
        const QString why = child<QLabel>(samLogin, "errorLabel")->text();
        QVERIFY2(why.contains(QStringLiteral("session has ended")), qPrintable(why));
        // And cannot sign in again.
        signIn(specialist->app.get(), QStringLiteral("sam"), kChosenPassword);
        QVERIFY(QTest::qWaitFor([samLogin] { return !samLogin->isBusy(); }, kTimeoutMs));
        QTest::qWait(200);
        QVERIFY(!samWindow->isVisible());
        QVERIFY(child<QLabel>(samLogin, "errorLabel")->isVisible());

        // Enabled again, sam signs in with the password they chose, straight to the desk.
        QVERIFY(activate(view));
        QTest::keyClick(list, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(QTest::qWaitFor(
            [list] {
                QTreeWidgetItem *row = rowOf(list, QStringLiteral("sam"));
                return row && row->text(StaffAccountsView::StateColumn) == QLatin1String("Active");
            },
            kTimeoutMs));
        signIn(specialist->app.get(), QStringLiteral("sam"), kChosenPassword);
        QVERIFY(QTest::qWaitFor([samWindow] { return samWindow->isVisible(); }, kTimeoutMs));
        QVERIFY(!change->isVisible());

        // Sign-out closes the staff window and clears it.
        adminWindow->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
        QVERIFY(QTest::qWaitFor([view] { return !view->isVisible(); }, kTimeoutMs));
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(!adminMenu->menuAction()->isVisible());
    }

    void leavingTheRequiredChangeSignsOut()
    {
        auto admin = newDesk();
        signIn(admin->app.get(), QStringLiteral("rita"), kAdminPassword);
        QVERIFY(QTest::qWaitFor([&] { return admin->app->mainWindow()->isVisible(); }, kTimeoutMs));
        StaffAccountsView *view = openStaffAccounts(admin->app.get());
        QVERIFY(view);
        QVERIFY(activate(view));
        QTest::keyClick(view->list(), Qt::Key_Insert);
        StaffAccountDialog *dialog = view->dialog();
        QVERIFY(QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000));
        typeInto(dialog, "staffUsernameEdit", QStringLiteral("tess"));
        typeInto(dialog, "staffDisplayNameEdit", QStringLiteral("Tess Trainer"));
        auto *role = child<QComboBox>(dialog, "staffRoleCombo");
        role->setCurrentIndex(role->findData(QStringLiteral("trainer")));
        typeInto(dialog, "temporaryPasswordEdit", kTemporaryPassword);
        typeInto(dialog, "temporaryPasswordConfirmEdit", kTemporaryPassword);
        QTest::keyClick(child<QLineEdit>(dialog, "temporaryPasswordConfirmEdit"), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([view] { return rowOf(view->list(), QStringLiteral("tess")); }, kTimeoutMs));

        auto trainer = newDesk();
        signIn(trainer->app.get(), QStringLiteral("tess"), kTemporaryPassword);
        ChangePasswordDialog *change = trainer->app->passwordChange()->dialog();
        QVERIFY(QTest::qWaitFor([change] { return change->isVisible(); }, kTimeoutMs));
        // Escape is "Sign out": no desk, the login dialog says why.
        QTest::keyClick(child<QLineEdit>(change, "newPasswordEdit"), Qt::Key_Escape);
        LoginDialog *login = trainer->app->loginDialog();
        QVERIFY(QTest::qWaitFor([login] { return login->isVisible() && !login->isBusy(); }, kTimeoutMs));
        QVERIFY(!change->isVisible());
        QVERIFY(!trainer->app->mainWindow()->isVisible());
        QVERIFY(!trainer->app->session()->isSignedIn());
        QVERIFY(child<QLabel>(login, "errorLabel")->text().contains(QStringLiteral("new password")));
        // Still due: the next sign-in asks again.
        signIn(trainer->app.get(), QStringLiteral("tess"), kTemporaryPassword);
        QVERIFY(QTest::qWaitFor([change] { return change->isVisible(); }, kTimeoutMs));
        QVERIFY(!trainer->app->mainWindow()->isVisible());
        child<QPushButton>(change, "changePasswordCancelButton")->click();
        QVERIFY(QTest::qWaitFor([login] { return login->isVisible() && !login->isBusy(); }, kTimeoutMs));
    }

    void anyoneChangesTheirOwnPasswordFromTheMenu()
    {
        auto admin = newDesk();
        signIn(admin->app.get(), QStringLiteral("rita"), kAdminPassword);
        MainWindow *window = admin->app->mainWindow();
        QVERIFY(QTest::qWaitFor([window] { return window->isVisible(); }, kTimeoutMs));
        auto *action = window->findChild<QAction *>(QStringLiteral("changePasswordAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        ChangePasswordDialog *change = admin->app->passwordChange()->dialog();
        QVERIFY(QTest::qWaitFor([change] { return change->isVisible(); }, 5000));
        QVERIFY(QTest::qWaitForWindowActive(change)); // keys go to the dialog, not the queue behind it
        QCOMPARE(change->mode(), ChangePasswordDialog::Mode::Own);
        QVERIFY(child<QLineEdit>(change, "currentPasswordEdit")->isVisible());
        verifyAccessibleNames(change);
        verifyMnemonicsUnique(change);
        const QString next = QStringLiteral("Copper meadow at dusk 5120");
        typeInto(change, "currentPasswordEdit", QStringLiteral("not the password at all"));
        typeInto(change, "newPasswordEdit", next);
        typeInto(change, "confirmPasswordEdit", next);
        QTest::keyClick(child<QLineEdit>(change, "confirmPasswordEdit"), Qt::Key_Return);
        auto *message = child<QLabel>(change, "changePasswordMessage");
        QVERIFY(QTest::qWaitFor([message, change] { return message->isVisible() && !change->isBusy(); }, kTimeoutMs));
        QVERIFY2(message->text().contains(QStringLiteral("current password")), qPrintable(message->text()));
        saveGrab(change, QStringLiteral("change-password-own"));
        typeInto(change, "currentPasswordEdit", kAdminPassword);
        QTest::keyClick(child<QLineEdit>(change, "confirmPasswordEdit"), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([change] { return !change->isVisible(); }, kTimeoutMs));
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("password is changed")));
        QVERIFY(admin->app->session()->isSignedIn());

        // Cancel changes nothing; then the old password no longer signs in, the new one does.
        action->trigger();
        QVERIFY(QTest::qWaitFor([change] { return change->isVisible(); }, 5000));
        child<QPushButton>(change, "changePasswordCancelButton")->click();
        QVERIFY(!change->isVisible());
        QVERIFY(window->isVisible() && admin->app->session()->isSignedIn());
        window->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
        LoginDialog *login = admin->app->loginDialog();
        signIn(admin->app.get(), QStringLiteral("rita"), kAdminPassword);
        QVERIFY(QTest::qWaitFor([login] { return !login->isBusy() && login->isVisible(); }, kTimeoutMs));
        QTest::qWait(200);
        QVERIFY(!window->isVisible());
        signIn(admin->app.get(), QStringLiteral("rita"), next);
        QVERIFY(QTest::qWaitFor([window] { return window->isVisible(); }, kTimeoutMs));
    }
};

QTEST_MAIN(TestStaffAccountsViews)
#include "tst_staffaccountsviews.moc"
