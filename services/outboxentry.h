#pragma once

#include <ticket.h>

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

namespace izdesk {

// One write waiting in the durable outbox: the exact request to send (method, path, JSON body)
// with the Idempotency-Key and If-Match it was given when the user made it, so a replay after
// a crash or an outage cannot create a duplicate or overwrite someone else's change.
// Value type; safe to copy between threads. The body can hold PHI: it is stored encrypted.
struct OutboxEntry
{
    enum class State { Pending, Conflict };

    qint64 seq = 0;         // local order (assigned when stored); sent strictly in this order
    QString kind;           // create_ticket | update_ticket | add_entry | bulk_update | apply_assignment | ...
    QByteArray method;      // POST | PATCH | PUT | DELETE
    QString path;           // below /api/v1, e.g. "/tickets/5"
    QJsonObject body;       // empty for DELETE
    QByteArray idempotencyKey;
    QByteArray ifMatch;     // empty when the route takes none
    qint64 ticketId = 0;    // 0 for a create
    QDateTime createdAt;    // UTC, when the user made the change
    int attempts = 0;
    State state = State::Pending;
    // Conflict details (state == Conflict): HTTP status of the refusal and the server's copy.
    int conflictStatus = 0;
    QJsonObject theirs;     // the ticket as the server has it now (empty when unknown)
    QJsonObject problem;    // the RFC 9457 body of the refusal

    // Human summary without PHI, for lists ("Update of T-000005").
    QString summary() const;
    bool operator==(const OutboxEntry &other) const = default;
};

// One field of a conflict: what the user's write sets versus what the server holds now.
struct FieldDiff
{
    QString field;
    QJsonValue mine;
    QJsonValue theirs;
    QString error; // the server's message for this field (422), else empty
    bool operator==(const FieldDiff &other) const = default;
};

// A write the server refused on replay (412 stale version, 422 invalid now) kept until the
// user resolves it: apply mine again on top of theirs, or discard mine. Value type.
struct OutboxConflict
{
    OutboxEntry entry;
    QList<FieldDiff> fields;

    static OutboxConflict fromEntry(const OutboxEntry &entry);
};

} // namespace izdesk

Q_DECLARE_METATYPE(izdesk::OutboxEntry)
Q_DECLARE_METATYPE(izdesk::OutboxConflict)
