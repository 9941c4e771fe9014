#include "ticketreport.h"

#include <QHash>

#include <algorithm>

namespace izdesk {

namespace {
bool inPeriod(const QDateTime &at, const QDate &from, const QDate &to)
{
    if (!at.isValid())
        return false;
    const QDate day = at.toUTC().date();
    return (!from.isValid() || day >= from) && (!to.isValid() || day < to);
}

template<typename KeyOf>
QList<TicketReport::Count> countBy(const QList<Ticket> &tickets, const QDate &from, const QDate &to, KeyOf keyOf)
{
    QHash<QString, int> counts;
    for (const Ticket &t : tickets) {
        if (inPeriod(t.createdAt, from, to))
            ++counts[keyOf(t)];
    }
    QList<TicketReport::Count> list;
    list.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.key < b.key; });
    return list;
}

int priorityRank(const QString &priority)
{
    static const QStringList order{QStringLiteral("urgent"), QStringLiteral("high"), QStringLiteral("normal"),
                                   QStringLiteral("low")};
    const qsizetype i = order.indexOf(priority);
    return i < 0 ? int(order.size()) : int(i);
}
} // namespace

bool TicketReport::isActive(const Ticket &ticket)
{
    return ticket.status != QLatin1String("resolved") && ticket.status != QLatin1String("closed");
}

QList<TicketReport::Count> TicketReport::volumeByCategory(const QList<Ticket> &tickets, const QDate &from, const QDate &to)
{
    return countBy(tickets, from, to, [](const Ticket &t) { return t.category; });
}

QList<TicketReport::Count> TicketReport::volumeByChannel(const QList<Ticket> &tickets, const QDate &from, const QDate &to)
{
    return countBy(tickets, from, to, [](const Ticket &t) { return t.channel; });
}

QList<TicketReport::Count> TicketReport::volumeByDay(const QList<Ticket> &tickets, const QDate &from, const QDate &to)
{
    QList<Count> days;
    if (!from.isValid() || !to.isValid() || to <= from)
        return days;
    for (QDate d = from; d < to; d = d.addDays(1))
        days.append({d.toString(Qt::ISODate), 0});
    for (const Ticket &t : tickets) {
        if (inPeriod(t.createdAt, from, to))
            ++days[from.daysTo(t.createdAt.toUTC().date())].count;
    }
    return days;
}

QList<TicketReport::Aging> TicketReport::backlogAging(const QList<Ticket> &tickets, const QDateTime &now)
{
    static const qint64 day = 24 * 3600;
    QList<Aging> buckets{{QStringLiteral("0-1d"), 0},
                         {QStringLiteral("1-3d"), 0},
                         {QStringLiteral("3-7d"), 0},
                         {QStringLiteral("7-30d"), 0},
                         {QStringLiteral("30d+"), 0}};
    const qint64 limits[] = {1 * day, 3 * day, 7 * day, 30 * day};
    for (const Ticket &t : tickets) {
        if (!isActive(t) || !t.createdAt.isValid())
            continue;
        const qint64 age = t.createdAt.secsTo(now);
        int bucket = 4;
        for (int i = 0; i < 4; ++i) {
            if (age < limits[i]) {
                bucket = i;
                break;
            }
        }
        ++buckets[bucket].count;
    }
    return buckets;
}

int TicketReport::backlog(const QList<Ticket> &tickets)
{
    return int(std::count_if(tickets.begin(), tickets.end(), &TicketReport::isActive));
}

QList<TicketReport::SlaCompliance> TicketReport::slaCompliance(const QList<Ticket> &tickets, const QDate &from,
                                                              const QDate &to)
{
    QHash<QString, SlaCompliance> byPriority;
    for (const QString &p : {QStringLiteral("urgent"), QStringLiteral("high"), QStringLiteral("normal"),
                             QStringLiteral("low")})
        byPriority.insert(p, SlaCompliance{p, 0, 0});
    for (const Ticket &t : tickets) {
        if (!inPeriod(t.createdAt, from, to))
            continue;
        SlaCompliance &c = byPriority[t.priority];
        c.priority = t.priority;
        if (t.sla.breached())
            ++c.breached;
        else
            ++c.met;
    }
    QList<SlaCompliance> list = byPriority.values();
    std::sort(list.begin(), list.end(), [](const SlaCompliance &a, const SlaCompliance &b) {
        const int ra = priorityRank(a.priority);
        const int rb = priorityRank(b.priority);
        return ra != rb ? ra < rb : a.priority < b.priority;
    });
    return list;
}

QList<TicketReport::Count> TicketReport::topCategories(const QList<Ticket> &tickets, int n, const QDate &from,
                                                       const QDate &to)
{
    QList<Count> list = volumeByCategory(tickets, from, to);
    std::stable_sort(list.begin(), list.end(), [](const Count &a, const Count &b) { return a.count > b.count; });
    if (n >= 0 && list.size() > n)
        list.resize(n);
    return list;
}

QList<TicketReport::Handled> TicketReport::handledPerSpecialist(const QList<Ticket> &tickets, const QDate &from,
                                                                const QDate &to)
{
    QHash<QString, Handled> byAssignee;
    for (const Ticket &t : tickets) {
        if (t.assignee.isEmpty())
            continue;
        const bool resolved = !isActive(t) && inPeriod(t.resolvedAt, from, to);
        const bool open = isActive(t);
        if (!resolved && !open)
            continue;
        Handled &h = byAssignee[t.assignee];
        h.assignee = t.assignee;
        h.resolved += resolved;
        h.open += open;
    }
    QList<Handled> list = byAssignee.values();
    std::sort(list.begin(), list.end(), [](const Handled &a, const Handled &b) {
        return a.resolved != b.resolved ? a.resolved > b.resolved : a.assignee < b.assignee;
    });
    return list;
}

QList<QStringList> TicketReport::countsTable(const QString &keyHeader, const QList<Count> &counts)
{
    QList<QStringList> rows{{keyHeader, QStringLiteral("count")}};
    for (const Count &c : counts)
        rows.append({c.key, QString::number(c.count)});
    return rows;
}

} // namespace izdesk
