// Patient search benchmark (a program, not a test; prints JSON on stdout).
//
//   bench_patient_search [N=100000] [--lookups 1000] [--seed 5] [--pg-url-file FILE]
//                        [--csv-dir DIR] [--sqlite-db PATH] [--pg-db URL] [--verify]
//
// Generates N synthetic patient records (PopulationGenerator, ~6% duplicates), imports them
// with the CSV importer into SQLite (and PostgreSQL when --pg-url-file names a file holding
// an admin postgresql:// URL, e.g. the one tests/pg/pg-cluster.sh writes), then sends lookups
// built from true persons with realistic caller errors through the HTTP API and reports
// p50/p95 latency, recall@1 and recall@5, next to a naive baseline on the same lookups
// (SQL LIKE on the surname + exact DOB on SQLite; pg_trgm name similarity on PostgreSQL).
//
// A million-record import takes minutes per store, so for repeated runs the population can be
// kept: --csv-dir keeps the generated files (reused when DIR/patients.csv and truth.csv exist),
// --sqlite-db PATH and --pg-db postgresql://…/DB name databases that are migrated, filled on
// the first run and reused (import skipped) while they hold N patients. import_seconds is
// then 0 and "reused_database" is true. --verify also ranks every lookup in-process with
// PatientSearch's exhaustive reference (every candidate's full record scored) and counts the
// lookups whose top 5 (ids and scores) differ from the bounded search's ("verify_mismatches").

#include "generator/populationgenerator.h"
#include "httptestclient.h"
#include "importer/patientimporter.h"
#include "patients/patientquery.h"
#include "patients/patientsearch.h"
#include "auth/staffaccounts.h"
#include "serverapp.h"
#include "storage/database.h"
#include "searchbench_lookups.h"
#include "testserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <random>

using namespace izdesk::server;
using izdesk::matching::MatchScorer;
using izdesk::bench::Figures;
using izdesk::bench::Lookup;
using izdesk::bench::percentile;
using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;

namespace {

// First records of every person (duplicate_of empty) from kept patients.csv + truth.csv,
// with the counts. Generated files have no quoted fields.
bool readFirstRecords(const QString &dir, QList<GeneratedRecord> *out, PopulationGenerator::Stats *stats)
{
    QFile truth(dir + QStringLiteral("/truth.csv"));
    QFile patients(dir + QStringLiteral("/patients.csv"));
    if (!truth.open(QIODevice::ReadOnly) || !patients.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> header = patients.readLine().trimmed().split(',');
    truth.readLine();
    const auto column = [&header](const char *name) { return header.indexOf(QByteArray(name)); };
    const qsizetype first = column("first_name"), last = column("last_name"), dob = column("birth_date"),
                    phone = column("phone");
    *stats = {};
    while (!patients.atEnd() && !truth.atEnd()) {
        const QList<QByteArray> p = patients.readLine().trimmed().split(',');
        const QList<QByteArray> t = truth.readLine().trimmed().split(',');
        ++stats->records;
        if (!t.value(2).isEmpty()) {
            ++stats->duplicates;
            continue;
        }
        ++stats->persons;
        GeneratedRecord r;
        r.sourceId = QString::fromLatin1(t.value(0));
        r.personId = t.value(1).toLongLong();
        r.first = QString::fromUtf8(p.value(first));
        r.last = QString::fromUtf8(p.value(last));
        r.dob = QDate::fromString(QString::fromLatin1(p.value(dob)), Qt::ISODate);
        r.phone = QString::fromLatin1(p.value(phone));
        out->append(r);
    }
    return stats->records > 0;
}

// The server under test: a TestServer over a fresh database, or a ServerApp over a kept one.
struct BenchServer
{
    std::unique_ptr<TestServer> fresh;
    std::unique_ptr<ServerApp> kept;

    // One session makes every lookup: the bench measures the search, not the per-session limit.
    static void unlimitedSearch(ServerConfig &config)
    {
        izdesk::server::RateLimitPolicy limits;
        limits.patientSearchPerSession.maxRequests = 100000;
        limits.patientSearchPerSession.windowSeconds = 1;
        config.rateLimitPolicy = std::make_shared<const izdesk::server::RateLimitPolicy>(limits);
    }

    bool start(const QString &keptUrl, QString *error)
    {
        if (keptUrl.isEmpty()) {
            TestServer::Options options;
            options.seedDemo = false;
            options.configure = &unlimitedSearch;
            fresh = std::make_unique<TestServer>(options);
            return fresh->start(error);
        }
        ServerConfig config;
        unlimitedSearch(config);
        config.environment = Environment::Training;
        config.databaseUrl = keptUrl;
        config.listenHost = QStringLiteral("127.0.0.1");
        config.listenPort = 0;
        kept = std::make_unique<ServerApp>(config);
        return kept->initialize(error) && kept->listen(error);
    }
    ServerApp *app() const { return fresh ? fresh->app() : kept.get(); }
    QUrl baseUrl() const
    {
        if (fresh)
            return fresh->baseUrl();
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(kept->port());
        return url;
    }
};

qint64 patientCount(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM patients")) && q.next() ? q.value(0).toLongLong() : -1;
}

// Lookups whose bounded ranking differs from the exhaustive one (ids or scores of the top 5).
int verifyRankings(QSqlDatabase db, Dialect dialect, const QList<Lookup> &lookups, QList<double> *searchMs)
{
    int mismatches = 0;
    for (const Lookup &l : lookups) {
        QueryParams url;
        url.add(QStringLiteral("q"), l.text);
        url.add(QStringLiteral("limit"), QStringLiteral("5"));
        QList<izdesk::FieldError> errors;
        const auto query = PatientQuery::parse(url, QDate::currentDate().year(), &errors);
        if (!query)
            continue;
        PatientSearch bounded(db, dialect);
        PatientSearch exhaustive(db, dialect);
        exhaustive.setExhaustive(true);
        QElapsedTimer t;
        t.start();
        const auto a = bounded.run(*query, false);
        searchMs->append(static_cast<double>(t.nsecsElapsed()) / 1e6);
        const auto b = exhaustive.run(*query, false);
        bool same = a && b && a->size() == b->size();
        for (qsizetype i = 0; same && i < a->size(); ++i)
            same = a->at(i).patientId == b->at(i).patientId && a->at(i).match.score == b->at(i).match.score
                && MatchScorer::explanation(a->at(i).match) == MatchScorer::explanation(b->at(i).match);
        mismatches += same ? 0 : 1;
    }
    return mismatches;
}

// The population imported into the store (unless a kept database already holds `records`
// patients); the patients stored, the seconds the import took and whether it was reused.
bool importPopulation(Database &db, const QString &csvDir, qint64 records, bool kept, QJsonObject *out, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    const bool reuse = kept && patientCount(db.connection()) == records;
    qint64 imported = records;
    if (!reuse) {
        PatientImporter importer(db.connection(), db.dialect(), QDateTime::currentDateTimeUtc());
        // This benchmark measures search; duplicate detection has its own (bench_duplicates).
        importer.setDetectDuplicates(false);
        const auto report = importer.run(csvDir + QStringLiteral("/patients.csv"));
        if (!report.ok) {
            *error = report.errors.join(QLatin1Char('\n'));
            return false;
        }
        imported = report.patientsInserted;
    }
    out->insert(QStringLiteral("import_seconds"), reuse ? 0.0 : static_cast<double>(timer.elapsed()) / 1000.0);
    out->insert(QStringLiteral("imported_records"), imported);
    out->insert(QStringLiteral("reused_database"), reuse);
    return true;
}

// Patient id → person id: the truth file names each source id's person, the store each
// patient's source id.
QHash<qint64, qint64> personOfPatients(QSqlDatabase db, const QString &csvDir)
{
    QHash<QString, qint64> personOfSource;
    QFile truth(csvDir + QStringLiteral("/truth.csv"));
    truth.open(QIODevice::ReadOnly);
    truth.readLine();
    while (!truth.atEnd()) {
        const QList<QByteArray> f = truth.readLine().split(',');
        personOfSource.insert(QString::fromLatin1(f.value(0)), f.value(1).toLongLong());
    }
    QHash<qint64, qint64> personOf;
    QSqlQuery ids(db);
    ids.exec(QStringLiteral("SELECT value, patient_id FROM patient_identifiers WHERE type = 'source_id'"));
    while (ids.next())
        personOf.insert(ids.value(1).toLongLong(), personOfSource.value(ids.value(0).toString()));
    return personOf;
}

// Every lookup through the HTTP API, as a signed-in desk user sends it.
Figures apiFigures(HttpTestClient &client, const QList<Lookup> &lookups, const QHash<qint64, qint64> &personOf)
{
    Figures api;
    for (const Lookup &l : lookups) {
        QElapsedTimer t;
        t.start();
        const auto r = client.get(QStringLiteral("/api/v1/patients?limit=5&q=") + QString::fromLatin1(QUrl::toPercentEncoding(l.text)));
        const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
        QList<qint64> ranked;
        for (const auto &item : r.object().value(QStringLiteral("items")).toArray())
            ranked << item.toObject().value(QStringLiteral("id")).toInteger();
        api.add(l, ranked, personOf, ms);
    }
    return api;
}

// The naive baseline on the same lookups: SQL LIKE on the surname + exact DOB on SQLite,
// pg_trgm name similarity on PostgreSQL. Its figures and its method.
QJsonObject baselineFigures(QSqlDatabase db, bool postgres, const QList<Lookup> &lookups,
                            const QHash<qint64, qint64> &personOf)
{
    Figures baseline;
    QSqlQuery b(db);
    QString method;
    if (postgres) {
        method = QStringLiteral("pg_trgm similarity(first_name || ' ' || last_name) + exact DOB bonus, GIN trigram index");
        QSqlQuery setup(db);
        setup.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"));
        setup.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS bench_trgm_idx ON patients USING gin ((first_name || ' ' || last_name) gin_trgm_ops)"));
        b.prepare(QStringLiteral("SELECT id FROM patients WHERE (first_name || ' ' || last_name) % ? "
                                 "ORDER BY similarity(first_name || ' ' || last_name, ?) + CASE WHEN birth_date = ? THEN 1 ELSE 0 END DESC, id LIMIT 5"));
    } else {
        method = QStringLiteral("last_name LIKE 'prefix%' AND birth_date = exact");
        b.prepare(QStringLiteral("SELECT id FROM patients WHERE last_name LIKE ? AND birth_date = ? ORDER BY id LIMIT 5"));
    }
    for (const Lookup &l : lookups) {
        QElapsedTimer t;
        t.start();
        if (postgres) {
            const QString name = QString(l.first.toUpper() + QLatin1Char(' ') + l.last.toUpper());
            b.bindValue(0, name);
            b.bindValue(1, name);
            b.bindValue(2, l.dob.toString(Qt::ISODate));
        } else {
            b.bindValue(0, QString(l.last.toUpper().left(4) + QLatin1Char('%')));
            b.bindValue(1, l.dob.toString(Qt::ISODate));
        }
        QList<qint64> ranked;
        if (b.exec())
            while (b.next())
                ranked << b.value(0).toLongLong();
        baseline.add(l, ranked, personOf, static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    QJsonObject base = baseline.json();
    base.remove(QStringLiteral("by_caller_error"));
    base.insert(QStringLiteral("method"), method);
    return base;
}

QJsonObject runStore(const QString &csvDir, const QList<Lookup> &lookups, qint64 records, bool postgres, const QString &keptUrl,
                     bool verify, QString *error)
{
    BenchServer server;
    if (!server.start(keptUrl, error))
        return {};
    auto &db = server.app()->database();
    // A user name per run, so a kept database never trips over the last run's account.
    const QString user = QStringLiteral("bench%1").arg(QDateTime::currentMSecsSinceEpoch());
    if (!StaffAccounts::create(db.connection(), db.dialect(), server.app()->config().passwords(), user,
                               QStringLiteral("Bench"), QStringLiteral("specialist"),
                               QStringLiteral("izdesk-bench-pass"), QDateTime::currentDateTimeUtc(), error))
        return {};
    QJsonObject imported;
    if (!importPopulation(db, csvDir, records, !keptUrl.isEmpty(), &imported, error))
        return {};
    QSqlQuery analyze(db.connection());
    analyze.exec(QStringLiteral("ANALYZE"));
    const QHash<qint64, qint64> personOf = personOfPatients(db.connection(), csvDir);

    HttpTestClient client(server.baseUrl());
    if (client.login(user, QStringLiteral("izdesk-bench-pass")).status != 201) {
        *error = QStringLiteral("login failed");
        return {};
    }
    QJsonObject out = apiFigures(client, lookups, personOf).json();
    const QJsonObject base = baselineFigures(db.connection(), postgres, lookups, personOf);
    for (auto it = imported.constBegin(); it != imported.constEnd(); ++it)
        out.insert(it.key(), it.value());
    if (verify) {
        // The search alone (in process: no HTTP, no audit write), for where the time goes.
        QList<double> searchMs;
        out.insert(QStringLiteral("verify_mismatches"), verifyRankings(db.connection(), db.dialect(), lookups, &searchMs));
        out.insert(QStringLiteral("search_only_p50_ms"), percentile(searchMs, 0.50));
        out.insert(QStringLiteral("search_only_p95_ms"), percentile(searchMs, 0.95));
    }
    out.insert(QStringLiteral("baseline"), base);
    return out;
}

struct Options
{
    qint64 count = 100000;
    int lookups = 1000;
    quint64 seed = 5;
    QString pgUrlFile;
    QString csvDir;
    QString sqliteDb;
    QString pgDb;
    bool withSqlite = true;
    bool verify = false;

    static Options parse(const QStringList &args)
    {
        Options o;
        for (qsizetype i = 1; i < args.size(); ++i) {
            if (args.at(i) == QLatin1String("--lookups") && i + 1 < args.size())
                o.lookups = args.at(++i).toInt();
            else if (args.at(i) == QLatin1String("--seed") && i + 1 < args.size())
                o.seed = args.at(++i).toULongLong();
            else if (args.at(i) == QLatin1String("--pg-url-file") && i + 1 < args.size())
                o.pgUrlFile = args.at(++i);
            else if (args.at(i) == QLatin1String("--csv-dir") && i + 1 < args.size())
                o.csvDir = args.at(++i);
            else if (args.at(i) == QLatin1String("--sqlite-db") && i + 1 < args.size())
                o.sqliteDb = args.at(++i);
            else if (args.at(i) == QLatin1String("--pg-db") && i + 1 < args.size())
                o.pgDb = args.at(++i);
            else if (args.at(i) == QLatin1String("--no-sqlite"))
                o.withSqlite = false;
            else if (args.at(i) == QLatin1String("--verify"))
                o.verify = true;
            else
                o.count = args.at(i).toLongLong();
        }
        return o;
    }
};

// The persons looked up: spread evenly over the population (their first record's true
// values). Kept files are read back rather than generated again: a second generator run in
// another process need not repeat the files exactly (hash ordering is seeded per process).
bool choosePersons(const Options &o, const QString &csvDir, bool haveCsv, PopulationGenerator::Stats *stats,
                   QList<GeneratedRecord> *persons)
{
    if (haveCsv) {
        QList<GeneratedRecord> firsts;
        if (!readFirstRecords(csvDir, &firsts, stats)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(csvDir));
            return false;
        }
        const qint64 stride = std::max<qint64>(1, stats->persons / (o.lookups + o.lookups / 10));
        for (const GeneratedRecord &r : std::as_const(firsts))
            if (r.personId % stride == 0 && persons->size() < o.lookups)
                *persons << r;
    } else {
        const qint64 stride = std::max<qint64>(1, stats->persons / (o.lookups + o.lookups / 10));
        PopulationGenerator(o.seed, QDate(2026, 1, 1)).generate(o.count, [&](const GeneratedRecord &r) {
            if (r.duplicateOf.isEmpty() && r.personId % stride == 0 && persons->size() < o.lookups)
                *persons << r;
        });
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options o = Options::parse(app.arguments());
    QTemporaryDir tempDir;
    const QString csvDir = o.csvDir.isEmpty() ? tempDir.path() : o.csvDir;
    QDir().mkpath(csvDir);
    const bool haveCsv = QFile::exists(csvDir + QStringLiteral("/patients.csv")) && QFile::exists(csvDir + QStringLiteral("/truth.csv"));
    PopulationGenerator generator(o.seed, QDate(2026, 1, 1));
    PopulationGenerator::Stats stats;
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!haveCsv && !generator.writeCsv(o.count, csvDir, &stats, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double generateSeconds = haveCsv ? 0.0 : static_cast<double>(timer.elapsed()) / 1000.0;
    QList<GeneratedRecord> persons;
    if (!choosePersons(o, csvDir, haveCsv, &stats, &persons))
        return 1;
    std::mt19937_64 rng(o.seed * 7919);
    QList<Lookup> lookups;
    for (const auto &p : std::as_const(persons))
        lookups << izdesk::bench::makeLookup(p, rng);

    QJsonObject result{{QStringLiteral("records"), stats.records}, {QStringLiteral("persons"), stats.persons},
                       {QStringLiteral("duplicates"), stats.duplicates}, {QStringLiteral("lookups"), static_cast<int>(lookups.size())},
                       {QStringLiteral("generate_seconds"), generateSeconds}};
    qunsetenv("IZDESK_TEST_PG_URL_FILE");
    if (o.withSqlite) {
        const QJsonObject sqlite = runStore(csvDir, lookups, stats.records, false,
                                            o.sqliteDb.isEmpty() ? QString() : QStringLiteral("sqlite:") + o.sqliteDb, o.verify, &error);
        if (sqlite.isEmpty()) {
            std::fprintf(stderr, "sqlite: %s\n", qPrintable(error));
            return 1;
        }
        result.insert(QStringLiteral("sqlite"), sqlite);
    }
    if (!o.pgUrlFile.isEmpty() || !o.pgDb.isEmpty()) {
        if (o.pgDb.isEmpty())
            qputenv("IZDESK_TEST_PG_URL_FILE", o.pgUrlFile.toLocal8Bit());
        const QJsonObject pg = runStore(csvDir, lookups, stats.records, true, o.pgDb, o.verify, &error);
        if (pg.isEmpty()) {
            std::fprintf(stderr, "postgresql: %s\n", qPrintable(error));
            return 1;
        }
        result.insert(QStringLiteral("postgresql"), pg);
    }
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
