#pragma once

#include "credentialstore.h"

namespace izdesk {

// CredentialStore backed by the OS keychain (QtKeychain jobs: Secret Service / KWallet on
// Linux, Keychain on macOS, Credential Manager on Windows). Never falls back to a plain file.
// GUI-thread object; jobs finish asynchronously.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(const QString &service = QStringLiteral("IZ Desk"), QObject *parent = nullptr);

    void readSecret(const QString &key, ReadHandler done) override;
    void writeSecret(const QString &key, const QByteArray &secret, WriteHandler done) override;
    void removeSecret(const QString &key, WriteHandler done) override;

private:
    QString m_service;
};

} // namespace izdesk
