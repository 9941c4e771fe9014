// Sign-in through the identity provider end to end: the real izdesk-server binary configured
// with --oidc-* against a real OpenID Connect issuer on loopback (TestIdentityProvider), and
// the client's SessionController driving the authorization code flow with PKCE through a
// browser that this test plays (it follows the identity provider's redirect to the client's
// loopback listener, as a browser would). Checks the signed-in role from the role map, the
// page the browser is left with, PKCE and state refusals, the provider's refusal, a disabled
// account, cancel and timeout, and that the loopback port closes after use.
#include "browserlauncher.h"
#include "environmentprofile.h"
#include "memorycredentialstore.h"
#include "oidcsignin.h"
#include "sessioncontroller.h"
#include "settings.h"
#include "staffuser.h"

#include <testidentityprovider.h>

#include <QDir>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace izdesk;
using izdesk::test::TestIdentityProvider;

namespace {

constexpr int kTimeoutMs = 30000;
const QString kProfile = QStringLiteral("training");

// Plays the person's browser: loads the authorization URL, follows the identity provider's
// redirect to the loopback redirect URI (optionally with its state changed, as a forged
// request would be) and keeps the page it ends on.
class PlayingBrowser final : public QObject, public BrowserLauncher
{
public:
    enum class Mode { Follow, ForgeState, Idle };
    Mode mode = Mode::Follow;
    QList<QUrl> visited;
    QByteArray finalPage;
    int finalStatus = 0;

    PlayingBrowser() { m_nam.setProxy(QNetworkProxy::NoProxy); }

    bool open(const QUrl &url) override
    {
        visited = {url};
        finalPage.clear();
        finalStatus = 0;
        if (mode != Mode::Idle)
            load(url);
        return true;
    }

private:
    void load(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_nam.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 302) {
                QUrl next = QUrl::fromEncoded(reply->rawHeader("Location"), QUrl::StrictMode);
                if (mode == Mode::ForgeState) {
                    QUrlQuery q(next);
                    q.removeAllQueryItems(QStringLiteral("state"));
                    q.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
                    next.setQuery(q);
                }
                visited.append(next);
                load(next);
                return;
            }
            finalStatus = status;
            finalPage = reply->readAll();
        });
    }

    QNetworkAccessManager m_nam;
};

} // namespace

class TestOidcSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void profileOffersTheIdentityProvider();
    void signsInThroughTheBrowserWithTheMappedRole();
    void wrongPkceVerifierIsRefused();
    void providerRefusalIsShown();
    void forgedStateIsRefused();
    void cancelAndTimeoutCloseTheListener();
    void disabledAccountIsRefused();

private:
    int runTool(const QStringList &arguments, const QByteArray &input = {});
    // Signs in and waits for the outcome; the failure message, or empty when signed in.
    QString signIn();
    static bool portAccepts(quint16 port);

    QTemporaryDir m_dir;
    TestIdentityProvider m_idp;
    QProcess m_server;
    QUrl m_serverUrl;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    std::unique_ptr<SessionController> m_session;
    PlayingBrowser m_browser;
};

int TestOidcSignIn::runTool(const QStringList &arguments, const QByteArray &input)
{
    QProcess tool;
    tool.start(QStringLiteral(IZDESK_SERVER_BINARY),
               arguments + QStringList{QStringLiteral("--database"), QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("desk.sqlite"))});
    tool.waitForStarted();
    tool.write(input);
    tool.closeWriteChannel();
    tool.waitForFinished(kTimeoutMs);
    if (tool.exitCode() != 0)
        qWarning("%s", tool.readAllStandardError().constData());
    return tool.exitStatus() == QProcess::NormalExit ? tool.exitCode() : -1;
}

void TestOidcSignIn::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_idp.start(&error), qPrintable(error));
    QCOMPARE(runTool({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("pat"), QStringLiteral("--role"),
                      QStringLiteral("specialist"), QStringLiteral("--display-name"), QStringLiteral("Pat"),
                      QStringLiteral("--password-stdin")},
                     "a long enough password 1\n"),
             0);
    const QString roleMap = m_dir.filePath(QStringLiteral("roles.json"));
    QFile map(roleMap);
    QVERIFY(map.open(QIODevice::WriteOnly));
    map.write(R"({"IZDesk.Specialist": "specialist", "IZDesk.Supervisor": "supervisor"})");
    map.close();
    m_server.setProcessChannelMode(QProcess::SeparateChannels);
    m_server.start(QStringLiteral(IZDESK_SERVER_BINARY),
                   {QStringLiteral("--database"), QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("desk.sqlite")),
                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--environment"),
                    QStringLiteral("training"), QStringLiteral("--oidc-issuer"), m_idp.issuer(),
                    QStringLiteral("--oidc-client-id"), m_idp.clientId(), QStringLiteral("--oidc-display-name"),
                    QStringLiteral("State Test IdP"), QStringLiteral("--oidc-role-map"), roleMap});
    QByteArray out;
    const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
    QTRY_VERIFY_WITH_TIMEOUT((out += m_server.readAllStandardOutput(), listening.match(QString::fromLatin1(out)).hasMatch())
                                 || m_server.state() == QProcess::NotRunning,
                             kTimeoutMs);
    QVERIFY2(m_server.state() == QProcess::Running, m_server.readAllStandardError().constData());
    m_serverUrl = QUrl(listening.match(QString::fromLatin1(out)).captured(1));
}

void TestOidcSignIn::cleanupTestCase()
{
    m_server.terminate();
    m_server.waitForFinished(10000);
}

void TestOidcSignIn::init()
{
    TestIdentityProvider::User pat;
    pat.subject = QStringLiteral("00u-pat");
    pat.username = QStringLiteral("pat");
    pat.name = QStringLiteral("Pat Example");
    pat.roles = QJsonArray{QStringLiteral("Everyone"), QStringLiteral("IZDesk.Supervisor")};
    m_idp.setUser(pat);
    m_idp.setRefusal({});
    m_idp.setSubstituteChallenge(false);
    m_browser.mode = PlayingBrowser::Mode::Follow;
    const QString client = m_dir.filePath(QStringLiteral("client-%1").arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_settings = std::make_unique<Settings>(client + QStringLiteral("/izdesk.ini"), client);
    m_settings->setValue(Settings::Key::TrainingUrl, m_serverUrl.toString());
    m_keychain = std::make_unique<MemoryCredentialStore>();
    m_session = std::make_unique<SessionController>(m_settings.get(), m_keychain.get());
    m_session->setBrowserLauncher(&m_browser);
}

void TestOidcSignIn::cleanup()
{
    if (m_session && m_session->isSignedIn())
        m_session->signOut();
    m_session.reset();
    m_settings.reset();
}

QString TestOidcSignIn::signIn()
{
    QSignalSpy signedIn(m_session.get(), &SessionController::signedIn);
    QSignalSpy failed(m_session.get(), &SessionController::signInFailed);
    m_session->signInWithIdentityProvider(kProfile);
    if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, kTimeoutMs))
        return QStringLiteral("(no outcome)");
    return failed.isEmpty() ? QString() : failed.at(0).at(0).toString();
}

bool TestOidcSignIn::portAccepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(2000);
}

void TestOidcSignIn::profileOffersTheIdentityProvider()
{
    QSignalSpy changed(m_session.get(), &SessionController::identityProviderChanged);
    m_session->discoverIdentityProvider(kProfile);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, kTimeoutMs);
    QCOMPARE(changed.at(0).at(0).toString(), kProfile);
    QCOMPARE(changed.at(0).at(1).toString(), QStringLiteral("State Test IdP"));
    // The sandbox and an environment without a server offer none.
    m_session->discoverIdentityProvider(QStringLiteral("uat"));
    m_session->discoverIdentityProvider(QStringLiteral("sandbox"));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 3, kTimeoutMs);
    QVERIFY(changed.at(1).at(1).toString().isEmpty());
    QVERIFY(changed.at(2).at(1).toString().isEmpty());
}

void TestOidcSignIn::signsInThroughTheBrowserWithTheMappedRole()
{
    QSignalSpy signedIn(m_session.get(), &SessionController::signedIn);
    QCOMPARE(signIn(), QString());
    const StaffUser me = signedIn.at(0).at(0).value<StaffUser>();
    QCOMPARE(me.username, QStringLiteral("pat"));
    QCOMPARE(me.role, QStringLiteral("supervisor")); // IZDesk.Supervisor through the role map
    QCOMPARE(me.displayName, QStringLiteral("Pat Example"));
    QVERIFY(!signedIn.at(0).at(2).toBool()); // online

    // The browser went to the provider with PKCE S256, then to the loopback redirect URI.
    QCOMPARE(m_browser.visited.size(), 2);
    const QUrlQuery request(m_browser.visited.at(0));
    QCOMPARE(request.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(request.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QVERIFY(!request.hasQueryItem(QStringLiteral("client_secret")));
    const QUrl redirect = m_browser.visited.at(1);
    QCOMPARE(redirect.scheme(), QStringLiteral("http"));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(redirect.path(), QStringLiteral("/callback"));
    QCOMPARE(m_browser.finalStatus, 200);
    QVERIFY2(m_browser.finalPage.contains("You can close this tab"), m_browser.finalPage.constData());
    // One redirect is taken, then nobody listens on that port.
    QVERIFY(!portAccepts(quint16(redirect.port())));

    // A real session: the API answers with its token.
    QSignalSpy ended(m_session.get(), &SessionController::signedOut);
    m_session->signOut();
    QCOMPARE(ended.size(), 1);
}

void TestOidcSignIn::wrongPkceVerifierIsRefused()
{
    // The code at the provider belongs to another code_challenge than the one this client sent.
    m_idp.setSubstituteChallenge(true);
    const QString message = signIn();
    QVERIFY2(message.contains(QStringLiteral("invalid_grant")) && message.contains(QStringLiteral("State Test IdP")),
             qPrintable(message));
    QVERIFY(!m_session->isSignedIn());
    // And at the token endpoint itself: a right code with a wrong verifier is refused, once.
    m_idp.setSubstituteChallenge(false);
    QCOMPARE(signIn(), QString());
    m_session->signOut();
    m_browser.mode = PlayingBrowser::Mode::Idle;
    m_session->signInWithIdentityProvider(kProfile);
    QTRY_VERIFY_WITH_TIMEOUT(m_browser.visited.size() == 1, kTimeoutMs);
    const QUrl authorize = m_browser.visited.at(0);
    m_browser.mode = PlayingBrowser::Mode::Follow;
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(authorize);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nam.get(request);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kTimeoutMs);
    const QUrl back = QUrl::fromEncoded(reply->rawHeader("Location"));
    const QString code = QUrlQuery(back).queryItemValue(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());
    const QString redirectUri = back.adjusted(QUrl::RemoveQuery).toString();
    const auto wrong = m_idp.redeem(code, redirectUri, OidcSignIn::randomUrlSafe(32));
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.body.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    m_session->cancelSignIn();
    reply->deleteLater();
}

void TestOidcSignIn::providerRefusalIsShown()
{
    m_idp.setRefusal(QStringLiteral("access_denied"), QStringLiteral("the user is not assigned to IZ Desk"));
    const QString message = signIn();
    QVERIFY2(message.contains(QStringLiteral("access_denied")) && message.contains(QStringLiteral("not assigned")),
             qPrintable(message));
    QTRY_VERIFY_WITH_TIMEOUT(m_browser.finalStatus != 0, kTimeoutMs); // the page reaches the browser
    QVERIFY(m_browser.finalPage.contains("did not sign you in"));
}

void TestOidcSignIn::forgedStateIsRefused()
{
    m_browser.mode = PlayingBrowser::Mode::ForgeState;
    const int tokenRequests = m_idp.tokenRequests();
    const QString message = signIn();
    QVERIFY2(message.contains(QStringLiteral("did not belong to this sign-in")), qPrintable(message));
    QCOMPARE(m_idp.tokenRequests(), tokenRequests); // the code was never redeemed
    QTRY_COMPARE_WITH_TIMEOUT(m_browser.finalStatus, 400, kTimeoutMs);
    QVERIFY(m_browser.finalPage.contains("does not belong"));
}

void TestOidcSignIn::cancelAndTimeoutCloseTheListener()
{
    m_browser.mode = PlayingBrowser::Mode::Idle;
    QSignalSpy failed(m_session.get(), &SessionController::signInFailed);
    m_session->signInWithIdentityProvider(kProfile);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->identityProviderSignIn()->isActive(), kTimeoutMs);
    const quint16 port = quint16(m_session->identityProviderSignIn()->redirectUri().port());
    QVERIFY(portAccepts(port));
    m_session->cancelSignIn();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("Sign-in cancelled."));
    QVERIFY(!portAccepts(port));

    m_session->identityProviderSignIn()->setTimeoutMs(500);
    const QString message = signIn();
    QVERIFY2(message.contains(QStringLiteral("No answer came back from the browser")), qPrintable(message));
    QVERIFY(!m_session->identityProviderSignIn()->isActive());
}

void TestOidcSignIn::disabledAccountIsRefused()
{
    QCOMPARE(runTool({QStringLiteral("staff"), QStringLiteral("disable"), QStringLiteral("pat")}), 0);
    const QString message = signIn();
    QVERIFY2(message.contains(QStringLiteral("disabled")), qPrintable(message));
    QVERIFY(!m_session->isSignedIn());
    QCOMPARE(runTool({QStringLiteral("staff"), QStringLiteral("enable"), QStringLiteral("pat")}), 0);
    QCOMPARE(signIn(), QString());
}

QTEST_MAIN(TestOidcSignIn)
#include "tst_oidcsignin.moc"
