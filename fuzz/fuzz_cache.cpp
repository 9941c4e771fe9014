// Fuzz target: what the desk client reads back from its local SQLite cache file, which may be
// damaged or tampered with — the cold-start replica read (CacheWorker::loadQueue through
// ReplicaReader: clear columns, the "extra" column, PHI blobs opened by PhiCipher and decoded by
// TicketRowCodec), the outbox (OutboxStore::load: sealed bodies and conflict details), the
// change-feed cursor and the offline sign-in verifier (CacheWorker::verifyPassword: the
// stored Argon2id string and the cached user JSON).
//
// Input: byte 0 holds flags — bit 0: the PHI section is sealed with the cache key (so
// TicketRowCodec decodes it) rather than stored as the raw blob; bit 1: the same for the
// outbox section; bit 2: "extra" is stored as text rather than a blob; bit 3: the cache is
// opened without a key. Then sections, each started by a line "#NAME":
//   #ticket  id|status|priority|category|channel|assignee|created_by|organization_id|
//            created_at|updated_at|version
//   #extra   the extra column        #phi     the PHI plaintext or blob (also the text
//                                              before any section line)
//   #outbox  seq|kind|method|path|ticket_id|idempotency_key|if_match|created_at|attempts|state
//            on its first line, then the sealed plaintext or blob
//   #user    the verifier on its first line, then the cached user JSON
//   #cursor  the feed cursor
//
// Besides sanitizer reports: TicketRowCodec reads back what it wrote (PHI and extra), and the
// fast timestamp parser agrees with fromIsoUtc().

#include "fuzzenv.h"
#include "fuzzinput.h"

#include "cacheworker.h"
#include "outboxstore.h"
#include "phicipher.h"
#include "ticketrowcodec.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>
#include <limits>

namespace {

using namespace izdesk;
using izdesk::fuzz::FuzzInput;

const QString kOwner = QStringLiteral("specialist");
const QByteArray kKey(PhiCipher::kKeySize, '\x5a');

[[noreturn]] void fail(const char *what)
{
    fprintf(stderr, "fuzz_cache: %s\n", what);
    std::abort();
}

QHash<QByteArray, QByteArray> sections(const QByteArray &text)
{
    static const QByteArrayList names{"ticket", "extra", "phi", "outbox", "user", "cursor"};
    QHash<QByteArray, QByteArray> out;
    QByteArray current = "phi";
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith('#') && names.contains(line.mid(1).trimmed())) {
            current = line.mid(1).trimmed();
            out[current]; // present, even when empty
            continue;
        }
        QByteArray &section = out[current];
        if (!section.isEmpty())
            section += '\n';
        section += line;
    }
    return out;
}

// The first line of a section split on '|', padded to `count` fields; the rest after it.
QList<QByteArray> header(const QByteArray &section, int count, QByteArray *rest = nullptr)
{
    const qsizetype newline = section.indexOf('\n');
    QList<QByteArray> fields = section.left(newline < 0 ? section.size() : newline).split('|');
    while (fields.size() < count)
        fields.append(QByteArray());
    if (rest)
        *rest = newline < 0 ? QByteArray() : section.mid(newline + 1);
    return fields;
}

void exec(QSqlQuery &q, const QString &sql, const QVariantList &binds = {})
{
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.exec(); // a value SQLite refuses (NOT NULL, …) is a row the cache cannot hold: fine
}

QVariant text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

void writeRows(CacheWorker &worker, uint8_t flags, const QHash<QByteArray, QByteArray> &s)
{
    QSqlDatabase db = QSqlDatabase::database(worker.connectionName());
    db.transaction();
    QSqlQuery q(db);
    for (const char *table : {"tickets", "outbox", "users", "sync_state"})
        exec(q, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
    const QList<QByteArray> t = header(s.value("ticket", "7|new|normal|access|phone||specialist||||1"), 11);
    const QByteArray phi = s.value("phi");
    // The AAD the reader uses: the id as SQLite hands it back as an integer.
    const QByteArray aad = QByteArray::number(t.at(0).trimmed().toLongLong());
    const QByteArray blob = flags & 1 ? PhiCipher::seal(kKey, phi, aad) : phi;
    const QByteArray extra = s.value("extra");
    exec(q,
         QStringLiteral("INSERT INTO tickets (owner, id, status, priority, category, channel, assignee, created_by,"
                        " organization_id, created_at, updated_at, version, phi, extra)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
         {kOwner, text(t.at(0)), text(t.at(1)), text(t.at(2)), text(t.at(3)), text(t.at(4)), text(t.at(5)),
          text(t.at(6)), t.at(7).isEmpty() ? QVariant() : text(t.at(7)), text(t.at(8)), text(t.at(9)), text(t.at(10)),
          QVariant(blob), flags & 4 ? text(extra) : QVariant(extra)});
    if (s.contains("outbox")) {
        QByteArray sealed;
        const QList<QByteArray> o = header(s.value("outbox"), 10, &sealed);
        const QByteArray outboxAad = "outbox:" + QByteArray::number(o.at(0).trimmed().toLongLong());
        exec(q,
             QStringLiteral("INSERT INTO outbox (owner, seq, kind, method, path, ticket_id, idempotency_key, if_match,"
                            " created_at, attempts, state, sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {kOwner, text(o.at(0)), text(o.at(1)), text(o.at(2)), text(o.at(3)), text(o.at(4)), text(o.at(5)),
              text(o.at(6)), text(o.at(7)), text(o.at(8)), text(o.at(9)),
              QVariant(flags & 2 ? PhiCipher::seal(kKey, sealed, outboxAad) : sealed)});
    }
    if (s.contains("user")) {
        QByteArray json;
        const QList<QByteArray> verifier = header(s.value("user"), 1, &json);
        exec(q, QStringLiteral("INSERT INTO users (owner, verifier, user_json) VALUES (?, ?, ?)"),
             {kOwner, text(verifier.at(0)), text(json)});
    }
    if (s.contains("cursor"))
        exec(q, QStringLiteral("INSERT INTO sync_state (owner, cursor) VALUES (?, ?)"), {kOwner, text(s.value("cursor"))});
    db.commit();
}

// The codec marks "none" with the smallest qint64, so a value equal to it cannot round-trip.
bool isSentinel(const std::optional<qint64> &v)
{
    return v && *v == std::numeric_limits<qint64>::min();
}

// TicketRowCodec must read back what it writes, and the fast timestamp path must agree with
// the general parser.
void checkCodec(const QHash<QByteArray, QByteArray> &s)
{
    Ticket decoded;
    if (TicketRowCodec::decodePhi(s.value("phi"), decoded)) {
        Ticket again;
        if (!TicketRowCodec::decodePhi(TicketRowCodec::encodePhi(decoded), again) || again.subject != decoded.subject
            || again.description != decoded.description || again.requesterName != decoded.requesterName
            || again.requesterContact != decoded.requesterContact || again.organizationName != decoded.organizationName
            || again.links != decoded.links)
            fail("decodePhi(encodePhi(ticket)) is not the ticket");
    }
    Ticket extra;
    TicketRowCodec::decodeExtra(s.value("extra"), extra);
    Ticket extraAgain;
    TicketRowCodec::decodeExtra(TicketRowCodec::encodeExtra(extra), extraAgain);
    const bool representable
        = !isSentinel(extra.facilityId) && !isSentinel(extra.mergedInto) && !isSentinel(extra.sla.remainingSeconds);
    if (representable && (extraAgain.facilityId != extra.facilityId || extraAgain.firstResponseAt != extra.firstResponseAt
        || extraAgain.resolvedAt != extra.resolvedAt || extraAgain.mergedInto != extra.mergedInto
        || !(extraAgain.sla == extra.sla)))
        fail("decodeExtra(encodeExtra(ticket)) is not the ticket");
    const QList<QByteArray> t = header(s.value("ticket"), 11);
    for (const QByteArray &stamp : {t.at(8), t.at(9)}) {
        const QString value = QString::fromUtf8(stamp);
        if (TicketRowCodec::parseIsoUtc(value) != fromIsoUtc(value))
            fail("parseIsoUtc and fromIsoUtc disagree");
    }
}

CacheWorker &worker(bool withKey)
{
    static auto *keyed = new CacheWorker;   // both live until exit
    static auto *keyless = new CacheWorker;
    CacheWorker *w = withKey ? keyed : keyless;
    if (!w->isOpen()) {
        const QString path = izdesk::fuzz::scratchDir() + (withKey ? QStringLiteral("/cache.sqlite") : QStringLiteral("/cache-nokey.sqlite"));
        if (!w->open(path, kOwner, withKey ? kKey : QByteArray()))
            fail("cannot open the cache");
        w->exec(QStringLiteral("PRAGMA synchronous=OFF")); // the fuzz run does not need durability
    }
    return *w;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    izdesk::fuzz::initEnvironment();
    worker(true);
    worker(false);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    LLVMFuzzerInitialize(nullptr, nullptr);
    FuzzInput in(data, size);
    const uint8_t flags = in.byte();
    const QHash<QByteArray, QByteArray> s = sections(in.rest());
    checkCodec(s);

    CacheWorker &w = worker(!(flags & 8));
    writeRows(w, flags, s);
    const CacheWorker::Queue queue = w.loadQueue();
    for (const Ticket &ticket : queue.tickets)
        ticket.displayNumber();
    for (const OutboxEntry &entry : OutboxStore::load(&w)) {
        entry.summary();
        OutboxConflict::fromEntry(entry);
    }
    w.feedCursor();
    if (s.contains("user"))
        w.verifyPassword(QStringLiteral("izdesk-specialist"));
    return 0;
}
