#include "http/tlsidentity.h"

#include <QFile>
#include <QSslSocket>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace izdesk::server {

namespace {

struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct X509Free
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};

// Never prompts on the terminal for a passphrase: an encrypted key simply fails to load.
int noPassphrase(char *, int, int, void *)
{
    return 0;
}

bool readFile(const char *option, const QString &path, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1 %2: cannot read the file (%3)").arg(QLatin1String(option), path, file.errorString());
        return false;
    }
    *bytes = file.readAll();
    return true;
}

std::unique_ptr<BIO, BioFree> memoryBio(const QByteArray &bytes)
{
    return std::unique_ptr<BIO, BioFree>(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

} // namespace

std::optional<TlsIdentity> TlsIdentity::load(const QString &certificateFile, const QString &keyFile, QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("--tls-certificate: TLS is not available (Qt found no TLS library)");
        return std::nullopt;
    }
    QByteArray certificatePem;
    QByteArray keyPem;
    if (!readFile("--tls-certificate", certificateFile, &certificatePem, error)
        || !readFile("--tls-key", keyFile, &keyPem, error))
        return std::nullopt;

    TlsIdentity identity;
    identity.certificateFile = certificateFile;
    identity.keyFile = keyFile;
    identity.chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    std::unique_ptr<X509, X509Free> leaf(PEM_read_bio_X509(memoryBio(certificatePem).get(), nullptr, noPassphrase, nullptr));
    if (identity.chain.isEmpty() || !leaf) {
        ERR_clear_error();
        *error = QStringLiteral("--tls-certificate %1: no PEM certificate in the file (expected -----BEGIN "
                                "CERTIFICATE-----)").arg(certificateFile);
        return std::nullopt;
    }

    std::unique_ptr<EVP_PKEY, KeyFree> key(PEM_read_bio_PrivateKey(memoryBio(keyPem).get(), nullptr, noPassphrase, nullptr));
    if (!key) {
        ERR_clear_error();
        if (keyPem.contains("ENCRYPTED"))
            *error = QStringLiteral("--tls-key %1: the key is protected by a passphrase; give the key without one "
                                    "(a file only the server's user can read)").arg(keyFile);
        else
            *error = QStringLiteral("--tls-key %1: no PEM private key in the file (expected -----BEGIN PRIVATE "
                                    "KEY-----)").arg(keyFile);
        return std::nullopt;
    }
    if (X509_check_private_key(leaf.get(), key.get()) != 1) {
        ERR_clear_error();
        *error = QStringLiteral("--tls-key %1 does not belong to the first certificate in --tls-certificate %2 (the "
                                "server's own certificate comes first, then its intermediates)")
                     .arg(keyFile, certificateFile);
        return std::nullopt;
    }
    QSsl::KeyAlgorithm algorithm;
    switch (EVP_PKEY_get_base_id(key.get())) {
    case EVP_PKEY_RSA: algorithm = QSsl::Rsa; break;
    case EVP_PKEY_EC: algorithm = QSsl::Ec; break;
    case EVP_PKEY_DSA: algorithm = QSsl::Dsa; break;
    default:
        *error = QStringLiteral("--tls-key %1: this kind of key is not supported; use an RSA or EC key").arg(keyFile);
        return std::nullopt;
    }
    identity.key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
    if (identity.key.isNull()) {
        *error = QStringLiteral("--tls-key %1: the key could not be loaded").arg(keyFile);
        return std::nullopt;
    }
    return identity;
}

QSslConfiguration TlsIdentity::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace izdesk::server
