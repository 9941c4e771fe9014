#include "ticket.h"

#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>
#include <QTimeZone>

namespace izdesk {

QByteArray isoUtcBytes(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    const QDateTime utc = dt.timeSpec() == Qt::UTC ? dt : dt.toUTC();
    int y = 0, mo = 0, d = 0;
    utc.date().getDate(&y, &mo, &d);
    if (y < 0 || y > 9999)
        return utc.toString(Qt::ISODateWithMs).toLatin1();
    // Formatted by hand: QDateTime::toString was a tenth of a ticket list response.
    const QTime t = utc.time();
    char buf[25];
    auto put = [&buf](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            buf[at + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, y, 4);
    buf[4] = '-';
    put(5, mo, 2);
    buf[7] = '-';
    put(8, d, 2);
    buf[10] = 'T';
    put(11, t.hour(), 2);
    buf[13] = ':';
    put(14, t.minute(), 2);
    buf[16] = ':';
    put(17, t.second(), 2);
    buf[19] = '.';
    put(20, t.msec(), 3);
    buf[23] = 'Z';
    buf[24] = '\0';
    return QByteArray(buf, 24);
}

QString toIsoUtc(const QDateTime &dt)
{
    return QString::fromLatin1(isoUtcBytes(dt));
}

QDateTime fromIsoUtc(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

namespace {
const QString kHttpDateFormat = QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'");
} // namespace

QByteArray toHttpDate(const QDateTime &dt)
{
    return QLocale::c().toString(dt.toUTC(), kHttpDateFormat).toLatin1();
}

QDateTime fromHttpDate(const QByteArray &text)
{
    QDateTime dt = QLocale::c().toDateTime(QString::fromLatin1(text.trimmed()), kHttpDateFormat);
    if (!dt.isValid())
        return {};
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

namespace {

QJsonValue optionalTime(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(toIsoUtc(dt)) : QJsonValue();
}

QJsonValue optionalId(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

std::optional<qint64> idFrom(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInteger();
    return std::nullopt;
}

} // namespace

QDateTime TicketSla::nextDue() const
{
    if (firstResponseDue.isValid() && resolutionDue.isValid())
        return std::min(firstResponseDue, resolutionDue);
    return firstResponseDue.isValid() ? firstResponseDue : resolutionDue;
}

QJsonObject TicketSla::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("first_response_due"), optionalTime(firstResponseDue));
    o.insert(QStringLiteral("resolution_due"), optionalTime(resolutionDue));
    o.insert(QStringLiteral("first_response_breached"), firstResponseBreached);
    o.insert(QStringLiteral("resolution_breached"), resolutionBreached);
    o.insert(QStringLiteral("paused"), paused);
    o.insert(QStringLiteral("remaining_seconds"), optionalId(remainingSeconds));
    return o;
}

TicketSla TicketSla::fromJson(const QJsonObject &json)
{
    TicketSla s;
    s.firstResponseDue = fromIsoUtc(json.value(QStringLiteral("first_response_due")).toString());
    s.resolutionDue = fromIsoUtc(json.value(QStringLiteral("resolution_due")).toString());
    s.firstResponseBreached = json.value(QStringLiteral("first_response_breached")).toBool();
    s.resolutionBreached = json.value(QStringLiteral("resolution_breached")).toBool();
    s.paused = json.value(QStringLiteral("paused")).toBool();
    s.remainingSeconds = idFrom(json.value(QStringLiteral("remaining_seconds")));
    return s;
}

QJsonObject TicketLink::toJson() const
{
    return QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("target"), target}, {QStringLiteral("label"), label}};
}

TicketLink TicketLink::fromJson(const QJsonObject &json)
{
    return TicketLink{json.value(QStringLiteral("kind")).toString(), json.value(QStringLiteral("target")).toString(),
                      json.value(QStringLiteral("label")).toString()};
}

QJsonObject Ticket::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("number"), displayNumber());
    o.insert(QStringLiteral("subject"), subject);
    o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("priority"), priority);
    o.insert(QStringLiteral("category"), category);
    o.insert(QStringLiteral("channel"), channel);
    o.insert(QStringLiteral("requester_name"), requesterName);
    o.insert(QStringLiteral("requester_contact"), requesterContact);
    o.insert(QStringLiteral("organization_id"), optionalId(organizationId));
    o.insert(QStringLiteral("facility_id"), optionalId(facilityId));
    o.insert(QStringLiteral("organization_name"), organizationName.isEmpty() ? QJsonValue() : QJsonValue(organizationName));
    o.insert(QStringLiteral("assignee"), assignee.isEmpty() ? QJsonValue() : QJsonValue(assignee));
    o.insert(QStringLiteral("created_by"), createdBy);
    o.insert(QStringLiteral("created_at"), toIsoUtc(createdAt));
    o.insert(QStringLiteral("updated_at"), toIsoUtc(updatedAt));
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("first_response_at"), optionalTime(firstResponseAt));
    o.insert(QStringLiteral("resolved_at"), optionalTime(resolvedAt));
    o.insert(QStringLiteral("merged_into"), optionalId(mergedInto));
    o.insert(QStringLiteral("sla"), sla.toJson());
    QJsonArray linkArray;
    for (const TicketLink &link : links)
        linkArray.append(link.toJson());
    o.insert(QStringLiteral("links"), linkArray);
    return o;
}

void Ticket::writeJson(JsonWriter &w) const
{
    // Same members and values as toJson() (tst_ticketmodel compares the two).
    w.beginObject();
    w.key("id").value(id);
    w.key("number").value(displayNumber());
    w.key("subject").value(subject);
    w.key("description").value(description);
    w.key("status").value(status);
    w.key("priority").value(priority);
    w.key("category").value(category);
    w.key("channel").value(channel);
    w.key("requester_name").value(requesterName);
    w.key("requester_contact").value(requesterContact);
    w.key("organization_id").nullableId(organizationId);
    w.key("facility_id").nullableId(facilityId);
    w.key("organization_name").nullableText(organizationName);
    w.key("assignee").nullableText(assignee);
    w.key("created_by").value(createdBy);
    // toJson() writes an invalid time as "" for these two and null for the optional ones.
    if (createdAt.isValid())
        w.key("created_at").timestamp(createdAt);
    else
        w.key("created_at").value(QString());
    if (updatedAt.isValid())
        w.key("updated_at").timestamp(updatedAt);
    else
        w.key("updated_at").value(QString());
    w.key("version").value(version);
    w.key("first_response_at").timestamp(firstResponseAt);
    w.key("resolved_at").timestamp(resolvedAt);
    w.key("merged_into").nullableId(mergedInto);
    w.key("sla").beginObject();
    w.key("first_response_due").timestamp(sla.firstResponseDue);
    w.key("resolution_due").timestamp(sla.resolutionDue);
    w.key("first_response_breached").value(sla.firstResponseBreached);
    w.key("resolution_breached").value(sla.resolutionBreached);
    w.key("paused").value(sla.paused);
    w.key("remaining_seconds").nullableId(sla.remainingSeconds);
    w.endObject();
    w.key("links").beginArray();
    for (const TicketLink &link : links) {
        w.beginObject();
        w.key("kind").value(link.kind);
        w.key("target").value(link.target);
        w.key("label").value(link.label);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

std::optional<Ticket> Ticket::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<Ticket> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QJsonValue idValue = json.value(QStringLiteral("id"));
    if (!idValue.isDouble() || idValue.toInteger() <= 0)
        return fail(QStringLiteral("ticket: 'id' must be a positive integer"));
    Ticket t;
    t.id = idValue.toInteger();
    t.subject = json.value(QStringLiteral("subject")).toString();
    t.description = json.value(QStringLiteral("description")).toString();
    t.status = json.value(QStringLiteral("status")).toString();
    t.priority = json.value(QStringLiteral("priority")).toString();
    t.category = json.value(QStringLiteral("category")).toString();
    t.channel = json.value(QStringLiteral("channel")).toString();
    t.requesterName = json.value(QStringLiteral("requester_name")).toString();
    t.requesterContact = json.value(QStringLiteral("requester_contact")).toString();
    t.organizationId = idFrom(json.value(QStringLiteral("organization_id")));
    t.facilityId = idFrom(json.value(QStringLiteral("facility_id")));
    t.organizationName = json.value(QStringLiteral("organization_name")).toString();
    t.assignee = json.value(QStringLiteral("assignee")).toString();
    t.createdBy = json.value(QStringLiteral("created_by")).toString();
    t.createdAt = fromIsoUtc(json.value(QStringLiteral("created_at")).toString());
    t.updatedAt = fromIsoUtc(json.value(QStringLiteral("updated_at")).toString());
    t.version = json.value(QStringLiteral("version")).toInt();
    t.firstResponseAt = fromIsoUtc(json.value(QStringLiteral("first_response_at")).toString());
    t.resolvedAt = fromIsoUtc(json.value(QStringLiteral("resolved_at")).toString());
    t.mergedInto = idFrom(json.value(QStringLiteral("merged_into")));
    t.sla = TicketSla::fromJson(json.value(QStringLiteral("sla")).toObject());
    const QJsonArray linkArray = json.value(QStringLiteral("links")).toArray();
    for (const QJsonValue &v : linkArray)
        t.links.append(TicketLink::fromJson(v.toObject()));
    if (t.status.isEmpty())
        return fail(QStringLiteral("ticket %1: 'status' is missing").arg(t.id));
    return t;
}

QByteArray Ticket::etag() const
{
    return '"' + QByteArray::number(id) + '-' + QByteArray::number(version) + '"';
}

QString Ticket::displayNumber() const
{
    return QStringLiteral("T-%1").arg(id, 6, 10, QLatin1Char('0'));
}

} // namespace izdesk
