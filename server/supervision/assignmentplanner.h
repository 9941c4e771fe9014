#pragma once

#include "supervision/staffdirectory.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace izdesk::server {

// Plans auto-assignment: each ticket goes to a specialist on shift whose skills cover its
// category (no skills = all), by round robin (continuing after the last one assigned) or to
// the least loaded (active assigned tickets, counting the plan so far). Pure; any thread.
class AssignmentPlanner
{
public:
    enum class Strategy { RoundRobin, LeastLoaded };

    struct TicketRef
    {
        qint64 id = 0;
        int version = 0;
        QString category;
        QString status;
        bool assigned = false;
    };
    struct PlanItem
    {
        qint64 ticketId = 0;
        int version = 0;
        QString assignee;
        QString reason;
        QJsonObject toJson() const;
    };
    struct Skip
    {
        qint64 ticketId = 0;
        QString reason;
        QJsonObject toJson() const;
    };

    static std::optional<Strategy> parseStrategy(const QString &name);

    // lastAssignee: the username round robin assigned last (empty = start at the first).
    static void plan(Strategy strategy, const QList<TicketRef> &tickets, const QList<StaffDirectory::Member> &staff,
                     const QString &lastAssignee, QList<PlanItem> *plan, QList<Skip> *skipped);
};

} // namespace izdesk::server
