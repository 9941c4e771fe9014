#include "ticketrowcodec.h"

#include <QDataStream>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace izdesk {

namespace {
constexpr char kBinaryV1 = '\x01';

qint64 msOf(const QDateTime &dt)
{
    return dt.isValid() ? dt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

QDateTime fromMs(qint64 ms)
{
    return ms == std::numeric_limits<qint64>::min() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

qint64 optionalOf(const std::optional<qint64> &v)
{
    return v ? *v : std::numeric_limits<qint64>::min();
}

std::optional<qint64> toOptional(qint64 v)
{
    return v == std::numeric_limits<qint64>::min() ? std::nullopt : std::optional<qint64>(v);
}

bool decodePhiJson(const QByteArray &plain, Ticket &t)
{
    const QJsonObject phi = QJsonDocument::fromJson(plain).object();
    if (phi.isEmpty())
        return false;
    t.subject = phi.value(QStringLiteral("subject")).toString();
    t.description = phi.value(QStringLiteral("description")).toString();
    t.requesterName = phi.value(QStringLiteral("requester_name")).toString();
    t.requesterContact = phi.value(QStringLiteral("requester_contact")).toString();
    t.organizationName = phi.value(QStringLiteral("organization_name")).toString();
    const QJsonArray links = phi.value(QStringLiteral("links")).toArray();
    for (const QJsonValue &v : links)
        t.links.append(TicketLink::fromJson(v.toObject()));
    return true;
}

int digits(QStringView s, qsizetype at, int count)
{
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = s.at(at + i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}
} // namespace

QByteArray TicketRowCodec::encodePhi(const Ticket &t)
{
    QByteArray out(1, kBinaryV1);
    QDataStream s(&out, QIODevice::Append);
    s << t.subject << t.description << t.requesterName << t.requesterContact << t.organizationName
      << qint32(t.links.size());
    // Link labels can name a patient or an IIS user, so links travel with the PHI.
    for (const TicketLink &link : t.links)
        s << link.kind << link.target << link.label;
    return out;
}

bool TicketRowCodec::decodePhi(const QByteArray &plain, Ticket &t)
{
    if (plain.isEmpty())
        return false;
    if (plain.at(0) != kBinaryV1)
        return decodePhiJson(plain, t);
    QDataStream s(plain);
    s.skipRawData(1);
    qint32 links = 0;
    s >> t.subject >> t.description >> t.requesterName >> t.requesterContact >> t.organizationName >> links;
    for (qint32 i = 0; i < links && s.status() == QDataStream::Ok; ++i) {
        TicketLink link;
        s >> link.kind >> link.target >> link.label;
        t.links.append(link);
    }
    return s.status() == QDataStream::Ok;
}

QByteArray TicketRowCodec::encodeExtra(const Ticket &t)
{
    QByteArray out(1, kBinaryV1);
    QDataStream s(&out, QIODevice::Append);
    s << optionalOf(t.facilityId) << msOf(t.firstResponseAt) << msOf(t.resolvedAt) << optionalOf(t.mergedInto)
      << msOf(t.sla.firstResponseDue) << msOf(t.sla.resolutionDue) << t.sla.firstResponseBreached
      << t.sla.resolutionBreached << t.sla.paused << optionalOf(t.sla.remainingSeconds);
    return out;
}

void TicketRowCodec::decodeExtra(const QByteArray &data, Ticket &t)
{
    if (data.isEmpty())
        return;
    if (data.at(0) != kBinaryV1) {
        const QJsonObject o = QJsonDocument::fromJson(data).object();
        if (const QJsonValue v = o.value(QStringLiteral("facility_id")); v.isDouble())
            t.facilityId = v.toInteger();
        t.firstResponseAt = fromIsoUtc(o.value(QStringLiteral("first_response_at")).toString());
        t.resolvedAt = fromIsoUtc(o.value(QStringLiteral("resolved_at")).toString());
        if (const QJsonValue v = o.value(QStringLiteral("merged_into")); v.isDouble())
            t.mergedInto = v.toInteger();
        if (const QJsonValue v = o.value(QStringLiteral("sla")); v.isObject())
            t.sla = TicketSla::fromJson(v.toObject());
        return;
    }
    QDataStream s(data);
    s.skipRawData(1);
    qint64 facility = 0, firstResponse = 0, resolved = 0, merged = 0, frDue = 0, resDue = 0, remaining = 0;
    s >> facility >> firstResponse >> resolved >> merged >> frDue >> resDue >> t.sla.firstResponseBreached
        >> t.sla.resolutionBreached >> t.sla.paused >> remaining;
    t.facilityId = toOptional(facility);
    t.firstResponseAt = fromMs(firstResponse);
    t.resolvedAt = fromMs(resolved);
    t.mergedInto = toOptional(merged);
    t.sla.firstResponseDue = fromMs(frDue);
    t.sla.resolutionDue = fromMs(resDue);
    t.sla.remainingSeconds = toOptional(remaining);
}

QDateTime TicketRowCodec::parseIsoUtc(QStringView s)
{
    // 2026-11-20T10:00:00.000Z
    if (s.size() >= 20 && s.back() == u'Z' && s.at(4) == u'-' && s.at(7) == u'-' && s.at(10) == u'T'
        && s.at(13) == u':' && s.at(16) == u':') {
        const int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2);
        const int h = digits(s, 11, 2), mi = digits(s, 14, 2), sec = digits(s, 17, 2);
        int ms = 0;
        if (s.size() == 24 && s.at(19) == u'.')
            ms = digits(s, 20, 3);
        else if (s.size() != 20)
            ms = -1;
        if (y >= 0 && mo > 0 && d > 0 && h >= 0 && mi >= 0 && sec >= 0 && ms >= 0) {
            const QDate date(y, mo, d);
            if (date.isValid() && h < 24 && mi < 60 && sec < 60) {
                const qint64 days = QDate(1970, 1, 1).daysTo(date);
                return QDateTime::fromMSecsSinceEpoch(((days * 24 + h) * 60 + mi) * 60000LL + sec * 1000LL + ms,
                                                      Qt::UTC);
            }
        }
    }
    return s.isEmpty() ? QDateTime() : fromIsoUtc(s.toString());
}

} // namespace izdesk
