#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// Value types of the queue API (contracts-queue.md): timeline entries, attachments, canned
// responses, the staff board and assignment plans. JSON codecs only; safe to copy between
// threads. Entry bodies and call phone numbers are PHI: never log them.
namespace izdesk {

struct TimelineEntry
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QString kind;      // note | reply | call
    QString body;
    QString author;
    QDateTime createdAt;
    QString direction; // call: inbound | outbound
    QString phone;     // call
    QDateTime startedAt;
    QDateTime endedAt;
    std::optional<qint64> durationSeconds;

    static TimelineEntry fromJson(const QJsonObject &json);
    bool operator==(const TimelineEntry &other) const = default;
};

struct AttachmentInfo
{
    qint64 id = 0;
    QString filename;
    QString contentType;
    qint64 size = 0;
    QString sha256;
    QString uploadedBy;
    QDateTime createdAt;

    static AttachmentInfo fromJson(const QJsonObject &json);
    bool operator==(const AttachmentInfo &other) const = default;
};

// The organization directory (GET /api/v1/organizations): who a caller belongs to.
struct FacilityInfo
{
    qint64 id = 0;
    QString name;
    QString facilityCode;
    bool operator==(const FacilityInfo &other) const = default;
};

struct OrganizationInfo
{
    qint64 id = 0;
    QString name;
    QString type;
    QList<FacilityInfo> facilities;

    static OrganizationInfo fromJson(const QJsonObject &json);
    bool operator==(const OrganizationInfo &other) const = default;
};

struct CannedResponse
{
    qint64 id = 0;
    QString title;
    QString body;
    QString category; // empty = any category
    int version = 0;

    QJsonObject toJson() const; // writable fields only
    QByteArray etag() const;
    static CannedResponse fromJson(const QJsonObject &json);
    bool operator==(const CannedResponse &other) const = default;
};

struct StaffBoardEntry
{
    QString username;
    QString displayName;
    QString role;
    bool onShift = false;
    QStringList skills;   // category keys; empty = every category
    QString presence;     // online | away | offline
    int openTickets = 0;
    QHash<QString, int> byStatus;
    QList<qint64> viewing;

    static StaffBoardEntry fromJson(const QJsonObject &json);
    bool operator==(const StaffBoardEntry &other) const = default;
};

struct AssignmentPlan
{
    struct Item
    {
        qint64 ticketId = 0;
        int version = 0;
        QString assignee;
        QString reason;
        bool operator==(const Item &other) const = default;
    };
    struct Skipped
    {
        qint64 ticketId = 0;
        QString reason;
        bool operator==(const Skipped &other) const = default;
    };
    QList<Item> plan;
    QList<Skipped> skipped;

    QJsonObject toApplyBody() const; // {"plan":[…]} for /assignments/apply
    static AssignmentPlan fromJson(const QJsonObject &json);
    bool operator==(const AssignmentPlan &other) const = default;
};

} // namespace izdesk

Q_DECLARE_METATYPE(izdesk::TimelineEntry)
Q_DECLARE_METATYPE(izdesk::AttachmentInfo)
Q_DECLARE_METATYPE(izdesk::CannedResponse)
Q_DECLARE_METATYPE(izdesk::StaffBoardEntry)
Q_DECLARE_METATYPE(izdesk::AssignmentPlan)
