#include "queuetypes.h"

#include <jsonfields.h>
#include <ticket.h>

#include <QJsonArray>

namespace izdesk {

using json::str;
using json::time;

TimelineEntry TimelineEntry::fromJson(const QJsonObject &json)
{
    TimelineEntry e;
    e.id = json.value(QStringLiteral("id")).toInteger();
    e.ticketId = json.value(QStringLiteral("ticket_id")).toInteger();
    e.kind = str(json, "kind");
    e.body = str(json, "body");
    e.author = str(json, "author");
    e.createdAt = time(json, "created_at");
    e.direction = str(json, "direction");
    e.phone = str(json, "phone");
    e.startedAt = time(json, "started_at");
    e.endedAt = time(json, "ended_at");
    if (const QJsonValue d = json.value(QStringLiteral("duration_seconds")); d.isDouble())
        e.durationSeconds = d.toInteger();
    return e;
}

AttachmentInfo AttachmentInfo::fromJson(const QJsonObject &json)
{
    AttachmentInfo a;
    a.id = json.value(QStringLiteral("id")).toInteger();
    a.filename = str(json, "filename");
    a.contentType = str(json, "content_type");
    a.size = json.value(QStringLiteral("size")).toInteger();
    a.sha256 = str(json, "sha256");
    a.uploadedBy = str(json, "uploaded_by");
    a.createdAt = time(json, "created_at");
    return a;
}

QJsonObject CannedResponse::toJson() const
{
    return QJsonObject{{QStringLiteral("title"), title},
                       {QStringLiteral("body"), body},
                       {QStringLiteral("category"), category.isEmpty() ? QJsonValue() : QJsonValue(category)}};
}

QByteArray CannedResponse::etag() const
{
    return '"' + QByteArray::number(id) + '-' + QByteArray::number(version) + '"';
}

OrganizationInfo OrganizationInfo::fromJson(const QJsonObject &json)
{
    OrganizationInfo o;
    o.id = json.value(QStringLiteral("id")).toInteger();
    o.name = str(json, "name");
    o.type = str(json, "type");
    const QJsonArray facilities = json.value(QStringLiteral("facilities")).toArray();
    for (const QJsonValue &v : facilities) {
        const QJsonObject f = v.toObject();
        o.facilities.append(FacilityInfo{f.value(QStringLiteral("id")).toInteger(), str(f, "name"), str(f, "facility_code")});
    }
    return o;
}

CannedResponse CannedResponse::fromJson(const QJsonObject &json)
{
    CannedResponse c;
    c.id = json.value(QStringLiteral("id")).toInteger();
    c.title = str(json, "title");
    c.body = str(json, "body");
    c.category = str(json, "category");
    c.version = json.value(QStringLiteral("version")).toInt();
    return c;
}

StaffBoardEntry StaffBoardEntry::fromJson(const QJsonObject &json)
{
    StaffBoardEntry s;
    s.username = str(json, "username");
    s.displayName = str(json, "display_name");
    s.role = str(json, "role");
    s.onShift = json.value(QStringLiteral("on_shift")).toBool();
    for (const QJsonValue &v : json.value(QStringLiteral("skills")).toArray())
        s.skills.append(v.toString());
    s.presence = str(json, "presence");
    s.openTickets = json.value(QStringLiteral("open_tickets")).toInt();
    const QJsonObject byStatus = json.value(QStringLiteral("by_status")).toObject();
    for (auto it = byStatus.begin(); it != byStatus.end(); ++it)
        s.byStatus.insert(it.key(), it.value().toInt());
    for (const QJsonValue &v : json.value(QStringLiteral("viewing")).toArray())
        s.viewing.append(v.toInteger());
    return s;
}

QJsonObject AssignmentPlan::toApplyBody() const
{
    QJsonArray items;
    for (const Item &i : plan)
        items.append(QJsonObject{{QStringLiteral("ticket_id"), i.ticketId},
                                 {QStringLiteral("version"), i.version},
                                 {QStringLiteral("assignee"), i.assignee},
                                 {QStringLiteral("reason"), i.reason}});
    return QJsonObject{{QStringLiteral("plan"), items}};
}

AssignmentPlan AssignmentPlan::fromJson(const QJsonObject &json)
{
    AssignmentPlan p;
    for (const QJsonValue &v : json.value(QStringLiteral("plan")).toArray()) {
        const QJsonObject o = v.toObject();
        p.plan.append({o.value(QStringLiteral("ticket_id")).toInteger(), o.value(QStringLiteral("version")).toInt(),
                       str(o, "assignee"), str(o, "reason")});
    }
    for (const QJsonValue &v : json.value(QStringLiteral("skipped")).toArray()) {
        const QJsonObject o = v.toObject();
        p.skipped.append({o.value(QStringLiteral("ticket_id")).toInteger(), str(o, "reason")});
    }
    return p;
}

} // namespace izdesk
