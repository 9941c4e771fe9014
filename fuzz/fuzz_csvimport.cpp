// Fuzz target: the legacy patient flat-file load, `izdesk-server import` — CsvReader (RFC 4180
// rows) and PatientImporter::run (header, validation pass, insert pass, duplicate detection)
// on real files and a migrated SQLite database.
//
// Input: byte 0 holds flags — bit 0: the text after a line "#immunizations.csv" is a second
// file, imported with the first; bit 1: run duplicate detection after the import. The text
// before that line (all of it without bit 0) is patients.csv.
//
// Besides sanitizer reports, these must hold: CsvReader reads every row it wrote with csvRow()
// back as the same fields; a failed import writes no patient; a successful one writes exactly
// the rows it counts as inserted. The database is put back to its migrated state after every
// import that wrote, so each input starts from an empty registry.

#include "fuzzenv.h"
#include "fuzzinput.h"
#include "scratchdatabase.h"

#include "importer/csvreader.h"
#include "importer/patientimporter.h"

#include <QBuffer>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>

namespace {

using namespace izdesk::server;
using izdesk::fuzz::FuzzInput;

[[noreturn]] void fail(const char *what)
{
    fprintf(stderr, "fuzz_csvimport: %s\n", what);
    std::abort();
}

izdesk::fuzz::ScratchDatabase &database()
{
    static auto *db = new izdesk::fuzz::ScratchDatabase(QStringLiteral("csvimport")); // lives until exit
    return *db;
}

qint64 patientCount()
{
    QSqlQuery q(database().connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM patients")) || !q.next())
        fail("cannot count the patients");
    return q.value(0).toLongLong();
}

// Every row CsvReader reads must come back the same through csvRow() and a second read.
void checkCsvRoundTrip(const QByteArray &csv)
{
    QBuffer in;
    in.setData(csv);
    in.open(QIODevice::ReadOnly);
    CsvReader reader(&in);
    QStringList fields;
    int rows = 0;
    while (reader.readRow(&fields) && ++rows <= 200) {
        QBuffer again;
        again.setData(csvRow(fields));
        again.open(QIODevice::ReadOnly);
        CsvReader second(&again);
        QStringList reread;
        if (!second.readRow(&reread) || reread != fields)
            fail("a row written by csvRow() reads back differently");
        if (second.readRow(&reread))
            fail("csvRow() wrote more than one row");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    izdesk::fuzz::initEnvironment();
    database();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    LLVMFuzzerInitialize(nullptr, nullptr);
    FuzzInput in(data, size);
    const uint8_t flags = in.byte();
    QByteArray patients = in.rest();
    QByteArray immunizations;
    const bool withImmunizations = flags & 1;
    if (withImmunizations) {
        static const QByteArray separator("\n#immunizations.csv\n");
        const qsizetype at = patients.indexOf(separator);
        if (at >= 0) {
            immunizations = patients.mid(at + separator.size());
            patients.truncate(at + 1);
        }
    }
    checkCsvRoundTrip(patients);
    checkCsvRoundTrip(immunizations);

    const QString patientsPath = izdesk::fuzz::writeScratchFile(QStringLiteral("patients.csv"), patients);
    const QString immunizationsPath
        = withImmunizations ? izdesk::fuzz::writeScratchFile(QStringLiteral("immunizations.csv"), immunizations) : QString();
    if (patientsPath.isEmpty() || (withImmunizations && immunizationsPath.isEmpty()))
        fail("cannot write the input files");

    auto &db = database();
    PatientImporter importer(db.connection(), db.dialect(), izdesk::fuzz::fixedNow());
    importer.setDetectDuplicates(flags & 2);
    const PatientImporter::Report report = importer.run(patientsPath, immunizationsPath);
    const qint64 stored = patientCount();
    if (!report.ok && stored != 0)
        fail("a failed import left patients behind");
    if (report.ok && (report.errorCount != 0 || stored != report.patientsInserted))
        fail("a successful import stored another number of patients than it reports");
    if (report.errors.size() > PatientImporter::maxErrors)
        fail("more error lines than maxErrors");
    if (stored > 0 || report.immunizationsInserted > 0)
        db.reset();
    return 0;
}
