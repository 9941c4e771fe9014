#include "duplicates/duplicatestore.h"

#include "patients/batchinsert.h"
#include "storage/sqlutil.h"
#include "ticket.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace izdesk::server {

using matching::MatchScorer;

namespace {

QString text(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonArray array(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).array();
}

std::optional<qint64> optionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QJsonValue timestamp(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue nullable(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue nullable(const QString &s)
{
    return s.isNull() ? QJsonValue() : QJsonValue(s);
}

const char *const pairColumns
    = "d.id, d.low_id, d.high_id, d.score_centi, d.grade, d.contributions, d.badges, d.vetoes, d.status, "
      "d.claimed_by, d.claimed_at, d.decision_reason, d.decided_by, d.decided_at, d.created_at, d.evaluated_at, "
      "d.updated_at, "
      "(SELECT MIN(i.value) FROM patient_identifiers i WHERE i.patient_id = d.low_id AND i.type = 'source_id' "
      "AND i.status = 'current'), "
      "(SELECT MIN(i.value) FROM patient_identifiers i WHERE i.patient_id = d.high_id AND i.type = 'source_id' "
      "AND i.status = 'current')";

DuplicateStore::Pair readPair(const QSqlQuery &q)
{
    DuplicateStore::Pair p;
    p.id = q.value(0).toLongLong();
    p.lowId = q.value(1).toLongLong();
    p.highId = q.value(2).toLongLong();
    p.scoreCenti = q.value(3).toInt();
    p.grade = q.value(4).toString();
    p.contributions = array(q.value(5));
    p.badges = array(q.value(6));
    p.vetoes = array(q.value(7));
    p.status = q.value(8).toString();
    p.claimedBy = optionalId(q.value(9));
    p.claimedAt = fromDbTimestamp(q.value(10));
    p.decisionReason = q.value(11).toString();
    p.decidedBy = optionalId(q.value(12));
    p.decidedAt = fromDbTimestamp(q.value(13));
    p.createdAt = fromDbTimestamp(q.value(14));
    p.evaluatedAt = fromDbTimestamp(q.value(15));
    p.updatedAt = fromDbTimestamp(q.value(16));
    p.lowSourceId = q.value(17).isNull() ? QString() : q.value(17).toString();
    p.highSourceId = q.value(18).isNull() ? QString() : q.value(18).toString();
    return p;
}

} // namespace

QJsonObject DuplicateStore::Pair::toJson(bool withContributions) const
{
    const auto side = [](qint64 id, const QString &sourceId) {
        return QJsonObject{{QStringLiteral("patient_id"), id}, {QStringLiteral("source_id"), nullable(sourceId)}};
    };
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("low"), side(lowId, lowSourceId)},
                  {QStringLiteral("high"), side(highId, highSourceId)},
                  {QStringLiteral("score"), scoreCenti / 100.0},
                  {QStringLiteral("grade"), grade},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("badges"), badges},
                  {QStringLiteral("vetoes"), vetoes},
                  {QStringLiteral("claimed_by"), nullable(claimedBy)},
                  {QStringLiteral("claimed_at"), timestamp(claimedAt)},
                  {QStringLiteral("decided_by"), nullable(decidedBy)},
                  {QStringLiteral("decided_at"), timestamp(decidedAt)},
                  {QStringLiteral("created_at"), timestamp(createdAt)},
                  {QStringLiteral("evaluated_at"), timestamp(evaluatedAt)},
                  {QStringLiteral("updated_at"), timestamp(updatedAt)}};
    if (withContributions) {
        o.insert(QStringLiteral("contributions"), contributions);
        o.insert(QStringLiteral("decision_reason"),
                 decisionReason.isEmpty() ? QJsonValue() : QJsonValue(decisionReason));
    }
    return o;
}

DuplicateStore::DuplicateStore(QSqlDatabase db, Dialect dialect, const QDateTime &now)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_now(now)
{
}

DuplicateStore::~DuplicateStore() = default;

DuplicateStore::Row DuplicateStore::row(const MatchScorer::Result &result) const
{
    return {static_cast<int>(std::lround(result.score * 100.0)), MatchScorer::gradeName(result.grade),
            text(MatchScorer::explanation(result)), text(QJsonArray::fromStringList(result.badges)),
            text(QJsonArray::fromStringList(result.vetoes)), toDbTimestamp(m_now, m_dialect)};
}

// A pair found again reopens, unless it was decided "not a duplicate".
const char *const DuplicateStore::updateSql
    = "UPDATE duplicate_candidates SET score_centi = ?, grade = ?, contributions = ?, badges = ?, vetoes = ?, "
      "status = CASE WHEN status = 'not_duplicate' THEN status ELSE 'open' END, evaluated_at = ?, updated_at = ? "
      "WHERE id = ?";

bool DuplicateStore::update(QSqlQuery &u, qint64 id, const Row &r)
{
    int i = 0;
    for (const QVariant &v : {QVariant(r.centi), QVariant(r.grade), QVariant(r.contributions), QVariant(r.badges),
                              QVariant(r.vetoes), r.now, r.now, QVariant(id)})
        u.bindValue(i++, v);
    return execQuery(u);
}

std::optional<qint64> DuplicateStore::record(qint64 a, qint64 b, const MatchScorer::Result &result)
{
    const qint64 low = std::min(a, b);
    const qint64 high = std::max(a, b);
    const Row r = row(result);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM duplicate_candidates WHERE low_id = ? AND high_id = ?"));
    q.addBindValue(low);
    q.addBindValue(high);
    if (!execQuery(q))
        return std::nullopt;
    if (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        QSqlQuery u(m_db);
        u.prepare(QLatin1String(updateSql));
        return update(u, id, r) ? std::optional<qint64>(id) : std::nullopt;
    }
    QSqlQuery i(m_db);
    i.prepare(
        QStringLiteral("INSERT INTO duplicate_candidates (low_id, high_id, score_centi, grade, contributions, badges, "
                       "vetoes, status, created_at, evaluated_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?) RETURNING id"));
    for (const QVariant &v : {QVariant(low), QVariant(high), QVariant(r.centi), QVariant(r.grade),
                              QVariant(r.contributions), QVariant(r.badges), QVariant(r.vetoes), r.now, r.now, r.now})
        i.addBindValue(v);
    if (!execQuery(i) || !i.next())
        return std::nullopt;
    return i.value(0).toLongLong();
}

std::optional<QHash<QPair<qint64, qint64>, DuplicateStore::Known>> DuplicateStore::knownPairs()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepareAndExec(q, QStringLiteral("SELECT low_id, high_id, id, status FROM duplicate_candidates")))
        return std::nullopt;
    QHash<QPair<qint64, qint64>, Known> out;
    while (q.next())
        out.insert({q.value(0).toLongLong(), q.value(1).toLongLong()}, {q.value(2).toLongLong(), q.value(3).toString()});
    return out;
}

bool DuplicateStore::recordKnown(qint64 low, qint64 high, const Known *known, const MatchScorer::Result &result)
{
    const Row r = row(result);
    if (known) {
        if (!m_bulkUpdate) {
            m_bulkUpdate = std::make_unique<QSqlQuery>(m_db);
            if (!m_bulkUpdate->prepare(QLatin1String(updateSql)))
                return false;
        }
        return update(*m_bulkUpdate, known->id, r);
    }
    if (!m_bulkInsert)
        m_bulkInsert = std::make_unique<BatchInsert>(
            m_db, QStringLiteral("duplicate_candidates"),
            QStringList{QStringLiteral("low_id"), QStringLiteral("high_id"), QStringLiteral("score_centi"),
                        QStringLiteral("grade"), QStringLiteral("contributions"), QStringLiteral("badges"),
                        QStringLiteral("vetoes"), QStringLiteral("status"), QStringLiteral("created_at"),
                        QStringLiteral("evaluated_at"), QStringLiteral("updated_at")},
            200);
    return m_bulkInsert->add({low, high, r.centi, r.grade, r.contributions, r.badges, r.vetoes,
                              QStringLiteral("open"), r.now, r.now, r.now},
                             nullptr);
}

bool DuplicateStore::flush()
{
    return !m_bulkInsert || m_bulkInsert->flush(nullptr);
}

bool DuplicateStore::drop(const QList<qint64> &ids)
{
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        QStringList list;
        for (const qint64 id : ids.mid(from, 500))
            list << QString::number(id);
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("UPDATE duplicate_candidates SET status = 'dropped', updated_at = ? WHERE id IN (%1)")
                      .arg(list.join(QLatin1Char(','))));
        u.addBindValue(toDbTimestamp(m_now, m_dialect));
        if (!execQuery(u))
            return false;
    }
    return true;
}

bool DuplicateStore::dropExcept(const QString &selectIds, const QVariantList &binds, const QSet<qint64> &kept)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(selectIds);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!execQuery(q))
        return false;
    QList<qint64> stale;
    while (q.next())
        if (!kept.contains(q.value(0).toLongLong()))
            stale << q.value(0).toLongLong();
    return drop(stale);
}

bool DuplicateStore::dropOthers(qint64 patientId, const QSet<qint64> &kept)
{
    return dropExcept(QStringLiteral("SELECT id FROM duplicate_candidates WHERE status = 'open' AND low_id = ? "
                                     "UNION SELECT id FROM duplicate_candidates WHERE status = 'open' AND high_id = ?"),
                      {patientId, patientId}, kept);
}

bool DuplicateStore::dropAllBut(const QSet<qint64> &kept)
{
    return dropExcept(QStringLiteral("SELECT id FROM duplicate_candidates WHERE status = 'open'"), {}, kept);
}

bool DuplicateStore::markMerged(qint64 a, qint64 b)
{
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE duplicate_candidates SET status = 'merged', updated_at = ? "
                             "WHERE low_id = ? AND high_id = ? AND status <> 'not_duplicate'"));
    u.addBindValue(toDbTimestamp(m_now, m_dialect));
    u.addBindValue(std::min(a, b));
    u.addBindValue(std::max(a, b));
    return execQuery(u);
}

std::optional<QList<DuplicateStore::Pair>> DuplicateStore::list(const Filter &f)
{
    QString sql = QStringLiteral("SELECT %1 FROM duplicate_candidates d JOIN patients pl ON pl.id = d.low_id "
                                 "JOIN patients ph ON ph.id = d.high_id WHERE d.status = ?")
                      .arg(QLatin1String(pairColumns));
    QVariantList binds{f.status};
    if (!f.grade.isEmpty()) {
        sql += QStringLiteral(" AND d.grade = ?");
        binds << f.grade;
    }
    if (!f.facility.isEmpty()) {
        sql += QStringLiteral(" AND (pl.owning_facility_code = ? OR ph.owning_facility_code = ?)");
        binds << f.facility << f.facility;
    }
    if (f.bornOnOrAfter || f.bornOnOrBefore) {
        // Plain dates are ISO text: they compare as strings on both stores.
        const QString from = f.bornOnOrAfter ? f.bornOnOrAfter->toString(Qt::ISODate) : QStringLiteral("0000-01-01");
        const QString to = f.bornOnOrBefore ? f.bornOnOrBefore->toString(Qt::ISODate) : QStringLiteral("9999-12-31");
        sql += QStringLiteral(
            " AND ((pl.birth_date >= ? AND pl.birth_date <= ?) OR (ph.birth_date >= ? AND ph.birth_date <= ?))");
        binds << from << to << from << to;
    }
    if (!f.includeSharingLocked)
        sql += QStringLiteral(" AND pl.sharing_lock = FALSE AND ph.sharing_lock = FALSE");
    if (f.after && f.after->size() == 2) {
        const qint64 centi = -f.after->at(0);
        sql += QStringLiteral(" AND (d.score_centi < ? OR (d.score_centi = ? AND d.id > ?))");
        binds << centi << centi << f.after->at(1);
    }
    sql += QStringLiteral(" ORDER BY d.score_centi DESC, d.id ASC LIMIT %1").arg(f.limit);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!execQuery(q))
        return std::nullopt;
    QList<Pair> out;
    while (q.next())
        out << readPair(q);
    return out;
}

std::optional<DuplicateStore::Pair> DuplicateStore::find(qint64 id, bool includeSharingLocked, bool *ok)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM duplicate_candidates d JOIN patients pl ON pl.id = d.low_id "
                             "JOIN patients ph ON ph.id = d.high_id WHERE d.id = ?%2")
                  .arg(QLatin1String(pairColumns),
                       includeSharingLocked
                           ? QString()
                           : QStringLiteral(" AND pl.sharing_lock = FALSE AND ph.sharing_lock = FALSE")));
    q.addBindValue(id);
    *ok = execQuery(q);
    if (!*ok || !q.next())
        return std::nullopt;
    return readPair(q);
}

DuplicateStore::Change DuplicateStore::changeOpenPair(qint64 id, qint64 userId, const QString &assignments,
                                                      const QVariantList &values)
{
    bool ok = false;
    const auto pair = find(id, true, &ok);
    if (!ok)
        return Change::Failed;
    if (!pair)
        return Change::NotFound;
    if (pair->status != QLatin1String("open"))
        return Change::Conflict;
    if (pair->claimedBy && *pair->claimedBy != userId)
        return Change::ClaimedByOther;
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE duplicate_candidates SET %1, updated_at = ? WHERE id = ?").arg(assignments));
    for (const QVariant &v : values)
        u.addBindValue(v);
    u.addBindValue(toDbTimestamp(m_now, m_dialect));
    u.addBindValue(id);
    return execQuery(u) ? Change::Ok : Change::Failed;
}

QString DuplicateStore::Claim::detail() const
{
    return QStringLiteral("duplicate pair %1 is claimed by %2 since %3: only they may claim, decide or merge it")
        .arg(pairId)
        .arg(username, toIsoUtc(at));
}

QJsonObject DuplicateStore::Claim::members() const
{
    return QJsonObject{{QStringLiteral("pair_id"), pairId},
                       {QStringLiteral("claimed_by"), userId},
                       {QStringLiteral("claimed_by_username"), username},
                       {QStringLiteral("claimed_at"), timestamp(at)}};
}

std::optional<DuplicateStore::Claim> DuplicateStore::heldClaim(const QString &where, const QVariantList &binds,
                                                               qint64 userId, bool *ok)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT d.id, d.claimed_by, d.claimed_at, s.username FROM duplicate_candidates d "
                             "LEFT JOIN staff_users s ON s.id = d.claimed_by "
                             "WHERE %1 AND d.status = 'open' AND d.claimed_by IS NOT NULL AND d.claimed_by <> ?")
                  .arg(where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(userId);
    *ok = execQuery(q);
    if (!*ok || !q.next())
        return std::nullopt;
    return Claim{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(3).toString(), fromDbTimestamp(q.value(2))};
}

std::optional<DuplicateStore::Claim> DuplicateStore::claimAgainst(qint64 id, qint64 userId, bool *ok)
{
    return heldClaim(QStringLiteral("d.id = ?"), {id}, userId, ok);
}

std::optional<DuplicateStore::Claim> DuplicateStore::claimAgainstPatients(qint64 a, qint64 b, qint64 userId, bool *ok)
{
    return heldClaim(QStringLiteral("d.low_id = ? AND d.high_id = ?"), {std::min(a, b), std::max(a, b)}, userId, ok);
}

DuplicateStore::Change DuplicateStore::claim(qint64 id, qint64 userId)
{
    return changeOpenPair(id, userId, QStringLiteral("claimed_by = ?, claimed_at = ?"),
                          {userId, toDbTimestamp(m_now, m_dialect)});
}

DuplicateStore::Change DuplicateStore::markNotDuplicate(qint64 id, qint64 userId, const QString &reason)
{
    return changeOpenPair(
        id, userId, QStringLiteral("status = 'not_duplicate', decision_reason = ?, decided_by = ?, decided_at = ?"),
        {reason, userId, toDbTimestamp(m_now, m_dialect)});
}

} // namespace izdesk::server
