// Where patient search spends its time on a filled store (a program, not a test; prints JSON).
//
//   bench_search_stages --sqlite-db PATH --queries FILE [--limit 5] [--repeat 1] [--dump-results FILE]
//
// Reads caller queries (one JSON object per line with the free-text box in "q", as the
// held-out set in tests/bench/heldout writes them), runs each through PatientQuery::parse and
// PatientSearch in process on the given SQLite store (no HTTP, no audit), and prints the
// percentiles of the whole search and of each step (blocking query, row scoring, full
// records), and of the candidate counts. With --repeat N every query runs N times and the
// last run counts (a warm page cache). --dump-results writes every query's ranked hits (id,
// score, grade, badges, vetoes, explanation), one JSON line per query, to compare the results
// of two builds byte for byte.

#include "http/queryparams.h"
#include "patients/patientquery.h"
#include "patients/patientsearch.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace izdesk::server;

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(std::min(index, values.size() - 1));
}

QJsonObject summary(const QList<double> &values)
{
    double sum = 0.0;
    for (const double v : values)
        sum += v;
    return {{QStringLiteral("p50"), percentile(values, 0.50)},
            {QStringLiteral("p95"), percentile(values, 0.95)},
            {QStringLiteral("p99"), percentile(values, 0.99)},
            {QStringLiteral("max"), percentile(values, 1.0)},
            {QStringLiteral("mean"), values.isEmpty() ? 0.0 : sum / static_cast<double>(values.size())}};
}

QByteArray dumpLine(int index, const QList<PatientSearch::Hit> &hits)
{
    QJsonArray items;
    for (const PatientSearch::Hit &hit : hits) {
        using izdesk::matching::MatchScorer;
        items.append(QJsonObject{{QStringLiteral("id"), hit.patientId},
                                 {QStringLiteral("score"), hit.match.score},
                                 {QStringLiteral("grade"), MatchScorer::gradeName(hit.match.grade)},
                                 {QStringLiteral("sharing_lock"), hit.sharingLock},
                                 {QStringLiteral("badges"), QJsonArray::fromStringList(hit.match.badges)},
                                 {QStringLiteral("vetoes"), QJsonArray::fromStringList(hit.match.vetoes)},
                                 {QStringLiteral("explanation"), MatchScorer::explanation(hit.match)}});
    }
    const QJsonObject line{{QStringLiteral("query"), index}, {QStringLiteral("hits"), items}};
    return QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
}

double ms(qint64 ns)
{
    return static_cast<double>(ns) / 1e6;
}

// The "q" of each non-empty line of the queries file; nullopt after a message.
std::optional<QStringList> readQueries(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return std::nullopt;
    }
    QStringList texts;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            texts << QJsonDocument::fromJson(line).object().value(QStringLiteral("q")).toString();
    }
    return texts;
}

// The store, read-only, with the pragmas of BENCH_PRAGMAS ("a=1;b=2") applied.
bool openStore(QSqlDatabase &db, const QString &path)
{
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        std::fprintf(stderr, "%s: cannot open\n", qPrintable(path));
        return false;
    }
    for (const QString &pragma : qEnvironmentVariable("BENCH_PRAGMAS").split(QLatin1Char(';'), Qt::SkipEmptyParts))
        QSqlQuery(db).exec(QStringLiteral("PRAGMA ") + pragma);
    return true;
}

// The free-text box as the route parses it.
std::optional<PatientQuery> parsedQuery(const QString &text, int limit)
{
    QUrlQuery encoded;
    encoded.addQueryItem(QStringLiteral("q"), text);
    encoded.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    const auto params = QueryParams::parse(encoded.toString(QUrl::FullyEncoded).toUtf8());
    QList<izdesk::FieldError> errors;
    return params ? PatientQuery::parse(*params, QDate::currentDate().year(), &errors) : std::nullopt;
}

// The time of each search and of its steps, and its candidate counts, over every query.
struct Stages
{
    QList<double> total, blocking, rowScoring, fullScoring, candidates, fullRecords;
    int failed = 0;

    void add(qint64 elapsedNs, const PatientSearch::Stats &s)
    {
        total << ms(elapsedNs);
        blocking << ms(s.blockingNs);
        rowScoring << ms(s.rowScoringNs);
        fullScoring << ms(s.fullScoringNs);
        candidates << static_cast<double>(s.candidates);
        fullRecords << static_cast<double>(s.fullRecords);
    }
    QJsonObject json() const
    {
        return {{QStringLiteral("queries"), static_cast<int>(total.size())},
                {QStringLiteral("failed"), failed},
                {QStringLiteral("search_ms"), summary(total)},
                {QStringLiteral("blocking_ms"), summary(blocking)},
                {QStringLiteral("row_scoring_ms"), summary(rowScoring)},
                {QStringLiteral("full_records_ms"), summary(fullScoring)},
                {QStringLiteral("candidates"), summary(candidates)},
                {QStringLiteral("full_records"), summary(fullRecords)}};
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString dbPath, queriesPath, dumpPath;
    int limit = 5;
    int repeat = 1;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--sqlite-db"))
            dbPath = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--queries"))
            queriesPath = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--limit"))
            limit = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--repeat"))
            repeat = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--dump-results"))
            dumpPath = args.at(i + 1);
    }
    if (dbPath.isEmpty() || queriesPath.isEmpty()) {
        std::fprintf(stderr, "usage: bench_search_stages --sqlite-db PATH --queries FILE [--limit 5] [--repeat 1] "
                             "[--dump-results FILE]\n");
        return 2;
    }
    const std::optional<QStringList> texts = readQueries(queriesPath);
    if (!texts)
        return 1;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
    if (!openStore(db, dbPath))
        return 1;
    QFile dump(dumpPath);
    if (!dumpPath.isEmpty() && !dump.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(dumpPath), qPrintable(dump.errorString()));
        return 1;
    }
    PatientSearch search(db, Dialect::Sqlite);
    Stages stages;
    for (qsizetype index = 0; index < texts->size(); ++index) {
        const auto query = parsedQuery(texts->at(index), limit);
        if (!query) {
            ++stages.failed;
            continue;
        }
        qint64 elapsed = 0;
        std::optional<QList<PatientSearch::Hit>> hits;
        for (int run = 0; run < repeat; ++run) {
            QElapsedTimer timer;
            timer.start();
            hits = search.run(*query, false);
            if (!hits) {
                ++stages.failed;
                break;
            }
            elapsed = timer.nsecsElapsed();
        }
        if (dump.isOpen())
            dump.write(hits ? dumpLine(static_cast<int>(index), *hits) : QByteArray("{\"failed\":true}\n"));
        stages.add(elapsed, search.stats());
    }
    std::printf("%s\n", QJsonDocument(stages.json()).toJson(QJsonDocument::Indented).constData());
    return stages.failed == 0 ? 0 : 1;
}
