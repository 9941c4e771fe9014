#pragma once

#include "outboxentry.h"
#include "staffuser.h"

#include <ticket.h>

#include <QObject>
#include <QThread>

#include <functional>
#include <optional>

namespace izdesk {

class CacheWorker;
class CredentialStore;

// The local replica of the signed-in user's queue (SQLite, WAL) with PHI encrypted by a key
// from the CredentialStore ("cache-key/<profile>/<user>"). Without a working keychain no PHI
// is written (rows keep only their clear columns). Every call returns at once: the work runs
// on the cache's single writer thread, in call order, and handlers run on the GUI thread.
// GUI-thread object.
class TicketCache : public QObject
{
    Q_OBJECT

public:
    using DoneHandler = std::function<void(bool ok)>;
    using QueueHandler = std::function<void(const QList<Ticket> &tickets, bool phiMissing)>;
    using UserHandler = std::function<void(const std::optional<StaffUser> &user)>;
    using CursorHandler = std::function<void(const QString &cursor)>;
    using OutboxHandler = std::function<void(const QList<OutboxEntry> &entries)>;

    TicketCache(const QString &directory, CredentialStore *credentials, QObject *parent = nullptr);
    ~TicketCache() override;

    QString databasePath(const QString &profileId) const;
    // True once open() found or created a key: PHI is cached encrypted.
    bool isPhiAvailable() const { return !m_keyName.isEmpty() && m_phiAvailable; }

    // Fetches (or creates) the key, then opens the profile's file for this user.
    // done(ok) reports whether the database opened; isPhiAvailable() tells about the key.
    void open(const QString &profileId, const QString &username, DoneHandler done);
    void close();
    void loadQueue(QueueHandler done);
    void saveQueue(const QList<Ticket> &tickets, DoneHandler done = {});
    void upsertTicket(const Ticket &ticket, DoneHandler done = {});
    // Change feed: one page of tickets plus the new cursor, atomically.
    void applyChanges(const QList<Ticket> &tickets, const QString &cursor, DoneHandler done = {});
    void loadFeedCursor(CursorHandler done);
    // Outbox rows (only with a key: the bodies are sealed). done(ok) after the commit.
    void loadOutbox(OutboxHandler done);
    void saveOutboxEntry(const OutboxEntry &entry, DoneHandler done = {});
    void removeOutboxEntry(qint64 seq, DoneHandler done = {});
    // Stores these entries and removes removeSeq (0: none) in one transaction.
    void commitOutbox(const QList<OutboxEntry> &save, qint64 removeSeq, DoneHandler done = {});
    void storeVerifier(const StaffUser &user, const QString &password, DoneHandler done = {});
    void verifyPassword(const QString &password, UserHandler done);
    // Removes every cached PHI blob of the open user and deletes the key, then closes.
    void purgePhi(DoneHandler done = {});

Q_SIGNALS:
    void phiAvailabilityChanged(bool available);

private:
    void openWithKey(const QString &path, const QString &username, const QByteArray &key, DoneHandler done);
    template<typename Work, typename Reply>
    void post(Work work, Reply reply);

    QString m_directory;
    CredentialStore *m_credentials;
    QThread m_thread;
    CacheWorker *m_worker;
    QString m_keyName;
    bool m_phiAvailable = false;
    quint64 m_generation = 0; // an open() superseded by another open()/close() is dropped
};

} // namespace izdesk
