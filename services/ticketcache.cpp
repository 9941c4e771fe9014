#include "ticketcache.h"

#include "cacheworker.h"
#include "credentialstore.h"
#include "logcategories.h"
#include "outboxstore.h"
#include "phicipher.h"

#include <QDir>
#include <QPointer>

namespace izdesk {

TicketCache::TicketCache(const QString &directory, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_credentials(credentials)
    , m_worker(new CacheWorker)
{
    m_thread.setObjectName(QStringLiteral("izdesk-cache"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

TicketCache::~TicketCache()
{
    // Close the database on its own thread, then stop the thread; pending writes finish first.
    CacheWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker] {
        worker->close();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
    delete m_worker;
}

template<typename Work, typename Reply>
void TicketCache::post(Work work, Reply reply)
{
    QPointer<TicketCache> self(this);
    CacheWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [self, worker, work = std::move(work), reply = std::move(reply)]() mutable {
        auto result = work(worker);
        if (self)
            QMetaObject::invokeMethod(self.data(),
                                      [reply = std::move(reply), result = std::move(result)] { reply(result); });
    });
}

QString TicketCache::databasePath(const QString &profileId) const
{
    return QDir(m_directory).filePath(profileId + QStringLiteral(".sqlite"));
}

void TicketCache::open(const QString &profileId, const QString &username, DoneHandler done)
{
    const quint64 generation = ++m_generation;
    const QString path = databasePath(profileId);
    m_keyName = QStringLiteral("cache-key/%1/%2").arg(profileId, username);
    const QString keyName = m_keyName;
    m_credentials->readSecret(keyName, [this, generation, path, username, keyName, done](CredentialStore::Status status,
                                                                                         const QByteArray &secret) {
        if (generation != m_generation)
            return;
        if (status == CredentialStore::Status::Ok && secret.size() == PhiCipher::kKeySize) {
            openWithKey(path, username, secret, done);
            return;
        }
        if (status == CredentialStore::Status::Unavailable) {
            qCWarning(lcCache) << "no keychain: ticket details will not be cached";
            openWithKey(path, username, {}, done);
            return;
        }
        const QByteArray key = PhiCipher::generateKey();
        m_credentials->writeSecret(keyName, key, [this, generation, path, username, key, done](bool ok) {
            if (generation != m_generation)
                return;
            if (!ok)
                qCWarning(lcCache) << "cannot store the cache key: ticket details will not be cached";
            openWithKey(path, username, ok ? key : QByteArray(), done);
        });
    });
}

void TicketCache::openWithKey(const QString &path, const QString &username, const QByteArray &key, DoneHandler done)
{
    const bool phi = !key.isEmpty();
    if (phi != m_phiAvailable) {
        m_phiAvailable = phi;
        Q_EMIT phiAvailabilityChanged(phi);
    }
    post([path, username, key](CacheWorker *w) { return w->open(path, username, key); },
         [done](bool ok) {
             if (done)
                 done(ok);
         });
}

void TicketCache::close()
{
    ++m_generation;
    m_keyName.clear();
    m_phiAvailable = false;
    post(
        [](CacheWorker *w) {
            w->close();
            return true;
        },
        [](bool) {});
}

void TicketCache::loadQueue(QueueHandler done)
{
    post([](CacheWorker *w) { return w->loadQueue(); },
         [done](const CacheWorker::Queue &q) { done(q.tickets, q.phiMissing); });
}

void TicketCache::saveQueue(const QList<Ticket> &tickets, DoneHandler done)
{
    post([tickets](CacheWorker *w) { return w->saveQueue(tickets); },
         [done](bool ok) {
             if (done)
                 done(ok);
         });
}

void TicketCache::upsertTicket(const Ticket &ticket, DoneHandler done)
{
    post([ticket](CacheWorker *w) { return w->upsertTicket(ticket); },
         [done](bool ok) {
             if (done)
                 done(ok);
         });
}

void TicketCache::applyChanges(const QList<Ticket> &tickets, const QString &cursor, DoneHandler done)
{
    post([tickets, cursor](CacheWorker *w) { return w->applyChanges(tickets, cursor); },
         [done](bool ok) {
             if (done)
                 done(ok);
         });
}

void TicketCache::loadFeedCursor(CursorHandler done)
{
    post([](CacheWorker *w) { return w->feedCursor(); }, [done](const QString &cursor) { done(cursor); });
}

void TicketCache::loadOutbox(OutboxHandler done)
{
    post([](CacheWorker *w) { return OutboxStore::load(w); },
         [done](const QList<OutboxEntry> &entries) { done(entries); });
}

void TicketCache::saveOutboxEntry(const OutboxEntry &entry, DoneHandler done)
{
    post([entry](CacheWorker *w) { return OutboxStore::save(w, entry); },
         [done](bool ok) {
             if (done)
                 done(ok);
         });
}

void TicketCache::removeOutboxEntry(qint64 seq, DoneHandler done)
{
    post([seq](CacheWorker *w) { return OutboxStore::remove(w, seq); },
         [done](bool ok) {
             if (done)
                 done(ok);
         });
}

void TicketCache::commitOutbox(const QList<OutboxEntry> &save, qint64 removeSeq, DoneHandler done)
{
    post([save, removeSeq](CacheWorker *w) { return OutboxStore::commit(w, save, removeSeq); },
         [done](bool ok) {
             if (done)
                 done(ok);
         });
}

void TicketCache::storeVerifier(const StaffUser &user, const QString &password, DoneHandler done)
{
    post([user, password](CacheWorker *w) { return w->storeVerifier(user, password); },
         [done](bool ok) {
             if (done)
                 done(ok);
         });
}

void TicketCache::verifyPassword(const QString &password, UserHandler done)
{
    post([password](CacheWorker *w) { return w->verifyPassword(password); },
         [done](const std::optional<StaffUser> &user) { done(user); });
}

void TicketCache::purgePhi(DoneHandler done)
{
    const QString keyName = m_keyName;
    ++m_generation;
    m_keyName.clear();
    m_phiAvailable = false;
    post(
        [](CacheWorker *w) {
            const bool ok = w->purgePhi();
            w->close();
            return ok;
        },
        [this, keyName, done](bool ok) {
            // Dropping the key also makes any copy of the old blobs unreadable.
            if (!keyName.isEmpty())
                m_credentials->removeSecret(keyName, [](bool) {});
            if (done)
                done(ok);
        });
}

} // namespace izdesk
