#pragma once

#include <QDate>
#include <QHash>
#include <QPair>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace izdesk::server {

// Vaccination-event de-duplication after a merge (docs/architecture/domain.md, AIRA/CDC MIROW): an event of
// one side is a duplicate of an event of the other side when every vaccine group it counts
// for is covered by the other event and the two dates are within the window (0 days when
// both are administered doses, otherWindowDays otherwise); exempt groups (the rabies series)
// never are. The better event survives: the specific CVX over an unspecified one, the
// administered over the historical, the one with a lot number; ties keep the target's, then
// the older row. Duplicates are hidden, never deleted. Pure; any thread.
class EventDedup
{
public:
    struct Policy
    {
        int administeredWindowDays = 0;
        int otherWindowDays = 7;
        QStringList exemptGroups{QStringLiteral("RABIES")};
    };

    struct Event
    {
        qint64 id = 0;
        bool fromSource = false;
        QString cvx;
        QDate date;
        bool administered = true;
        bool hasLot = false;
        bool unspecified = false; // CVX "unspecified formulation"
        QStringList groups;
    };

    // Per CVX: the vaccine groups it counts for, and whether it is an "unspecified
    // formulation" (MergeService::loadEventGroups reads them from the code tables).
    using VaccineGroups = QHash<QString, QPair<QStringList, bool>>;
    // An immunization's columns as plan() weighs them (a lot of blanks is no lot).
    static Event event(qint64 id, bool fromSource, const QString &cvx, const QDate &date, const QString &recordType,
                       const QString &lot, const VaccineGroups &groups);

    struct Hidden
    {
        qint64 id = 0;
        qint64 keptId = 0;
        QString reason; // which rule picked the survivor
    };

    static QList<Hidden> plan(QList<Event> events); // default Policy
    static QList<Hidden> plan(QList<Event> events, const Policy &policy);
    static QJsonArray toJson(const QList<Hidden> &hidden);
};

} // namespace izdesk::server
