#include "merge/eventdedup.h"

#include <QJsonObject>

#include <algorithm>
#include <cstdlib>
#include <tuple>

namespace izdesk::server {

namespace {

// Higher is better; the order of the tuple is the order of the rules in docs/architecture/domain.md.
auto rank(const EventDedup::Event &e)
{
    return std::make_tuple(!e.unspecified, e.administered, e.hasLot, !e.fromSource, -e.id);
}

QString survivorReason(const EventDedup::Event &kept, const EventDedup::Event &hidden)
{
    if (kept.unspecified != hidden.unspecified)
        return QStringLiteral("specific_cvx");
    if (kept.administered != hidden.administered)
        return QStringLiteral("administered_over_historical");
    if (kept.hasLot != hidden.hasLot)
        return QStringLiteral("has_lot");
    return QStringLiteral("same_event");
}

bool covers(const EventDedup::Event &kept, const EventDedup::Event &e, const EventDedup::Policy &policy)
{
    if (kept.fromSource == e.fromSource || e.groups.isEmpty() || !kept.date.isValid() || !e.date.isValid())
        return false;
    // An "unspecified formulation" report names every group its vaccine might have been (CVX
    // 109, pneumococcal unspecified: PCV or PPV); a specific dose of one of them on the day
    // is what it was. Otherwise the kept event must count for every group e counts for.
    const bool resolvesUnspecified = e.unspecified && !kept.unspecified;
    bool shared = false;
    for (const QString &group : e.groups) {
        if (policy.exemptGroups.contains(group, Qt::CaseInsensitive))
            return false;
        if (kept.groups.contains(group))
            shared = true;
        else if (!resolvesUnspecified)
            return false;
    }
    if (!shared)
        return false;
    const int window = kept.administered && e.administered ? policy.administeredWindowDays : policy.otherWindowDays;
    return std::abs(kept.date.daysTo(e.date)) <= window;
}

} // namespace

EventDedup::Event EventDedup::event(qint64 id, bool fromSource, const QString &cvx, const QDate &date,
                                   const QString &recordType, const QString &lot, const VaccineGroups &groups)
{
    Event e;
    e.id = id;
    e.fromSource = fromSource;
    e.cvx = cvx;
    e.date = date;
    e.administered = recordType == QLatin1String("administered");
    e.hasLot = !lot.trimmed().isEmpty();
    const auto known = groups.value(cvx);
    e.groups = known.first;
    e.unspecified = known.second;
    return e;
}

QList<EventDedup::Hidden> EventDedup::plan(QList<Event> events)
{
    return plan(std::move(events), Policy());
}

QList<EventDedup::Hidden> EventDedup::plan(QList<Event> events, const Policy &policy)
{
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return rank(a) > rank(b); });
    QList<Event> kept;
    QList<Hidden> hidden;
    for (const Event &e : std::as_const(events)) {
        const auto keeper
            = std::find_if(kept.cbegin(), kept.cend(), [&](const Event &k) { return covers(k, e, policy); });
        if (keeper == kept.cend())
            kept.append(e);
        else
            hidden.append({e.id, keeper->id, survivorReason(*keeper, e)});
    }
    std::sort(hidden.begin(), hidden.end(), [](const Hidden &a, const Hidden &b) { return a.id < b.id; });
    return hidden;
}

QJsonArray EventDedup::toJson(const QList<Hidden> &hidden)
{
    QJsonArray out;
    for (const Hidden &h : hidden)
        out.append(QJsonObject{
            {QStringLiteral("id"), h.id}, {QStringLiteral("kept_id"), h.keptId}, {QStringLiteral("reason"), h.reason}});
    return out;
}

} // namespace izdesk::server
