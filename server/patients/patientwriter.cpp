#include "patients/patientwriter.h"

#include "storage/sqlutil.h"

#include "matching/matchkeys.h"
#include "matching/namestandardizer.h"

#include <QSqlError>

namespace izdesk::server {

using matching::MatchKeys::givenSurname;
using matching::NameStandardizer;

namespace {

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QVariant nullableDate(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

// Binds positionally; a null QString means "empty" here (the columns are NOT NULL ''),
// while an explicitly null QVariant stays NULL.
void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(static_cast<int>(i), QStringLiteral(""));
        else
            q.bindValue(static_cast<int>(i), v);
    }
}

} // namespace

PatientWriter::PatientWriter(QSqlDatabase db, Dialect dialect, const QDateTime &now)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_now(toDbTimestamp(now, dialect))
    , m_patient(m_db)
    , m_key(m_db, QStringLiteral("patient_match_keys"), {QStringLiteral("patient_id"), QStringLiteral("kind"), QStringLiteral("code"), QStringLiteral("birth_year")})
    , m_name(m_db, QStringLiteral("patient_names"), {QStringLiteral("patient_id"), QStringLiteral("kind"), QStringLiteral("first_name"), QStringLiteral("middle_name"), QStringLiteral("last_name")})
    , m_address(m_db, QStringLiteral("patient_addresses"), {QStringLiteral("patient_id"), QStringLiteral("kind"), QStringLiteral("street"), QStringLiteral("city"), QStringLiteral("state"), QStringLiteral("zip"), QStringLiteral("current_address"), QStringLiteral("addr_token"), QStringLiteral("zip5")})
    , m_phone(m_db, QStringLiteral("patient_phones"), {QStringLiteral("patient_id"), QStringLiteral("kind"), QStringLiteral("number"), QStringLiteral("phone10")})
    , m_guardian(m_db, QStringLiteral("patient_guardians"), {QStringLiteral("patient_id"), QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("relationship"), QStringLiteral("phone")})
    , m_identifier(m_db, QStringLiteral("patient_identifiers"), {QStringLiteral("patient_id"), QStringLiteral("type"), QStringLiteral("value"), QStringLiteral("assigning_facility")})
    , m_consent(m_db, QStringLiteral("patient_consents"), {QStringLiteral("patient_id"), QStringLiteral("kind"), QStringLiteral("effective_date"), QStringLiteral("source"), QStringLiteral("recorded_at")})
    , m_immunization(m_db, QStringLiteral("immunizations"), {QStringLiteral("patient_id"), QStringLiteral("cvx"), QStringLiteral("ndc"), QStringLiteral("cpt"), QStringLiteral("mvx"), QStringLiteral("lot"), QStringLiteral("administered_date"), QStringLiteral("record_type"), QStringLiteral("information_source"), QStringLiteral("facility_code"), QStringLiteral("vfc_eligibility"), QStringLiteral("created_at")}, 200)
{
}

bool PatientWriter::prepare(QString *error)
{
    if (m_prepared)
        return true;
    const bool ok =
        m_patient.prepare(QStringLiteral(
            "INSERT INTO patients (iis_id, first_name, middle_name, last_name, suffix, birth_date, sex, "
            "multiple_birth, birth_order, mother_maiden_name, race, ethnicity, full_opt_out, sharing_lock, "
            "owning_facility_code, created_at, updated_at, std_first, std_last, first_initial, birth_year, "
            "birth_ym, dob_swapped, dm_mother) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id"))
        ;
    if (!ok) {
        if (error)
            *error = QStringLiteral("cannot prepare the patient statements");
        return false;
    }
    m_prepared = true;
    return true;
}

bool PatientWriter::run(QSqlQuery &q, QString *error)
{
    if (execQuery(q))
        return true;
    if (error)
        *error = q.lastError().databaseText().section(QLatin1Char('\n'), 0, 0);
    return false;
}

QString PatientWriter::nextIisId(QString *error)
{
    constexpr qint64 block = 1000;
    if (m_nextIis >= m_iisBlockEnd) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE patient_id_blocks SET next_value = next_value + ? WHERE name = 'iis_id' RETURNING next_value"));
        q.addBindValue(block);
        if (!run(q, error) || !q.next()) {
            if (error && error->isEmpty())
                *error = QStringLiteral("cannot reserve IIS ids");
            return {};
        }
        m_iisBlockEnd = q.value(0).toLongLong();
        m_nextIis = m_iisBlockEnd - block;
    }
    return QStringLiteral("IZ%1").arg(m_nextIis++, 9, 10, QLatin1Char('0'));
}

bool PatientWriter::flush(QString *error)
{
    return m_key.flush(error) && m_name.flush(error) && m_address.flush(error) && m_phone.flush(error)
        && m_guardian.flush(error) && m_identifier.flush(error) && m_consent.flush(error) && m_immunization.flush(error);
}

matching::MatchRecord PatientWriter::matchRecord(const PatientInput &p)
{
    matching::MatchRecord r;
    const auto name = NameStandardizer::name(p.first, p.middle, p.last, p.suffix);
    r.first = name.first;
    r.middle = name.middle;
    r.last = name.last;
    r.suffix = name.suffix;
    for (const auto &alias : p.aliases) {
        const auto a = NameStandardizer::name(alias.first, alias.middle, alias.last);
        if (!a.first.isEmpty() && a.first != r.first)
            r.firstAliases << a.first;
        if (!a.last.isEmpty() && a.last != r.last)
            r.lastAliases << a.last;
    }
    r.dob = p.dob;
    r.sex = p.sex == QLatin1String("F") || p.sex == QLatin1String("M") ? p.sex : QString();
    r.motherMaiden = NameStandardizer::token(p.motherMaiden);
    if (NameStandardizer::isJunk(r.motherMaiden))
        r.motherMaiden.clear();
    for (const auto &phone : p.phones) {
        const QString n = NameStandardizer::phone(phone.number);
        if (!n.isEmpty() && !r.phones.contains(n))
            r.phones << n;
    }
    for (const auto &a : p.addresses) {
        const QString zip = NameStandardizer::zip(a.zip);
        const QString token = NameStandardizer::addressToken(a.street);
        if (!zip.isEmpty() && !r.zips.contains(zip))
            r.zips << zip;
        if (!token.isEmpty() && !r.addressTokens.contains(token))
            r.addressTokens << token;
    }
    r.multipleBirth = p.multipleBirth;
    r.birthOrder = p.multipleBirth ? p.birthOrder : 0;
    for (const auto &id : p.identifiers)
        if (id.type == QLatin1String("birth_file_number"))
            r.birthFileNumbers << id.value.trimmed();
    return r;
}

PatientWriter::MatchColumns PatientWriter::matchColumns(const PatientInput &p)
{
    const matching::MatchRecord r = matchRecord(p);
    MatchColumns m;
    m.stdFirst = r.first;
    m.stdLast = r.last;
    m.firstInitial = r.first.left(1);
    m.birthYear = p.dob.isValid() ? QVariant(p.dob.year()) : QVariant(QMetaType(QMetaType::Int));
    m.birthYm = p.dob.isValid() ? p.dob.toString(QStringLiteral("yyyy-MM")) : QString();
    m.dobSwapped = isoDate(NameStandardizer::swapDayMonth(p.dob));
    m.dmMother = r.motherMaiden.isEmpty() ? QString() : matching::MatchKeys::phonetic(r.motherMaiden).value(0);
    m.keyYear = p.dob.isValid() ? p.dob.year() : 0;
    const QStringList surnameCodes = matching::MatchKeys::surname(r);
    for (const QString &code : surnameCodes)
        m.keys.append({QStringLiteral("L"), code});
    for (const QString &code : givenSurname(matching::MatchKeys::given(r), surnameCodes))
        m.keys.append({QStringLiteral("FL"), code});
    return m;
}

std::optional<qint64> PatientWriter::insert(const PatientInput &p, QString *error)
{
    if (!prepare(error))
        return std::nullopt;
    QString iisId = p.iisId;
    if (iisId.isEmpty())
        iisId = nextIisId(error);
    if (iisId.isEmpty())
        return std::nullopt;
    bool fullOptOut = false;
    bool sharingLock = false;
    for (const auto &c : p.consents) {
        fullOptOut = fullOptOut || c.kind == QLatin1String("full_opt_out");
        sharingLock = sharingLock || c.kind == QLatin1String("sharing_lock");
    }
    const MatchColumns m = matchColumns(p);
    const QVariantList values{
        iisId, p.first.trimmed(), p.middle.trimmed(), p.last.trimmed(), p.suffix.trimmed(), nullableDate(p.dob),
        p.sex.isEmpty() ? QStringLiteral("U") : p.sex, p.multipleBirth, p.birthOrder, p.motherMaiden.trimmed(), p.race,
        p.ethnicity, fullOptOut, sharingLock, p.owningFacility, m_now, m_now, m.stdFirst, m.stdLast,
        m.firstInitial, m.birthYear, m.birthYm, m.dobSwapped, m.dmMother};
    bindAll(m_patient, values);
    if (!run(m_patient, error) || !m_patient.next()) {
        if (error && error->isEmpty())
            *error = QStringLiteral("patient insert returned no id");
        return std::nullopt;
    }
    const qint64 id = m_patient.value(0).toLongLong();
    m_patient.finish();

    for (const auto &[kind, code] : std::as_const(m.keys))
        if (!m_key.add({id, kind, code, m.keyYear}, error))
            return std::nullopt;
    for (const auto &a : p.aliases) {
        if (!m_name.add({id, a.kind.isEmpty() ? QStringLiteral("alias") : a.kind, a.first, a.middle, a.last}, error))
            return std::nullopt;
    }
    for (qsizetype i = 0; i < p.addresses.size(); ++i) {
        const auto &a = p.addresses.at(i);
        const QVariantList v{id, a.kind.isEmpty() ? QStringLiteral("home") : a.kind, a.street, a.city, a.state, a.zip,
                             i == 0, NameStandardizer::addressToken(a.street), NameStandardizer::zip(a.zip)};
        if (!m_address.add(v, error))
            return std::nullopt;
    }
    for (const auto &ph : p.phones) {
        if (!m_phone.add({id, ph.kind.isEmpty() ? QStringLiteral("home") : ph.kind, ph.number, NameStandardizer::phone(ph.number)}, error))
            return std::nullopt;
    }
    for (const auto &g : p.guardians) {
        const QVariantList v{id, g.first, g.last, g.relationship, g.phone};
        if (!m_guardian.add(v, error))
            return std::nullopt;
    }
    QList<PatientInput::Identifier> identifiers = p.identifiers;
    identifiers.prepend({QStringLiteral("iis_id"), iisId, QString()});
    for (const auto &ident : std::as_const(identifiers)) {
        if (!m_identifier.add({id, ident.type, ident.value.trimmed(), ident.facility.trimmed()}, error))
            return std::nullopt;
    }
    for (const auto &c : p.consents) {
        const QVariantList v{id, c.kind, isoDate(c.effective), c.source, m_now};
        if (!m_consent.add(v, error))
            return std::nullopt;
    }
    return id;
}

bool PatientWriter::insertImmunization(qint64 patientId, const ImmunizationInput &im, QString *error)
{
    if (!prepare(error))
        return false;
    const QVariantList v{patientId, im.cvx.trimmed(), im.ndc.trimmed(), im.cpt.trimmed(), im.mvx.trimmed(), im.lot.trimmed(),
                         isoDate(im.date), im.recordType, im.informationSource, im.facilityCode.trimmed(),
                         im.vfcEligibility, m_now};
    return m_immunization.add(v, error);
}

} // namespace izdesk::server
