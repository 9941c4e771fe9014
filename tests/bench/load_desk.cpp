// Desk load (a program, not a test): N simulated desk users, each signed in with its own staff
// account, play a phone desk against one or more running izdesk-server instances for a set
// time, then every write is read back. Prints JSON on stdout (progress on stderr): throughput
// and p50/p95/p99 per request kind, errors by kind and status, lost/doubled writes, and the
// servers' resident memory over time. The mix and think times are in tests/bench/README.md.
//
// Usage: load_desk --url URL[,URL…] --patients patients.csv --password-file FILE
//                  [--users 50] [--supervisors 0.1] [--duration 600] [--seed 1]
//                  [--report-interval 10] [--warmup S] [--server-pid PID[,PID…]]
//                  [--user-prefix desk] [--think-scale 1] [--out FILE]
// Accounts: <prefix>sup01… (supervisor) and <prefix>spec01… (specialist), all with the
// password in FILE; users are spread over the URLs round-robin.

#include "benchsupport.h"
#include "loaddesk_desk.h"
#include "loaddesk_readback.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <curl/curl.h>

#include <cmath>
#include <cstdio>
#include <thread>

using namespace izdesk::bench;

namespace {

QStringList optionList(const QStringList &args, const QString &name)
{
    QStringList values;
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args.at(i) == name)
            values << args.at(i + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    return values;
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "load_desk: %s\n", qPrintable(message));
    std::exit(2);
}

QByteArray readProc(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 rssKib(qint64 pid)
{
    for (const QByteArray &line : readProc(QStringLiteral("/proc/%1/status").arg(pid)).split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double loadAverage()
{
    return readProc(QStringLiteral("/proc/loadavg")).split(' ').value(0).toDouble();
}

// The process listening on `port` (socket inode in /proc/net/tcp{,6}, then whose fd it is).
qint64 pidListeningOn(int port)
{
    QSet<QByteArray> inodes;
    for (const QString &table : {QStringLiteral("/proc/net/tcp"), QStringLiteral("/proc/net/tcp6")}) {
        for (const QByteArray &line : readProc(table).split('\n')) {
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() > 9 && f.at(3) == "0A" && f.at(1).split(':').value(1).toInt(nullptr, 16) == port)
                inodes.insert("socket:[" + f.at(9) + ']');
        }
    }
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        if (pid.toLongLong() <= 0)
            continue;
        const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
        for (const QString &fd : QDir(fdDir).entryList(QDir::Files | QDir::System)) {
            if (inodes.contains(QFile::symLinkTarget(fdDir + QLatin1Char('/') + fd).section(QLatin1Char('/'), -1).toUtf8()))
                return pid.toLongLong();
        }
    }
    return -1;
}

// The desk: supervisors first (at least one when the share is above 0), then specialists,
// spread over the servers round-robin; the specialists' names go into `run`.
std::vector<DeskUser> makeDesk(DeskRun &run, int users, int supervisors, const QString &prefix, quint64 seed)
{
    std::vector<DeskUser> desk(size_t(users), DeskUser{});
    for (int i = 0; i < users; ++i) {
        DeskUser &u = desk[size_t(i)];
        u.supervisor = i < supervisors;
        u.username = u.supervisor ? QStringLiteral("%1sup%2").arg(prefix).arg(i + 1, 2, 10, QLatin1Char('0'))
                                  : QStringLiteral("%1spec%2").arg(prefix).arg(i - supervisors + 1, 2, 10, QLatin1Char('0'));
        u.server = i % int(run.urls.size());
        u.seed = seed * 1000003u + quint64(i);
        if (!u.supervisor)
            run.specialists << u.username;
    }
    return desk;
}

// Every interval while users play: one memory sample per server and a progress line.
QJsonArray sampleWhileRunning(DeskRun &run, const QList<qint64> &pids, const std::atomic<int> &running,
                              Clock::time_point start, int interval)
{
    QJsonArray samples;
    qint64 lastRequests = 0;
    auto nextSample = start;
    while (running.load() > 0) {
        nextSample += std::chrono::seconds(interval);
        while (running.load() > 0 && Clock::now() < nextSample)
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        const double t = std::chrono::duration<double>(Clock::now() - start).count();
        QJsonArray rss;
        QStringList rssText;
        for (qint64 pid : pids) {
            rss.append(rssKib(pid));
            rssText << QString::number(rssKib(pid) / 1024.0, 'f', 1);
        }
        const double load = loadAverage();
        samples.append(QJsonObject{{QStringLiteral("t_s"), std::round(t)}, {QStringLiteral("rss_kib"), rss}, {QStringLiteral("load1"), load}});
        const qint64 requests = run.recorder.requests();
        progress(QStringLiteral("t=%1s requests=%2 (%3/s) errors=%4 rss_mib=[%5] load=%6")
                     .arg(qint64(t)).arg(requests).arg(double(requests - lastRequests) / interval, 0, 'f', 1)
                     .arg(run.recorder.errors()).arg(rssText.join(QLatin1Char(','))).arg(load));
        lastRequests = requests;
    }
    return samples;
}

// Every user plays on its own thread (its live feed on another) until the run's deadline;
// the memory samples taken meanwhile.
QJsonArray play(DeskRun &run, std::vector<DeskUser> &desk, const QList<qint64> &pids, Clock::time_point start,
                int interval)
{
    std::atomic<int> running{int(desk.size())};
    std::vector<std::thread> threads;
    for (DeskUser &u : desk) {
        threads.emplace_back([&run, &u, &running] {
            if (signIn(run, u)) {
                std::thread feed([&run, &u] { runFeed(run, u); });
                u.supervisor ? runSupervisor(run, u) : runSpecialist(run, u);
                feed.join();
            }
            running.fetch_sub(1);
        });
    }
    const QJsonArray samples = sampleWhileRunning(run, pids, running, start, interval);
    for (auto &t : threads)
        t.join();
    return samples;
}

// The memory of server `s` over the run: first and last sample after the warm-up, and the
// floor and median of the first and the last sixth after it.
QJsonObject memoryOf(const QJsonArray &samples, qsizetype s, int warmup, const QString &url, qint64 pid)
{
    qint64 first = -1;
    qint64 last = -1;
    for (const QJsonValue &v : samples) {
        const QJsonObject o = v.toObject();
        const qint64 kib = o.value(QStringLiteral("rss_kib")).toArray().at(s).toInteger();
        if (o.value(QStringLiteral("t_s")).toDouble() >= warmup && first < 0)
            first = kib;
        last = kib;
    }
    const auto percent = [](qint64 from, qint64 to) {
        return from > 0 ? std::round(double(to - from) * 10000.0 / double(from)) / 100 : 0.0;
    };
    // One sample is one moment: a burst of requests in flight lifts it for a few seconds.
    // The floor (lowest sample) and the median of the first and the last sixth after the
    // warm-up tell a leak (the floor rises) from such bursts (it does not).
    QList<qint64> after;
    for (const QJsonValue &v : samples) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("t_s")).toDouble() >= warmup)
            after << o.value(QStringLiteral("rss_kib")).toArray().at(s).toInteger();
    }
    const qsizetype part = std::max<qsizetype>(1, after.size() / 6);
    const auto window = [&after, part](bool atEnd) {
        QList<qint64> w = atEnd ? after.mid(after.size() - part) : after.mid(0, part);
        std::sort(w.begin(), w.end());
        return std::pair<qint64, qint64>{w.isEmpty() ? -1 : w.first(), w.isEmpty() ? -1 : w.at(w.size() / 2)};
    };
    const auto [floorFirst, medianFirst] = window(false);
    const auto [floorLast, medianLast] = window(true);
    return QJsonObject{{QStringLiteral("url"), url}, {QStringLiteral("pid"), pid},
                       {QStringLiteral("first_after_warmup_kib"), first}, {QStringLiteral("last_kib"), last},
                       {QStringLiteral("growth_percent"), percent(first, last)},
                       {QStringLiteral("floor_first_kib"), floorFirst}, {QStringLiteral("floor_last_kib"), floorLast},
                       {QStringLiteral("floor_growth_percent"), percent(floorFirst, floorLast)},
                       {QStringLiteral("median_first_kib"), medianFirst},
                       {QStringLiteral("median_last_kib"), medianLast},
                       {QStringLiteral("median_growth_percent"), percent(medianFirst, medianLast)}};
}

// Every write read back, through one session per server (the first desk user's account).
QJsonObject readBackWrites(DeskRun &run, const std::vector<DeskUser> &desk)
{
    progress(QStringLiteral("reading back %1 tickets").arg(run.log.tickets.size()));
    QList<QByteArray> tokens;
    bool supervisorTokens = true;
    for (qsizetype s = 0; s < run.urls.size(); ++s) {
        DeskUser reader{desk.front().username, desk.front().supervisor, int(s), 0, {}};
        supervisorTokens = supervisorTokens && reader.supervisor;
        signIn(run, reader);
        tokens << reader.token;
    }
    return readBack(run, tokens, supervisorTokens);
}

// The servers whose memory is sampled: --server-pid, else the process listening on each URL.
QList<qint64> serverPids(const QStringList &args, const QStringList &urls)
{
    QList<qint64> pids;
    for (const QString &p : optionList(args, QStringLiteral("--server-pid")))
        pids << p.toLongLong();
    if (pids.isEmpty()) {
        for (const QString &u : urls)
            pids << pidListeningOn(QUrl(u).port());
    }
    return pids;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    DeskRun run;
    run.urls = optionList(args, QStringLiteral("--url"));
    const int users = option(args, QStringLiteral("--users"), QStringLiteral("50")).toInt();
    const double supervisorShare = option(args, QStringLiteral("--supervisors"), QStringLiteral("0.1")).toDouble();
    const int duration = option(args, QStringLiteral("--duration"), QStringLiteral("600")).toInt();
    const quint64 seed = option(args, QStringLiteral("--seed"), QStringLiteral("1")).toULongLong();
    const int interval = std::max(1, option(args, QStringLiteral("--report-interval"), QStringLiteral("10")).toInt());
    const int warmup = option(args, QStringLiteral("--warmup"), QString::number(std::min(60, duration / 5))).toInt();
    run.thinkScale = option(args, QStringLiteral("--think-scale"), QStringLiteral("1")).toDouble();
    const QString patients = option(args, QStringLiteral("--patients"), QString());
    const QString passwordFile = option(args, QStringLiteral("--password-file"), QString());
    if (run.urls.isEmpty() || users < 1 || duration < 1 || patients.isEmpty() || passwordFile.isEmpty() || run.thinkScale <= 0)
        fail(QStringLiteral("needs --url, --patients and --password-file; --users, --duration and --think-scale must be positive"));
    QFile pw(passwordFile);
    if (!pw.open(QIODevice::ReadOnly))
        fail(QStringLiteral("--password-file %1: %2").arg(passwordFile, pw.errorString()));
    run.password = QString::fromUtf8(pw.readLine()).trimmed();
    QString error;
    run.callers = loadCallers(patients, &error);
    if (run.callers.empty())
        fail(QStringLiteral("--patients ") + error);
    const QList<qint64> pids = serverPids(args, run.urls);
    const int supervisors = supervisorShare > 0 ? std::max(1, int(std::lround(users * supervisorShare))) : 0;
    std::vector<DeskUser> desk =
        makeDesk(run, users, supervisors, option(args, QStringLiteral("--user-prefix"), QStringLiteral("desk")), seed);
    run.runToken = QStringLiteral("LD%1x%2").arg(seed).arg(QDateTime::currentSecsSinceEpoch() % 1000000);

    curl_global_init(CURL_GLOBAL_DEFAULT);
    const double loadAtStart = loadAverage();
    const auto start = Clock::now();
    run.deadline = start + std::chrono::seconds(duration);
    const QJsonArray samples = play(run, desk, pids, start, interval);
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    const double loadAtEnd = loadAverage();
    const QJsonObject writes = readBackWrites(run, desk);
    QJsonArray memory;
    for (qsizetype s = 0; s < pids.size(); ++s)
        memory.append(memoryOf(samples, s, warmup, run.urls.value(s), pids.at(s)));

    const QJsonObject stats = run.recorder.toJson(seconds);
    QJsonObject report{
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("urls"), QJsonArray::fromStringList(run.urls)},
                                               {QStringLiteral("users"), users}, {QStringLiteral("supervisors"), supervisors},
                                               {QStringLiteral("duration_s"), duration}, {QStringLiteral("seed"), qint64(seed)},
                                               {QStringLiteral("warmup_s"), warmup}, {QStringLiteral("callers"), qint64(run.callers.size())},
                                               {QStringLiteral("run_token"), run.runToken}}},
        {QStringLiteral("seconds"), std::round(seconds * 10) / 10},
        {QStringLiteral("requests"), run.recorder.requests()},
        {QStringLiteral("requests_per_second"), std::round(double(run.recorder.requests()) / seconds * 100) / 100},
        {QStringLiteral("errors"), run.recorder.errors()},
        {QStringLiteral("kinds"), stats.value(QStringLiteral("kinds"))},
        {QStringLiteral("counters"), stats.value(QStringLiteral("counters"))},
        {QStringLiteral("first_error_bodies"), run.recorder.errorSamples()},
        {QStringLiteral("writes"), writes},
        {QStringLiteral("memory"), memory},
        {QStringLiteral("memory_samples"), samples},
        {QStringLiteral("load_average"), QJsonObject{{QStringLiteral("start"), loadAtStart}, {QStringLiteral("end"), loadAtEnd}}},
    };
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    const QString out = option(args, QStringLiteral("--out"), QString());
    if (!out.isEmpty()) {
        QFile f(out);
        if (f.open(QIODevice::WriteOnly))
            f.write(json);
    }
    curl_global_cleanup();
    if (run.log.tickets.empty())
        progress(QStringLiteral("no ticket was created: the run proves nothing (longer --duration?)"));
    const bool clean = !run.log.tickets.empty() && run.recorder.errors() == 0 && writes.value(QStringLiteral("lost")).toInteger() == 0
        && writes.value(QStringLiteral("doubled")).toInteger() == 0 && writes.value(QStringLiteral("readback_errors")).toInteger() == 0;
    return clean ? 0 : 1;
}
