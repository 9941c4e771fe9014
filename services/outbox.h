#pragma once

#include "apireply.h"
#include "outboxentry.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace izdesk {

class SessionController;

// The durable outbox of the signed-in user. Every write is stored first (the cache's SQLite
// file, synchronous=FULL, body encrypted with the cache key) and only then sent, strictly in
// order, with its stored Idempotency-Key and If-Match. Network failures and 5xx keep the
// entry and retry with backoff (1 s doubling to 30 s); while the session is offline they wait
// for the server; on the next sign-in the stored entries are replayed. The next write goes out
// only once the outcome of the previous one is on disk. A 412/422 on a replay becomes a
// conflict kept until resolved; a 412/422 on an interactive write (made online in this
// session, handler given) goes to the handler instead, which shows it in the editor. A 412 to
// an edit the server already holds (its answer was lost, or the client died before recording
// it: the server is one version past the edit's base and has every value it sets) is no
// conflict: it is sent again on that version, and the server answers that nothing changed.
// Without a keychain nothing PHI-bearing may touch the disk, so the outbox is memory-only
// and isDurable() is false. GUI-thread object; owned by SessionController; never blocks.
class Outbox : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const OutboxEntry &entry, const ApiReply &reply)>;

    explicit Outbox(SessionController *session, QObject *parent = nullptr);

    // Stores the write and sends it when it is its turn. Fills seq, idempotencyKey (POST) and
    // createdAt. done runs once with the server's answer if it arrives in this session and the
    // write was not turned into a conflict. Returns the local sequence number.
    qint64 enqueue(OutboxEntry entry, Handler done = {});

    bool isDurable() const { return m_durable; }
    bool isLoaded() const { return m_loaded; }
    int pendingCount() const;
    QList<OutboxEntry> pending() const;  // in send order
    QList<OutboxConflict> conflicts() const;

    // Re-sends the conflicting write with If-Match = the server's current version.
    void resolveApplyMine(qint64 seq);
    // Drops the conflicting write; the server's version stays.
    void resolveDiscardMine(qint64 seq);

Q_SIGNALS:
    void durabilityChanged(bool durable);          // false: writes are kept in memory only
    void pendingCountChanged(int count);
    void entryStored(qint64 seq);                  // written to disk (or memory when not durable)
    // The server could not be reached: the write stays queued (shown to the user as saved
    // offline). Emitted once per entry.
    void entryDeferred(const izdesk::OutboxEntry &entry);
    void entrySent(const izdesk::OutboxEntry &entry, const izdesk::ApiReply &reply); // 2xx
    void entryRejected(const izdesk::OutboxEntry &entry, const QString &message);      // dropped
    void conflictAdded(const izdesk::OutboxConflict &conflict);
    void conflictsChanged();
    void drained();                                 // nothing pending any more

private:
    void onSignedIn();
    void onSignedOut();
    void onConnectivityChanged(bool online);
    void sendNext();
    void onReply(qint64 seq, const ApiReply &reply);
    void makeConflict(OutboxEntry entry, const ApiReply &reply);
    void storeConflict(const OutboxEntry &entry);
    void eraseEntry(qint64 seq); // from memory; commit() takes it off the disk
    // Stores these entries and removes removeSeq (0: none) in one transaction; nothing else
    // is sent until it is committed, so a kill leaves either the old or the new rows.
    void commit(const QList<OutboxEntry> &save, qint64 removeSeq);
    // Later offline edits of the same ticket were based on the version `done` replaced; they
    // now build on the one it produced. Returns the entries it changed.
    QList<OutboxEntry> chainVersions(const OutboxEntry &done, const ApiReply &reply);
    QList<OutboxEntry> rebase(qint64 ticketId, const QByteArray &fromEtag, int version);
    void retryLater();
    OutboxEntry *find(qint64 seq);

    SessionController *m_session;
    QList<OutboxEntry> m_entries; // pending and conflicts, by seq
    QHash<qint64, Handler> m_handlers;
    QSet<qint64> m_unstored;    // enqueued, row not committed yet: not sent
    QSet<qint64> m_interactive; // made online in this session, no network failure since
    QTimer m_retryTimer;
    qint64 m_lastSeq = 0;        // seq = max(last + 1, now in µs): ordered across restarts
    qint64 m_inFlight = 0;       // seq being sent, 0 = none
    int m_committing = 0;        // outcomes being written to disk; the next send waits for them
    int m_backoffStep = 0;
    bool m_durable = false;
    bool m_loaded = false;
    quint64 m_generation = 0;
};

} // namespace izdesk
