// PatientSearch's full records: the patients row of each candidate plus its phones, addresses,
// aliases and birth-file numbers, read per table in batches of 500 ids.
#include "patients/patientsearch.h"

#include "storage/sqlutil.h"

#include "matching/namestandardizer.h"

#include <QSqlQuery>

namespace izdesk::server {

using namespace izdesk::matching;

std::optional<QHash<qint64, MatchRecord>>
PatientSearch::loadRecords(const QList<qint64> &ids, bool includeSharingLocked, QSet<qint64> *sharingLocked)
{
    QHash<qint64, MatchRecord> out;
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!execWithValues(
                q, m_dialect,
                QStringLiteral(
                    "SELECT id, sharing_lock, %1 FROM patients WHERE id IN (%2) AND active = ? AND full_opt_out = ?")
                    .arg(rowColumns(), sqlIdList(ids.mid(from, 500))),
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
    static const char *const statements[]
        = {"SELECT patient_id, phone10, '' FROM patient_phones WHERE %1 phone10 <> ''",
           "SELECT patient_id, addr_token, zip5 FROM patient_addresses %1",
           "SELECT patient_id, first_name, last_name FROM patient_names %1",
           "SELECT patient_id, value, '' FROM patient_identifiers WHERE %1 type = 'birth_file_number'"};
    static const Detail kinds[] = {Detail::Phone, Detail::Address, Detail::Alias, Detail::BirthFileNumber};
    const qsizetype total = ids ? ids->size() : 1;
    for (qsizetype from = 0; from < total; from += 500) {
        const QString list = ids ? QStringLiteral("patient_id IN (%1)").arg(sqlIdList(ids->mid(from, 500))) : QString();
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
    case Detail::Phone: r->phones << a; break;
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

} // namespace izdesk::server
