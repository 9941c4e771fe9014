#include "patients/patientsearch.h"

#include "patients/candidaterow.h"

#include "storage/sqliterows.h"
#include "storage/sqlutil.h"

#include "matching/hardvetoes.h"
#include "matching/matchkeys.h"
#include "matching/namestandardizer.h"
#include "matching/nicknametable.h"

#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace izdesk::server {

using namespace izdesk::matching;

namespace {

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
            passes->add(QStringLiteral("SELECT id AS pid FROM patients WHERE birth_date = ? AND sex IN (?, 'U')"),
                        {v.at(0), v.at(1)});
        break;
    case Kind::DobSwapped:
        passes->add(QStringLiteral("SELECT id AS pid FROM patients WHERE dob_swapped = ? AND first_initial = ?"),
                    {v.at(0), v.at(1)});
        break;
    case Kind::SurnameYears: {
        QVariantList binds = toVariants(v);
        binds << pass.yearFrom << pass.yearTo;
        passes->add(QStringLiteral("SELECT patient_id AS pid FROM patient_match_keys WHERE kind = 'L' AND code IN (%1) "
                                   "AND birth_year BETWEEN ? AND ?")
                        .arg(sqlPlaceholders(v.size())),
                    binds);
        break;
    }
    case Kind::GivenSurname:
        passes->add(
            QStringLiteral("SELECT patient_id AS pid FROM patient_match_keys WHERE kind = 'FL' AND code IN (%1)")
                .arg(sqlPlaceholders(v.size())),
            toVariants(v));
        break;
    case Kind::Surname:
        passes->add(QStringLiteral("SELECT patient_id AS pid FROM patient_match_keys WHERE kind = 'L' AND code IN (%1)")
                        .arg(sqlPlaceholders(v.size())),
                    toVariants(v));
        break;
    case Kind::Phone:
        passes->add(QStringLiteral("SELECT patient_id AS pid FROM patient_phones WHERE phone10 IN (%1)")
                        .arg(sqlPlaceholders(v.size())),
                    toVariants(v));
        break;
    case Kind::Mother:
        passes->add(QStringLiteral("SELECT id AS pid FROM patients WHERE dm_mother = ? AND birth_ym = ?"),
                    {v.at(0), v.at(1)});
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
        passes->add(
            QStringLiteral("SELECT id AS pid FROM patients WHERE first_initial IN (%1) AND birth_date BETWEEN ? AND ?")
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

MatchRecord PatientSearch::rowRecord(const QSqlQuery &q, int first)
{
    return CandidateRow::read(q, first, CandidateRow::All).record;
}

PatientSearch::PatientSearch(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
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
        passes.add(QStringLiteral("SELECT id AS pid FROM patients WHERE id IN (%1)").arg(sqlIdList(extraIds)), {});
    if (passes.isEmpty())
        return true;
    // The fields a score reads only when the probe has them too (the rest when compared).
    const unsigned fields = (probe.suffix.isEmpty() ? 0u : unsigned(CandidateRow::Suffix))
                            | (probe.motherMaiden.isEmpty() ? 0u : unsigned(CandidateRow::Mother))
                            | (probe.middle.isEmpty() ? 0u : unsigned(CandidateRow::Middle));
    QVariantList binds = passes.binds();
    binds << true << false;
    // EXISTS on patient_names: an index probe that tells which rows may score differently
    // once their aliases are read.
    const QString sql
        = QStringLiteral(
              "SELECT id, sharing_lock, EXISTS (SELECT 1 FROM patient_names n WHERE n.patient_id = p.id), %1 "
              "FROM patients p WHERE id IN (%2) AND active = ? AND full_opt_out = ?")
              .arg(rowColumns(), passes.sql());
    // Thousands of rows: on SQLite each value is read where the statement holds it (the
    // same values QSqlQuery gives, without a QVariant and a UTF-16 copy each).
    if (sqlite3 *handle = m_dialect == Dialect::Sqlite ? SqliteRows::handle(m_db) : nullptr) {
        SqliteRows rows(handle);
        if (!rows.exec(sql, binds))
            return false;
        while (rows.next()) {
            sqlite3_stmt *row = rows.statement();
            const bool locked = sqlite3_column_int64(row, 1) != 0;
            if (locked && !includeSharingLocked)
                continue;
            out->append({sqlite3_column_int64(row, 0), CandidateRow::read(row, 3, fields), locked,
                         sqlite3_column_int64(row, 2) != 0});
        }
        return !rows.failed();
    }
    QSqlQuery q(m_db);
    // Thousands of rows: QPSQL reads a forward-only result row by row (libpq single-row mode,
    // one result object per row); otherwise it takes the whole result at once, which costs
    // less per row here. SQLite steps through rows either way.
    q.setForwardOnly(m_dialect == Dialect::Sqlite);
    if (!execWithValues(q, m_dialect, sql, binds))
        return false;
    while (q.next()) {
        const bool locked = q.value(1).toBool();
        if (locked && !includeSharingLocked)
            continue;
        out->append({q.value(0).toLongLong(), CandidateRow::read(q, 3, fields), locked, q.value(2).toBool()});
    }
    return true;
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
