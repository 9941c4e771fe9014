#include "keychaincredentialstore.h"

#include "logcategories.h"

#include <qt6keychain/keychain.h>

namespace izdesk {

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
{
}

void KeychainCredentialStore::readSecret(const QString &key, ReadHandler done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() == QKeychain::NoError) {
            done(Status::Ok, read->binaryData());
        } else if (read->error() == QKeychain::EntryNotFound) {
            done(Status::NotFound, {});
        } else {
            qCWarning(lcKeychain) << "keychain read failed:" << read->errorString();
            done(Status::Unavailable, {});
        }
    });
    job->start();
}

void KeychainCredentialStore::writeSecret(const QString &key, const QByteArray &secret, WriteHandler done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            qCWarning(lcKeychain) << "keychain write failed:" << j->errorString();
        done(j->error() == QKeychain::NoError);
    });
    job->start();
}

void KeychainCredentialStore::removeSecret(const QString &key, WriteHandler done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound);
    });
    job->start();
}

} // namespace izdesk
