#include "memorycredentialstore.h"

#include <QTimer>

namespace izdesk {

void MemoryCredentialStore::readSecret(const QString &key, ReadHandler done)
{
    Status status = Status::Unavailable;
    QByteArray secret;
    if (m_available) {
        status = m_secrets.contains(key) ? Status::Ok : Status::NotFound;
        secret = m_secrets.value(key);
    }
    QTimer::singleShot(0, this, [done = std::move(done), status, secret] { done(status, secret); });
}

void MemoryCredentialStore::writeSecret(const QString &key, const QByteArray &secret, WriteHandler done)
{
    if (m_available)
        m_secrets.insert(key, secret);
    QTimer::singleShot(0, this, [done = std::move(done), ok = m_available] { done(ok); });
}

void MemoryCredentialStore::removeSecret(const QString &key, WriteHandler done)
{
    if (m_available)
        m_secrets.remove(key);
    QTimer::singleShot(0, this, [done = std::move(done), ok = m_available] { done(ok); });
}

} // namespace izdesk
