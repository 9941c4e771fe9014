#pragma once

#include "outboxentry.h"

#include <QList>

namespace izdesk {

class CacheWorker;

// The outbox table of the cache file (see CacheWorker). Clear columns: owner, seq, kind,
// method, path, ticket id, Idempotency-Key, If-Match, created_at, attempts, state; the body
// and the conflict details are sealed with the cache key (AAD = "outbox:" + seq) because they
// can hold PHI. Called on the cache's writer thread only, through TicketCache.
class OutboxStore
{
public:
    static QList<OutboxEntry> load(CacheWorker *worker);
    static bool save(CacheWorker *worker, const OutboxEntry &entry); // insert or replace
    static bool remove(CacheWorker *worker, qint64 seq);
    // save() of each entry and remove() of removeSeq (0: none) in one transaction.
    static bool commit(CacheWorker *worker, const QList<OutboxEntry> &save, qint64 removeSeq);
};

} // namespace izdesk
