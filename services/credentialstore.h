#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace izdesk {

// Where secrets live (the cache encryption key). Asynchronous: every call returns at once
// and its handler runs later on the caller's thread. Implementations: KeychainCredentialStore
// (OS keychain via QtKeychain) and MemoryCredentialStore (tests). There is deliberately no
// on-disk fallback: Unavailable means "do not persist anything that needs the secret".
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Status { Ok, NotFound, Unavailable };
    using ReadHandler = std::function<void(Status status, const QByteArray &secret)>;
    using WriteHandler = std::function<void(bool ok)>;

    using QObject::QObject;

    virtual void readSecret(const QString &key, ReadHandler done) = 0;
    virtual void writeSecret(const QString &key, const QByteArray &secret, WriteHandler done) = 0;
    virtual void removeSecret(const QString &key, WriteHandler done) = 0;
};

} // namespace izdesk
