#include "outbox.h"

#include "apiclient.h"
#include "logcategories.h"
#include "sessioncontroller.h"
#include "ticketcache.h"

#include <QUuid>

namespace izdesk {

namespace {
constexpr int kMaxBackoffMs = 30000;

bool isTransient(const ApiReply &reply)
{
    // 401: the session ended; the entry waits for the next sign-in instead of being dropped.
    return reply.isNetworkError() || reply.status() >= 500 || reply.status() == 429 || reply.status() == 401;
}

bool isConflict(const ApiReply &reply)
{
    return reply.status() == 412 || reply.status() == 422 || reply.status() == 409;
}

// A 412 to an edit that reached the server before: its copy is exactly one version past the
// edit's base and already holds every value the edit sets.
bool appliedBefore(const OutboxEntry &entry, const ApiReply &reply)
{
    if (reply.status() != 412 || entry.method != "PATCH" || entry.ticketId <= 0 || entry.ifMatch.isEmpty())
        return false;
    OutboxEntry seen = entry;
    seen.theirs = reply.object().value(QStringLiteral("current")).toObject();
    const QJsonValue version = seen.theirs.value(QStringLiteral("version"));
    if (!version.isDouble())
        return false;
    Ticket base;
    base.id = entry.ticketId;
    base.version = version.toInt() - 1;
    if (base.etag() != entry.ifMatch)
        return false;
    const QList<FieldDiff> fields = OutboxConflict::fromEntry(seen).fields;
    return !fields.isEmpty()
           && std::all_of(fields.begin(), fields.end(), [](const FieldDiff &d) { return d.mine == d.theirs; });
}
} // namespace

Outbox::Outbox(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<izdesk::OutboxEntry>();
    qRegisterMetaType<izdesk::OutboxConflict>();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Outbox::sendNext);
    connect(m_session, &SessionController::signedIn, this, &Outbox::onSignedIn);
    connect(m_session, &SessionController::signedOut, this, &Outbox::onSignedOut);
    connect(m_session, &SessionController::connectivityChanged, this, &Outbox::onConnectivityChanged);
}

int Outbox::pendingCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [](const OutboxEntry &e) { return e.state == OutboxEntry::State::Pending; }));
}

QList<OutboxEntry> Outbox::pending() const
{
    QList<OutboxEntry> list;
    for (const OutboxEntry &e : m_entries) {
        if (e.state == OutboxEntry::State::Pending)
            list.append(e);
    }
    return list;
}

QList<OutboxConflict> Outbox::conflicts() const
{
    QList<OutboxConflict> list;
    for (const OutboxEntry &e : m_entries) {
        if (e.state == OutboxEntry::State::Conflict)
            list.append(OutboxConflict::fromEntry(e));
    }
    return list;
}

OutboxEntry *Outbox::find(qint64 seq)
{
    for (OutboxEntry &e : m_entries) {
        if (e.seq == seq)
            return &e;
    }
    return nullptr;
}

void Outbox::onSignedIn()
{
    const quint64 generation = ++m_generation;
    m_entries.clear();
    m_handlers.clear();
    m_unstored.clear();
    m_interactive.clear();
    m_inFlight = 0;
    m_committing = 0;
    m_loaded = false;
    // Announced on every sign-in so the UI can say "changes are kept in memory only".
    m_durable = m_session->cache()->isPhiAvailable();
    Q_EMIT durabilityChanged(m_durable);
    if (!m_durable)
        qCWarning(lcQueue) << "no keychain: unsent changes are kept in memory only";
    m_session->cache()->loadOutbox([this, generation](const QList<OutboxEntry> &stored) {
        if (generation != m_generation)
            return;
        // Writes made before the load finished come after the stored ones.
        QList<OutboxEntry> merged = stored;
        merged.append(m_entries);
        m_entries = merged;
        for (const OutboxEntry &e : stored)
            m_lastSeq = std::max(m_lastSeq, e.seq);
        m_loaded = true;
        if (!stored.isEmpty())
            qCInfo(lcQueue) << "outbox: replaying" << stored.size() << "stored write(s)";
        Q_EMIT pendingCountChanged(pendingCount());
        if (std::any_of(stored.begin(), stored.end(),
                        [](const OutboxEntry &e) { return e.state == OutboxEntry::State::Conflict; }))
            Q_EMIT conflictsChanged();
        sendNext();
    });
}

void Outbox::onSignedOut()
{
    ++m_generation;
    m_retryTimer.stop();
    m_entries.clear();
    m_handlers.clear();
    m_unstored.clear();
    m_interactive.clear();
    m_inFlight = 0;
    m_committing = 0;
    m_loaded = false;
    Q_EMIT pendingCountChanged(0);
    Q_EMIT conflictsChanged();
}

void Outbox::onConnectivityChanged(bool online)
{
    if (!online) {
        // Whatever is still queued now waits for the server: the user is told it is kept,
        // and a refusal on the later replay becomes a conflict instead of a dialog message.
        for (OutboxEntry &e : m_entries) {
            if (e.state == OutboxEntry::State::Pending && m_interactive.remove(e.seq) && e.attempts == 0) {
                e.attempts = 1;
                Q_EMIT entryDeferred(e);
            }
        }
        return;
    }
    m_backoffStep = 0;
    m_retryTimer.stop();
    sendNext();
}

qint64 Outbox::enqueue(OutboxEntry entry, Handler done)
{
    entry.seq = std::max(m_lastSeq + 1, QDateTime::currentMSecsSinceEpoch() * 1000);
    m_lastSeq = entry.seq;
    entry.createdAt = QDateTime::currentDateTimeUtc();
    entry.state = OutboxEntry::State::Pending;
    // Every write gets its key when it is queued, so a replay after a lost answer (or after the
    // desk was killed mid-send) is answered from the server's stored response.
    if ((entry.method == "POST" || entry.method == "PATCH") && entry.idempotencyKey.isEmpty())
        entry.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_entries.append(entry);
    if (done)
        m_handlers.insert(entry.seq, std::move(done));
    if (m_session->isOnline())
        m_interactive.insert(entry.seq);
    const qint64 seq = entry.seq;
    Q_EMIT pendingCountChanged(pendingCount());
    if (!m_durable) {
        Q_EMIT entryStored(seq);
        sendNext();
        return seq;
    }
    // Nothing is sent before it is on disk: a crash after this point replays it.
    m_unstored.insert(seq);
    const quint64 generation = m_generation;
    m_session->cache()->saveOutboxEntry(entry, [this, generation, seq](bool ok) {
        if (generation != m_generation)
            return;
        m_unstored.remove(seq);
        if (!ok)
            qCWarning(lcQueue) << "outbox entry" << seq << "could not be stored; it is kept in memory";
        Q_EMIT entryStored(seq);
        sendNext();
    });
    return seq;
}

void Outbox::sendNext()
{
    if (!m_loaded || m_inFlight != 0 || m_committing > 0 || !m_session->isSignedIn() || !m_session->isOnline()
        || m_session->api()->token().isEmpty() || m_retryTimer.isActive())
        return;
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [](const OutboxEntry &e) { return e.state == OutboxEntry::State::Pending; });
    if (it == m_entries.end()) {
        Q_EMIT drained();
        return;
    }
    if (m_unstored.contains(it->seq))
        return; // sent once its row is committed
    const OutboxEntry &e = *it;
    m_inFlight = e.seq;
    HttpHeaders headers;
    if (!e.idempotencyKey.isEmpty())
        headers.append({"Idempotency-Key", e.idempotencyKey});
    if (!e.ifMatch.isEmpty())
        headers.append({"If-Match", e.ifMatch});
    const quint64 generation = m_generation;
    const qint64 seq = e.seq;
    const bool hasBody = e.method != "DELETE" && e.method != "GET";
    m_session->api()->send(e.method, e.path, {}, hasBody ? &e.body : nullptr, headers,
                           [this, generation, seq](const ApiReply &reply) {
                               if (generation == m_generation)
                                   onReply(seq, reply);
                           });
}

void Outbox::retryLater()
{
    const int delay = std::min(kMaxBackoffMs, 1000 * (1 << std::min(m_backoffStep++, 5)));
    m_retryTimer.start(delay);
}

void Outbox::onReply(qint64 seq, const ApiReply &reply)
{
    m_inFlight = 0;
    OutboxEntry *entry = find(seq);
    if (!entry) {
        sendNext();
        return;
    }
    if (isTransient(reply)) {
        if (entry->attempts++ == 0)
            Q_EMIT entryDeferred(*entry);
        m_interactive.remove(seq); // the user was told it is queued; a refusal is now a conflict
        qCInfo(lcQueue) << "outbox entry" << seq << "not delivered (status" << reply.status() << "); will retry";
        retryLater();
        return;
    }
    m_backoffStep = 0;
    if (appliedBefore(*entry, reply)) {
        qCInfo(lcQueue) << "outbox entry" << seq << "was applied before its answer was recorded; confirming it";
        const int version = reply.object().value(QStringLiteral("current")).toObject().value(QStringLiteral("version")).toInt();
        commit(rebase(entry->ticketId, entry->ifMatch, version), 0);
        if (m_committing == 0)
            sendNext();
        return;
    }
    const OutboxEntry sent = *entry;
    const Handler handler = m_handlers.take(seq);
    if (isConflict(reply) && !(m_interactive.contains(seq) && handler)) {
        makeConflict(sent, reply);
        sendNext();
        return;
    }
    m_interactive.remove(seq);
    eraseEntry(seq);
    commit(reply.ok() ? chainVersions(sent, reply) : QList<OutboxEntry>(), seq);
    if (reply.ok()) {
        Q_EMIT entrySent(sent, reply);
    } else if (!isConflict(reply)) {
        qCWarning(lcQueue) << "outbox entry" << seq << "refused with HTTP" << reply.status() << "and dropped";
        Q_EMIT entryRejected(sent, reply.errorMessage());
    }
    if (handler)
        handler(sent, reply);
    if (m_committing == 0)
        sendNext();
}

void Outbox::eraseEntry(qint64 seq)
{
    m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(), [seq](const OutboxEntry &e) { return e.seq == seq; }),
                    m_entries.end());
    m_handlers.remove(seq);
    Q_EMIT pendingCountChanged(pendingCount());
}

void Outbox::commit(const QList<OutboxEntry> &save, qint64 removeSeq)
{
    if (!m_durable || (save.isEmpty() && removeSeq == 0))
        return;
    ++m_committing;
    const quint64 generation = m_generation;
    m_session->cache()->commitOutbox(save, removeSeq, [this, generation](bool ok) {
        if (generation != m_generation)
            return;
        if (!ok)
            qCWarning(lcQueue) << "the outbox could not be updated on disk";
        --m_committing;
        sendNext();
    });
}

QList<OutboxEntry> Outbox::chainVersions(const OutboxEntry &done, const ApiReply &reply)
{
    const QJsonValue version = reply.object().value(QStringLiteral("version"));
    if (done.method != "PATCH" || done.ticketId <= 0 || done.ifMatch.isEmpty() || !version.isDouble())
        return {};
    return rebase(done.ticketId, done.ifMatch, version.toInt());
}

QList<OutboxEntry> Outbox::rebase(qint64 ticketId, const QByteArray &fromEtag, int version)
{
    Ticket produced;
    produced.id = ticketId;
    produced.version = version;
    QList<OutboxEntry> changed;
    for (OutboxEntry &e : m_entries) {
        if (e.state == OutboxEntry::State::Pending && e.ticketId == ticketId && e.ifMatch == fromEtag) {
            e.ifMatch = produced.etag();
            changed.append(e);
        }
    }
    return changed;
}

void Outbox::makeConflict(OutboxEntry entry, const ApiReply &reply)
{
    entry.state = OutboxEntry::State::Conflict;
    entry.conflictStatus = reply.status();
    entry.problem = reply.object();
    entry.theirs = entry.problem.value(QStringLiteral("current")).toObject();
    qCInfo(lcQueue) << "outbox entry" << entry.seq << "refused on replay with HTTP" << entry.conflictStatus
                    << "- kept as a conflict";
    if (entry.theirs.isEmpty() && entry.ticketId > 0) {
        // Show the server's copy next to mine; fetched before the conflict is announced.
        const quint64 generation = m_generation;
        m_session->api()->ticket(entry.ticketId, [this, generation, entry](const ApiReply &current) mutable {
            if (generation != m_generation)
                return;
            if (current.ok())
                entry.theirs = current.object();
            storeConflict(entry);
        });
        // Until then it is a conflict without the server's side, so nothing is sent twice.
        if (OutboxEntry *e = find(entry.seq))
            e->state = OutboxEntry::State::Conflict;
        return;
    }
    storeConflict(entry);
}

void Outbox::storeConflict(const OutboxEntry &entry)
{
    OutboxEntry *e = find(entry.seq);
    if (!e)
        return;
    *e = entry;
    if (m_durable)
        m_session->cache()->saveOutboxEntry(entry);
    Q_EMIT pendingCountChanged(pendingCount());
    Q_EMIT conflictAdded(OutboxConflict::fromEntry(entry));
    Q_EMIT conflictsChanged();
}

void Outbox::resolveApplyMine(qint64 seq)
{
    OutboxEntry *e = find(seq);
    if (!e || e->state != OutboxEntry::State::Conflict)
        return;
    const QJsonValue version = e->theirs.value(QStringLiteral("version"));
    if (!e->ifMatch.isEmpty() && version.isDouble()) {
        Ticket theirs;
        theirs.id = e->ticketId;
        theirs.version = version.toInt();
        e->ifMatch = theirs.etag();
    }
    e->state = OutboxEntry::State::Pending;
    e->conflictStatus = 0;
    e->problem = {};
    if (m_durable)
        m_session->cache()->saveOutboxEntry(*e);
    Q_EMIT conflictsChanged();
    Q_EMIT pendingCountChanged(pendingCount());
    sendNext();
}

void Outbox::resolveDiscardMine(qint64 seq)
{
    OutboxEntry *e = find(seq);
    if (!e || e->state != OutboxEntry::State::Conflict)
        return;
    eraseEntry(seq);
    commit({}, seq);
    Q_EMIT conflictsChanged();
}

} // namespace izdesk
