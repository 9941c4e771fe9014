// bench_queue: client queue performance with a large replica. Not a test: prints JSON.
//
//   bench_queue [--tickets N] [--runs R]
//
// 1. A child process (this program with --generate) writes N synthetic tickets into a real
//    replica file (CacheWorker: SQLite WAL, PHI sealed with AES-256-GCM), so the measuring
//    process starts cold with none of that data in its heap.
// 2. Cold start: TicketCache opens the file on its writer thread, loads and decrypts the rows,
//    TicketListModel is filled, and a QTableView over TicketFilterProxyModel is shown
//    (offscreen) and painted — the time to a visible, filled queue.
// 3. Free-text filter latency and sort latency (median of R runs each), then VmRSS.
// Targets: visible < 1000 ms, filter < 50 ms, RSS < 200 MB. Wall times grow with
// other load on the machine, so CPU times and the load average are printed next to them.
//   --load FILE HEXKEY   profiling aid: only the replica read (CacheWorker) of FILE.
#include "cacheworker.h"
#include "memorycredentialstore.h"
#include "phicipher.h"
#include "ticketcache.h"

#include <ticketfilterproxymodel.h>
#include <ticketlistmodel.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>

#include <time.h>

using namespace izdesk;

namespace {

const QString kProfile = QStringLiteral("bench");
const QString kUser = QStringLiteral("bench");

const QStringList kFirst{QStringLiteral("Maria"), QStringLiteral("James"), QStringLiteral("Linh"), QStringLiteral("Ahmed"),
                         QStringLiteral("Olivia"), QStringLiteral("Juan"), QStringLiteral("Grace"), QStringLiteral("Tomasz")};
const QStringList kLast{QStringLiteral("Garcia"), QStringLiteral("Nguyen"), QStringLiteral("Smith"), QStringLiteral("Okafor"),
                        QStringLiteral("Johnson"), QStringLiteral("Kowalski"), QStringLiteral("Lee"), QStringLiteral("Haddad")};
const QStringList kTopics{QStringLiteral("password reset"), QStringLiteral("duplicate patient record"),
                          QStringLiteral("missing dose in forecast"), QStringLiteral("HL7 upload rejected"),
                          QStringLiteral("VFC inventory mismatch"), QStringLiteral("school report access"),
                          QStringLiteral("new clinic enrollment"), QStringLiteral("lot number expired")};
const QStringList kStatus{QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("pending_caller"),
                          QStringLiteral("pending_internal"), QStringLiteral("resolved"), QStringLiteral("closed")};
const QStringList kPriority{QStringLiteral("urgent"), QStringLiteral("high"), QStringLiteral("normal"), QStringLiteral("low")};
const QStringList kCategory{QStringLiteral("account_access"), QStringLiteral("data_quality"), QStringLiteral("reports"),
                            QStringLiteral("data_exchange"), QStringLiteral("vfc"), QStringLiteral("other")};
const QStringList kChannel{QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("fax"), QStringLiteral("web")};

Ticket synthetic(qint64 id, QRandomGenerator &rng)
{
    auto pick = [&rng](const QStringList &list) { return list.at(int(rng.bounded(quint32(list.size())))); };
    Ticket t;
    t.id = id;
    const QString name = pick(kFirst) + QLatin1Char(' ') + pick(kLast);
    const QString topic = pick(kTopics);
    t.subject = QStringLiteral("%1 for %2 (clinic %3)").arg(topic, name).arg(rng.bounded(5000));
    t.description = QStringLiteral("Caller reports %1. Patient %2, DOB 20%3-0%4-1%5. Steps tried: cleared cache, "
                                   "re-entered the lot, checked the facility list.")
                        .arg(topic, pick(kFirst) + QLatin1Char(' ') + pick(kLast))
                        .arg(rng.bounded(10, 24))
                        .arg(rng.bounded(1, 9))
                        .arg(rng.bounded(0, 9));
    t.status = pick(kStatus);
    t.priority = pick(kPriority);
    t.category = pick(kCategory);
    t.channel = pick(kChannel);
    t.requesterName = name;
    t.requesterContact = QStringLiteral("555-%1-%2").arg(rng.bounded(100, 999)).arg(rng.bounded(1000, 9999));
    t.organizationId = rng.bounded(1, 2000);
    t.organizationName = QStringLiteral("County Clinic %1").arg(*t.organizationId);
    t.assignee = rng.bounded(4) == 0 ? QString() : QStringLiteral("specialist%1").arg(rng.bounded(1, 40));
    t.createdBy = QStringLiteral("specialist%1").arg(rng.bounded(1, 40));
    const QDateTime base = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    t.createdAt = base.addSecs(qint64(rng.bounded(60 * 60 * 24 * 600)));
    t.updatedAt = t.createdAt.addSecs(rng.bounded(60 * 60 * 24 * 10));
    t.version = int(rng.bounded(1, 9));
    if (t.status != QLatin1String("resolved") && t.status != QLatin1String("closed")) {
        t.sla.resolutionDue = t.createdAt.addSecs(60 * 60 * 24);
        t.sla.paused = t.status == QLatin1String("pending_caller");
    } else {
        t.resolvedAt = t.updatedAt;
    }
    return t;
}

int generate(const QString &path, const QByteArray &key, int count)
{
    CacheWorker worker;
    if (!worker.open(path, kUser, key))
        return 1;
    QRandomGenerator rng(20261122);
    QList<Ticket> batch;
    for (int id = 1; id <= count; ++id) {
        batch.append(synthetic(id, rng));
        if (batch.size() == 5000 || id == count) {
            if (!worker.applyChanges(batch, QString::number(id)))
                return 2;
            batch.clear();
        }
    }
    worker.close();
    return 0;
}

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Other work on the machine stretches wall-clock figures; reported next to them.
double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// CPU time of this thread / process: unlike wall time it does not grow when other work
// competes for the cores, so both are reported.
double cpuMs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Profiling aid: the replica load of `path` alone, on this thread.
int loadOnly(const QString &path, const QByteArray &key)
{
    CacheWorker worker;
    QElapsedTimer t;
    t.start();
    worker.open(path, kUser, key);
    const auto q = worker.loadQueue();
    printf("{\"rows\": %d, \"load_ms\": %.1f, \"rss_mb\": %.1f}\n", int(q.tickets.size()), msSince(t),
           double(rssKiB()) / 1024.0);
    return 0;
}

// The replica written by a child process (this program with --generate), so the measuring
// process starts cold with none of that data in its heap. False after a message.
bool generateReplica(const QString &path, const QByteArray &key, int count)
{
    const int rc = QProcess::execute(QCoreApplication::applicationFilePath(),
                                     {QStringLiteral("--generate"), path, QString::fromLatin1(key.toHex()),
                                      QStringLiteral("--tickets"), QString::number(count)});
    if (rc != 0)
        qCritical("generation failed (%d)", rc);
    return rc == 0;
}

// The queue as the desk shows it, and each measured step; every figure goes into `out`.
struct QueueBench
{
    TicketListModel model;
    TicketFilterProxyModel proxy;
    QTableView view;
    QElapsedTimer clock;
    QJsonObject out;

    QueueBench()
    {
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        // Configured like TicketQueueView (widgets/ticketqueueview.cpp).
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSortingEnabled(true);
        view.setWordWrap(false);
        view.setShowGrid(false);
        view.verticalHeader()->setVisible(false);
        view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 10);
        view.resize(1400, 900);
    }

    // Cold start: open + load + decrypt on the writer thread, fill the model, show the view.
    void coldStart(TicketCache &cache)
    {
        clock.start();
        const double processCpuStart = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
        double loadedMs = 0;
        bool shown = false;
        cache.open(kProfile, kUser, [&](bool ok) {
            if (!ok)
                qFatal("cannot open the replica");
            cache.loadQueue([&](const QList<Ticket> &tickets, bool) {
                loadedMs = msSince(clock);
                model.setTickets(tickets);
                view.show();
                view.repaint();
                shown = true;
            });
        });
        while (!shown)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QCoreApplication::processEvents();
        const double visibleMs = msSince(clock);
        out.insert(QStringLiteral("rows_visible"), proxy.rowCount());
        out.insert(QStringLiteral("cold_start_load_ms"), loadedMs);
        out.insert(QStringLiteral("cold_start_visible_ms"), visibleMs);
        out.insert(QStringLiteral("cold_start_cpu_ms"), cpuMs(CLOCK_PROCESS_CPUTIME_ID) - processCpuStart);
    }

    // Free-text filter: words a desk would type; each run is the full refilter + repaint.
    void filter(int runs)
    {
        const QStringList words{QStringLiteral("garcia"), QStringLiteral("hl7"), QStringLiteral("clinic 1234"),
                                QStringLiteral("555-4"), QStringLiteral("lot expired"), QStringLiteral("T-0999"),
                                QStringLiteral("okafor password")};
        QList<double> filterMs;
        QList<double> filterCpuMs;
        QList<double> filterModelMs; // the proxy's part (match + remap), without the repaint
        int lastMatches = 0;
        for (int i = 0; i < runs; ++i) {
            clock.restart();
            const double cpu = cpuMs(CLOCK_THREAD_CPUTIME_ID);
            proxy.setTextFilter(words.at(i % words.size()));
            lastMatches = proxy.rowCount();
            filterModelMs.append(msSince(clock));
            view.repaint();
            filterMs.append(msSince(clock));
            filterCpuMs.append(cpuMs(CLOCK_THREAD_CPUTIME_ID) - cpu);
            proxy.setTextFilter({});
        }
        QList<double> clearMs;
        for (int i = 0; i < 3; ++i) {
            proxy.setTextFilter(words.first());
            clock.restart();
            proxy.setTextFilter({});
            view.repaint();
            clearMs.append(msSince(clock));
        }
        out.insert(QStringLiteral("filter_cpu_median_ms"), median(filterCpuMs));
        out.insert(QStringLiteral("filter_median_ms"), median(filterMs));
        out.insert(QStringLiteral("filter_model_median_ms"), median(filterModelMs));
        out.insert(QStringLiteral("filter_max_ms"), *std::max_element(filterMs.begin(), filterMs.end()));
        out.insert(QStringLiteral("filter_last_matches"), lastMatches);
        out.insert(QStringLiteral("filter_clear_median_ms"), median(clearMs));
    }

    // Sort by column header, alternating order, over every row.
    void sort(int runs)
    {
        const int columns[] = {TicketListModel::UpdatedColumn, TicketListModel::SubjectColumn,
                               TicketListModel::PriorityColumn, TicketListModel::NumberColumn};
        QList<double> sortMs;
        QList<double> sortCpuMs;
        QList<double> subjectSortMs;
        for (int i = 0; i < runs; ++i) {
            const int column = columns[i % 4];
            clock.restart();
            const double cpu = cpuMs(CLOCK_THREAD_CPUTIME_ID);
            view.sortByColumn(column, i % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
            view.repaint();
            const double ms = msSince(clock);
            sortCpuMs.append(cpuMs(CLOCK_THREAD_CPUTIME_ID) - cpu);
            sortMs.append(ms);
            if (column == TicketListModel::SubjectColumn)
                subjectSortMs.append(ms);
        }
        out.insert(QStringLiteral("sort_cpu_median_ms"), median(sortCpuMs));
        out.insert(QStringLiteral("sort_median_ms"), median(sortMs));
        out.insert(QStringLiteral("sort_max_ms"), *std::max_element(sortMs.begin(), sortMs.end()));
        out.insert(QStringLiteral("sort_subject_median_ms"), median(subjectSortMs));
    }

    // One live change while sorted and filtered (what the change feed does per ticket).
    void liveUpserts(int runs)
    {
        proxy.setTextFilter(QStringLiteral("garcia"));
        QList<double> upsertMs;
        QRandomGenerator rng(7);
        for (int i = 0; i < runs; ++i) {
            Ticket t = model.tickets().at(int(rng.bounded(quint32(model.rowCount()))));
            t.priority = t.priority == QLatin1String("urgent") ? QStringLiteral("low") : QStringLiteral("urgent");
            ++t.version;
            clock.restart();
            model.upsertTicket(t);
            QCoreApplication::processEvents();
            upsertMs.append(msSince(clock));
        }
        out.insert(QStringLiteral("live_upsert_median_ms"), median(upsertMs));
    }

    // The memory figures and the targets, once every step ran.
    void finish(qint64 rssBefore)
    {
        const qint64 rss = rssKiB();
        const double visibleMs = out.value(QStringLiteral("cold_start_visible_ms")).toDouble();
        const double filterMedian = out.value(QStringLiteral("filter_median_ms")).toDouble();
        out.insert(QStringLiteral("rss_before_load_mb"), double(rssBefore) / 1024.0);
        out.insert(QStringLiteral("cpu_count"), QThread::idealThreadCount());
        out.insert(QStringLiteral("load_average_1m"), loadAverage());
        out.insert(QStringLiteral("rss_mb"), double(rss) / 1024.0);
        out.insert(QStringLiteral("targets"), QJsonObject{{QStringLiteral("visible_ms"), 1000},
                                                          {QStringLiteral("filter_ms"), 50},
                                                          {QStringLiteral("rss_mb"), 200}});
        out.insert(QStringLiteral("met"), QJsonObject{{QStringLiteral("visible"), visibleMs < 1000},
                                                      {QStringLiteral("filter"), filterMedian < 50},
                                                      {QStringLiteral("rss"), rss / 1024.0 < 200}});
    }
};

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments();
    auto option = [&args](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int count = option(QStringLiteral("--tickets"), 100000);
    const int runs = option(QStringLiteral("--runs"), 7);
    if (const qsizetype g = args.indexOf(QStringLiteral("--generate")); g >= 0 && g + 2 < args.size())
        return generate(args.at(g + 1), QByteArray::fromHex(args.at(g + 2).toLatin1()), count);
    if (const qsizetype g = args.indexOf(QStringLiteral("--load")); g >= 0 && g + 2 < args.size())
        return loadOnly(args.at(g + 1), QByteArray::fromHex(args.at(g + 2).toLatin1()));

    QTemporaryDir dir;
    const QByteArray key = PhiCipher::generateKey();
    MemoryCredentialStore keychain;
    bool keyStored = false;
    keychain.writeSecret(QStringLiteral("cache-key/%1/%2").arg(kProfile, kUser), key, [&](bool ok) { keyStored = ok; });
    while (!keyStored)
        QCoreApplication::processEvents();

    QElapsedTimer genClock;
    genClock.start();
    TicketCache cache(dir.path(), &keychain);
    const QString path = cache.databasePath(kProfile);
    if (!generateReplica(path, key, count))
        return 1;
    const double generateMs = msSince(genClock);
    const qint64 rssBefore = rssKiB();

    QueueBench bench;
    bench.coldStart(cache);
    bench.filter(runs);
    bench.sort(runs);
    bench.liveUpserts(runs);
    bench.finish(rssBefore);
    bench.out.insert(QStringLiteral("tickets"), count);
    bench.out.insert(QStringLiteral("generate_ms"), generateMs);
    bench.out.insert(QStringLiteral("replica_bytes"), QFileInfo(path).size());
    printf("%s\n", QJsonDocument(bench.out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
