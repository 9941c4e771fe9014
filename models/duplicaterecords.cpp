#include "duplicaterecords.h"

#include "jsonfields.h"

namespace izdesk {

using json::objects;
using json::str;
using json::strings;

namespace {

qint64 idOf(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

DuplicateSide side(const QJsonObject &o)
{
    return DuplicateSide{idOf(o, "patient_id"), str(o, "source_id")};
}

} // namespace

DuplicatePair DuplicatePair::fromJson(const QJsonObject &o)
{
    DuplicatePair p;
    p.id = idOf(o, "id");
    p.low = side(o.value(QStringLiteral("low")).toObject());
    p.high = side(o.value(QStringLiteral("high")).toObject());
    p.score = o.value(QStringLiteral("score")).toDouble();
    p.grade = str(o, "grade");
    p.status = str(o, "status");
    p.badges = strings(o, "badges");
    p.vetoes = strings(o, "vetoes");
    p.claimedBy = idOf(o, "claimed_by");
    p.claimedAt = json::time(o, "claimed_at");
    p.decidedBy = idOf(o, "decided_by");
    p.decidedAt = json::time(o, "decided_at");
    p.createdAt = json::time(o, "created_at");
    p.evaluatedAt = json::time(o, "evaluated_at");
    for (const QJsonObject &c : objects(o.value(QStringLiteral("contributions"))))
        p.contributions.append({str(c, "field"), str(c, "level"), c.value(QStringLiteral("weight")).toDouble()});
    p.decisionReason = str(o, "decision_reason");
    return p;
}

QString DuplicateCluster::sourceIdOf(qint64 patientId) const
{
    for (const DuplicateSide &m : members)
        if (m.patientId == patientId)
            return m.sourceId;
    return {};
}

DuplicateCluster DuplicateCluster::fromJson(const QJsonObject &o)
{
    DuplicateCluster c;
    c.groupKey = idOf(o, "group_key");
    c.groupSize = o.value(QStringLiteral("group_size")).toInt();
    c.tooLarge = o.value(QStringLiteral("too_large")).toBool();
    for (const QJsonObject &m : objects(o.value(QStringLiteral("members"))))
        c.members.append(side(m));
    for (const QJsonObject &m : objects(o.value(QStringLiteral("left_out"))))
        c.leftOut.append(side(m));
    c.grade = str(o, "grade");
    c.minScore = o.value(QStringLiteral("min_score")).toDouble();
    c.maxScore = o.value(QStringLiteral("max_score")).toDouble();
    c.badges = strings(o, "badges");
    c.vetoes = strings(o, "vetoes");
    for (const QJsonObject &l : objects(o.value(QStringLiteral("links")))) {
        DuplicateClusterLink link;
        link.lowId = idOf(l, "low_id");
        link.highId = idOf(l, "high_id");
        link.score = l.value(QStringLiteral("score")).toDouble();
        link.grade = str(l, "grade");
        link.badges = strings(l, "badges");
        link.vetoes = strings(l, "vetoes");
        link.pairId = idOf(l, "pair_id");
        link.pairStatus = str(l, "pair_status");
        c.links.append(link);
    }
    return c;
}

QList<HiddenEvent> HiddenEvent::listFromJson(const QJsonArray &a)
{
    QList<HiddenEvent> out;
    for (const QJsonValue &v : a) {
        const QJsonObject h = v.toObject();
        out.append({idOf(h, "id"), idOf(h, "kept_id"), str(h, "reason")});
    }
    return out;
}

MergePreview MergePreview::fromJson(const QJsonObject &o)
{
    MergePreview p;
    p.targetId = idOf(o, "target_id");
    p.sourceId = idOf(o, "source_id");
    p.vetoes = strings(o, "vetoes");
    p.requiresSupervisor = o.value(QStringLiteral("requires_supervisor")).toBool();
    p.merged = o.value(QStringLiteral("merged")).toObject();
    for (const QJsonObject &i : objects(p.merged.value(QStringLiteral("identifiers"))))
        p.mergedIdentifiers.append(PatientIdentifier::fromJson(i));
    for (const QJsonObject &e : objects(o.value(QStringLiteral("events")))) {
        p.events.append({idOf(e, "id"), str(e, "from"), str(e, "cvx"),
                         json::date(e, "administered_date"), str(e, "record_type"),
                         str(e, "lot"), e.value(QStringLiteral("hidden")).toBool()});
    }
    p.hiddenEvents = HiddenEvent::listFromJson(o.value(QStringLiteral("hidden_events")).toArray());
    return p;
}

MergeRecord MergeRecord::fromJson(const QJsonObject &o)
{
    MergeRecord r;
    r.id = idOf(o, "id");
    r.targetId = idOf(o, "target_id");
    r.sourceId = idOf(o, "source_id");
    r.status = str(o, "status");
    r.reason = str(o, "reason");
    r.vetoes = strings(o, "vetoes");
    r.movedEvents = int(o.value(QStringLiteral("moved_event_ids")).toArray().size());
    r.hiddenEvents = HiddenEvent::listFromJson(o.value(QStringLiteral("hidden_events")).toArray());
    r.mergedAt = json::time(o, "merged_at");
    r.unmergedAt = json::time(o, "unmerged_at");
    // The unmerge answer carries them at the top; a record read later keeps them in "unmerge".
    const QJsonObject unmerge = o.value(QStringLiteral("unmerge")).toObject();
    r.placed = objects(o.contains(QStringLiteral("placed")) ? o.value(QStringLiteral("placed"))
                                                            : unmerge.value(QStringLiteral("placed")));
    r.conflicts = objects(o.contains(QStringLiteral("conflicts")) ? o.value(QStringLiteral("conflicts"))
                                                                  : unmerge.value(QStringLiteral("conflicts")));
    return r;
}

} // namespace izdesk
