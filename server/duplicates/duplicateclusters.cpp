#include "duplicates/duplicateclusters.h"

#include "duplicates/clusterbuilder.h"
#include "patients/patientsearch.h"
#include "storage/sqlutil.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace izdesk::server {

using matching::MatchScorer;

namespace {

QStringList gradesFrom(MatchScorer::Grade min)
{
    QStringList out;
    for (auto g : {MatchScorer::Grade::Certain, MatchScorer::Grade::Probable, MatchScorer::Grade::Possible})
        if (g >= min)
            out << MatchScorer::gradeName(g);
    return out;
}

quint64 pairKey(qint64 a, qint64 b)
{
    return (quint64(std::min(a, b)) << 32) ^ quint64(std::max(a, b));
}

double rounded(double score)
{
    return std::round(score * 100.0) / 100.0;
}

void addAll(QStringList *into, const QStringList &from)
{
    for (const QString &s : from)
        if (!into->contains(s))
            into->append(s);
}

// The stored pair between two members: its id and status (open, not_duplicate, …).
struct StoredPair
{
    qint64 id;
    QString status;
};

// Each member's source id (its first current source_id identifier), for the member lists.
class MemberIds
{
public:
    bool load(QSqlDatabase db, Dialect dialect, const QVariantList &idBinds)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!execWithValues(q, dialect,
                            QStringLiteral("SELECT patient_id, MIN(value) FROM patient_identifiers WHERE type = "
                                           "'source_id' AND status = 'current' AND patient_id IN (%1) GROUP BY patient_id")
                                .arg(sqlPlaceholders(idBinds.size())),
                            idBinds))
            return false;
        while (q.next())
            m_sourceIds.insert(q.value(0).toLongLong(), q.value(1).toString());
        return true;
    }

    QJsonArray list(const QList<qint64> &ids) const
    {
        QJsonArray a;
        for (qint64 id : ids) {
            const auto it = m_sourceIds.constFind(id);
            a.append(QJsonObject{{QStringLiteral("patient_id"), id},
                                 {QStringLiteral("source_id"), it == m_sourceIds.cend() ? QJsonValue() : QJsonValue(*it)}});
        }
        return a;
    }

private:
    QHash<qint64, QString> m_sourceIds;
};

// The stored pairs among the members, by pairKey; nullopt on a database error.
std::optional<QHash<quint64, StoredPair>> storedPairs(QSqlDatabase db, Dialect dialect, const QVariantList &idBinds)
{
    QHash<quint64, StoredPair> stored;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!execWithValues(q, dialect,
                        QStringLiteral("SELECT id, low_id, high_id, status FROM duplicate_candidates "
                                       "WHERE low_id IN (%1) AND high_id IN (%1)")
                            .arg(sqlPlaceholders(idBinds.size())),
                        idBinds + idBinds))
        return std::nullopt;
    while (q.next())
        stored.insert(pairKey(q.value(1).toLongLong(), q.value(2).toLongLong()),
                      StoredPair{q.value(0).toLongLong(), q.value(3).toString()});
    return stored;
}

// Every pair of the n members scored now, as an upper triangle: below the filter's grade or
// decided "not a duplicate", a pair does not link.
class PairMatrix
{
public:
    PairMatrix(const QList<qint64> &ids, const QHash<qint64, matching::MatchRecord> &records,
               const QHash<quint64, StoredPair> &stored, const matching::NicknameTable &nicknames,
               MatchScorer::Grade minGrade)
        : m_n(int(ids.size()))
        , m_results(qsizetype(m_n) * m_n)
    {
        const MatchScorer scorer(nicknames);
        for (int i = 0; i < m_n; ++i) {
            for (int j = i + 1; j < m_n; ++j) {
                MatchScorer::Result r = scorer.compare(records.value(ids.at(i)), records.value(ids.at(j)));
                MatchScorer::applyPairGuards(&r);
                const auto it = stored.constFind(pairKey(ids.at(i), ids.at(j)));
                if (r.grade < minGrade || (it != stored.cend() && it->status == QLatin1String("not_duplicate")))
                    r.grade = MatchScorer::Grade::None;
                m_results[qsizetype(i) * m_n + j] = r;
            }
        }
    }
    const MatchScorer::Result &at(int i, int j) const
    {
        return m_results.at(qsizetype(std::min(i, j)) * m_n + std::max(i, j));
    }

private:
    int m_n;
    QList<MatchScorer::Result> m_results;
};

// One cluster's JSON: its members, every link between them with the stored pair, the weakest
// grade and the score range, the badges and vetoes, and the group's members left out.
QJsonObject clusterJson(qint64 groupKey, const QList<qint64> &groupMembers, const QList<int> &cluster, const QList<qint64> &ids,
                        const PairMatrix &matrix, const QHash<quint64, StoredPair> &stored, const MemberIds &members,
                        QList<qint64> *memberIds)
{
    for (int i : cluster)
        *memberIds << ids.at(i);
    QJsonArray links;
    QStringList badges, vetoes;
    double weakest = 1e9, strongest = -1e9;
    MatchScorer::Grade grade = MatchScorer::Grade::Certain;
    for (qsizetype a = 0; a < cluster.size(); ++a) {
        for (qsizetype b = a + 1; b < cluster.size(); ++b) {
            const MatchScorer::Result &r = matrix.at(cluster.at(a), cluster.at(b));
            const qint64 low = ids.at(cluster.at(a)), high = ids.at(cluster.at(b));
            const auto it = stored.constFind(pairKey(low, high));
            links.append(QJsonObject{
                {QStringLiteral("low_id"), low},
                {QStringLiteral("high_id"), high},
                {QStringLiteral("score"), rounded(r.score)},
                {QStringLiteral("grade"), MatchScorer::gradeName(r.grade)},
                {QStringLiteral("badges"), QJsonArray::fromStringList(r.badges)},
                {QStringLiteral("vetoes"), QJsonArray::fromStringList(r.vetoes)},
                {QStringLiteral("pair_id"), it == stored.cend() ? QJsonValue() : QJsonValue(it->id)},
                {QStringLiteral("pair_status"), it == stored.cend() ? QJsonValue() : QJsonValue(it->status)}});
            weakest = std::min(weakest, r.score);
            strongest = std::max(strongest, r.score);
            grade = std::min(grade, r.grade);
            addAll(&badges, r.badges);
            addAll(&vetoes, r.vetoes);
        }
    }
    QList<qint64> leftOut;
    for (qint64 id : groupMembers)
        if (!memberIds->contains(id))
            leftOut << id;
    return QJsonObject{{QStringLiteral("group_key"), groupKey},
                       {QStringLiteral("group_size"), int(groupMembers.size())},
                       {QStringLiteral("too_large"), false},
                       {QStringLiteral("members"), members.list(*memberIds)},
                       {QStringLiteral("grade"), MatchScorer::gradeName(grade)},
                       {QStringLiteral("min_score"), rounded(weakest)},
                       {QStringLiteral("max_score"), rounded(strongest)},
                       {QStringLiteral("badges"), QJsonArray::fromStringList(badges)},
                       {QStringLiteral("vetoes"), QJsonArray::fromStringList(vetoes)},
                       {QStringLiteral("links"), links},
                       {QStringLiteral("left_out"), members.list(leftOut)}};
}

} // namespace

DuplicateClusters::DuplicateClusters(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

std::optional<QList<DuplicateClusters::Group>> DuplicateClusters::groups(const Filter &filter)
{
    const QStringList grades = gradesFrom(filter.minGrade);
    QString sql = QStringLiteral("SELECT d.low_id, d.high_id, pl.owning_facility_code, ph.owning_facility_code "
                                 "FROM duplicate_candidates d JOIN patients pl ON pl.id = d.low_id "
                                 "JOIN patients ph ON ph.id = d.high_id WHERE d.status = 'open' AND d.grade IN (%1)")
                      .arg(sqlPlaceholders(grades.size()));
    if (!filter.includeSharingLocked)
        sql += QStringLiteral(" AND pl.sharing_lock = FALSE AND ph.sharing_lock = FALSE");
    QVariantList binds;
    for (const QString &g : grades)
        binds << g;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!execWithValues(q, m_dialect, sql, binds))
        return std::nullopt;
    // Union-find over the open pairs.
    QHash<qint64, qint64> parent;
    QSet<qint64> atFacility;
    const auto root = [&parent](qint64 x) {
        qint64 r = x;
        while (parent.value(r, r) != r)
            r = parent.value(r);
        while (parent.value(x, x) != r) { // path compression
            const qint64 next = parent.value(x);
            parent.insert(x, r);
            x = next;
        }
        return r;
    };
    while (q.next()) {
        const qint64 a = q.value(0).toLongLong();
        const qint64 b = q.value(1).toLongLong();
        if (!filter.facility.isEmpty()) {
            if (q.value(2).toString() == filter.facility)
                atFacility.insert(a);
            if (q.value(3).toString() == filter.facility)
                atFacility.insert(b);
        }
        if (!parent.contains(a))
            parent.insert(a, a);
        if (!parent.contains(b))
            parent.insert(b, b);
        const qint64 ra = root(a), rb = root(b);
        if (ra != rb)
            parent.insert(std::max(ra, rb), std::min(ra, rb));
    }
    QHash<qint64, QList<qint64>> byRoot;
    for (auto it = parent.cbegin(); it != parent.cend(); ++it)
        byRoot[root(it.key())].append(it.key());
    QList<Group> out;
    for (auto it = byRoot.begin(); it != byRoot.end(); ++it) {
        QList<qint64> &members = it.value();
        if (members.size() < 3)
            continue;
        if (!filter.facility.isEmpty()
            && std::none_of(members.cbegin(), members.cend(), [&](qint64 id) { return atFacility.contains(id); }))
            continue;
        std::sort(members.begin(), members.end());
        if (filter.after && members.constFirst() <= *filter.after)
            continue;
        out.append(Group{members.constFirst(), members});
    }
    std::sort(out.begin(), out.end(), [](const Group &a, const Group &b) { return a.key < b.key; });
    return out;
}

bool DuplicateClusters::clustersOf(const Group &group, const Filter &filter, Page *page)
{
    QVariantList idBinds;
    for (qint64 id : group.members)
        idBinds << id;
    MemberIds members;
    if (!members.load(m_db, m_dialect, idBinds))
        return false;
    if (group.members.size() > maxGroup) {
        page->clusters.append(QJsonObject{{QStringLiteral("group_key"), group.key},
                                          {QStringLiteral("group_size"), int(group.members.size())},
                                          {QStringLiteral("too_large"), true},
                                          {QStringLiteral("members"), members.list(group.members)}});
        page->patientIds += group.members;
        return true;
    }
    const auto stored = storedPairs(m_db, m_dialect, idBinds);
    if (!stored)
        return false;
    // Every member against every other, now (inactive or opted-out records drop out).
    const auto records = PatientSearch(m_db, m_dialect).loadRecords(group.members, filter.includeSharingLocked, nullptr);
    if (!records)
        return false;
    QList<qint64> ids;
    for (qint64 id : group.members)
        if (records->contains(id))
            ids.append(id);
    const PairMatrix matrix(ids, *records, *stored, *m_nicknames, filter.minGrade);
    const auto link = [&matrix](int i, int j) -> const MatchScorer::Result & { return matrix.at(i, j); };
    for (const QList<int> &cluster : ClusterBuilder::build(int(ids.size()), link)) {
        if (cluster.size() < 3)
            continue;
        QList<qint64> memberIds;
        page->clusters.append(clusterJson(group.key, group.members, cluster, ids, matrix, *stored, members, &memberIds));
        page->patientIds += memberIds;
    }
    return true;
}

std::optional<DuplicateClusters::Page> DuplicateClusters::list(const Filter &filter)
{
    const auto all = groups(filter);
    if (!all)
        return std::nullopt;
    Page page;
    for (const Group &group : *all) {
        if (page.clusters.size() >= filter.limit) {
            page.nextKey = page.lastKey;
            break;
        }
        if (!clustersOf(group, filter, &page))
            return std::nullopt;
        page.lastKey = group.key;
    }
    return page;
}

} // namespace izdesk::server
