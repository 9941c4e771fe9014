#include "supervision/assignmentplanner.h"

#include "catalog.h"

#include <QHash>

namespace izdesk::server {

QJsonObject AssignmentPlanner::PlanItem::toJson() const
{
    return QJsonObject{{QStringLiteral("ticket_id"), ticketId},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("assignee"), assignee},
                       {QStringLiteral("reason"), reason}};
}

QJsonObject AssignmentPlanner::Skip::toJson() const
{
    return QJsonObject{{QStringLiteral("ticket_id"), ticketId}, {QStringLiteral("reason"), reason}};
}

std::optional<AssignmentPlanner::Strategy> AssignmentPlanner::parseStrategy(const QString &name)
{
    if (name == QLatin1String("round_robin"))
        return Strategy::RoundRobin;
    if (name == QLatin1String("least_loaded"))
        return Strategy::LeastLoaded;
    return std::nullopt;
}

void AssignmentPlanner::plan(Strategy strategy, const QList<TicketRef> &tickets,
                             const QList<StaffDirectory::Member> &staff, const QString &lastAssignee,
                             QList<PlanItem> *plan, QList<Skip> *skipped)
{
    QHash<QString, int> load;
    for (const auto &m : staff)
        load.insert(m.username, m.openTickets);
    QString last = lastAssignee;
    for (const TicketRef &t : tickets) {
        if (!Catalog::isActiveStatus(t.status)) {
            skipped->append({t.id, QStringLiteral("the ticket is %1").arg(t.status)});
            continue;
        }
        if (t.assigned) {
            skipped->append({t.id, QStringLiteral("the ticket is already assigned")});
            continue;
        }
        const QList<StaffDirectory::Member> candidates = StaffDirectory::eligible(staff, t.category);
        if (candidates.isEmpty()) {
            skipped->append({t.id, QStringLiteral("no specialist on shift handles %1").arg(t.category)});
            continue;
        }
        const StaffDirectory::Member *chosen = nullptr;
        QString reason;
        if (strategy == Strategy::RoundRobin) {
            // The first candidate after the last one assigned, wrapping around.
            for (const auto &c : candidates) {
                if (c.username > last) {
                    chosen = &c;
                    break;
                }
            }
            if (!chosen)
                chosen = &candidates.first();
            reason = QStringLiteral("round robin among %1 on shift for %2").arg(candidates.size()).arg(t.category);
            last = chosen->username;
        } else {
            for (const auto &c : candidates) {
                if (!chosen || load.value(c.username) < load.value(chosen->username))
                    chosen = &c;
            }
            reason = QStringLiteral("least loaded (%1 active) among %2 on shift for %3")
                         .arg(load.value(chosen->username))
                         .arg(candidates.size())
                         .arg(t.category);
        }
        load[chosen->username] += 1;
        plan->append({t.id, t.version, chosen->username, reason});
    }
}

} // namespace izdesk::server
