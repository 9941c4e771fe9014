#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace izdesk {

// One person who has a ticket open, as the change feed reports it ("viewing" or "editing").
struct TicketViewer
{
    QString username;
    QString mode; // viewing | editing
    bool operator==(const TicketViewer &other) const = default;
};

// A presence change of the feed: everyone who has the ticket open now (empty = nobody).
// Value type; safe to copy between threads.
struct PresenceChange
{
    qint64 ticketId = 0;
    QList<TicketViewer> users;

    static PresenceChange fromJson(const QJsonObject &change);
    bool operator==(const PresenceChange &other) const = default;
};

} // namespace izdesk

Q_DECLARE_METATYPE(izdesk::PresenceChange)
