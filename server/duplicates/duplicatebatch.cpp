#include "duplicates/duplicatebatch.h"

#include "patients/patientsearch.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <limits>
#include <thread>

namespace izdesk::server {

using matching::MatchRecord;
using matching::MatchScorer;

namespace {

QString key2(const QString &a, const QString &b)
{
    return a + QLatin1Char('|') + b;
}

} // namespace

DuplicateBatch::DuplicateBatch(const matching::NicknameTable &nicknames, int candidateLimit)
    : m_nicknames(nicknames)
    , m_candidateLimit(candidateLimit)
{
}

// The active, not opted-out patients with their rows, sex and the date-of-birth and mother
// blocking keys.
bool DuplicateBatch::loadPatients(QSqlDatabase db, Dialect dialect)
{
    QHash<QString, QString> interned; // a few distinct sex codes, shared instead of copied
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!execWithValues(q, dialect,
                        QStringLiteral("SELECT id, dob_swapped, first_initial, dm_mother, birth_ym, %1 FROM patients "
                                       "WHERE active = ? AND full_opt_out = ? ORDER BY id")
                            .arg(PatientSearch::rowColumns()),
                        {true, false}))
        return false;
    while (q.next()) {
        const int index = static_cast<int>(m_ids.size());
        m_ids << q.value(0).toLongLong();
        m_index.insert(m_ids.last(), index);
        m_records << PatientSearch::rowRecord(q, 5);
        // birth_date and sex as stored: rowColumns() columns 3 and 4.
        const QString dob = q.value(5 + 3).toString();
        const QString sex = q.value(5 + 4).toString();
        auto known = interned.constFind(sex);
        if (known == interned.cend())
            known = interned.insert(sex, sex);
        m_sex.push_back(*known);
        m_hasAliases.push_back(0);
        if (!dob.isEmpty())
            m_byDob[dob].push_back(index);
        const QString swapped = q.value(1).toString();
        if (!swapped.isEmpty())
            m_byDobSwapped[key2(swapped, q.value(2).toString())].push_back(index);
        const QString mother = q.value(3).toString();
        if (!mother.isEmpty())
            m_byMother[key2(mother, q.value(4).toString())].push_back(index);
    }
    return true;
}

// The surname and given-name+surname blocking keys from patient_match_keys.
bool DuplicateBatch::loadMatchKeys(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepareAndExec(q, QStringLiteral("SELECT patient_id, kind, code, birth_year FROM patient_match_keys")))
        return false;
    while (q.next()) {
        const qsizetype index = indexOf(q.value(0).toLongLong());
        if (index < 0)
            continue;
        const QString kind = q.value(1).toString();
        if (kind == QLatin1String("L")) {
            // BETWEEN never matches a NULL birth year (sorted first, below every range).
            const int year = q.value(3).isNull() ? std::numeric_limits<int>::min() : q.value(3).toInt();
            m_bySurname[q.value(2).toString()].emplace_back(year, int(index));
        } else if (kind == QLatin1String("FL")) {
            m_byGivenSurname[q.value(2).toString()].push_back(int(index));
        }
    }
    for (auto &rows : m_bySurname)
        std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return true;
}

// Phones, addresses and aliases into the records and the phone and address blocking keys.
bool DuplicateBatch::loadDetails(QSqlDatabase db, Dialect dialect)
{
    return PatientSearch(db, dialect)
        .readDetails(nullptr, [this](qint64 id, PatientSearch::Detail kind, const QString &a, const QString &b) {
            const qsizetype index = indexOf(id);
            if (index < 0)
                return;
            PatientSearch::addDetail(&m_records[index], kind, a, b);
            switch (kind) {
            case PatientSearch::Detail::Phone:
                m_byPhone[a].push_back(int(index));
                break;
            case PatientSearch::Detail::Address:
                m_byAddressZip[key2(a, b)].push_back(int(index));
                m_byAddress[a].push_back(int(index));
                break;
            case PatientSearch::Detail::Alias:
                m_hasAliases[index] = 1;
                break;
            case PatientSearch::Detail::BirthFileNumber:
                break;
            }
        });
}

bool DuplicateBatch::load(QSqlDatabase db, Dialect dialect)
{
    // Sharing locks do not matter to detection (DuplicateDetector).
    if (!loadPatients(db, dialect) || !loadMatchKeys(db) || !loadDetails(db, dialect))
        return false;
    matching::MatchFeatureCoder coder;
    m_features.reserve(size_t(m_records.size()));
    for (const MatchRecord &record : std::as_const(m_records))
        m_features.push_back(coder.code(record));
    return true;
}

void DuplicateBatch::addRows(const QHash<QString, std::vector<int>> &index, const QString &key,
                             std::vector<int> *rows) const
{
    const auto it = index.constFind(key);
    if (it != index.cend())
        rows->insert(rows->end(), it->cbegin(), it->cend());
}

void DuplicateBatch::collect(const MatchRecord &probe, Scratch *s) const
{
    using Kind = PatientSearch::BlockingPass::Kind;
    for (const PatientSearch::BlockingPass &pass : PatientSearch::blockingPasses(probe, m_nicknames, PatientSearch::Purpose::DuplicateDetection)) {
        const QStringList &v = pass.values;
        s->rows.clear();
        switch (pass.kind) {
        case Kind::DobSex: {
            const auto it = m_byDob.constFind(v.at(0));
            if (it == m_byDob.cend())
                break;
            for (const int i : *it)
                if (v.at(1).isEmpty() || m_sex[i] == v.at(1) || m_sex[i] == QLatin1String("U"))
                    s->rows.push_back(i);
            break;
        }
        case Kind::DobSwapped:
            addRows(m_byDobSwapped, key2(v.at(0), v.at(1)), &s->rows);
            break;
        case Kind::SurnameYears:
        case Kind::Surname:
            for (const QString &code : v) {
                const auto it = m_bySurname.constFind(code);
                if (it == m_bySurname.cend())
                    continue;
                auto from = it->cbegin();
                auto to = it->cend();
                if (pass.kind == Kind::SurnameYears) {
                    const auto byYear = [](const std::pair<int, int> &row, int year) { return row.first < year; };
                    from = std::lower_bound(it->cbegin(), it->cend(), pass.yearFrom, byYear);
                    to = std::lower_bound(from, it->cend(), pass.yearTo + 1, byYear);
                }
                for (auto row = from; row != to; ++row)
                    s->rows.push_back(row->second);
            }
            break;
        case Kind::GivenSurname:
            for (const QString &code : v)
                addRows(m_byGivenSurname, code, &s->rows);
            break;
        case Kind::Phone:
            for (const QString &phone : v)
                addRows(m_byPhone, phone, &s->rows);
            break;
        case Kind::Mother:
            addRows(m_byMother, key2(v.at(0), v.at(1)), &s->rows);
            break;
        case Kind::AddressZip:
            addRows(m_byAddressZip, key2(v.at(0), v.at(1)), &s->rows);
            break;
        case Kind::Address:
            addRows(m_byAddress, v.at(0), &s->rows);
            break;
        case Kind::InitialDobWindow:
        case Kind::InitialDobs:
            break; // caller lookups only
        }
        // A key too common to tell records apart (a common surname, a street name without
        // ZIP): keep the rows that also share the given name's first letter, or have none
        // (placeholder newborn names); nicknames with another letter come through the
        // name-pair pass. Then the search's per-pass LIMIT, as the rows of the lowest ids
        // (indexes follow ids).
        if (s->rows.size() > size_t(PatientSearch::maxCandidatesPerPass) && !probe.first.isEmpty()) {
            const QChar initial = probe.first.at(0);
            s->rows.erase(std::remove_if(s->rows.begin(), s->rows.end(),
                                         [this, initial](int i) {
                                             const QString &first = m_records.at(i).first;
                                             return !first.isEmpty() && first.at(0) != initial;
                                         }),
                          s->rows.end());
        }
        if (s->rows.size() > size_t(PatientSearch::maxCandidatesPerPass)) {
            std::sort(s->rows.begin(), s->rows.end());
            s->rows.resize(PatientSearch::maxCandidatesPerPass);
        }
        for (const int i : s->rows) {
            if (s->stamp[i] != s->mark) {
                s->stamp[i] = s->mark;
                s->candidates.push_back(i);
            }
        }
    }
}

QList<DuplicateBatch::Found> DuplicateBatch::evaluateOne(qsizetype probeIndex, const MatchScorer &scorer,
                                                         Scratch *s) const
{
    const MatchRecord &probe = m_records.at(probeIndex);
    const matching::MatchFeatures &pf = m_features[size_t(probeIndex)];
    if (++s->mark == 0) { // wrapped: forget every stamp
        std::fill(s->stamp.begin(), s->stamp.end(), 0);
        s->mark = 1;
    }
    s->candidates.clear();
    collect(probe, s);

    // As PatientSearch::run() ranks them: score ≥ possible, best score then lowest id first;
    // with DuplicateDetector's filter (a household pair without aliases is no candidate).
    struct Ranked
    {
        double score;
        qint64 id;
        MatchScorer::Result result;
    };
    std::vector<Ranked> ranked;
    for (const int i : s->candidates) {
        // Most blocked pairs fall short on the fields other than the names (- 0.01: the
        // score is rounded to hundredths); of the rest, only those reaching "possible" are
        // explained.
        if (scorer.scoreBound(probe, pf, m_records.at(i), m_features[size_t(i)]) < MatchScorer::possibleAt - 0.01
            || scorer.score(probe, pf, m_records.at(i), m_features[size_t(i)], &s->names) < MatchScorer::possibleAt)
            continue;
        MatchScorer::Result r = scorer.compare(probe, m_records.at(i));
        if (r.score < MatchScorer::possibleAt || (!m_hasAliases[i] && MatchScorer::householdPair(r)))
            continue;
        ranked.push_back({r.score, m_ids.at(i), std::move(r)});
    }
    const auto better = [](const Ranked &a, const Ranked &b) { return a.score != b.score ? a.score > b.score : a.id < b.id; };
    const size_t keep = std::min(ranked.size(), size_t(m_candidateLimit));
    std::partial_sort(ranked.begin(), ranked.begin() + qsizetype(keep), ranked.end(), better);

    QList<Found> out;
    const qint64 self = m_ids.at(probeIndex);
    for (size_t k = 0; k < keep; ++k) {
        if (ranked[k].id == self)
            continue;
        Found f{ranked[k].id, std::move(ranked[k].result)};
        MatchScorer::applyPairGuards(&f.result);
        if (f.result.grade != MatchScorer::Grade::None)
            out.append(std::move(f));
    }
    return out;
}

std::vector<QList<DuplicateBatch::Found>> DuplicateBatch::evaluate(const QList<qsizetype> &probes, int threads) const
{
    std::vector<QList<Found>> out(size_t(probes.size()));
    std::atomic<qsizetype> next{0};
    constexpr qsizetype step = 64;
    threads = std::max(1, threads);
    // Each worker keeps its scratch (stamps, remembered name levels) from one call to the next.
    while (m_scratch.size() < size_t(threads)) {
        m_scratch.push_back(std::make_unique<Scratch>());
        m_scratch.back()->stamp.assign(size_t(m_ids.size()), 0);
    }
    const auto work = [&](int worker) {
        const MatchScorer scorer(m_nicknames);
        Scratch *scratch = m_scratch[size_t(worker)].get();
        for (qsizetype from = next.fetch_add(step); from < probes.size(); from = next.fetch_add(step)) {
            const qsizetype to = std::min(probes.size(), from + step);
            for (qsizetype i = from; i < to; ++i)
                out[size_t(i)] = evaluateOne(probes.at(i), scorer, scratch);
        }
    };
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(work, t);
    work(0);
    for (std::thread &w : workers)
        w.join();
    return out;
}

} // namespace izdesk::server
