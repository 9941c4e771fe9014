#pragma once

#include "credentialstore.h"

#include <QHash>

namespace izdesk {

// In-memory CredentialStore for tests; setAvailable(false) simulates a machine without a
// working keychain. Handlers run from the event loop (asynchronous like the real store).
// GUI-thread object.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;

    void setAvailable(bool available) { m_available = available; }
    bool contains(const QString &key) const { return m_secrets.contains(key); }

    void readSecret(const QString &key, ReadHandler done) override;
    void writeSecret(const QString &key, const QByteArray &secret, WriteHandler done) override;
    void removeSecret(const QString &key, WriteHandler done) override;

private:
    QHash<QString, QByteArray> m_secrets;
    bool m_available = true;
};

} // namespace izdesk
