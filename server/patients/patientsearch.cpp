#include "patients/patientsearch.h"

#include "storage/sqlutil.h"

#include "matching/matchkeys.h"
#include "matching/namestandardizer.h"
#include "matching/nicknametable.h"

#include <QSqlQuery>

#include <functional>

#include <algorithm>

namespace izdesk::server {

using namespace izdesk::matching;

namespace {

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

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

PatientSearch::PatientSearch(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

bool PatientSearch::collect(const QString &sql, const QVariantList &binds, QSet<qint64> *ids)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql + QStringLiteral(" LIMIT %1").arg(maxCandidatesPerPass)))
        return false;
    for (qsizetype i = 0; i < binds.size(); ++i)
        q.bindValue(static_cast<int>(i), binds.at(i));
    if (!execQuery(q))
        return false;
    while (q.next())
        ids->insert(q.value(0).toLongLong());
    return true;
}

bool PatientSearch::identifierHits(const QStringList &values, QHash<qint64, QString> *hits)
{
    if (values.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT patient_id, type FROM patient_identifiers WHERE value IN (%1) LIMIT 50")
                  .arg(placeholders(values.size())));
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(static_cast<int>(i), values.at(i));
    if (!execQuery(q))
        return false;
    while (q.next())
        hits->insert(q.value(0).toLongLong(), q.value(1).toString());
    return true;
}

bool PatientSearch::blockingPasses(const MatchRecord &probe, QSet<qint64> *ids)
{
    const NicknameTable &nicknames = NicknameTable::builtIn();
    const QString dob = probe.dob.isValid() ? probe.dob.toString(Qt::ISODate) : QString();
    // 1. DOB + sex (unknown sex on file still qualifies).
    if (!dob.isEmpty()) {
        if (probe.sex.isEmpty()) {
            if (!collect(QStringLiteral("SELECT id FROM patients WHERE birth_date = ?"), {dob}, ids))
                return false;
        } else if (!collect(QStringLiteral("SELECT id FROM patients WHERE birth_date = ? AND sex IN (?, 'U')"),
                            {dob, probe.sex}, ids)) {
            return false;
        }
        // 2. DOB with day and month swapped + first initial.
        if (!probe.first.isEmpty()
            && !collect(QStringLiteral("SELECT id FROM patients WHERE dob_swapped = ? AND first_initial = ?"),
                        {dob, probe.first.left(1)}, ids))
            return false;
    }
    // 3. DM(last) + birth year ±1; also the given name's codes, in case names were swapped.
    QStringList surnames = MatchKeys::surname(probe);
    MatchRecord swapped;
    swapped.first = probe.last;
    swapped.last = probe.first;
    const QStringList swappedSurnames = MatchKeys::surname(swapped);
    if (probe.dob.isValid()) {
        QStringList codes = surnames;
        for (const QString &c : swappedSurnames)
            if (!codes.contains(c))
                codes << c;
        if (!codes.isEmpty()) {
            QVariantList binds = toVariants(codes);
            binds << probe.dob.year() - 1 << probe.dob.year() + 1;
            if (!collect(QStringLiteral("SELECT patient_id FROM patient_match_keys WHERE kind = 'L' AND code IN (%1) "
                                        "AND birth_year BETWEEN ? AND ?").arg(placeholders(codes.size())),
                         binds, ids))
                return false;
        }
    }
    // 4. DM(first) + DM(last), first name expanded with nicknames; and the swapped order.
    QStringList pairs = MatchKeys::givenSurname(MatchKeys::given(probe, &nicknames), surnames);
    pairs += MatchKeys::givenSurname(MatchKeys::given(swapped, &nicknames), swappedSurnames);
    if (!pairs.isEmpty()) {
        if (!collect(QStringLiteral("SELECT patient_id FROM patient_match_keys WHERE kind = 'FL' AND code IN (%1)")
                         .arg(placeholders(pairs.size())),
                     toVariants(pairs), ids))
            return false;
    } else if (!surnames.isEmpty() && !probe.dob.isValid()) {
        // Only a surname: its code alone (bounded).
        if (!collect(QStringLiteral("SELECT patient_id FROM patient_match_keys WHERE kind = 'L' AND code IN (%1)")
                         .arg(placeholders(surnames.size())),
                     toVariants(surnames), ids))
            return false;
    }
    // 5. Phone.
    if (!probe.phones.isEmpty()
        && !collect(QStringLiteral("SELECT patient_id FROM patient_phones WHERE phone10 IN (%1)").arg(placeholders(probe.phones.size())),
                    toVariants(probe.phones), ids))
        return false;
    // 6. Mother's maiden name DM + birth year-month.
    if (!probe.motherMaiden.isEmpty() && probe.dob.isValid()) {
        const QStringList codes = MatchKeys::phonetic(probe.motherMaiden);
        if (!codes.isEmpty()
            && !collect(QStringLiteral("SELECT id FROM patients WHERE dm_mother = ? AND birth_ym = ?"),
                        {codes.first(), probe.dob.toString(QStringLiteral("yyyy-MM"))}, ids))
            return false;
    }
    // 7. Address token + ZIP (token alone when no ZIP was given).
    for (const QString &token : probe.addressTokens) {
        if (!probe.zips.isEmpty()) {
            for (const QString &zip : probe.zips)
                if (!collect(QStringLiteral("SELECT patient_id FROM patient_addresses WHERE addr_token = ? AND zip5 = ?"),
                             {token, zip}, ids))
                    return false;
        } else if (!collect(QStringLiteral("SELECT patient_id FROM patient_addresses WHERE addr_token = ?"), {token}, ids)) {
            return false;
        }
    }
    return true;
}

std::optional<QHash<qint64, MatchRecord>> PatientSearch::loadRecords(const QList<qint64> &ids, bool includeSharingLocked,
                                                                      QSet<qint64> *sharingLocked)
{
    QHash<qint64, MatchRecord> out;
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        const QString list = idList(ids.mid(from, 500));
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, std_first, std_last, suffix, birth_date, sex, mother_maiden_name, "
                                 "multiple_birth, birth_order, sharing_lock FROM patients "
                                 "WHERE id IN (%1) AND active = ? AND full_opt_out = ?").arg(list));
        q.addBindValue(true);
        q.addBindValue(false);
        if (!execQuery(q))
            return std::nullopt;
        while (q.next()) {
            const bool locked = q.value(9).toBool();
            if (locked && !includeSharingLocked)
                continue;
            MatchRecord r;
            r.first = q.value(1).toString();
            r.last = q.value(2).toString();
            r.suffix = NameStandardizer::parseSuffix(NameStandardizer::clean(q.value(3).toString()));
            r.dob = QDate::fromString(q.value(4).toString(), Qt::ISODate);
            const QString sex = q.value(5).toString();
            r.sex = sex == QLatin1String("U") ? QString() : sex;
            r.motherMaiden = NameStandardizer::token(q.value(6).toString());
            r.birthOrder = q.value(7).toBool() ? q.value(8).toInt() : 0;
            const auto name = NameStandardizer::name(QString(), QString(), r.last);
            r.lastAliases = name.lastParts;
            const qint64 id = q.value(0).toLongLong();
            if (locked && sharingLocked)
                sharingLocked->insert(id);
            out.insert(id, r);
        }
        const auto each = [&](const QString &sql, const std::function<void(MatchRecord &, const QSqlQuery &)> &apply) {
            QSqlQuery s(m_db);
            s.setForwardOnly(true);
            if (!prepareAndExec(s, sql.arg(list)))
                return false;
            while (s.next()) {
                auto it = out.find(s.value(0).toLongLong());
                if (it != out.end())
                    apply(*it, s);
            }
            return true;
        };
        const bool ok =
            each(QStringLiteral("SELECT patient_id, phone10 FROM patient_phones WHERE patient_id IN (%1) AND phone10 <> ''"),
                 [](MatchRecord &r, const QSqlQuery &s) { r.phones << s.value(1).toString(); })
            && each(QStringLiteral("SELECT patient_id, addr_token, zip5 FROM patient_addresses WHERE patient_id IN (%1)"),
                    [](MatchRecord &r, const QSqlQuery &s) {
                        if (!s.value(1).toString().isEmpty())
                            r.addressTokens << s.value(1).toString();
                        if (!s.value(2).toString().isEmpty())
                            r.zips << s.value(2).toString();
                    })
            && each(QStringLiteral("SELECT patient_id, first_name, last_name FROM patient_names WHERE patient_id IN (%1)"),
                    [](MatchRecord &r, const QSqlQuery &s) {
                        const auto n = NameStandardizer::name(s.value(1).toString(), QString(), s.value(2).toString());
                        if (!n.first.isEmpty())
                            r.firstAliases << n.first;
                        if (!n.last.isEmpty())
                            r.lastAliases << n.last;
                    })
            && each(QStringLiteral("SELECT patient_id, value FROM patient_identifiers WHERE patient_id IN (%1) "
                                   "AND type = 'birth_file_number'"),
                    [](MatchRecord &r, const QSqlQuery &s) { r.birthFileNumber = s.value(1).toString(); });
        if (!ok)
            return std::nullopt;
    }
    return out;
}

std::optional<QList<PatientSearch::Hit>> PatientSearch::run(const PatientQuery &query, bool includeSharingLocked)
{
    QHash<qint64, QString> idHits;
    QSet<qint64> candidates;
    if (!identifierHits(query.identifiers, &idHits) || !blockingPasses(query.probe, &candidates))
        return std::nullopt;
    for (auto it = idHits.cbegin(); it != idHits.cend(); ++it)
        candidates.insert(it.key());
    QList<qint64> ids(candidates.cbegin(), candidates.cend());
    std::sort(ids.begin(), ids.end());
    QSet<qint64> locked;
    const auto records = loadRecords(ids, includeSharingLocked, &locked);
    if (!records)
        return std::nullopt;
    const MatchScorer scorer(NicknameTable::builtIn());
    QList<Hit> hits;
    for (auto it = records->cbegin(); it != records->cend(); ++it) {
        Hit hit;
        hit.patientId = it.key();
        hit.sharingLock = locked.contains(it.key());
        hit.match = scorer.compare(query.probe, it.value());
        if (idHits.contains(it.key())) {
            const auto c = MatchScorer::identifierContribution(idHits.value(it.key()));
            hit.match.contributions.prepend(c);
            hit.match.score += c.weight;
            hit.match.grade = MatchScorer::Grade::Certain;
        }
        if (hit.match.score < MatchScorer::possibleAt)
            continue;
        hits.append(hit);
    }
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return a.match.score != b.match.score ? a.match.score > b.match.score : a.patientId < b.patientId;
    });
    if (hits.size() > query.limit)
        hits.resize(query.limit);
    return hits;
}

} // namespace izdesk::server
