#pragma once

#include "storage/databaseconfig.h"

#include "matching/matchscorer.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QHash>
#include <QPair>
#include <QStringList>

#include <memory>
#include <optional>

namespace izdesk::server {

class BatchInsert;

// The duplicate_candidates table (migration 0041): one row per pair of patients, ordered
// low id / high id. Records detector results without ever reopening a "not a duplicate"
// decision, lists the worklist by keyset (best score first) and applies claims and
// decisions (a claimed open pair is the claimant's alone). Joins the caller's transaction.
// One thread, with that thread's connection.
class DuplicateStore
{
public:
    struct Pair
    {
        qint64 id = 0;
        qint64 lowId = 0, highId = 0;
        QString lowSourceId, highSourceId;
        int scoreCenti = 0;
        QString grade, status;
        QJsonArray contributions;
        QJsonArray badges, vetoes;
        std::optional<qint64> claimedBy, decidedBy;
        QString decisionReason;
        QDateTime claimedAt, decidedAt, createdAt, evaluatedAt, updatedAt;

        QJsonObject toJson(bool withContributions) const;
    };

    struct Filter
    {
        QString grade; // "" = any
        QString status = QStringLiteral("open");
        QString facility;                                   // either patient's owning facility; "" = any
        std::optional<QDate> bornOnOrAfter, bornOnOrBefore; // either patient's DOB
        int limit = 50;
        std::optional<QList<qint64>> after; // {-score_centi, id} of the last row seen
        bool includeSharingLocked = true;   // false: pairs with a sharing-locked side are left out
    };

    // Conflict: the pair is not open. ClaimedByOther: another reviewer holds it.
    enum class Change { Ok, NotFound, Conflict, ClaimedByOther, Failed };

    // Who holds an open pair: while they do, no one else claims, decides or merges it.
    struct Claim
    {
        qint64 pairId = 0;
        qint64 userId = 0;
        QString username;
        QDateTime at;

        QString detail() const;      // for the 409 answer: names the holder (staff, not PHI)
        QJsonObject members() const; // claimed_by, claimed_by_username, claimed_at, pair_id
    };

    DuplicateStore(QSqlDatabase db, Dialect dialect, const QDateTime &now);
    ~DuplicateStore();

    // Stores a scored pair (a, b in any order); the pair id, or nullopt on a database error.
    // A pair decided "not a duplicate" keeps that status; a merged or dropped one reopens.
    std::optional<qint64> record(qint64 a, qint64 b, const matching::MatchScorer::Result &result);
    // Bulk recording for a batch scan: every stored pair (low, high) read once, then each
    // found pair written with one reused UPDATE or added to a multi-row INSERT (flush()
    // before commit), with record()'s status rules.
    struct Known
    {
        qint64 id = 0;
        QString status;
    };
    std::optional<QHash<QPair<qint64, qint64>, Known>> knownPairs();
    bool recordKnown(qint64 low, qint64 high, const Known *known, const matching::MatchScorer::Result &result);
    bool flush();
    // These pairs leave the worklist (status dropped).
    bool drop(const QList<qint64> &ids);
    // Open pairs of the patient that are not in `kept` leave the worklist (status dropped).
    bool dropOthers(qint64 patientId, const QSet<qint64> &kept);
    // Every open pair not in `kept` leaves the worklist (after a full scan).
    bool dropAllBut(const QSet<qint64> &kept);
    // The pair of these two patients, if any, is now merged.
    bool markMerged(qint64 a, qint64 b);

    std::optional<QList<Pair>> list(const Filter &filter);
    // nullopt + *ok true when there is no such pair (or it has a sharing-locked side the
    // caller may not see); *ok false on a database error.
    std::optional<Pair> find(qint64 id, bool includeSharingLocked, bool *ok);
    // The claim someone other than userId holds on the open pair `id`, or on the open pair of
    // patients a and b; nullopt when there is none (*ok false on a database error).
    std::optional<Claim> claimAgainst(qint64 id, qint64 userId, bool *ok);
    std::optional<Claim> claimAgainstPatients(qint64 a, qint64 b, qint64 userId, bool *ok);
    Change claim(qint64 id, qint64 userId);
    Change markNotDuplicate(qint64 id, qint64 userId, const QString &reason);

private:
    struct Row
    {
        int centi;
        QString grade, contributions, badges, vetoes;
        QVariant now;
    };
    static const char *const updateSql;
    Row row(const matching::MatchScorer::Result &result) const;
    static bool update(QSqlQuery &u, qint64 id, const Row &row);
    // Sets `assignments` (with `values` bound) on an open pair unclaimed or claimed by userId.
    std::optional<Claim> heldClaim(const QString &where, const QVariantList &binds, qint64 userId, bool *ok);
    Change changeOpenPair(qint64 id, qint64 userId, const QString &assignments, const QVariantList &values);
    bool dropExcept(const QString &selectIds, const QVariantList &binds, const QSet<qint64> &kept);

    QSqlDatabase m_db;
    Dialect m_dialect;
    QDateTime m_now;
    std::unique_ptr<QSqlQuery> m_bulkUpdate;
    std::unique_ptr<BatchInsert> m_bulkInsert;
};

} // namespace izdesk::server
