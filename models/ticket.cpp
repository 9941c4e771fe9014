#include "ticket.h"

#include <QJsonValue>
#include <QTimeZone>

namespace izdesk {

QString toIsoUtc(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoUtc(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.isValid() ? dt.toUTC() : QDateTime();
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
    o.insert(QStringLiteral("organization_id"), organizationId ? QJsonValue(*organizationId) : QJsonValue());
    o.insert(QStringLiteral("organization_name"), organizationName.isEmpty() ? QJsonValue() : QJsonValue(organizationName));
    o.insert(QStringLiteral("assignee"), assignee.isEmpty() ? QJsonValue() : QJsonValue(assignee));
    o.insert(QStringLiteral("created_by"), createdBy);
    o.insert(QStringLiteral("created_at"), toIsoUtc(createdAt));
    o.insert(QStringLiteral("updated_at"), toIsoUtc(updatedAt));
    o.insert(QStringLiteral("version"), version);
    return o;
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
    const QJsonValue org = json.value(QStringLiteral("organization_id"));
    if (org.isDouble())
        t.organizationId = org.toInteger();
    t.organizationName = json.value(QStringLiteral("organization_name")).toString();
    t.assignee = json.value(QStringLiteral("assignee")).toString();
    t.createdBy = json.value(QStringLiteral("created_by")).toString();
    t.createdAt = fromIsoUtc(json.value(QStringLiteral("created_at")).toString());
    t.updatedAt = fromIsoUtc(json.value(QStringLiteral("updated_at")).toString());
    t.version = json.value(QStringLiteral("version")).toInt();
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
