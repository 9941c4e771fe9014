// The login dialog's "Sign in with <identity provider>": the whole application against an
// in-process server whose sign-in goes through a real OpenID Connect issuer on loopback. The
// button appears once the chosen environment's server offers the provider, is reachable by
// keyboard, and a click signs in (the test playing the browser) with the role the provider's
// claim gives; Escape while the browser is open cancels the sign-in instead of closing the
// dialog. IZDESK_GRAB_DIR=DIR saves the dialog as DIR/login-identity-provider.png.
#include "guitesthelpers.h"

#include "../server/oidctestserver.h"

#include "application.h"
#include "browserlauncher.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "oidcsignin.h"
#include "sessioncontroller.h"
#include "settings.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace izdesk;
using izdesk::test::OidcTestServer;
using izdesk::test::TestIdentityProvider;
using izdesk::testing::child;

namespace {

// Follows every redirect, as a browser does, when `follow`; otherwise only remembers the URL.
class FollowingBrowser final : public BrowserLauncher
{
public:
    bool follow = true;
    QUrl opened;

    FollowingBrowser() { m_nam.setProxy(QNetworkProxy::NoProxy); }
    bool open(const QUrl &url) override
    {
        opened = url;
        if (follow) {
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
            QNetworkReply *reply = m_nam.get(request);
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        }
        return true;
    }

private:
    QNetworkAccessManager m_nam;
};

} // namespace

class TestOidcLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_idp.start(&error), qPrintable(error));
        TestIdentityProvider::User pat;
        pat.subject = QStringLiteral("00u-pat");
        pat.username = QStringLiteral("pat");
        pat.name = QStringLiteral("Pat Example");
        pat.roles = QJsonArray{QStringLiteral("supervisor")};
        m_idp.setUser(pat);
        QVERIFY2(m_server.start(m_idp, {}, &error), qPrintable(error));
        QVERIFY2(m_server.server->addStaffUser(QStringLiteral("pat"), QStringLiteral("Pat"), QStringLiteral("specialist"),
                                               QStringLiteral("a long enough password 1"), &error),
                 qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("izdesk.ini")),
                                                m_dir.filePath(QStringLiteral("data")));
        m_settings->setValue(Settings::Key::TrainingUrl, m_server.server->baseUrl().toString());
        m_settings->setValue(Settings::Key::LastProfile, QStringLiteral("training"));
        m_app = std::make_unique<Application>(m_settings.get(), &m_keychain);
        m_app->session()->setBrowserLauncher(&m_browser);
        m_app->start();
    }

    void cleanup()
    {
        m_app.reset();
        m_settings.reset();
    }

    void buttonAppearsAndSignsIn()
    {
        LoginDialog *login = m_app->loginDialog();
        QVERIFY(QTest::qWaitForWindowExposed(login));
        auto *button = child<QPushButton>(login, "identityProviderButton");
        QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), 20000);
        QCOMPARE(button->text(), QStringLiteral("Sign in &with State Test IdP"));
        QCOMPARE(button->accessibleName(), QStringLiteral("Sign in with State Test IdP"));
        QVERIFY(child<QLabel>(login, "passwordHint")->isVisible());
        if (const QString dir = qEnvironmentVariable("IZDESK_GRAB_DIR"); !dir.isEmpty())
            login->grab().save(dir + QStringLiteral("/login-identity-provider.png"));

        // Reachable by keyboard: Tab from the environment goes to the button.
        auto *combo = child<QComboBox>(login, "profileCombo");
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), button);

        QSignalSpy signedIn(m_app->session(), &SessionController::signedIn);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(login->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), 20000);
        QCOMPARE(signedIn.at(0).at(0).value<StaffUser>().username, QStringLiteral("pat"));
        QCOMPARE(signedIn.at(0).at(0).value<StaffUser>().role, QStringLiteral("supervisor"));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow()->isVisible(), 20000);
        QVERIFY(!login->isVisible());
    }

    void escapeWhileTheBrowserIsOpenCancels()
    {
        LoginDialog *login = m_app->loginDialog();
        auto *button = child<QPushButton>(login, "identityProviderButton");
        QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), 20000);
        m_browser.follow = false;
        QSignalSpy rejected(login, &QDialog::rejected);
        button->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_app->session()->identityProviderSignIn()->isActive(), 20000);
        QTRY_VERIFY(child<QLabel>(login, "statusLabel")->text().contains(QStringLiteral("web browser")));
        if (const QString dir = qEnvironmentVariable("IZDESK_GRAB_DIR"); !dir.isEmpty())
            login->grab().save(dir + QStringLiteral("/login-identity-provider-waiting.png"));
        QTest::keyClick(login, Qt::Key_Escape);
        QCOMPARE(rejected.size(), 0);
        QVERIFY(login->isVisible());
        QVERIFY(!login->isBusy());
        QCOMPARE(child<QLabel>(login, "errorLabel")->text(), QStringLiteral("Sign-in cancelled."));
        QVERIFY(!m_app->session()->identityProviderSignIn()->isActive());
        m_browser.follow = true;
    }

private:
    QTemporaryDir m_dir;
    TestIdentityProvider m_idp;
    OidcTestServer m_server;
    MemoryCredentialStore m_keychain;
    FollowingBrowser m_browser;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Application> m_app;
};

QTEST_MAIN(TestOidcLogin)
#include "tst_oidclogin.moc"
