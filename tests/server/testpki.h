#pragma once

// Certificates made for a test with the openssl command, in a folder of their own: a root CA
// ("root"), an unrelated CA ("other"), an intermediate CA signed by the root and a server
// certificate for localhost and 127.0.0.1 signed by the intermediate; then chain.pem (server
// + intermediate), chain-reversed.pem, not-pem.txt, stray.key (a key of no certificate) and
// encrypted.key (the server key under the passphrase "secret-phrase").

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace izdesk::test {

class TestPki
{
public:
    struct Run
    {
        int exitCode = -1;
        QByteArray out; // standard output and error
    };

    static Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, arguments);
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(5000);
        }
        r.out = p.readAll();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return r;
    }

    TestPki()
        : m_openssl(QStandardPaths::findExecutable(QStringLiteral("openssl")))
    {
    }

    bool isValid() const { return m_dir.isValid() && !m_openssl.isEmpty(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QString opensslPath() const { return m_openssl; }
    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    bool openssl(const QStringList &arguments, QByteArray *output = nullptr)
    {
        const Run r = run(m_openssl, arguments);
        if (output)
            *output = r.out;
        if (r.exitCode != 0)
            qWarning("openssl %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), r.out.constData());
        return r.exitCode == 0;
    }

    // The root, an unrelated CA, the intermediate, the server certificate and the files made
    // from them (listed below). False, with openssl's message logged, when a step fails.
    bool make()
    {
        auto write = [this](const QString &name, const QByteArray &bytes) {
            QFile f(file(name));
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
        };
        const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        auto selfSignedCa = [&](const QString &name, const QString &subject) {
            return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                           + QStringList{QStringLiteral("-keyout"), file(name + QStringLiteral(".key")),
                                         QStringLiteral("-out"), file(name + QStringLiteral(".pem")),
                                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), subject,
                                         QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                         QStringLiteral("-addext"),
                                         QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
        };
        auto signedBy = [&](const QString &name, const QStringList &keyOptions, const QString &subject,
                            const QString &issuer, const QByteArray &extensions) {
            return write(name + QStringLiteral(".ext"), extensions)
                   && openssl(QStringList{QStringLiteral("req")} + keyOptions
                              + QStringList{QStringLiteral("-keyout"), file(name + QStringLiteral(".key")),
                                            QStringLiteral("-out"), file(name + QStringLiteral(".csr")),
                                            QStringLiteral("-subj"), subject})
                   && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                               file(name + QStringLiteral(".csr")), QStringLiteral("-CA"),
                               file(issuer + QStringLiteral(".pem")), QStringLiteral("-CAkey"),
                               file(issuer + QStringLiteral(".key")), QStringLiteral("-CAcreateserial"),
                               QStringLiteral("-out"), file(name + QStringLiteral(".pem")), QStringLiteral("-days"),
                               QStringLiteral("2"), QStringLiteral("-extfile"), file(name + QStringLiteral(".ext"))});
        };
        const QStringList rsa{QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes")};
        if (!selfSignedCa(QStringLiteral("root"), QStringLiteral("/CN=IZ Desk Test Root CA"))
            || !selfSignedCa(QStringLiteral("other"), QStringLiteral("/CN=Some Other CA"))
            || !signedBy(QStringLiteral("intermediate"), ec, QStringLiteral("/CN=IZ Desk Test Intermediate CA"),
                         QStringLiteral("root"),
                         "basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n")
            || !signedBy(QStringLiteral("server"), rsa, QStringLiteral("/CN=localhost"), QStringLiteral("intermediate"),
                         "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
                         "extendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1\n"))
            return false;
        // The chain file: the server's own certificate, then the intermediate (the client trusts
        // only the root). Plus the same in the wrong order, a key that belongs to nothing, the
        // server key under a passphrase, and a file that is no PEM at all.
        const QByteArray leaf = readFile(file(QStringLiteral("server.pem")));
        const QByteArray intermediate = readFile(file(QStringLiteral("intermediate.pem")));
        return write(QStringLiteral("chain.pem"), leaf + intermediate)
               && write(QStringLiteral("chain-reversed.pem"), intermediate + leaf)
               && write(QStringLiteral("not-pem.txt"), "this is a certificate, honestly\n")
               && openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                           QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                           QStringLiteral("-out"), file(QStringLiteral("stray.key"))})
               && openssl({QStringLiteral("pkey"), QStringLiteral("-in"), file(QStringLiteral("server.key")),
                           QStringLiteral("-aes256"), QStringLiteral("-passout"), QStringLiteral("pass:secret-phrase"),
                           QStringLiteral("-out"), file(QStringLiteral("encrypted.key"))});
    }

private:
    QTemporaryDir m_dir;
    QString m_openssl;
};

} // namespace izdesk::test
