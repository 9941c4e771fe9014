#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace izdesk {

// Widget-side views of service types, so widgets never include services/ headers.
// app/ converts EnvironmentProfile and StaffUser into these. Plain values.

enum class EnvironmentKind { Production, Training, Uat, Sandbox };

struct ProfileChoice
{
    QString id;
    QString name;
    EnvironmentKind kind = EnvironmentKind::Production;
    bool configured = true; // false: listed, but cannot be chosen until its URL is set
};

struct StaffChoice
{
    QString username;
    QString displayName;
};

// One entry of a ticket's timeline: an internal note, a reply to the caller or a call log.
struct TimelineRow
{
    qint64 id = 0;
    QString kind;      // note | reply | call
    QString body;
    QString author;    // staff username
    QDateTime createdAt; // UTC
    QString direction; // calls: inbound | outbound
    QString phone;     // calls
    QDateTime startedAt; // calls, UTC
    QDateTime endedAt;   // calls, UTC
    qint64 durationSeconds = 0;
};

// A finished call to be saved as a call entry.
struct CallLog
{
    QString direction = QStringLiteral("inbound");
    QString phone;
    QString body;
    QDateTime startedAt; // UTC
    QDateTime endedAt;   // UTC
};

// A write the server refused on replay, as the conflict dialog shows it.
struct ConflictItem
{
    struct Field
    {
        QString field; // translated name
        QString mine;  // display text of the value in my write
        QString theirs; // display text of the value on the server now
        QString error; // the server's message for this field (422), else empty
    };
    qint64 seq = 0;     // outbox sequence number
    QString summary;    // "Update of T-000005"
    QString reason;     // "Changed by someone else" / the server's message
    QList<Field> fields;
};

// One specialist on the supervisors' Desk board.
struct StaffBoardRow
{
    QString username;
    QString displayName;
    QString role;        // catalog key
    QString presence;    // online | away | offline
    bool onShift = false;
    QStringList skills;  // category keys; empty = every category
    int openTickets = 0;
    QHash<QString, int> byStatus;
};

// One line of an auto-assignment preview (ticket -> assignee, or skipped with a reason).
struct AssignmentRow
{
    qint64 ticketId = 0;
    QString ticketNumber;
    QString subject;
    QString assignee;    // empty when skipped
    QString reason;
};

// A canned response (SOP snippet) offered in the reply/note composer.
// One entry of the "Organization / facility" picker: an organization alone (facilityId 0)
// or one of its facilities.
struct PlaceChoice
{
    qint64 organizationId = 0;
    qint64 facilityId = 0;
    QString organizationName;
    QString facilityName;
    QString facilityCode;
};

struct CannedResponseChoice
{
    qint64 id = 0;
    QString title;
    QString body;
    QString category; // empty = any category
};

} // namespace izdesk

Q_DECLARE_METATYPE(izdesk::EnvironmentKind)
Q_DECLARE_METATYPE(izdesk::CallLog)
Q_DECLARE_METATYPE(izdesk::TimelineRow)
