#include "importer/patientimporter.h"

#include "duplicates/duplicatedetector.h"
#include "importer/csvreader.h"
#include "patients/patientwriter.h"
#include "storage/sqlutil.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace izdesk::server {

namespace {

constexpr qint64 progressEvery = 50000;

// Column name → index for one file, from its header row.
struct Header
{
    QHash<QString, int> index;
    int size = 0;
    QString value(const QStringList &row, const char *name) const
    {
        const int i = index.value(QLatin1String(name), -1);
        return i >= 0 && i < row.size() ? row.at(i).trimmed() : QString();
    }
};

bool readHeader(CsvReader &reader, const QStringList &required, Header *header, QString *error)
{
    QStringList names;
    if (!reader.readRow(&names)) {
        *error = QStringLiteral("line 1: the file is empty (a header row is required)");
        return false;
    }
    for (int i = 0; i < names.size(); ++i)
        header->index.insert(names.at(i).trimmed().toLower().remove(QChar(0xFEFF)), i);
    header->size = static_cast<int>(names.size());
    QStringList missing;
    for (const QString &c : required)
        if (!header->index.contains(c))
            missing << c;
    if (!missing.isEmpty()) {
        *error = QStringLiteral("line 1: missing required columns: %1").arg(missing.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

QDate plainDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return re.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

using Complaint = std::function<void(const QString &)>;
using RowCheck = std::function<void(const Header &, const QStringList &, const Complaint &bad)>;

// One validation pass over a CSV file: opens it, checks the header names the required columns,
// counts the rows and hands each one with the right number of fields to checkRow, which
// reports problems through `bad` as "file:line: reason". False when the file could not be read
// or its header is unusable; row problems only go to `fail`.
bool validateRows(const QString &path, const QStringList &required, qint64 *rowCount, const Complaint &fail,
                  const RowCheck &checkRow)
{
    const QString file = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("%1: cannot open the file").arg(file));
        return false;
    }
    CsvReader reader(&f);
    Header h;
    QString error;
    if (!readHeader(reader, required, &h, &error)) {
        fail(file + QStringLiteral(": ") + error);
        return false;
    }
    QStringList row;
    while (reader.readRow(&row)) {
        ++*rowCount;
        const Complaint bad = [&](const QString &why) {
            fail(QStringLiteral("%1:%2: %3").arg(file).arg(reader.rowLine()).arg(why));
        };
        if (row.size() != h.size) {
            bad(QStringLiteral("expected %1 fields, found %2").arg(h.size).arg(row.size()));
            continue;
        }
        checkRow(h, row, bad);
    }
    if (!reader.error().isEmpty())
        fail(file + QStringLiteral(":") + reader.error());
    return true;
}

} // namespace

const QStringList &PatientImporter::patientColumns()
{
    static const QStringList columns{
        QStringLiteral("source_id"), QStringLiteral("first_name"), QStringLiteral("middle_name"), QStringLiteral("last_name"),
        QStringLiteral("suffix"), QStringLiteral("birth_date"), QStringLiteral("sex"), QStringLiteral("mother_maiden_name"),
        QStringLiteral("street"), QStringLiteral("city"), QStringLiteral("state"), QStringLiteral("zip"), QStringLiteral("phone"),
        QStringLiteral("birth_file_number"), QStringLiteral("mrn"), QStringLiteral("mrn_facility")};
    return columns;
}

const QStringList &PatientImporter::immunizationColumns()
{
    static const QStringList columns{QStringLiteral("source_id"), QStringLiteral("cvx"), QStringLiteral("ndc"),
                                     QStringLiteral("mvx"), QStringLiteral("lot"), QStringLiteral("administered_date"),
                                     QStringLiteral("record_type"), QStringLiteral("facility_code")};
    return columns;
}

PatientImporter::PatientImporter(QSqlDatabase db, Dialect dialect, const QDateTime &now)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_now(now)
{
}

void PatientImporter::fail(Report *report, const QString &message)
{
    ++report->errorCount;
    if (report->errors.size() < maxErrors)
        report->errors << message;
}

bool PatientImporter::validatePatients(const QString &path, Report *report, QSet<QString> *sourceIds)
{
    const QDate today = m_now.date();
    static const QRegularExpression zipRe(QStringLiteral("^\\d{5}(-?\\d{4})?$"));
    const auto checkRow = [&](const Header &h, const QStringList &row, const Complaint &bad) {
        const QString sourceId = h.value(row, "source_id");
        if (sourceId.isEmpty())
            bad(QStringLiteral("source_id is empty"));
        else if (sourceId.size() > 64)
            bad(QStringLiteral("source_id is longer than 64 characters"));
        else if (sourceIds->contains(sourceId))
            bad(QStringLiteral("source_id repeats an earlier row"));
        else
            sourceIds->insert(sourceId);
        if (h.value(row, "last_name").isEmpty())
            bad(QStringLiteral("last_name is empty"));
        const QDate d = plainDate(h.value(row, "birth_date"));
        if (!d.isValid())
            bad(QStringLiteral("birth_date must be a date YYYY-MM-DD"));
        else if (d > today)
            bad(QStringLiteral("birth_date is in the future"));
        const QString sex = h.value(row, "sex").toUpper();
        if (!sex.isEmpty() && sex != QLatin1String("F") && sex != QLatin1String("M") && sex != QLatin1String("U"))
            bad(QStringLiteral("sex must be F, M or U"));
        const QString zip = h.value(row, "zip");
        if (!zip.isEmpty() && !zipRe.match(zip).hasMatch())
            bad(QStringLiteral("zip must be 5 or 9 digits"));
        if (!h.value(row, "mrn").isEmpty() && h.value(row, "mrn_facility").isEmpty())
            bad(QStringLiteral("mrn needs mrn_facility"));
    };
    const QStringList required{QStringLiteral("source_id"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                               QStringLiteral("birth_date"), QStringLiteral("sex")};
    const Complaint complain = [this, report](const QString &message) { fail(report, message); };
    return validateRows(path, required, &report->patientRows, complain, checkRow) && report->errorCount == 0;
}

bool PatientImporter::validateImmunizations(const QString &path, const QSet<QString> &fileIds, Report *report)
{
    const Complaint complain = [this, report](const QString &message) { fail(report, message); };
    QHash<QString, qint64> existing;
    if (!loadExistingSourceIds(&existing)) {
        complain(QStringLiteral("cannot read the patients on file"));
        return false;
    }
    static const QRegularExpression cvxRe(QStringLiteral("^\\d{1,3}$"));
    const auto checkRow = [&](const Header &h, const QStringList &row, const Complaint &bad) {
        const QString sourceId = h.value(row, "source_id");
        if (!fileIds.contains(sourceId) && !existing.contains(sourceId))
            bad(QStringLiteral("source_id is not a patient in the patients file or on file"));
        if (!cvxRe.match(h.value(row, "cvx")).hasMatch())
            bad(QStringLiteral("cvx must be a CVX code (1–3 digits)"));
        const QDate d = plainDate(h.value(row, "administered_date"));
        if (!d.isValid())
            bad(QStringLiteral("administered_date must be a date YYYY-MM-DD"));
        else if (d > m_now.date())
            bad(QStringLiteral("administered_date is in the future"));
        const QString type = h.value(row, "record_type");
        if (type != QLatin1String("administered") && type != QLatin1String("historical"))
            bad(QStringLiteral("record_type must be administered or historical"));
    };
    const QStringList required{QStringLiteral("source_id"), QStringLiteral("cvx"), QStringLiteral("administered_date"),
                               QStringLiteral("record_type")};
    return validateRows(path, required, &report->immunizationRows, complain, checkRow) && report->errorCount == 0;
}

bool PatientImporter::loadExistingSourceIds(QHash<QString, qint64> *ids)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepareAndExec(q, QStringLiteral("SELECT value, patient_id FROM patient_identifiers WHERE type = 'source_id'")))
        return false;
    while (q.next())
        ids->insert(q.value(0).toString(), q.value(1).toLongLong());
    return true;
}

bool PatientImporter::importPatients(const QString &path, Report *report, QHash<QString, qint64> *existing,
                                     QSet<qint64> *fresh)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    CsvReader reader(&f);
    Header h;
    QString error;
    if (!readHeader(reader, {}, &h, &error))
        return false;
    PatientWriter writer(m_db, m_dialect, m_now);
    QStringList row;
    qint64 done = 0;
    while (reader.readRow(&row)) {
        const QString sourceId = h.value(row, "source_id");
        if (existing->contains(sourceId)) {
            ++report->patientsSkipped;
        } else {
            PatientInput p;
            p.first = h.value(row, "first_name");
            p.middle = h.value(row, "middle_name");
            p.last = h.value(row, "last_name");
            p.suffix = h.value(row, "suffix");
            p.dob = plainDate(h.value(row, "birth_date"));
            p.sex = h.value(row, "sex").toUpper();
            if (p.sex.isEmpty())
                p.sex = QStringLiteral("U");
            p.motherMaiden = h.value(row, "mother_maiden_name");
            const QString birthOrder = h.value(row, "birth_order");
            if (!birthOrder.isEmpty() && birthOrder != QLatin1String("0")) {
                p.multipleBirth = true;
                p.birthOrder = birthOrder.toInt();
            }
            if (!h.value(row, "street").isEmpty() || !h.value(row, "zip").isEmpty())
                p.addresses << PatientInput::Address{QStringLiteral("home"), h.value(row, "street"), h.value(row, "city"),
                                                     h.value(row, "state"), h.value(row, "zip")};
            if (!h.value(row, "phone").isEmpty())
                p.phones << PatientInput::Phone{QStringLiteral("home"), h.value(row, "phone")};
            p.identifiers << PatientInput::Identifier{QStringLiteral("source_id"), sourceId, QString()};
            if (!h.value(row, "mrn").isEmpty())
                p.identifiers << PatientInput::Identifier{QStringLiteral("mrn"), h.value(row, "mrn"), h.value(row, "mrn_facility")};
            if (!h.value(row, "birth_file_number").isEmpty())
                p.identifiers << PatientInput::Identifier{QStringLiteral("birth_file_number"), h.value(row, "birth_file_number"), QString()};
            const auto id = writer.insert(p, &error);
            if (!id) {
                fail(report, QStringLiteral("%1:%2: the database refused the row: %3")
                                 .arg(QFileInfo(path).fileName()).arg(reader.rowLine()).arg(error));
                return false;
            }
            existing->insert(sourceId, *id);
            fresh->insert(*id);
            ++report->patientsInserted;
        }
        if (++done % progressEvery == 0 && m_progress)
            m_progress(QStringLiteral("patients: %1 of %2").arg(done).arg(report->patientRows));
    }
    if (!writer.flush(&error)) {
        fail(report, QStringLiteral("%1: the database refused a row: %2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    return true;
}

bool PatientImporter::importImmunizations(const QString &path, const QHash<QString, qint64> &ids,
                                          const QSet<qint64> &fresh, Report *report)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    CsvReader reader(&f);
    Header h;
    QString error;
    if (!readHeader(reader, {}, &h, &error))
        return false;
    PatientWriter writer(m_db, m_dialect, m_now);
    QSqlQuery seen(m_db);
    seen.prepare(QStringLiteral("SELECT COUNT(*) FROM immunizations WHERE patient_id = ? AND cvx = ? AND administered_date = ? AND lot = ?"));
    QStringList row;
    qint64 done = 0;
    while (reader.readRow(&row)) {
        const qint64 patientId = ids.value(h.value(row, "source_id"));
        ImmunizationInput im;
        im.cvx = h.value(row, "cvx");
        im.ndc = h.value(row, "ndc");
        im.mvx = h.value(row, "mvx").toUpper();
        im.lot = h.value(row, "lot");
        im.date = plainDate(h.value(row, "administered_date"));
        im.recordType = h.value(row, "record_type");
        im.informationSource = im.recordType == QLatin1String("historical") ? QStringLiteral("01") : QStringLiteral("00");
        im.facilityCode = h.value(row, "facility_code");
        bool duplicate = false;
        if (!fresh.contains(patientId)) {
            // A patient that was already on file: skip events it already has (re-runs).
            seen.bindValue(0, patientId);
            seen.bindValue(1, im.cvx);
            seen.bindValue(2, im.date.toString(Qt::ISODate));
            seen.bindValue(3, im.lot.isNull() ? QStringLiteral("") : im.lot);
            if (!execQuery(seen) || !seen.next())
                return false;
            duplicate = seen.value(0).toInt() > 0;
            seen.finish();
        }
        if (duplicate) {
            ++report->immunizationsSkipped;
        } else if (!writer.insertImmunization(patientId, im, &error)) {
            fail(report, QStringLiteral("%1:%2: the database refused the row: %3")
                             .arg(QFileInfo(path).fileName()).arg(reader.rowLine()).arg(error));
            return false;
        } else {
            ++report->immunizationsInserted;
        }
        if (++done % progressEvery == 0 && m_progress)
            m_progress(QStringLiteral("immunizations: %1 of %2").arg(done).arg(report->immunizationRows));
    }
    if (!writer.flush(&error)) {
        fail(report, QStringLiteral("%1: the database refused a row: %2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    return true;
}

PatientImporter::Report PatientImporter::run(const QString &patientsPath, const QString &immunizationsPath)
{
    Report report;
    QSet<QString> fileIds;
    if (m_progress)
        m_progress(QStringLiteral("validating %1").arg(QFileInfo(patientsPath).fileName()));
    validatePatients(patientsPath, &report, &fileIds);
    if (!immunizationsPath.isEmpty() && report.errorCount == 0) {
        if (m_progress)
            m_progress(QStringLiteral("validating %1").arg(QFileInfo(immunizationsPath).fileName()));
        validateImmunizations(immunizationsPath, fileIds, &report);
    }
    if (report.errorCount > 0)
        return report; // nothing written
    QHash<QString, qint64> ids;
    QSet<qint64> fresh;
    if (!loadExistingSourceIds(&ids) || !m_db.transaction()) {
        fail(&report, QStringLiteral("cannot start the import transaction"));
        return report;
    }
    const bool ok = importPatients(patientsPath, &report, &ids, &fresh)
        && (immunizationsPath.isEmpty() || importImmunizations(immunizationsPath, ids, fresh, &report))
        && (!m_detectDuplicates || owePendingDetection(fresh));
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        if (report.errorCount == 0)
            fail(&report, QStringLiteral("the import failed and was rolled back"));
        report.patientsInserted = report.immunizationsInserted = 0;
        return report;
    }
    report.ok = true;
    // PostgreSQL plans the search's blocking queries from table statistics, which a bulk load
    // leaves stale (autovacuum catches up only later): refresh them now. Best effort — the
    // rows are committed either way.
    if (m_dialect == Dialect::Postgres && report.patientsInserted > 0) {
        if (m_progress)
            m_progress(QStringLiteral("analyzing the patient tables"));
        QSqlQuery analyze(m_db);
        // A failure is logged there; statistics then stay stale until autovacuum.
        prepareAndExec(analyze, QStringLiteral("ANALYZE patients, patient_match_keys, patient_names, patient_addresses, "
                                               "patient_phones, patient_identifiers, immunizations"));
    }
    if (m_detectDuplicates)
        report.duplicateDetectionFailed = !detectPendingDuplicates();
    return report;
}

bool PatientImporter::owePendingDetection(const QSet<qint64> &fresh)
{
    QSqlQuery owe(m_db);
    owe.prepare(QStringLiteral("INSERT INTO duplicate_pending (patient_id) VALUES (?)"));
    for (const qint64 id : fresh) {
        owe.bindValue(0, id);
        if (!execQuery(owe))
            return false;
    }
    return true;
}

bool PatientImporter::detectPendingDuplicates()
{
    // This run's new patients, and those of an earlier run stopped before its detection ended.
    QList<qint64> owed;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!prepareAndExec(q, QStringLiteral("SELECT patient_id FROM duplicate_pending ORDER BY patient_id")))
            return false;
        while (q.next())
            owed << q.value(0).toLongLong();
    }
    if (owed.isEmpty())
        return true;
    DuplicateDetector detector(m_db, m_dialect, m_now);
    const bool detected = detector.refreshPatients(owed, [this](qint64 done, qint64 total) {
        if (m_progress && (done % progressEvery == 0 || done == total))
            m_progress(QStringLiteral("duplicate detection: %1 of %2").arg(done).arg(total));
    });
    if (!detected)
        return false;
    // Stopped before this (or part of it), the next run detects them again: the same pairs.
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < owed.size(); from += chunk) {
        const QList<qint64> part = owed.mid(from, chunk);
        QVariantList values(part.cbegin(), part.cend());
        QSqlQuery done(m_db);
        if (!execWithValues(done, m_dialect,
                            QStringLiteral("DELETE FROM duplicate_pending WHERE patient_id IN (%1)")
                                .arg(sqlPlaceholders(part.size())),
                            values))
            return false;
    }
    return true;
}

} // namespace izdesk::server
