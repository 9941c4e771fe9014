#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

#include <optional>

namespace izdesk::server {

// The server's TLS certificate chain and private key (--tls-certificate, --tls-key), read and
// checked once at start-up. Value type; read-only afterwards, so any thread may read it.
struct TlsIdentity
{
    QList<QSslCertificate> chain; // the server's own certificate first, then its intermediates
    QSslKey key;
    QString certificateFile;
    QString keyFile;

    // Reads both PEM files. nullopt + *error naming the option and the file when a file cannot
    // be read, holds no PEM certificate or key, the key needs a passphrase, or the key does
    // not belong to the first certificate.
    static std::optional<TlsIdentity> load(const QString &certificateFile, const QString &keyFile, QString *error);

    // Server side, TLS 1.2 or later only, no client certificates asked for.
    QSslConfiguration serverConfiguration() const;
    QDateTime expiresAt() const { return chain.isEmpty() ? QDateTime() : chain.constFirst().expiryDate(); }
    QDateTime validFrom() const { return chain.isEmpty() ? QDateTime() : chain.constFirst().effectiveDate(); }
};

} // namespace izdesk::server
