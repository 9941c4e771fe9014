#include "guitesthelpers.h"
#include "logindialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace izdesk;
using izdesk::testing::child;

class TestLoginDialog : public QObject
{
    Q_OBJECT

    static QList<ProfileChoice> profiles()
    {
        return {{QStringLiteral("production"), QStringLiteral("Production"), EnvironmentKind::Production},
                {QStringLiteral("training"), QStringLiteral("Training"), EnvironmentKind::Training},
                {QStringLiteral("uat"), QStringLiteral("UAT"), EnvironmentKind::Uat},
                {QStringLiteral("sandbox"), QStringLiteral("Local sandbox"), EnvironmentKind::Sandbox}};
    }

private Q_SLOTS:
    void unconfiguredProfilesAreListedButNotSelectable()
    {
        QList<ProfileChoice> choices = profiles();
        choices[0].configured = false; // production has no URL yet
        LoginDialog dialog;
        dialog.setProfiles(choices);
        dialog.setCurrentProfile(QStringLiteral("production"));
        auto *combo = child<QComboBox>(&dialog, "profileCombo");
        const int production = combo->findData(QStringLiteral("production"));
        QVERIFY(production >= 0);
        QVERIFY(combo->itemText(production).contains(QStringLiteral("not configured")));
        QVERIFY(combo->itemData(production, Qt::ToolTipRole).toString().contains(QStringLiteral("environments/production/url")));
        QVERIFY(combo->currentData().toString() != QStringLiteral("production"));
    }

    void enterSignsInWithTypedValues()
    {
        LoginDialog dialog;
        dialog.setProfiles(profiles());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy spy(&dialog, &LoginDialog::signInRequested);
        auto *combo = child<QComboBox>(&dialog, "profileCombo");
        combo->setCurrentIndex(combo->findData(QStringLiteral("training")));
        auto *user = child<QLineEdit>(&dialog, "usernameEdit");
        auto *password = child<QLineEdit>(&dialog, "passwordEdit");
        QTest::keyClicks(user, QStringLiteral("trainer"));
        QTest::keyClicks(password, QStringLiteral("izdesk-trainer"));
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("training"));
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("trainer"));
        QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("izdesk-trainer"));
        QVERIFY(child<QProgressBar>(&dialog, "busyIndicator")->isVisible());
        QVERIFY(!child<QPushButton>(&dialog, "signInButton")->isEnabled());
        QVERIFY(dialog.isVisible()); // stays open until the app accepts it
    }

    void failureKeepsFieldsAndShowsErrorInline()
    {
        LoginDialog dialog;
        dialog.setProfiles(profiles());
        dialog.setCurrentProfile(QStringLiteral("training"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *user = child<QLineEdit>(&dialog, "usernameEdit");
        auto *password = child<QLineEdit>(&dialog, "passwordEdit");
        QTest::keyClicks(user, QStringLiteral("trainer"));
        QTest::keyClicks(password, QStringLiteral("wrong"));
        QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        dialog.showSignInFailed(QStringLiteral("The username or password is not right."));
        QVERIFY(!dialog.isBusy());
        QCOMPARE(user->text(), QStringLiteral("trainer"));
        QCOMPARE(password->text(), QStringLiteral("wrong"));
        auto *error = child<QLabel>(&dialog, "errorLabel");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("The username or password is not right."));
        QVERIFY(child<QPushButton>(&dialog, "signInButton")->isEnabled());
        QVERIFY(!child<QProgressBar>(&dialog, "busyIndicator")->isVisible());
        QVERIFY(dialog.isVisible());
    }

    void missingPasswordIsCaughtBeforeSending()
    {
        LoginDialog dialog;
        dialog.setProfiles(profiles());
        dialog.setCurrentProfile(QStringLiteral("production"));
        dialog.show();
        QSignalSpy spy(&dialog, &LoginDialog::signInRequested);
        QTest::keyClicks(child<QLineEdit>(&dialog, "usernameEdit"), QStringLiteral("jchen"));
        QTest::keyClick(child<QLineEdit>(&dialog, "usernameEdit"), Qt::Key_Return);
        QCOMPARE(spy.count(), 0);
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->isVisible());
    }

    void sandboxNeedsNoCredentials()
    {
        LoginDialog dialog;
        dialog.setProfiles(profiles());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy sandbox(&dialog, &LoginDialog::sandboxRequested);
        QSignalSpy signIn(&dialog, &LoginDialog::signInRequested);
        QTest::mouseClick(child<QPushButton>(&dialog, "sandboxButton"), Qt::LeftButton);
        QCOMPARE(sandbox.count(), 1);
        QCOMPARE(signIn.count(), 0);
        dialog.showSignInFailed(QStringLiteral("izdesk-server was not found"));
        QTest::keyClick(&dialog, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(sandbox.count(), 2);
    }

    void escapeCancels()
    {
        LoginDialog dialog;
        dialog.setProfiles(profiles());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(child<QLineEdit>(&dialog, "usernameEdit"), Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
    }

    void everyInteractiveWidgetIsNamed()
    {
        LoginDialog dialog;
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            if (w->focusPolicy() == Qt::NoFocus || w->inherits("QComboBoxPrivateContainer") || !w->parent()
                || w->parent() != &dialog)
                continue;
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
