// Where patient search spends its time on a filled store (a program, not a test; prints JSON).
//
//   bench_search_stages --sqlite-db PATH --queries FILE [--limit 5] [--repeat 1]
//
// Reads caller queries (one JSON object per line with the free-text box in "q", as the
// held-out set in tests/bench/heldout writes them), runs each through PatientQuery::parse and
// PatientSearch in process on the given SQLite store (no HTTP, no audit), and prints the
// percentiles of the whole search and of each step (blocking query, row scoring, full
// records), and of the candidate counts. With --repeat N every query runs N times and the
// last run counts (a warm page cache).

#include "http/queryparams.h"
#include "patients/patientquery.h"
#include "patients/patientsearch.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>

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

double ms(qint64 ns)
{
    return static_cast<double>(ns) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString dbPath, queriesPath;
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
    }
    if (dbPath.isEmpty() || queriesPath.isEmpty()) {
        std::fprintf(stderr, "usage: bench_search_stages --sqlite-db PATH --queries FILE [--limit 5] [--repeat 1]\n");
        return 2;
    }
    QFile file(queriesPath);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(queriesPath), qPrintable(file.errorString()));
        return 1;
    }
    QStringList texts;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            texts << QJsonDocument::fromJson(line).object().value(QStringLiteral("q")).toString();
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
    db.setDatabaseName(dbPath);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        std::fprintf(stderr, "%s: cannot open\n", qPrintable(dbPath));
        return 1;
    }
    for (const QString &pragma : qEnvironmentVariable("BENCH_PRAGMAS").split(QLatin1Char(';'), Qt::SkipEmptyParts))
        QSqlQuery(db).exec(QStringLiteral("PRAGMA ") + pragma);
    PatientSearch search(db, Dialect::Sqlite);
    QList<double> total, blocking, rowScoring, fullScoring, candidates, fullRecords;
    int failed = 0;
    for (const QString &text : std::as_const(texts)) {
        QUrlQuery encoded;
        encoded.addQueryItem(QStringLiteral("q"), text);
        encoded.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        const auto params = QueryParams::parse(encoded.toString(QUrl::FullyEncoded).toUtf8());
        QList<izdesk::FieldError> errors;
        const auto query = params ? PatientQuery::parse(*params, QDate::currentDate().year(), &errors) : std::nullopt;
        if (!query) {
            ++failed;
            continue;
        }
        qint64 elapsed = 0;
        for (int run = 0; run < repeat; ++run) {
            QElapsedTimer timer;
            timer.start();
            if (!search.run(*query, false)) {
                ++failed;
                break;
            }
            elapsed = timer.nsecsElapsed();
        }
        const PatientSearch::Stats &s = search.stats();
        total << ms(elapsed);
        blocking << ms(s.blockingNs);
        rowScoring << ms(s.rowScoringNs);
        fullScoring << ms(s.fullScoringNs);
        candidates << static_cast<double>(s.candidates);
        fullRecords << static_cast<double>(s.fullRecords);
    }
    const QJsonObject result{{QStringLiteral("queries"), static_cast<int>(total.size())},
                             {QStringLiteral("failed"), failed},
                             {QStringLiteral("search_ms"), summary(total)},
                             {QStringLiteral("blocking_ms"), summary(blocking)},
                             {QStringLiteral("row_scoring_ms"), summary(rowScoring)},
                             {QStringLiteral("full_records_ms"), summary(fullScoring)},
                             {QStringLiteral("candidates"), summary(candidates)},
                             {QStringLiteral("full_records"), summary(fullRecords)}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return failed == 0 ? 0 : 1;
}
