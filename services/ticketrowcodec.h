#pragma once

#include <ticket.h>

#include <QByteArray>
#include <QHash>
#include <QString>

namespace izdesk {

// How a ticket is split into cache columns: the PHI part (sealed by PhiCipher) and the clear
// "extra" part (SLA state, facility, first response, resolution, merge). Both are a compact
// binary form (a version byte, then QDataStream), read back ~10x faster than JSON, which
// matters for a 100k-ticket replica; rows written as JSON by older builds still decode.
// Pure functions; any thread.
class TicketRowCodec
{
public:
    static QByteArray encodePhi(const Ticket &ticket);
    static bool decodePhi(const QByteArray &plain, Ticket &ticket);
    static QByteArray encodeExtra(const Ticket &ticket);
    static void decodeExtra(const QByteArray &data, Ticket &ticket);
    // "YYYY-MM-DDTHH:MM:SS[.zzz]Z" without QDateTime::fromString (the slow part of a cold
    // start); anything else falls back to fromIsoUtc.
    static QDateTime parseIsoUtc(QStringView text);
};

// Shares one copy of each repeated value (status, category, assignee…) across many rows, so
// 100k tickets hold a handful of strings instead of 100k copies. Not thread-safe.
class StringPool
{
public:
    QString intern(const QString &value)
    {
        if (value.isEmpty())
            return {};
        const auto it = m_pool.constFind(value);
        if (it != m_pool.cend())
            return *it;
        m_pool.insert(value, value);
        return value;
    }

private:
    QHash<QString, QString> m_pool;
};

} // namespace izdesk
