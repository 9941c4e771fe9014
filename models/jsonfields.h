#pragma once

// Reading API answers into the client's value types: a field by key as text, date, UTC time,
// list or objects ("" / invalid / empty when absent). Pure; any thread.

#include "ticket.h" // fromIsoUtc

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace izdesk::json {

inline QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

inline QDate date(const QJsonObject &o, const char *key)
{
    return QDate::fromString(str(o, key), Qt::ISODate);
}

inline QDateTime time(const QJsonObject &o, const char *key)
{
    return fromIsoUtc(str(o, key));
}

inline QStringList strings(const QJsonObject &o, const char *key)
{
    QStringList out;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        out << v.toString();
    return out;
}

inline QList<QJsonObject> objects(const QJsonValue &v)
{
    QList<QJsonObject> out;
    for (const QJsonValue &e : v.toArray())
        out << e.toObject();
    return out;
}

} // namespace izdesk::json
