// HL7 VXU checking throughput: a generated batch of 10,000 messages (each checklist defect
// a–k in 4 % of them) read with Er7Reader and checked with VxuChecker on one thread.
//
// Usage: bench_hl7 [--messages N] [--seed S] [--codesets DIR]
// Prints one JSON object on stdout:
//   {"messages":…,"seconds":…,"messages_per_second":…,"peak_rss_kb":…}
// seconds covers reading and checking the batch (not generating it); peak_rss_kb is VmHWM.

#include "benchsupport.h"
#include "hl7/checkpolicy.h"
#include "hl7/codetables.h"
#include "hl7/er7reader.h"
#include "hl7/vxuchecker.h"
#include "hl7/vxugenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace izdesk::server::hl7;
using izdesk::bench::option;
using izdesk::bench::progress;

namespace {

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report size 0: read to the end rather than line by line.
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int count = option(args, QStringLiteral("--messages"), QStringLiteral("10000")).toInt();
    const quint64 seed = option(args, QStringLiteral("--seed"), QStringLiteral("20260101")).toULongLong();
    const QString codesets = option(args, QStringLiteral("--codesets"), QStringLiteral(IZDESK_TEST_DATA "/codesets"));

    QString error;
    const auto codes = VxuGenerator::loadCodes(codesets, &error);
    auto tables = std::make_shared<CodeTables>();
    if (!codes || !tables->loadBuiltInValueSets(&error) || !tables->loadCdcFiles(codesets, &error)) {
        progress(QStringLiteral("code sets: ") + error);
        return 1;
    }
    VxuGenerator::Options options;
    options.seed = seed;
    options.setAllRates(0.04);
    const VxuGenerator generator(codes, options);
    QList<VxuGenerator::Generated> messages;
    messages.reserve(count);
    for (int i = 0; i < count; ++i)
        messages.append(generator.message(i));
    const QByteArray batch = generator.batch(messages, QStringLiteral("bench"));
    messages.clear();
    progress(QStringLiteral("generated %1 messages, %2 bytes").arg(count).arg(batch.size()));

    const VxuChecker checker(tables, std::make_shared<const CheckPolicy>(CheckPolicy::builtIn()));
    const VxuChecker::Context context{QDateTime(QDate(2026, 1, 1), QTime(16, 0), Qt::UTC)};
    QElapsedTimer timer;
    timer.start();
    const Envelope envelope = Er7Reader().read(batch);
    qint64 findings = 0;
    for (const Message &m : envelope.messages)
        findings += checker.check(m, context).size();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    progress(QStringLiteral("%1 findings").arg(findings));

    // Written by hand to keep the documented key order.
    const QByteArray line = QStringLiteral("{\"messages\":%1,\"seconds\":%2,\"messages_per_second\":%3,\"peak_rss_kb\":%4}\n")
                                .arg(envelope.messages.size())
                                .arg(seconds, 0, 'f', 3)
                                .arg(seconds > 0 ? double(envelope.messages.size()) / seconds : 0.0, 0, 'f', 1)
                                .arg(peakRssKb())
                                .toUtf8();
    std::fputs(line.constData(), stdout);
    return envelope.messages.size() == count && envelope.problems.isEmpty() ? 0 : 1;
}
