// CSV import and the synthetic population generator, on SQLite and PostgreSQL: a good file
// imports with its immunizations, a re-run adds nothing, a bad file reports every bad row
// by line and changes nothing, and generated duplicates are found by the search.

#include "generator/populationgenerator.h"
#include "http/ratelimiter.h"
#include "httptestclient.h"
#include "importer/patientimporter.h"
#include "serverapp.h"
#include "storage/database.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using izdesk::server::GeneratedRecord;
using izdesk::server::PatientImporter;
using izdesk::server::PopulationGenerator;
using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;

class TstImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generatorIsDeterministic();
    void importsAndRerunAddsNothing();
    void badRowsReportedAndNothingWritten();
    void missingColumnIsReported();
    void generatedDuplicatesAreFound();

private:
    qint64 count(const QString &table);
    PatientImporter::Report import(const QString &patients, const QString &immunizations = {});
    void write(const QString &name, const QByteArray &content);

    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
    QList<GeneratedRecord> m_records;
};

void TstImport::initTestCase()
{
    TestServer::Options options;
    options.seedDemo = false;
    // One session searches for every generated duplicate, far faster than a desk does.
    options.configure = [](izdesk::server::ServerConfig &config) {
        auto limits = std::make_shared<izdesk::server::RateLimitPolicy>(izdesk::server::RateLimitPolicy::defaults());
        limits->patientSearchPerSession.maxRequests = 100000;
        config.rateLimitPolicy = std::move(limits);
    };
    m_server = std::make_unique<TestServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY(m_server->addStaffUser(QStringLiteral("specialist"), QStringLiteral("S"), QStringLiteral("specialist"),
                                   QStringLiteral("desk-phone-line-2026"), &error));
    QVERIFY(m_dir.isValid());
}

qint64 TstImport::count(const QString &table)
{
    QSqlQuery q(m_server->app()->database().connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

PatientImporter::Report TstImport::import(const QString &patients, const QString &immunizations)
{
    auto &db = m_server->app()->database();
    PatientImporter importer(db.connection(), db.dialect(), QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC));
    return importer.run(patients, immunizations);
}

void TstImport::write(const QString &name, const QByteArray &content)
{
    QFile f(m_dir.filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

void TstImport::generatorIsDeterministic()
{
    const auto hash = [](const QString &dir) {
        QFile f(QDir(dir).filePath(QStringLiteral("patients.csv")));
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
    };
    PopulationGenerator::Stats a, b;
    QString error;
    QVERIFY(PopulationGenerator(42, QDate(2026, 1, 1)).writeCsv(1500, m_dir.filePath(QStringLiteral("a")), &a, &error));
    QVERIFY(PopulationGenerator(42, QDate(2026, 1, 1)).writeCsv(1500, m_dir.filePath(QStringLiteral("b")), &b, &error));
    QCOMPARE(a.records, 1500);
    QVERIFY(a.duplicates > 30);
    QVERIFY(a.immunizations > 1500);
    QCOMPARE(hash(m_dir.filePath(QStringLiteral("a"))), hash(m_dir.filePath(QStringLiteral("b"))));
    PopulationGenerator other(43, QDate(2026, 1, 1));
    QVERIFY(other.writeCsv(1500, m_dir.filePath(QStringLiteral("c")), &b, &error));
    QVERIFY(hash(m_dir.filePath(QStringLiteral("a"))) != hash(m_dir.filePath(QStringLiteral("c"))));
    // Keep the records for the search test.
    PopulationGenerator(42, QDate(2026, 1, 1)).generate(1500, [this](const GeneratedRecord &r) { m_records << r; });
    QStringList kinds;
    for (const auto &r : std::as_const(m_records))
        kinds += r.errors;
    for (const char *kind : {"typo", "nickname", "placeholder", "swapped", "moved", "missing"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
}

void TstImport::importsAndRerunAddsNothing()
{
    const QString patients = m_dir.filePath(QStringLiteral("a/patients.csv"));
    const QString immunizations = m_dir.filePath(QStringLiteral("a/immunizations.csv"));
    const auto first = import(patients, immunizations);
    QVERIFY2(first.ok, qPrintable(first.errors.join(QLatin1Char('\n'))));
    QCOMPARE(first.patientsInserted, 1500);
    QCOMPARE(count(QStringLiteral("patients")), 1500);
    const qint64 events = count(QStringLiteral("immunizations"));
    QCOMPARE(events, first.immunizationsInserted);
    const auto again = import(patients, immunizations);
    QVERIFY(again.ok);
    QCOMPARE(again.patientsInserted, 0);
    QCOMPARE(again.patientsSkipped, 1500);
    QCOMPARE(again.immunizationsInserted, 0);
    QCOMPARE(count(QStringLiteral("patients")), 1500);
    QCOMPARE(count(QStringLiteral("immunizations")), events);
    QSqlQuery q(m_server->app()->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM patient_identifiers WHERE type = 'source_id'")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), 1500);
}

void TstImport::badRowsReportedAndNothingWritten()
{
    const qint64 before = count(QStringLiteral("patients"));
    write(QStringLiteral("bad.csv"),
          "source_id,first_name,middle_name,last_name,suffix,birth_date,sex,mother_maiden_name,street,city,state,zip,phone,"
          "birth_file_number,mrn,mrn_facility\n"
          "X1,Ann,,Lee,,2019-01-02,F,,1 Main St,Duluth,MN,55805,,,,\n"
          "X2,Bob,,Lee,,2019-13-02,M,,1 Main St,Duluth,MN,55805,,,,\n"
          "X3,Cy,,,,2019-01-02,Q,,1 Main St,Duluth,MN,5580,,,,\n"
          "X1,Dee,,Lee,,2019-01-02,F,,\"1 Main St, Apt 2\",Duluth,MN,55805,,,M1,\n"
          "X5,Eve,,Lee,,2019-01-02,F\n");
    write(QStringLiteral("bad_imm.csv"), "source_id,cvx,ndc,mvx,lot,administered_date,record_type,facility_code\n"
                                         "X1,20,,PMC,L1,2019-03-01,administered,C1\n");
    const auto report = import(m_dir.filePath(QStringLiteral("bad.csv")), m_dir.filePath(QStringLiteral("bad_imm.csv")));
    QVERIFY(!report.ok);
    const QString all = report.errors.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("bad.csv:3: birth_date")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("bad.csv:4: last_name is empty")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("bad.csv:4: sex must be")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("bad.csv:4: zip")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("bad.csv:5: source_id repeats")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("bad.csv:5: mrn needs mrn_facility")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("bad.csv:6: expected 16 fields")), qPrintable(all));
    QVERIFY(!all.contains(QStringLiteral("Ann")) && !all.contains(QStringLiteral("2019-13-02"))); // no PHI values
    QCOMPARE(count(QStringLiteral("patients")), before);
    // A bad immunization row also stops the good patients file.
    write(QStringLiteral("good.csv"), "source_id,first_name,last_name,birth_date,sex\nY1,Ann,Lee,2019-01-02,F\n");
    write(QStringLiteral("bad_imm2.csv"), "source_id,cvx,administered_date,record_type\nY1,20,2019-03-01,administered\n"
                                          "Y2,20,2019-03-01,administered\nY1,abc,2030-01-01,given\n");
    const auto second = import(m_dir.filePath(QStringLiteral("good.csv")), m_dir.filePath(QStringLiteral("bad_imm2.csv")));
    QVERIFY(!second.ok);
    const QString all2 = second.errors.join(QLatin1Char('\n'));
    QVERIFY2(all2.contains(QStringLiteral("bad_imm2.csv:3: source_id is not a patient")), qPrintable(all2));
    QVERIFY2(all2.contains(QStringLiteral("bad_imm2.csv:4: cvx")), qPrintable(all2));
    QVERIFY2(all2.contains(QStringLiteral("bad_imm2.csv:4: administered_date is in the future")), qPrintable(all2));
    QVERIFY2(all2.contains(QStringLiteral("bad_imm2.csv:4: record_type")), qPrintable(all2));
    QCOMPARE(count(QStringLiteral("patients")), before);
}

void TstImport::missingColumnIsReported()
{
    write(QStringLiteral("nocol.csv"), "source_id,first_name,last_name,sex\nZ1,Ann,Lee,F\n");
    const auto report = import(m_dir.filePath(QStringLiteral("nocol.csv")));
    QVERIFY(!report.ok);
    QVERIFY2(report.errors.value(0).contains(QStringLiteral("line 1: missing required columns: birth_date")),
             qPrintable(report.errors.value(0)));
}

void TstImport::generatedDuplicatesAreFound()
{
    // Every duplicate record, searched for by the values on the person's first record,
    // comes back in the top 5 next to it (the dedup view a specialist relies on).
    QHash<QString, qint64> ids;
    QSqlQuery q(m_server->app()->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT value, patient_id FROM patient_identifiers WHERE type = 'source_id'")));
    while (q.next())
        ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    QHash<QString, GeneratedRecord> bySource;
    for (const auto &r : std::as_const(m_records))
        bySource.insert(r.sourceId, r);
    HttpTestClient client(m_server->baseUrl());
    QCOMPARE(client.login(QStringLiteral("specialist"), QStringLiteral("desk-phone-line-2026")).status, 201);
    int tried = 0;
    int found = 0;
    for (const auto &r : std::as_const(m_records)) {
        if (r.duplicateOf.isEmpty())
            continue;
        const GeneratedRecord &truth = bySource.value(r.duplicateOf);
        const QString text = QStringLiteral("%1 %2 %3").arg(truth.first, truth.last, truth.dob.toString(QStringLiteral("MM/dd/yyyy")));
        const auto resp = client.get(QStringLiteral("/api/v1/patients?limit=5&q=") + QString::fromLatin1(QUrl::toPercentEncoding(text)));
        QCOMPARE(resp.status, 200);
        ++tried;
        for (const auto &item : resp.object().value(QStringLiteral("items")).toArray())
            if (item.toObject().value(QStringLiteral("id")).toInteger() == ids.value(r.sourceId)) {
                ++found;
                break;
            }
    }
    QVERIFY(tried > 30);
    qInfo("duplicates found in the top 5: %d of %d", found, tried);
    QVERIFY2(found >= tried * 85 / 100, qPrintable(QStringLiteral("%1 of %2").arg(found).arg(tried)));
}

QTEST_GUILESS_MAIN(TstImport)
#include "tst_import.moc"
