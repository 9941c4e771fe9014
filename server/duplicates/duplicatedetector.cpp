#include "duplicates/duplicatedetector.h"

#include "duplicates/duplicatebatch.h"
#include "duplicates/duplicatestore.h"
#include "patients/patientquery.h"
#include "patients/patientsearch.h"
#include "storage/sqlutil.h"

#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>

#include <future>

namespace izdesk::server {

Q_LOGGING_CATEGORY(lcDuplicates, "izdesk.server.duplicates")

using matching::MatchScorer;

DuplicateDetector::DuplicateDetector(QSqlDatabase db, Dialect dialect, const QDateTime &now)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_now(now)
{
}

std::optional<QList<DuplicateDetector::Found>> DuplicateDetector::evaluate(qint64 patientId)
{
    // Sharing locks restrict who may see a record, not whether it is a duplicate.
    const auto records = PatientSearch(m_db, m_dialect).loadRecords({patientId}, true, nullptr);
    if (!records)
        return std::nullopt;
    const auto it = records->constFind(patientId);
    if (it == records->cend())
        return QList<Found>(); // inactive (merged away) or fully opted out
    return evaluate(patientId, *it);
}

std::optional<QList<DuplicateDetector::Found>> DuplicateDetector::evaluate(qint64 patientId,
                                                                           const matching::MatchRecord &record)
{
    PatientSearch search(m_db, m_dialect);
    search.setNicknames(*m_nicknames);
    search.setPurpose(PatientSearch::Purpose::DuplicateDetection);
    // Phones, addresses and zips never change the name and DOB levels the pair guards read:
    // a candidate they rule out on its row alone is not worth reading in full.
    search.setCandidateFilter([](const MatchScorer::Result &partial) { return !MatchScorer::householdPair(partial); });
    PatientQuery query;
    query.probe = record;
    query.limit = candidateLimit;
    const auto hits = search.run(query, true);
    if (!hits)
        return std::nullopt;
    QList<Found> out;
    for (const PatientSearch::Hit &hit : *hits) {
        if (hit.patientId == patientId || hit.match.grade == MatchScorer::Grade::None)
            continue;
        Found f{hit.patientId, hit.match};
        MatchScorer::applyPairGuards(&f.result);
        if (f.result.grade != MatchScorer::Grade::None)
            out.append(f);
    }
    return out;
}

bool DuplicateDetector::refreshPatient(qint64 patientId)
{
    const auto found = evaluate(patientId);
    if (!found)
        return false;
    DuplicateStore store(m_db, m_dialect, m_now);
    QSet<qint64> kept;
    for (const Found &f : *found) {
        const auto id = store.record(patientId, f.otherId, f.result);
        if (!id)
            return false;
        kept.insert(*id);
    }
    return store.dropOthers(patientId, kept);
}

bool DuplicateDetector::afterMerge(qint64 targetId, qint64 sourceId)
{
    DuplicateStore store(m_db, m_dialect, m_now);
    return store.markMerged(targetId, sourceId) && refreshPatient(sourceId) && refreshPatient(targetId);
}

bool DuplicateDetector::refreshPatients(const QList<qint64> &patientIds, const Progress &progress)
{
    if (patientIds.size() > m_batchFrom)
        return scanBatch(&patientIds, progress).has_value();
    for (qsizetype from = 0; from < patientIds.size(); from += scanChunk) {
        if (!beginWriteTransaction(m_db, m_dialect))
            return false;
        const qsizetype end = std::min(patientIds.size(), from + scanChunk);
        for (qsizetype i = from; i < end; ++i) {
            if (!refreshPatient(patientIds.at(i))) {
                m_db.rollback();
                return false;
            }
        }
        if (!m_db.commit()) {
            m_db.rollback();
            return false;
        }
        if (progress)
            progress(end, patientIds.size());
    }
    return true;
}

std::optional<DuplicateDetector::ScanStats> DuplicateDetector::scan(const Progress &progress)
{
    return scanBatch(nullptr, progress);
}

std::optional<DuplicateDetector::ScanStats> DuplicateDetector::scanBatch(const QList<qint64> *only,
                                                                         const Progress &progress)
{
    const auto fail = [this]() {
        m_db.rollback();
        qCWarning(lcDuplicates) << "duplicate scan stopped on a database error";
        return std::nullopt;
    };
    DuplicateBatch batch(*m_nicknames, candidateLimit);
    if (!batch.load(m_db, m_dialect))
        return fail();
    QList<qsizetype> probes;
    QSet<qint64> probeIds;
    if (only) {
        QList<qint64> sorted = *only;
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        for (const qint64 id : std::as_const(sorted)) {
            probeIds.insert(id);
            const qsizetype index = batch.indexOf(id);
            if (index >= 0)
                probes << index;
        }
    } else {
        probes.reserve(batch.ids().size());
        for (qsizetype i = 0; i < batch.ids().size(); ++i)
            probes << i;
    }
    DuplicateStore store(m_db, m_dialect, m_now);
    const auto known = store.knownPairs();
    if (!known)
        return fail();
    ScanStats stats;
    if (progress)
        progress(0, probes.size()); // the population is in memory
    QSet<QPair<qint64, qint64>> seen; // each pair is recorded once, from the side found first
    // The next chunk is weighed on the workers while this thread writes the one before it.
    const auto evaluateChunk = [&batch, &probes, threads = m_threads](qsizetype from) {
        return std::async(std::launch::async,
                          [&batch, threads, chunk = probes.mid(from, batchChunk)]() { return batch.evaluate(chunk, threads); });
    };
    std::future<std::vector<QList<DuplicateBatch::Found>>> pending;
    if (!probes.isEmpty())
        pending = evaluateChunk(0);
    for (qsizetype from = 0; from < probes.size(); from += batchChunk) {
        const QList<qsizetype> chunk = probes.mid(from, batchChunk);
        const auto found = pending.get();
        if (from + batchChunk < probes.size())
            pending = evaluateChunk(from + batchChunk);
        if (!beginWriteTransaction(m_db, m_dialect))
            return std::nullopt;
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            const qint64 id = batch.ids().at(chunk.at(i));
            ++stats.patients;
            for (const DuplicateBatch::Found &f : found[size_t(i)]) {
                const QPair<qint64, qint64> key{std::min(id, f.otherId), std::max(id, f.otherId)};
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                const auto k = known->constFind(key);
                if (!store.recordKnown(key.first, key.second, k == known->cend() ? nullptr : &*k, f.result))
                    return fail();
            }
        }
        if (!store.flush() || !m_db.commit())
            return fail();
        if (progress)
            progress(std::min(from + batchChunk, probes.size()), probes.size());
    }
    // Open pairs (of the probes, for a restricted batch) the scan no longer finds leave the
    // worklist.
    QList<qint64> stale;
    for (auto it = known->cbegin(); it != known->cend(); ++it) {
        if (it->status != QLatin1String("open") || seen.contains(it.key()))
            continue;
        if (only && !probeIds.contains(it.key().first) && !probeIds.contains(it.key().second))
            continue;
        stale << it->id;
    }
    if (!beginWriteTransaction(m_db, m_dialect) || !store.drop(stale) || !m_db.commit())
        return fail();
    stats.pairs = seen.size();
    return stats;
}

std::optional<DuplicateDetector::ScanStats> DuplicateDetector::scanPerProbe(const Progress &progress)
{
    QList<qint64> ids;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM patients WHERE active = ? AND full_opt_out = ? ORDER BY id"));
        q.addBindValue(true);
        q.addBindValue(false);
        if (!execQuery(q))
            return std::nullopt;
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    ScanStats stats;
    DuplicateStore store(m_db, m_dialect, m_now);
    QSet<QPair<qint64, qint64>> seen; // each pair is recorded once, from the side found first
    QSet<qint64> kept;
    const auto fail = [this]() {
        m_db.rollback();
        qCWarning(lcDuplicates) << "duplicate scan stopped on a database error";
        return std::nullopt;
    };
    for (qsizetype from = 0; from < ids.size(); from += scanChunk) {
        if (!beginWriteTransaction(m_db, m_dialect))
            return std::nullopt;
        const qsizetype end = std::min(ids.size(), from + scanChunk);
        // The chunk's probes are read in one go (a handful of queries instead of five each).
        const auto probes = PatientSearch(m_db, m_dialect).loadRecords(ids.mid(from, end - from), true, nullptr);
        if (!probes)
            return fail();
        for (qsizetype i = from; i < end; ++i) {
            const qint64 id = ids.at(i);
            const auto probe = probes->constFind(id);
            if (probe == probes->cend())
                continue; // retired or opted out since the list was read
            const auto found = evaluate(id, *probe);
            if (!found)
                return fail();
            ++stats.patients;
            for (const Found &f : *found) {
                const QPair<qint64, qint64> key{std::min(id, f.otherId), std::max(id, f.otherId)};
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                const auto pairId = store.record(id, f.otherId, f.result);
                if (!pairId)
                    return fail();
                kept.insert(*pairId);
            }
        }
        if (!m_db.commit())
            return fail();
        if (progress)
            progress(end, ids.size());
    }
    // Pairs the scan no longer finds leave the worklist.
    if (!beginWriteTransaction(m_db, m_dialect) || !store.dropAllBut(kept) || !m_db.commit())
        return fail();
    stats.pairs = seen.size();
    return stats;
}

} // namespace izdesk::server
