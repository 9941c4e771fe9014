// TLS end to end with the real izdesk-server binary and certificates made for the test with
// the openssl command: a root CA, an intermediate CA and a server certificate for localhost
// and 127.0.0.1 (served as a chain file), plus an unrelated CA. The IZ Desk client transport
// signs in and reads over https when it trusts the root, and is refused with a certificate
// error otherwise, before sending anything; curl and Python's ssl verify the same way; TLS
// 1.0 and 1.1 are refused; HSTS rides on every answer over TLS (and behind a TLS proxy),
// never on plain loopback HTTP; a production server will not serve plain HTTP beyond this
// computer; bad certificate and key files stop the start with a message naming the file;
// and plain HTTP to another host is refused by the client without a connection.
#include "apiclient.h"
#include "httptransport.h"
#include "rawhttp.h"
#include "serverprocess.h"
#include "testpki.h"

#include <QNetworkInterface>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using izdesk::ApiClient;
using izdesk::ApiReply;
using izdesk::HttpTransport;
using izdesk::NetworkError;
using izdesk::test::RawHttp;
using izdesk::test::ServerProcess;
using izdesk::test::TestPki;

namespace {

const QString kUser = QStringLiteral("tls-admin");
const QByteArray kPassword = "Velvet-Comet-4826-Orchard";
const QByteArray kHsts = "max-age=31536000";

// This machine's first IPv4 address beyond loopback, null when it has none.
QHostAddress lanAddress()
{
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &a : addresses)
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal())
            return a;
    return {};
}

struct Call
{
    bool done = false;
    ApiReply reply;
    ApiClient::Handler handler()
    {
        return [this](const ApiReply &r) {
            reply = r;
            done = true;
        };
    }
};

} // namespace

class TstTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void clientSignsInAndReadsOverHttps();
    void clientRefusesAnUntrustedCertificate();
    void curlAndPythonVerifyAgainstTheCa();
    void tlsBelowOnePointTwoIsRefused();
    void hstsOnlyWhereTlsIs();
    void productionServesBeyondLoopbackOnlyOverTls();
    void badCertificateOrKeyStopsTheStart_data();
    void badCertificateOrKeyStopsTheStart();
    void plainHttpToAnotherHostNeverLeavesTheClient();

private:
    QString file(const QString &name) const { return m_pki.file(name); }
    QStringList database(ServerProcess &proc) const
    {
        return {QStringLiteral("--database"), QStringLiteral("sqlite:") + proc.path(QStringLiteral("s.sqlite"))};
    }
    QStringList tlsOptions(const QString &certificate = QStringLiteral("chain.pem"),
                           const QString &key = QStringLiteral("server.key")) const
    {
        return {QStringLiteral("--tls-certificate"), file(certificate), QStringLiteral("--tls-key"), file(key)};
    }
    QString url(const char *host, const QString &path = QStringLiteral("/api/v1/meta")) const
    {
        return QStringLiteral("https://%1:%2%3").arg(QLatin1String(host)).arg(m_port).arg(path);
    }
    int serverLogCount(const QByteArray &needle) const
    {
        return int(ServerProcess::readFile(m_proc.logFile(QStringLiteral("server"), "stderr")).count(needle));
    }

    TestPki m_pki;
    ServerProcess m_proc{QStringLiteral(IZDESK_SERVER_BINARY)};
    quint16 m_port = 0;
};

void TstTls::initTestCase()
{
    QVERIFY(m_proc.isValid());
    QVERIFY2(m_pki.isValid(), "the openssl command is needed (packaging/debian-test-deps.txt)");
    QVERIFY(m_pki.make());

    const QStringList db = database(m_proc);
    QCOMPARE(m_proc.runTool(QStringLiteral("staff-add"),
                            QStringList{QStringLiteral("staff"), QStringLiteral("add"), kUser, QStringLiteral("--role"),
                                        QStringLiteral("admin"), QStringLiteral("--password-stdin")}
                                + db,
                            kPassword + '\n'),
             0);
    // Production, on every interface: allowed because it is TLS.
    QString error;
    const QUrl base = m_proc.start(QStringLiteral("server"),
                                   QStringList{QStringLiteral("--environment"), QStringLiteral("production"),
                                               QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")}
                                       + tlsOptions() + db,
                                   &error);
    QVERIFY2(base.port() > 0, qPrintable(error));
    QCOMPARE(base.scheme(), QStringLiteral("https"));
    m_port = quint16(base.port());
}

void TstTls::cleanupTestCase()
{
    QVERIFY(m_proc.stop());
}

void TstTls::clientSignsInAndReadsOverHttps()
{
    HttpTransport transport;
    ApiClient api(&transport);
    api.setBaseUrl(QUrl(QStringLiteral("https://localhost:%1").arg(m_port)));
    api.setCaFile(file(QStringLiteral("root.pem")));

    Call signIn;
    api.login(kUser, QString::fromLatin1(kPassword), signIn.handler());
    QTRY_VERIFY_WITH_TIMEOUT(signIn.done, 20000);
    QVERIFY2(signIn.reply.status() == 201, qPrintable(signIn.reply.errorMessage()));
    QCOMPARE(signIn.reply.http.header("strict-transport-security"), kHsts);
    api.setToken(signIn.reply.object().value(QStringLiteral("token")).toString().toLatin1());

    Call me;
    api.me(me.handler());
    QTRY_VERIFY_WITH_TIMEOUT(me.done, 20000);
    QCOMPARE(me.reply.status(), 200);
    QCOMPARE(me.reply.object().value(QStringLiteral("username")).toString(), kUser);

    Call tickets;
    api.tickets({}, {}, 10, tickets.handler());
    QTRY_VERIFY_WITH_TIMEOUT(tickets.done, 20000);
    QCOMPARE(tickets.reply.status(), 200);
    QVERIFY(tickets.reply.object().contains(QStringLiteral("items")));

    // An error answer over TLS carries HSTS too.
    api.setToken({});
    Call refused;
    api.me(refused.handler());
    QTRY_VERIFY_WITH_TIMEOUT(refused.done, 20000);
    QCOMPARE(refused.reply.status(), 401);
    QCOMPARE(refused.reply.http.header("strict-transport-security"), kHsts);
}

void TstTls::clientRefusesAnUntrustedCertificate()
{
    struct Case
    {
        const char *name;
        QString base;
        QString caFile;
    };
    QList<Case> cases{
        {"system store only", QStringLiteral("https://localhost:%1").arg(m_port), QString()},
        {"another CA", QStringLiteral("https://localhost:%1").arg(m_port), file(QStringLiteral("other.pem"))},
    };
    // The right CA, but an address the certificate does not name.
    const QHostAddress lan = lanAddress();
    QVERIFY2(!lan.isNull(), "this machine needs an IPv4 address besides loopback");
    cases.append({"name mismatch", QStringLiteral("https://%1:%2").arg(lan.toString()).arg(m_port),
                  file(QStringLiteral("root.pem"))});

    const int metaBefore = serverLogCount("GET /api/v1/meta");
    for (const Case &c : std::as_const(cases)) {
        HttpTransport transport;
        ApiClient api(&transport);
        api.setBaseUrl(QUrl(c.base));
        api.setCaFile(c.caFile);
        Call meta;
        api.meta(meta.handler());
        QTRY_VERIFY_WITH_TIMEOUT(meta.done, 20000);
        QVERIFY2(meta.reply.http.error == NetworkError::Tls,
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.name), meta.reply.errorMessage())));
        QCOMPARE(meta.reply.status(), 0);
        // What the desk shows: a sentence about the certificate and the server's address.
        const QString message = meta.reply.errorMessage();
        QVERIFY2(message.contains(QStringLiteral("TLS certificate could not be verified"))
                     && message.contains(QUrl(c.base).host()),
                 qPrintable(message));
    }
    // None of them got as far as a request.
    QCOMPARE(serverLogCount("GET /api/v1/meta"), metaBefore);
}

void TstTls::curlAndPythonVerifyAgainstTheCa()
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!curl.isEmpty() && !python.isEmpty(), "curl and python3 are needed (packaging/debian-test-deps.txt)");
    const QStringList quiet{QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                            QStringLiteral("-w"), QStringLiteral("%{http_code}")};

    TestPki::Run r = TestPki::run(
        curl, quiet + QStringList{QStringLiteral("--cacert"), file(QStringLiteral("root.pem")), url("localhost")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("200"));
    r = TestPki::run(
        curl, quiet + QStringList{QStringLiteral("--cacert"), file(QStringLiteral("root.pem")), url("127.0.0.1")});
    QCOMPARE(r.out, QByteArray("200"));
    r = TestPki::run(curl, quiet + QStringList{url("localhost")});
    QCOMPARE(r.exitCode, 60); // CURLE_PEER_FAILED_VERIFICATION
    r = TestPki::run(
        curl, quiet + QStringList{QStringLiteral("--cacert"), file(QStringLiteral("other.pem")), url("localhost")});
    QCOMPARE(r.exitCode, 60);

    const QByteArray script = "import ssl, sys, urllib.request\n"
                              "ctx = ssl.create_default_context(cafile=sys.argv[2] if len(sys.argv) > 2 else None)\n"
                              "try:\n"
                              "    with urllib.request.urlopen(sys.argv[1], context=ctx, timeout=20) as r:\n"
                              "        print(r.status, r.headers['Strict-Transport-Security'])\n"
                              "except Exception as e:\n"
                              "    print(type(e).__name__, e)\n"
                              "    sys.exit(3)\n";
    const QString scriptFile = file(QStringLiteral("fetch.py"));
    QFile f(scriptFile);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(script) == script.size());
    f.close();
    r = TestPki::run(python, {scriptFile, url("localhost"), file(QStringLiteral("root.pem"))});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("200 ") + kHsts);
    r = TestPki::run(python, {scriptFile, url("localhost")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains("CERTIFICATE_VERIFY_FAILED"), r.out.constData());
}

void TstTls::tlsBelowOnePointTwoIsRefused()
{
    // SECLEVEL=0 lets this client offer TLS 1.0 and 1.1 at all: the refusal is the server's.
    auto handshake = [this](const QString &version, QByteArray *out) {
        const TestPki::Run r = TestPki::run(m_pki.opensslPath(),
                                            {QStringLiteral("s_client"), QStringLiteral("-connect"),
                                             QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("-servername"),
                                             QStringLiteral("localhost"), QStringLiteral("-CAfile"),
                                             file(QStringLiteral("root.pem")), QStringLiteral("-verify_return_error"),
                                             version, QStringLiteral("-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0")},
                                            "Q\n");
        *out = r.out;
        return r.exitCode;
    };
    QByteArray out;
    const int failedBefore = serverLogCount("TLS handshake failed");
    for (const QString &old : {QStringLiteral("-tls1"), QStringLiteral("-tls1_1")}) {
        QVERIFY2(handshake(old, &out) != 0, out.constData());
        QVERIFY2(out.contains("alert protocol version") || out.contains("unsupported protocol"), out.constData());
    }
    QTRY_COMPARE_WITH_TIMEOUT(serverLogCount("TLS handshake failed"), failedBefore + 2, 5000);
    QVERIFY(
        ServerProcess::readFile(m_proc.logFile(QStringLiteral("server"), "stderr")).contains("unsupported protocol"));

    QCOMPARE(handshake(QStringLiteral("-tls1_2"), &out), 0);
    QVERIFY2(out.contains("Protocol  : TLSv1.2") || out.contains(", TLSv1.2, "), out.constData());
    QVERIFY2(out.contains("Verify return code: 0 (ok)"), out.constData());
    QCOMPARE(handshake(QStringLiteral("-tls1_3"), &out), 0);
    QVERIFY2(out.contains("TLSv1.3"), out.constData());
}

void TstTls::hstsOnlyWhereTlsIs()
{
    // Over TLS, on an answer refused before routing as well (431).
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    QStringList arguments{QStringLiteral("-sS"),
                          QStringLiteral("-D"),
                          QStringLiteral("-"),
                          QStringLiteral("-o"),
                          QStringLiteral("/dev/null"),
                          QStringLiteral("--cacert"),
                          file(QStringLiteral("root.pem"))};
    for (int i = 0; i < 120; ++i)
        arguments << QStringLiteral("-H") << QStringLiteral("X-Field-%1: v").arg(i);
    const TestPki::Run tooMany = TestPki::run(curl, arguments << url("localhost"));
    QVERIFY2(tooMany.out.startsWith("HTTP/1.1 431"), tooMany.out.constData());
    QVERIFY2(tooMany.out.toLower().contains(QByteArray(QByteArray("strict-transport-security: ") + kHsts)),
             tooMany.out.constData());

    // Plain HTTP on loopback: no HSTS; the same behind a TLS-terminating proxy: HSTS.
    for (const bool behindProxy : {false, true}) {
        ServerProcess plain(QStringLiteral(IZDESK_SERVER_BINARY));
        QString error;
        QStringList options{QStringLiteral("--environment"), QStringLiteral("production")};
        if (behindProxy)
            options << QStringLiteral("--behind-tls-proxy");
        const QUrl base = plain.start(QStringLiteral("plain"), options + database(plain), &error);
        QVERIFY2(base.port() > 0, qPrintable(error));
        QCOMPARE(base.scheme(), QStringLiteral("http"));
        const auto meta = RawHttp(QHostAddress::LocalHost, quint16(base.port())).send("GET", "/api/v1/meta");
        QCOMPARE(meta.status, 200);
        QCOMPARE(meta.header("Strict-Transport-Security"), behindProxy ? kHsts : QByteArray());
        QCOMPARE(meta.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QVERIFY(plain.stop());
    }
}

void TstTls::productionServesBeyondLoopbackOnlyOverTls()
{
    const QHostAddress lan = lanAddress();
    QVERIFY2(!lan.isNull(), "this machine needs an IPv4 address besides loopback");
    for (const QString &address : QStringList{QStringLiteral("0.0.0.0:0"), lan.toString() + QStringLiteral(":0")}) {
        ServerProcess refused(QStringLiteral(IZDESK_SERVER_BINARY));
        const int code = refused.runTool(QStringLiteral("refused"),
                                         QStringList{QStringLiteral("--environment"), QStringLiteral("production"),
                                                     QStringLiteral("--listen"), address}
                                             + database(refused));
        const QByteArray err = ServerProcess::readFile(refused.logFile(QStringLiteral("refused"), "stderr"));
        QCOMPARE(code, 2);
        QVERIFY2(err.contains("only over TLS") && err.contains("--tls-certificate")
                     && err.contains("--behind-tls-proxy"),
                 err.constData());
    }
    // Behind a TLS-terminating proxy it may; training may too, with a warning in its log.
    for (const QString &environment : {QStringLiteral("production"), QStringLiteral("training")}) {
        ServerProcess server(QStringLiteral(IZDESK_SERVER_BINARY));
        QStringList options{QStringLiteral("--environment"), environment, QStringLiteral("--listen"),
                            QStringLiteral("0.0.0.0:0")};
        if (environment == QLatin1String("production"))
            options << QStringLiteral("--behind-tls-proxy");
        QString error;
        const QUrl base = server.start(QStringLiteral("run"), options + database(server), &error);
        QVERIFY2(base.port() > 0, qPrintable(error));
        QCOMPARE(RawHttp(QHostAddress::LocalHost, quint16(base.port())).send("GET", "/api/v1/meta").status, 200);
        const QByteArray log = ServerProcess::readFile(server.logFile(QStringLiteral("run"), "stderr"));
        QCOMPARE(log.contains("serving plain HTTP on 0.0.0.0"), environment == QLatin1String("training"));
        QVERIFY(server.stop());
    }
}

void TstTls::badCertificateOrKeyStopsTheStart_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("mentions");
    const QString missing = file(QStringLiteral("missing.pem"));
    auto pair = [this](const QString &certificate, const QString &key) { return tlsOptions(certificate, key); };
    QTest::newRow("missing certificate") << pair(QStringLiteral("missing.pem"), QStringLiteral("server.key"))
                                         << QStringList{QStringLiteral("--tls-certificate"), missing,
                                                        QStringLiteral("cannot read")};
    QTest::newRow("missing key") << pair(QStringLiteral("chain.pem"), QStringLiteral("missing.pem"))
                                 << QStringList{QStringLiteral("--tls-key"), missing, QStringLiteral("cannot read")};
    QTest::newRow("certificate not PEM") << pair(QStringLiteral("not-pem.txt"), QStringLiteral("server.key"))
                                         << QStringList{file(QStringLiteral("not-pem.txt")),
                                                        QStringLiteral("no PEM certificate")};
    QTest::newRow("key not PEM") << pair(QStringLiteral("chain.pem"), QStringLiteral("not-pem.txt"))
                                 << QStringList{file(QStringLiteral("not-pem.txt")),
                                                QStringLiteral("no PEM private key")};
    QTest::newRow("a certificate as key")
        << pair(QStringLiteral("chain.pem"), QStringLiteral("chain.pem"))
        << QStringList{QStringLiteral("--tls-key"), QStringLiteral("no PEM private key")};
    QTest::newRow("key of another certificate")
        << pair(QStringLiteral("chain.pem"), QStringLiteral("stray.key"))
        << QStringList{file(QStringLiteral("stray.key")), file(QStringLiteral("chain.pem")),
                       QStringLiteral("does not belong")};
    QTest::newRow("chain in the wrong order")
        << pair(QStringLiteral("chain-reversed.pem"), QStringLiteral("server.key"))
        << QStringList{file(QStringLiteral("chain-reversed.pem")), QStringLiteral("comes first")};
    QTest::newRow("key under a passphrase")
        << pair(QStringLiteral("chain.pem"), QStringLiteral("encrypted.key"))
        << QStringList{file(QStringLiteral("encrypted.key")), QStringLiteral("passphrase")};
    QTest::newRow("certificate without key")
        << QStringList{QStringLiteral("--tls-certificate"), file(QStringLiteral("chain.pem"))}
        << QStringList{QStringLiteral("--tls-certificate needs --tls-key")};
    QTest::newRow("key without certificate")
        << QStringList{QStringLiteral("--tls-key"), file(QStringLiteral("server.key"))}
        << QStringList{QStringLiteral("--tls-key needs --tls-certificate")};
}

void TstTls::badCertificateOrKeyStopsTheStart()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, mentions);
    ServerProcess server(QStringLiteral(IZDESK_SERVER_BINARY));
    const int code = server.runTool(QStringLiteral("bad"), options + database(server));
    const QString err
        = QString::fromLocal8Bit(ServerProcess::readFile(server.logFile(QStringLiteral("bad"), "stderr")));
    QCOMPARE(code, 2);
    for (const QString &m : std::as_const(mentions))
        QVERIFY2(err.contains(m), qPrintable(QStringLiteral("no \"%1\" in: %2").arg(m, err)));
    // Nothing that asked for a passphrase on the terminal, nothing listening.
    QVERIFY2(!err.contains(QStringLiteral("listening")) && !err.contains(QStringLiteral("Enter PEM")), qPrintable(err));
}

void TstTls::plainHttpToAnotherHostNeverLeavesTheClient()
{
    // A real server in training on this machine's LAN address, plain HTTP: curl reaches it,
    // the IZ Desk client refuses to send it anything in clear text.
    const QHostAddress lan = lanAddress();
    QVERIFY2(!lan.isNull(), "this machine needs an IPv4 address besides loopback");
    ServerProcess server(QStringLiteral(IZDESK_SERVER_BINARY));
    QString error;
    const QUrl base = server.start(
        QStringLiteral("lan"),
        QStringList{QStringLiteral("--listen"), lan.toString() + QStringLiteral(":0")} + database(server), &error);
    QVERIFY2(base.port() > 0, qPrintable(error));
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    const TestPki::Run reached = TestPki::run(
        curl, {QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
               QStringLiteral("%{http_code}"), base.toString() + QStringLiteral("/api/v1/meta")});
    QCOMPARE(reached.out, QByteArray("200"));

    HttpTransport transport;
    ApiClient api(&transport);
    api.setBaseUrl(base);
    Call meta;
    api.meta(meta.handler());
    QTRY_VERIFY_WITH_TIMEOUT(meta.done, 20000);
    QCOMPARE(meta.reply.http.error, NetworkError::Insecure);
    QCOMPARE(meta.reply.status(), 0);
    QVERIFY2(meta.reply.errorMessage().contains(QStringLiteral("https://")), qPrintable(meta.reply.errorMessage()));
    // The server saw exactly one connection: curl's.
    QTest::qWait(200);
    const QByteArray log = ServerProcess::readFile(server.logFile(QStringLiteral("lan"), "stderr"));
    QCOMPARE(log.count("connection opened"), 1);
    QVERIFY(server.stop());
}

QTEST_GUILESS_MAIN(TstTls)
#include "tst_tls.moc"
