#include "patients/patientsearch.h"

#include "storage/sqlutil.h"

#include "matching/hardvetoes.h"
#include "matching/matchkeys.h"
#include "matching/namestandardizer.h"
#include "matching/nicknametable.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace izdesk::server {

using namespace izdesk::matching;

namespace {


QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

QVariantList toVariants(const QStringList &list)
{
    QVariantList out;
    for (const QString &s : list)
        out << s;
    return out;
}

} // namespace

namespace {

// The blocking passes as branches of one UNION: each keeps its own LIMIT (a pass over a
// common key stays bounded), and the store answers them all in one round trip.
class Passes
{
public:
    void add(const QString &select, const QVariantList &binds)
    {
        m_branches << QStringLiteral("SELECT pid FROM (%1 LIMIT %2) AS b%3")
                          .arg(select)
                          .arg(PatientSearch::maxCandidatesPerPass)
                          .arg(m_branches.size());
        m_binds += binds;
    }
    bool isEmpty() const { return m_branches.isEmpty(); }
    QString sql() const { return m_branches.join(QStringLiteral(" UNION ")); }
    const QVariantList &binds() const { return m_binds; }

private:
    QStringList m_branches;
    QVariantList m_binds;
};

// A pass as one branch of the UNION.
void addPass(const PatientSearch::BlockingPass &pass, Passes *passes)
{
    using Kind = PatientSearch::BlockingPass::Kind;
    const QStringList &v = pass.values;
    switch (pass.kind) {
    case Kind::DobSex:
        if (v.at(1).isEmpty())
            passes->add(QStringLiteral("SELECT id AS pid FROM patients WHERE birth_date = ?"), {v.at(0)});
        else
            passes->add(QStringLiteral("SELECT id AS pid FROM patients WHERE birth_date = ? AND sex IN (?, 'U')"), {v.at(0), v.at(1)});
        break;
    case Kind::DobSwapped:
        passes->add(QStringLiteral("SELECT id AS pid FROM patients WHERE dob_swapped = ? AND first_initial = ?"), {v.at(0), v.at(1)});
        break;
    case Kind::SurnameYears: {
        QVariantList binds = toVariants(v);
        binds << pass.yearFrom << pass.yearTo;
        passes->add(QStringLiteral("SELECT patient_id AS pid FROM patient_match_keys WHERE kind = 'L' AND code IN (%1) "
                                   "AND birth_year BETWEEN ? AND ?").arg(sqlPlaceholders(v.size())),
                    binds);
        break;
    }
    case Kind::GivenSurname:
        passes->add(QStringLiteral("SELECT patient_id AS pid FROM patient_match_keys WHERE kind = 'FL' AND code IN (%1)")
                        .arg(sqlPlaceholders(v.size())),
                    toVariants(v));
        break;
    case Kind::Surname:
        passes->add(QStringLiteral("SELECT patient_id AS pid FROM patient_match_keys WHERE kind = 'L' AND code IN (%1)")
                        .arg(sqlPlaceholders(v.size())),
                    toVariants(v));
        break;
    case Kind::Phone:
        passes->add(QStringLiteral("SELECT patient_id AS pid FROM patient_phones WHERE phone10 IN (%1)").arg(sqlPlaceholders(v.size())),
                    toVariants(v));
        break;
    case Kind::Mother:
        passes->add(QStringLiteral("SELECT id AS pid FROM patients WHERE dm_mother = ? AND birth_ym = ?"), {v.at(0), v.at(1)});
        break;
    case Kind::AddressZip:
        passes->add(QStringLiteral("SELECT patient_id AS pid FROM patient_addresses WHERE addr_token = ? AND zip5 = ?"),
                    {v.at(0), v.at(1)});
        break;
    case Kind::Address:
        passes->add(QStringLiteral("SELECT patient_id AS pid FROM patient_addresses WHERE addr_token = ?"), {v.at(0)});
        break;
    case Kind::InitialDobWindow: {
        QVariantList binds = toVariants(v);
        binds << pass.dates.at(0) << pass.dates.at(1);
        passes->add(QStringLiteral("SELECT id AS pid FROM patients WHERE first_initial IN (%1) AND birth_date BETWEEN ? AND ?")
                        .arg(sqlPlaceholders(v.size())),
                    binds);
        break;
    }
    case Kind::InitialDobs: {
        QVariantList binds = toVariants(v);
        binds += toVariants(pass.dates);
        passes->add(QStringLiteral("SELECT id AS pid FROM patients WHERE first_initial IN (%1) AND birth_date IN (%2)")
                        .arg(sqlPlaceholders(v.size()), sqlPlaceholders(pass.dates.size())),
                    binds);
        break;
    }
    }
}

const char *const rowColumnList
    = "std_first, std_last, suffix, birth_date, sex, mother_maiden_name, multiple_birth, birth_order, middle_name";

} // namespace

QLatin1String PatientSearch::rowColumns()
{
    return QLatin1String(rowColumnList);
}

// Thousands of candidates per search: empty fields and plain one-word surnames (the usual
// case) skip the standardizer, which gives the same result for them.
MatchRecord PatientSearch::rowRecord(const QSqlQuery &q, int first)
{
    MatchRecord r;
    r.first = q.value(first).toString();
    r.last = q.value(first + 1).toString();
    const QString suffix = q.value(first + 2).toString();
    if (!suffix.isEmpty())
        r.suffix = NameStandardizer::parseSuffix(NameStandardizer::clean(suffix));
    r.dob = QDate::fromString(q.value(first + 3).toString(), Qt::ISODate);
    const QString sex = q.value(first + 4).toString();
    r.sex = sex == QLatin1String("U") ? QString() : sex;
    const QString mother = q.value(first + 5).toString();
    if (!mother.isEmpty())
        r.motherMaiden = NameStandardizer::token(mother);
    r.multipleBirth = q.value(first + 6).toBool();
    r.birthOrder = r.multipleBirth ? q.value(first + 7).toInt() : 0;
    const QString middle = q.value(first + 8).toString();
    if (!middle.isEmpty()) {
        const QString cleaned = NameStandardizer::clean(middle);
        if (!NameStandardizer::isJunk(cleaned))
            r.middle = cleaned;
    }
    // Compound surnames compare part by part.
    const bool oneWord = std::all_of(r.last.cbegin(), r.last.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
    if (!oneWord)
        r.lastAliases = NameStandardizer::name(QString(), QString(), r.last).lastParts;
    return r;
}

PatientSearch::PatientSearch(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

QList<PatientSearch::BlockingPass> PatientSearch::blockingPasses(const MatchRecord &probe, const NicknameTable &nicknames,
                                                                 Purpose purpose)
{
    using Kind = BlockingPass::Kind;
    QList<BlockingPass> passes;
    const QString dob = probe.dob.isValid() ? probe.dob.toString(Qt::ISODate) : QString();
    // 1. DOB + sex (unknown sex on file still qualifies).
    if (!dob.isEmpty()) {
        passes.append({Kind::DobSex, {dob, probe.sex}});
        // 2. DOB with day and month swapped + first initial.
        if (!probe.first.isEmpty())
            passes.append({Kind::DobSwapped, {dob, probe.first.left(1)}});
    }
    // 3. DM(last) + birth year ±1; also the given name's codes, in case names were swapped.
    const QStringList surnames = MatchKeys::surname(probe);
    MatchRecord swapped;
    swapped.first = probe.last;
    swapped.last = probe.first;
    const QStringList swappedSurnames = MatchKeys::surname(swapped);
    if (probe.dob.isValid()) {
        QStringList codes = surnames;
        for (const QString &c : swappedSurnames)
            if (!codes.contains(c))
                codes << c;
        if (!codes.isEmpty())
            passes.append({Kind::SurnameYears, codes, probe.dob.year() - 1, probe.dob.year() + 1});
    }
    // 4. DM(first) + DM(last), first name expanded with nicknames; and the swapped order.
    QStringList pairs = MatchKeys::givenSurname(MatchKeys::given(probe, &nicknames), surnames);
    pairs += MatchKeys::givenSurname(MatchKeys::given(swapped, &nicknames), swappedSurnames);
    if (!pairs.isEmpty())
        passes.append({Kind::GivenSurname, pairs});
    else if (!surnames.isEmpty() && !probe.dob.isValid())
        passes.append({Kind::Surname, surnames}); // only a surname: its code alone (bounded)
    // 5. Phone.
    if (!probe.phones.isEmpty())
        passes.append({Kind::Phone, probe.phones});
    // 6. Mother's maiden name DM + birth year-month.
    if (!probe.motherMaiden.isEmpty() && probe.dob.isValid()) {
        const QStringList codes = MatchKeys::phonetic(probe.motherMaiden);
        if (!codes.isEmpty())
            passes.append({Kind::Mother, {codes.first(), probe.dob.toString(QStringLiteral("yyyy-MM"))}});
    }
    // 7. Address token + ZIP (token alone when no ZIP was given).
    for (const QString &token : probe.addressTokens) {
        if (!probe.zips.isEmpty()) {
            for (const QString &zip : probe.zips)
                passes.append({Kind::AddressZip, {token, zip}});
        } else {
            passes.append({Kind::Address, {token}});
        }
    }
    // 8. A caller may be wrong about the date of birth and the spelling at once: the given
    //    name's initial (or a nickname's) with a date within HardVetoes::nearDays, or the
    //    same day a year before or after. Both are index range look-ups.
    if (purpose == Purpose::CallerLookup && probe.dob.isValid() && !probe.first.isEmpty()) {
        QStringList initials;
        for (const QString &name : nicknames.variants(probe.first.section(QLatin1Char(' '), 0, 0))) {
            const QString initial = name.left(1);
            if (!initial.isEmpty() && !initials.contains(initial))
                initials << initial;
        }
        BlockingPass window{Kind::InitialDobWindow, initials};
        window.dates = {probe.dob.addDays(-HardVetoes::nearDays).toString(Qt::ISODate),
                        probe.dob.addDays(HardVetoes::nearDays).toString(Qt::ISODate)};
        passes.append(window);
        BlockingPass years{Kind::InitialDobs, initials};
        for (const int delta : {-1, 1}) {
            const QDate other(probe.dob.year() + delta, probe.dob.month(), probe.dob.day());
            if (other.isValid())
                years.dates << other.toString(Qt::ISODate);
        }
        if (!years.dates.isEmpty())
            passes.append(years);
    }
    return passes;
}

bool PatientSearch::identifierHits(const QStringList &values, QHash<qint64, QString> *hits)
{
    if (values.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!execWithValues(q, m_dialect,
                        QStringLiteral("SELECT patient_id, type FROM patient_identifiers WHERE value IN (%1) LIMIT 50")
                            .arg(sqlPlaceholders(values.size())),
                        toVariants(values)))
        return false;
    while (q.next())
        hits->insert(q.value(0).toLongLong(), q.value(1).toString());
    return true;
}

bool PatientSearch::candidates(const MatchRecord &probe, const QList<qint64> &extraIds, bool includeSharingLocked,
                               QList<Candidate> *out)
{
    Passes passes;
    for (const BlockingPass &pass : blockingPasses(probe, *m_nicknames, m_purpose))
        addPass(pass, &passes);
    if (!extraIds.isEmpty())
        passes.add(QStringLiteral("SELECT id AS pid FROM patients WHERE id IN (%1)").arg(idList(extraIds)), {});
    if (passes.isEmpty())
        return true;
    QSqlQuery q(m_db);
    // Thousands of rows: QPSQL reads a forward-only result row by row (libpq single-row mode,
    // one result object per row); otherwise it takes the whole result at once, which costs
    // less per row here. SQLite steps through rows either way.
    q.setForwardOnly(m_dialect == Dialect::Sqlite);
    // EXISTS on patient_names: an index probe that tells which rows may score differently
    // once their aliases are read.
    QVariantList binds = passes.binds();
    binds << true << false;
    if (!execWithValues(q, m_dialect,
                        QStringLiteral("SELECT id, sharing_lock, EXISTS (SELECT 1 FROM patient_names n WHERE n.patient_id = p.id), %1 "
                                       "FROM patients p WHERE id IN (%2) AND active = ? AND full_opt_out = ?")
                            .arg(rowColumns(), passes.sql()),
                        binds))
        return false;
    while (q.next()) {
        const bool locked = q.value(1).toBool();
        if (locked && !includeSharingLocked)
            continue;
        out->append({q.value(0).toLongLong(), rowRecord(q, 3), locked, q.value(2).toBool()});
    }
    return true;
}

std::optional<QHash<qint64, MatchRecord>> PatientSearch::loadRecords(const QList<qint64> &ids, bool includeSharingLocked,
                                                                      QSet<qint64> *sharingLocked)
{
    QHash<qint64, MatchRecord> out;
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!execWithValues(q, m_dialect,
                            QStringLiteral("SELECT id, sharing_lock, %1 FROM patients WHERE id IN (%2) AND active = ? AND full_opt_out = ?")
                                .arg(rowColumns(), idList(ids.mid(from, 500))),
                            {true, false}))
            return std::nullopt;
        while (q.next()) {
            const bool locked = q.value(1).toBool();
            if (locked && !includeSharingLocked)
                continue;
            const qint64 id = q.value(0).toLongLong();
            if (locked && sharingLocked)
                sharingLocked->insert(id);
            out.insert(id, rowRecord(q, 2));
        }
    }
    if (!addDetails(ids, &out))
        return std::nullopt;
    return out;
}

bool PatientSearch::addDetails(const QList<qint64> &ids, QHash<qint64, MatchRecord> *records)
{
    return readDetails(&ids, [records](qint64 id, Detail kind, const QString &a, const QString &b) {
        const auto it = records->find(id);
        if (it != records->end())
            addDetail(&*it, kind, a, b);
    });
}

bool PatientSearch::readDetails(const QList<qint64> *ids, const DetailRow &row)
{
    // One statement per table, each sent once (no PREPARE). Not one UNION ALL: PostgreSQL
    // plans that as a Parallel Append and starts worker processes, which costs more than the
    // four small index scans themselves.
    static const char *const statements[] = {
        "SELECT patient_id, phone10, '' FROM patient_phones WHERE %1 phone10 <> ''",
        "SELECT patient_id, addr_token, zip5 FROM patient_addresses %1",
        "SELECT patient_id, first_name, last_name FROM patient_names %1",
        "SELECT patient_id, value, '' FROM patient_identifiers WHERE %1 type = 'birth_file_number'"};
    static const Detail kinds[] = {Detail::Phone, Detail::Address, Detail::Alias, Detail::BirthFileNumber};
    const qsizetype total = ids ? ids->size() : 1;
    for (qsizetype from = 0; from < total; from += 500) {
        const QString list = ids ? QStringLiteral("patient_id IN (%1)").arg(idList(ids->mid(from, 500))) : QString();
        for (int table = 0; table < 4; ++table) {
            // Tables 0 and 3 go on with AND; 1 and 2 have nothing else to filter on.
            QString where = list;
            if (table == 0 || table == 3)
                where = list.isEmpty() ? QString() : list + QStringLiteral(" AND");
            else if (!list.isEmpty())
                where = QStringLiteral("WHERE ") + list;
            QSqlQuery s(m_db);
            s.setForwardOnly(true);
            if (!prepareAndExec(s, QLatin1String(statements[table]).arg(where)))
                return false;
            while (s.next())
                row(s.value(0).toLongLong(), kinds[table], s.value(1).toString(), s.value(2).toString());
        }
    }
    return true;
}

void PatientSearch::addDetail(MatchRecord *r, Detail kind, const QString &a, const QString &b)
{
    switch (kind) {
    case Detail::Phone:
        r->phones << a;
        break;
    case Detail::Address:
        if (!a.isEmpty())
            r->addressTokens << a;
        if (!b.isEmpty())
            r->zips << b;
        break;
    case Detail::Alias: {
        const auto n = NameStandardizer::name(a, QString(), b);
        if (!n.first.isEmpty())
            r->firstAliases << n.first;
        if (!n.last.isEmpty())
            r->lastAliases << n.last;
        break;
    }
    case Detail::BirthFileNumber:
        if (!a.isEmpty() && !r->birthFileNumbers.contains(a))
            r->birthFileNumbers << a;
        break;
    }
}

std::optional<QList<PatientSearch::Hit>> PatientSearch::run(const PatientQuery &query, bool includeSharingLocked)
{
    m_stats = {};
    QElapsedTimer timer;
    timer.start();
    QHash<qint64, QString> idHits;
    if (!identifierHits(query.identifiers, &idHits))
        return std::nullopt;
    QList<qint64> idHitIds = idHits.keys();
    std::sort(idHitIds.begin(), idHitIds.end());
    QList<Candidate> found;
    if (!candidates(query.probe, idHitIds, includeSharingLocked, &found))
        return std::nullopt;
    m_stats.candidates = found.size();
    m_stats.blockingNs = timer.nsecsElapsed();
    const MatchScorer scorer(*m_nicknames);
    const auto withIdentifier = [&idHits](qint64 id, MatchScorer::Result *match) {
        const auto it = idHits.constFind(id);
        if (it == idHits.cend())
            return;
        const auto c = MatchScorer::identifierContribution(*it);
        match->contributions.prepend(c);
        match->score += c.weight;
        match->grade = MatchScorer::Grade::Certain;
    };

    // Stage 1: every candidate on its patients row; bound = the best it can still reach.
    struct Scored
    {
        qint64 id;
        bool sharingLock;
        bool needsDetail; // the full record can change the result
        double bound;
        MatchRecord row; // the patients row, as the blocking query read it
        bool explained = false; // `partial` computed
        MatchScorer::Result partial = {}; // compare() of the row, with the identifier hit
    };
    const auto explain = [&](Scored *s) {
        if (s->explained)
            return;
        s->partial = scorer.compare(query.probe, s->row);
        withIdentifier(s->id, &s->partial);
        s->explained = true;
    };
    QList<Scored> scored, lowGrade;
    scored.reserve(found.size());
    // Detection reads every candidate in full: its birth-file numbers decide a veto.
    const bool probeHasDetail = !query.probe.phones.isEmpty() || !query.probe.addressTokens.isEmpty()
        || !query.probe.zips.isEmpty() || m_purpose == Purpose::DuplicateDetection;
    // Without aliases a candidate's headroom depends on the probe alone: its bound needs only
    // the score (score() is compare()'s number without the explanation), and candidates that
    // scoreBound() already puts below "possible" are not scored at all. compare() runs only
    // for the rows stage 2 ranks and for low-grade answers. + 0.01: scores are rounded to
    // hundredths.
    const bool deferExplanation = !m_exhaustive && !m_candidateFilter;
    const double rowHeadroom = MatchScorer::detailHeadroom(query.probe, MatchScorer::Result(), false) + 0.01;
    for (Candidate &c : found) {
        Scored s{c.id, c.sharingLock, c.hasAliases || probeHasDetail || m_exhaustive, 0.0, std::move(c.row)};
        if (deferExplanation && !c.hasAliases) {
            const auto idHit = idHits.constFind(c.id);
            const double idWeight = idHit == idHits.cend() ? 0.0 : MatchScorer::identifierContribution(*idHit).weight;
            // scoreBound() is not rounded as score() is: + 0.01.
            if (scorer.scoreBound(query.probe, s.row) + 0.01 + idWeight + rowHeadroom >= MatchScorer::possibleAt) {
                const double score = scorer.score(query.probe, s.row);
                s.bound = (idHit == idHits.cend() ? score : score + idWeight) + rowHeadroom;
            }
            if (s.bound >= MatchScorer::possibleAt)
                scored.append(std::move(s));
            else if (m_purpose == Purpose::CallerLookup && lowGradeAge(query.probe, s.row))
                lowGrade.append(std::move(s)); // the surname is compared if they are needed
            continue;
        }
        explain(&s);
        if (m_candidateFilter && !c.hasAliases && !m_candidateFilter(s.partial))
            continue;
        // The identifier hit adds no name contribution: the headroom is the row's.
        const double headroom = MatchScorer::detailHeadroom(query.probe, s.partial, c.hasAliases) + 0.01;
        s.bound = s.partial.score + headroom;
        if (m_exhaustive)
            s.bound = std::numeric_limits<double>::max();
        if (s.bound >= MatchScorer::possibleAt)
            scored.append(std::move(s));
        else if (m_purpose == Purpose::CallerLookup && lowGradeCandidate(query.probe, s.row, s.partial))
            lowGrade.append(std::move(s));
    }
    std::sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        return a.bound != b.bound ? a.bound > b.bound : a.id < b.id;
    });
    m_stats.rowScoringNs = timer.nsecsElapsed() - m_stats.blockingNs;

    // Stage 2: best bounds first, full records in growing batches, until no candidate left
    // can beat (or tie) the limit-th hit.
    const auto better = [](const Hit &a, const Hit &b) {
        return a.match.score != b.match.score ? a.match.score > b.match.score : a.patientId < b.patientId;
    };
    QList<Hit> hits;
    qsizetype next = 0;
    qsizetype batch = std::max<qsizetype>(16, 2 * query.limit);
    while (next < scored.size()) {
        if (hits.size() >= query.limit && scored.at(next).bound < hits.at(query.limit - 1).match.score)
            break;
        const qsizetype end = std::min(scored.size(), next + batch);
        // The full records: the rows already read, plus their detail rows.
        QList<qint64> detailIds;
        QHash<qint64, MatchRecord> records;
        for (qsizetype i = next; i < end; ++i) {
            if (scored.at(i).needsDetail) {
                detailIds << scored.at(i).id;
                records.insert(scored.at(i).id, scored.at(i).row);
            }
        }
        if (!detailIds.isEmpty() && !addDetails(detailIds, &records))
            return std::nullopt;
        m_stats.fullRecords += detailIds.size();
        for (qsizetype i = next; i < end; ++i) {
            Scored &s = scored[i];
            Hit hit;
            hit.patientId = s.id;
            hit.sharingLock = s.sharingLock;
            if (s.needsDetail) {
                hit.match = scorer.compare(query.probe, records.value(s.id));
                withIdentifier(s.id, &hit.match);
            } else {
                explain(&s);
                hit.match = s.partial;
            }
            if (hit.match.score >= MatchScorer::possibleAt)
                hits.append(hit);
        }
        std::sort(hits.begin(), hits.end(), better);
        if (hits.size() > query.limit)
            hits.resize(query.limit);
        next = end;
        batch *= 4;
    }
    m_stats.fullScoringNs = timer.nsecsElapsed() - m_stats.blockingNs - m_stats.rowScoringNs;
    if (hits.isEmpty() && !lowGrade.isEmpty()) {
        // Nothing reached "possible", but people of that surname and about that age are on
        // file: an empty answer would make the desk create a duplicate. They are shown as
        // low-grade candidates; the explanation says what differs.
        for (Scored &s : lowGrade)
            explain(&s);
        lowGrade.removeIf([&query](const Scored &s) { return !lowGradeCandidate(query.probe, s.row, s.partial); });
        std::sort(lowGrade.begin(), lowGrade.end(), [](const Scored &a, const Scored &b) {
            return a.partial.score != b.partial.score ? a.partial.score > b.partial.score : a.id < b.id;
        });
        for (qsizetype i = 0; i < std::min<qsizetype>(lowGrade.size(), query.limit); ++i) {
            Hit hit{lowGrade.at(i).id, lowGrade.at(i).partial, lowGrade.at(i).sharingLock};
            hit.match.grade = MatchScorer::Grade::None;
            hit.match.badges << QStringLiteral("low_grade");
            hits.append(hit);
        }
    }
    return hits;
}

bool PatientSearch::lowGradeCandidate(const MatchRecord &probe, const MatchRecord &candidate,
                                      const MatchScorer::Result &result)
{
    bool surnameAgrees = false;
    for (const MatchScorer::Contribution &c : result.contributions)
        if (c.field == QLatin1String("last_name"))
            surnameAgrees = c.weight > 0;
    return surnameAgrees && lowGradeAge(probe, candidate);
}

bool PatientSearch::lowGradeAge(const MatchRecord &probe, const MatchRecord &candidate)
{
    return !probe.dob.isValid() || !candidate.dob.isValid()
        || std::abs(probe.dob.year() - candidate.dob.year()) <= lowGradeYears;
}

} // namespace izdesk::server
