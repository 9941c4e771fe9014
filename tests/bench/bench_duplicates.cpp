// Duplicate detection benchmark (a program, not a test; prints JSON on stdout).
//
//   bench_duplicates [--patients N=100000] [--seed S=7] [--sqlite-db PATH] [--threads T=2]
//                    [--per-probe] [--wrong-certain PATH]
//
// --sqlite-db PATH that already holds the population of an earlier run (same --patients and
// --seed) is scanned again without being written (load_seconds then covers the truth only).
//
// Generates N synthetic patient records with ground truth (PopulationGenerator: households,
// twins, Jr/Sr, ~6% duplicates with realistic errors), writes them to a fresh SQLite store
// (PatientWriter, one transaction, no detection), then runs the batch scan
// (DuplicateDetector::scan, the `izdesk-server duplicates scan` code path; --per-probe runs
// the one-search-per-patient reference, scanPerProbe, instead) and compares the
// open pairs with the truth: pairwise precision and recall at each grade (a grade counts
// the pairs graded at it or above), twins and Jr/Sr pairs graded "certain", and throughput
// in records per minute next to Splink's published ~1,000,000 records per minute, and the
// precision and recall of vaccination-event de-duplication over each duplicate merged into
// its original.
// Progress goes to stderr. --wrong-certain writes the pairs graded "certain" that are not one
// person (ids, per-field contributions, the generator's error kinds) to PATH, for analysis:
// synthetic data, but never into a log.

#include "benchsupport.h"
#include "duplicates/duplicatedetector.h"
#include "generator/populationgenerator.h"
#include "merge/eventdedup.h"
#include "merge/mergeservice.h"
#include "patients/patientwriter.h"
#include "serverapp.h"
#include "serverconfig.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <memory>
#include <optional>

using namespace izdesk::server;
using izdesk::bench::option;
using izdesk::bench::progress;

namespace {

constexpr double splinkRecordsPerMinute = 1000000.0;

// The shared machine's 1-minute load average when the scan ended ("" when unknown).
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 0) : QString();
}

struct Truth
{
    qint64 personId = 0;
    QString suffix;
    QDate dob;
    int birthOrder = 0;
    QStringList errors; // the generator's error kinds (duplicates only)
};

// Vaccination-event de-duplication (EventDedup, as a merge runs it) on every generated
// duplicate merged into its original: the duplicate's events are copies of some of the
// original's, so a hidden event is right when it and the one kept are such a copy.
struct EventTruth
{
    EventDedup::VaccineGroups groups; // MergeService::loadEventGroups
    GeneratedRecord original;                        // the last first-record generated
    qint64 copies = 0, found = 0, hidden = 0, hiddenRight = 0;

    void add(const GeneratedRecord &r)
    {
        if (r.duplicateOf.isEmpty()) {
            original = r;
            return;
        }
        if (r.duplicateOf != original.sourceId)
            return;
        const auto event = [this](const ImmunizationInput &im, qint64 id, bool fromSource) {
            return EventDedup::event(id, fromSource, im.cvx, im.date, im.recordType, im.lot, groups);
        };
        const auto same = [](const ImmunizationInput &a, const ImmunizationInput &b) {
            return a.cvx == b.cvx && a.date == b.date && a.lot == b.lot && a.recordType == b.recordType;
        };
        QList<EventDedup::Event> events;
        QSet<QPair<qint64, qint64>> truePairs; // {target event, source event}
        for (qsizetype i = 0; i < original.immunizations.size(); ++i)
            events << event(original.immunizations.at(i), i + 1, false);
        for (qsizetype j = 0; j < r.immunizations.size(); ++j) {
            events << event(r.immunizations.at(j), 100000 + j, true);
            for (qsizetype i = 0; i < original.immunizations.size(); ++i)
                if (same(original.immunizations.at(i), r.immunizations.at(j)))
                    truePairs.insert({i + 1, 100000 + j});
        }
        copies += truePairs.size();
        QSet<QPair<qint64, qint64>> detected;
        for (const EventDedup::Hidden &h : EventDedup::plan(events)) {
            ++hidden;
            const QPair<qint64, qint64> pair{std::min(h.id, h.keptId), std::max(h.id, h.keptId)};
            if (truePairs.contains(pair)) {
                ++hiddenRight;
                detected.insert(pair);
            }
        }
        found += detected.size();
    }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("copied_events"), copies},
                {QStringLiteral("hidden"), hidden},
                {QStringLiteral("precision"), hidden ? double(hiddenRight) / double(hidden) : 1.0},
                {QStringLiteral("recall"), copies ? double(found) / double(copies) : 1.0}};
    }
};

// Writes the population; patient id → truth. False + *error on a database error. With
// `written`, the store already holds this population (an earlier run's --sqlite-db with the
// same --patients and --seed): nothing is written, ids follow the generation order from 1
// and earlier pairs are deleted.
bool load(Database &database, qint64 count, quint64 seed, bool written, QHash<qint64, Truth> *truth,
          qint64 *truePairs, EventTruth *events, QString *error)
{
    QSqlDatabase db = database.connection();
    if (!MergeService::loadEventGroups(db, &events->groups)) {
        *error = QStringLiteral("cannot read the vaccine groups");
        return false;
    }
    if (written) {
        QSqlQuery(db).exec(QStringLiteral("DELETE FROM duplicate_candidates"));
        QHash<qint64, qint64> recordsOfPerson;
        PopulationGenerator(seed, QDate(2026, 1, 1)).generate(count, [&](const GeneratedRecord &r) {
            truth->insert(truth->size() + 1, {r.personId, r.suffix.toUpper(), r.dob, r.birthOrder, r.errors});
            events->add(r);
            *truePairs += recordsOfPerson.value(r.personId);
            recordsOfPerson[r.personId] += 1;
        });
        return true;
    }
    if (!db.transaction()) {
        *error = QStringLiteral("cannot begin");
        return false;
    }
    PatientWriter writer(db, database.dialect(), QDateTime::currentDateTimeUtc());
    QHash<qint64, qint64> recordsOfPerson;
    bool ok = true;
    PopulationGenerator(seed, QDate(2026, 1, 1)).generate(count, [&](const GeneratedRecord &r) {
        if (!ok)
            return;
        const auto id = writer.insert(r.toPatientInput(), error);
        if (!id) {
            ok = false;
            return;
        }
        truth->insert(*id, {r.personId, r.suffix.toUpper(), r.dob, r.birthOrder, r.errors});
        events->add(r);
        // Every earlier record of the person makes one true pair with this one.
        *truePairs += recordsOfPerson.value(r.personId);
        recordsOfPerson[r.personId] += 1;
        if (truth->size() % 20000 == 0)
            progress(QStringLiteral("loaded %1 of %2 records").arg(truth->size()).arg(count));
    });
    if (!ok || !writer.flush(error) || !db.commit()) {
        db.rollback();
        return false;
    }
    QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
    return true;
}

// Patients already in the store: the count when they are an earlier run's population (ids
// 1…N), else 0.
qint64 storedPopulation(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT COUNT(*), MIN(id), MAX(id) FROM patients")) && q.next()
        && q.value(1).toLongLong() == 1 && q.value(2).toLongLong() == q.value(0).toLongLong())
        return q.value(0).toLongLong();
    return 0;
}

// The open pairs the scan left, against the truth: cumulative by grade (index 0 certain,
// 1 probable and above, 2 possible and above), and the twins and Jr/Sr pairs graded certain.
struct GradedPairs
{
    const QStringList grades{QStringLiteral("certain"), QStringLiteral("probable"), QStringLiteral("possible")};
    qint64 found[3] = {0, 0, 0}, correct[3] = {0, 0, 0};
    qint64 twinsCertain = 0, jrSrCertain = 0;

    // Each pair graded "certain" that is not one person, as one line of `file` (when open).
    static void writeWrongCertain(QFile &file, const QSqlQuery &q, const Truth &a, const Truth &b)
    {
        const auto side = [](const Truth &t) {
            return QStringLiteral("person %1 suffix '%2' order %3 errors [%4]")
                .arg(t.personId).arg(t.suffix).arg(t.birthOrder).arg(t.errors.join(QLatin1Char(',')));
        };
        file.write(QStringLiteral("%1 %2 | %3 | %4 | %5 | %6\n")
                       .arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong())
                       .arg(side(a), side(b), q.value(3).toString(), q.value(4).toString())
                       .toUtf8());
    }

    void read(QSqlDatabase db, const QHash<qint64, Truth> &truth, const QString &wrongCertainPath)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT low_id, high_id, grade, contributions, badges FROM duplicate_candidates "
                              "WHERE status = 'open'"));
        QFile wrongCertain(wrongCertainPath);
        if (!wrongCertainPath.isEmpty() && !wrongCertain.open(QIODevice::WriteOnly | QIODevice::Truncate))
            progress(QStringLiteral("--wrong-certain: cannot write the file"));
        while (q.next()) {
            const Truth a = truth.value(q.value(0).toLongLong());
            const Truth b = truth.value(q.value(1).toLongLong());
            const qsizetype grade = grades.indexOf(q.value(2).toString());
            const bool same = a.personId == b.personId;
            for (qsizetype g = grade; g >= 0 && g < 3; ++g) {
                ++found[g];
                correct[g] += same ? 1 : 0;
            }
            if (grade == 0 && !same && wrongCertain.isOpen())
                writeWrongCertain(wrongCertain, q, a, b);
            if (grade == 0 && !same) {
                if (a.birthOrder > 0 && b.birthOrder > 0 && a.dob == b.dob)
                    ++twinsCertain;
                const QSet<QString> suffixes{a.suffix, b.suffix};
                if (suffixes == QSet<QString>{QStringLiteral("JR"), QStringLiteral("SR")})
                    ++jrSrCertain;
            }
        }
    }

    QJsonObject byGrade(qint64 truePairs) const
    {
        QJsonObject out;
        for (int g = 0; g < 3; ++g) {
            out.insert(
                grades.at(g),
                QJsonObject{{QStringLiteral("pairs"), found[g]},
                            {QStringLiteral("true_pairs_found"), correct[g]},
                            {QStringLiteral("precision"), found[g] ? double(correct[g]) / double(found[g]) : 1.0},
                            {QStringLiteral("recall"), truePairs ? double(correct[g]) / double(truePairs) : 1.0}});
        }
        return out;
    }
};

// The batch scan (the per-probe reference with `perProbe`), timed by the wall clock and by
// CPU time: the machine is shared, CPU time says what the scan itself costs.
std::optional<DuplicateDetector::ScanStats> scan(Database &database, int threads, bool perProbe, double *seconds,
                                                 double *cpuSeconds)
{
    DuplicateDetector detector(database.connection(), database.dialect(), QDateTime::currentDateTimeUtc());
    detector.setThreads(threads);
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    const auto report = [&timer](qint64 done, qint64 total) {
        if (done % 10000 == 0 || done == total)
            progress(QStringLiteral("scanned %1 of %2 (%3 s)").arg(done).arg(total).arg(timer.elapsed() / 1000));
    };
    const auto stats = perProbe ? detector.scanPerProbe(report) : detector.scan(report);
    *seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    *cpuSeconds = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    return stats;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qint64 count = option(args, QStringLiteral("--patients"), QStringLiteral("100000")).toLongLong();
    const quint64 seed = option(args, QStringLiteral("--seed"), QStringLiteral("7")).toULongLong();
    const int threads = option(args, QStringLiteral("--threads"), QStringLiteral("2")).toInt();
    const bool perProbe = args.contains(QStringLiteral("--per-probe"));
    const QString wrongCertainPath = option(args, QStringLiteral("--wrong-certain"), QString());
    QTemporaryDir dir;
    const QString path = option(args, QStringLiteral("--sqlite-db"), dir.filePath(QStringLiteral("bench.db")));
    if (count < 2) {
        progress(QStringLiteral("--patients: expected a count of at least 2"));
        return 2;
    }

    ServerConfig config;
    config.environment = Environment::Training;
    config.databaseUrl = QStringLiteral("sqlite:") + path;
    ServerApp server(config);
    QString error;
    if (!server.initialize(&error)) {
        progress(error);
        return 1;
    }
    QHash<qint64, Truth> truth;
    qint64 truePairs = 0;
    QElapsedTimer timer;
    timer.start();
    const qint64 stored = storedPopulation(server.database().connection());
    if (stored != 0 && stored != count) {
        progress(QStringLiteral("--sqlite-db holds another population"));
        return 2;
    }
    if (stored == count)
        progress(QStringLiteral("the store already holds the population: not written again"));
    EventTruth events;
    if (!load(server.database(), count, seed, stored == count, &truth, &truePairs, &events, &error)) {
        progress(QStringLiteral("load failed: ") + error);
        return 1;
    }
    const double loadSeconds = static_cast<double>(timer.elapsed()) / 1000.0;

    double scanSeconds = 0, scanCpuSeconds = 0;
    const auto stats = scan(server.database(), threads, perProbe, &scanSeconds, &scanCpuSeconds);
    if (!stats) {
        progress(QStringLiteral("scan failed"));
        return 1;
    }
    GradedPairs graded;
    graded.read(server.database().connection(), truth, wrongCertainPath);

    const double perMinute = scanSeconds > 0 ? double(count) / scanSeconds * 60.0 : 0.0;
    const double cpuPerMinute = scanCpuSeconds > 0 ? double(count) / scanCpuSeconds * 60.0 : 0.0;
    const QJsonObject out{{QStringLiteral("benchmark"), QStringLiteral("duplicates")},
                          {QStringLiteral("store"), QStringLiteral("sqlite")},
                          {QStringLiteral("records"), count},
                          {QStringLiteral("seed"), qint64(seed)},
                          {QStringLiteral("true_pairs"), truePairs},
                          {QStringLiteral("load_seconds"), loadSeconds},
                          {QStringLiteral("scan_seconds"), scanSeconds},
                          {QStringLiteral("scan_cpu_seconds"), scanCpuSeconds},
                          {QStringLiteral("candidate_pairs"), stats->pairs},
                          {QStringLiteral("records_per_minute"), perMinute},
                          {QStringLiteral("ratio_to_splink"), perMinute / splinkRecordsPerMinute},
                          {QStringLiteral("records_per_cpu_minute"), cpuPerMinute},
                          {QStringLiteral("threads"), perProbe ? 1 : threads},
                          {QStringLiteral("path"), perProbe ? QStringLiteral("per_probe") : QStringLiteral("batch")},
                          {QStringLiteral("load_average"), loadAverage()},
                          {QStringLiteral("by_grade"), graded.byGrade(truePairs)},
                          {QStringLiteral("twins_certain"), graded.twinsCertain},
                          {QStringLiteral("event_dedup"), events.toJson()},
                          {QStringLiteral("jr_sr_certain"), graded.jrSrCertain},
                          {QStringLiteral("targets"), QJsonObject{{QStringLiteral("precision_certain_min"), 0.999},
                                                                  {QStringLiteral("recall_possible_min"), 0.95},
                                                                  {QStringLiteral("twins_jr_sr_certain_max"), 0}}}};
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
