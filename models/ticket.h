#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace izdesk {

class JsonWriter;

// Service-level state of a ticket, computed by the server from the SLA policy (business
// hours, holidays, pauses while pending_caller). The client only counts down the due times.
struct TicketSla
{
    QDateTime firstResponseDue; // invalid once met or while paused
    QDateTime resolutionDue;    // invalid once resolved or while paused
    bool firstResponseBreached = false;
    bool resolutionBreached = false;
    bool paused = false;
    std::optional<qint64> remainingSeconds; // business seconds left on the clock due next

    // The due time that comes first, invalid when no clock is running.
    QDateTime nextDue() const;
    bool breached() const { return firstResponseBreached || resolutionBreached; }
    QJsonObject toJson() const;
    static TicketSla fromJson(const QJsonObject &json);
    bool operator==(const TicketSla &other) const = default;
};

// A link from a ticket to something it is about: an organization, facility, another ticket,
// a patient or an IIS user account. target is the other record's id as text.
struct TicketLink
{
    QString kind;   // organization | facility | ticket | patient | iis_user
    QString target;
    QString label;  // display text resolved by the server
    QJsonObject toJson() const;
    static TicketLink fromJson(const QJsonObject &json);
    bool operator==(const TicketLink &other) const = default;
};

// A help desk ticket as the API sends it (JSON keys in snake_case, see
// docs/api/openapi.yaml). Value type; no I/O; safe to copy between threads.
//
// PHI note: subject, description, requester_name and requester_contact can name a patient or
// a caller and are treated as PHI by the client cache (encrypted at rest) and by logging.
struct Ticket
{
    qint64 id = 0;
    QString subject;
    QString description;
    QString status;
    QString priority;
    QString category;
    QString channel;
    QString requesterName;
    QString requesterContact;
    std::optional<qint64> organizationId;
    QString organizationName; // read-only, resolved by the server
    std::optional<qint64> facilityId;
    QString assignee;         // staff username; empty = unassigned
    QString createdBy;        // staff username
    QDateTime createdAt;      // UTC
    QDateTime updatedAt;      // UTC
    int version = 0;          // bumped on every change; the ETag is derived from it
    QDateTime firstResponseAt; // UTC; first reply or call log entry
    QDateTime resolvedAt;      // UTC; last time it reached "resolved"
    std::optional<qint64> mergedInto;
    TicketSla sla;
    QList<TicketLink> links;

    QJsonObject toJson() const;
    // The same JSON as toJson(), appended as text (hot list responses).
    void writeJson(JsonWriter &writer) const;
    // Parses a ticket the server sent. Returns nullopt and sets *error on a malformed object.
    static std::optional<Ticket> fromJson(const QJsonObject &json, QString *error = nullptr);

    // The strong ETag the server sends for this version of the ticket, quotes included.
    QByteArray etag() const;
    // Human ticket number shown to callers, e.g. "T-000123".
    QString displayNumber() const;
    // A ticket created offline that waits in the outbox: it has a negative local id (minus the
    // outbox sequence number) and no server number yet.
    bool isUnsent() const { return id < 0; }

    bool operator==(const Ticket &other) const = default;
};

// One problem with one field of a request body (RFC 9457 "errors" member for a 422).
struct FieldError
{
    QString field;
    QString message;
    bool operator==(const FieldError &other) const = default;
};

// Shared ISO-8601 UTC helpers: API and stores use "YYYY-MM-DDTHH:MM:SS.zzzZ".
QString toIsoUtc(const QDateTime &dt);
QByteArray isoUtcBytes(const QDateTime &dt); // same text as toIsoUtc, as Latin-1 bytes
QDateTime fromIsoUtc(const QString &text);
// HTTP's Date header (RFC 9110 IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT"), whole seconds.
QByteArray toHttpDate(const QDateTime &dt);
QDateTime fromHttpDate(const QByteArray &text); // invalid unless an IMF-fixdate

} // namespace izdesk

Q_DECLARE_METATYPE(izdesk::Ticket)
