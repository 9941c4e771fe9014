#include "hl7/hl7tool.h"

#include "hl7/checkpolicy.h"
#include "hl7/checkreport.h"
#include "hl7/codetables.h"
#include "hl7/submissioncheck.h"
#include "hl7/vxugenerator.h"
#include "serverapp.h"
#include "storage/database.h"
#include "tools/toolsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace izdesk::server::hl7 {

using tool::err;
using tool::out;
using tool::parseOptions;

namespace {

const char *const kCheckUsage =
    "usage: izdesk-server hl7 check FILE... [--ack] [--json] [--policy FILE] [--received YYYY-MM-DDTHH:MM:SSZ] "
    "[--codesets DIR | --database URL]";
const char *const kGenerateUsage =
    "usage: izdesk-server hl7 generate --messages N --codesets DIR [--seed S] --out DIR [--batch-size K] [--rate R]";

void print(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

std::shared_ptr<CodeTables> loadTables(const QHash<QString, QString> &o, std::unique_ptr<ServerApp> *app)
{
    auto tables = std::make_shared<CodeTables>();
    QString error;
    if (!tables->loadBuiltInValueSets(&error)) {
        err(QStringLiteral("the built-in HL7 value sets: %1").arg(error));
        return nullptr;
    }
    if (o.contains(QStringLiteral("--codesets"))) {
        if (!tables->loadCdcFiles(o.value(QStringLiteral("--codesets")), &error)) {
            err(QStringLiteral("--codesets %1: %2").arg(o.value(QStringLiteral("--codesets")), error));
            return nullptr;
        }
        return tables;
    }
    *app = tool::openDatabase(o);
    if (!*app)
        return nullptr;
    if (!tables->loadFromDatabase((*app)->database().connection(), &error)) {
        err(error);
        return nullptr;
    }
    return tables;
}

QString problemLine(const QString &file, const ReadProblem &p)
{
    return QStringLiteral("%1: byte %2: %3").arg(file).arg(p.offset).arg(p.message);
}

// The text report: each message with findings, its findings, the totals and the verdict.
void printSummary(const CheckReport &report, bool passed, const QString &why)
{
    int accepted = 0, rejected = 0;
    for (const CheckReport::MessageResult &m : report.messages()) {
        accepted += m.verdict == QLatin1String("AA") ? 1 : 0;
        rejected += m.verdict == QLatin1String("AR") ? 1 : 0;
        if (m.findings.isEmpty())
            continue;
        out(QStringLiteral("message %1 (%2): %3, %4 error(s), %5 warning(s)")
                .arg(m.index + 1).arg(m.controlId.isEmpty() ? QStringLiteral("no control id") : m.controlId, m.verdict)
                .arg(m.errors()).arg(m.warnings()));
        for (const Finding &f : m.findings)
            out(QStringLiteral("  %1 %2%3 at %4: %5").arg(severityName(f.severity), f.check,
                                                        f.item.isEmpty() ? QString() : QStringLiteral(" (item %1)").arg(f.item),
                                                        f.location.toString(), f.message));
    }
    const int total = int(report.messages().size());
    out(QStringLiteral("%1 message(s): %2 accepted, %3 with errors, %4 rejected, %5 with warnings")
            .arg(total).arg(accepted).arg(report.errorMessages() - rejected).arg(rejected).arg(report.warningMessages()));
    out(passed ? QStringLiteral("verdict: pass") : QStringLiteral("verdict: fail (%1)").arg(why));
}

} // namespace

int Hl7Tool::run(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("check"))
        return check(args.mid(1));
    if (sub == QLatin1String("generate"))
        return generate(args.mid(1));
    err(QLatin1String(kCheckUsage));
    err(QLatin1String(kGenerateUsage));
    return 2;
}

int Hl7Tool::check(const QStringList &args)
{
    QHash<QString, QString> o;
    QStringList files;
    if (!parseOptions(args, {QStringLiteral("--policy"), QStringLiteral("--received"), QStringLiteral("--codesets"), QStringLiteral("--database")},
                      &o, &files, {QStringLiteral("--ack"), QStringLiteral("--json")}))
        return 2;
    const bool ack = o.contains(QStringLiteral("--ack")), json = o.contains(QStringLiteral("--json"));
    if (files.isEmpty() || (ack && json) || (o.contains(QStringLiteral("--codesets")) && o.contains(QStringLiteral("--database")))) {
        err(QLatin1String(kCheckUsage));
        return 2;
    }
    QDateTime received = QDateTime::currentDateTimeUtc();
    if (o.contains(QStringLiteral("--received"))) {
        const QString text = o.value(QStringLiteral("--received"));
        received = QDateTime::fromString(text, Qt::ISODate);
        if (!received.isValid() || !text.endsWith(QLatin1Char('Z'))) {
            err(QStringLiteral("--received: expected a UTC time YYYY-MM-DDTHH:MM:SSZ, not \"%1\"").arg(text));
            return 2;
        }
    }
    std::shared_ptr<const CheckPolicy> policy;
    if (o.contains(QStringLiteral("--policy"))) {
        QString error;
        auto p = CheckPolicy::fromFile(o.value(QStringLiteral("--policy")), &error);
        if (!p) {
            err(QStringLiteral("--policy %1: %2").arg(o.value(QStringLiteral("--policy")), error));
            return 2;
        }
        policy = std::make_shared<const CheckPolicy>(std::move(*p));
    } else {
        policy = std::make_shared<const CheckPolicy>(CheckPolicy::builtIn());
    }
    // Every file is read before anything is checked, so an unreadable one stops the run early.
    QList<QPair<QString, QByteArray>> inputs;
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            err(QStringLiteral("%1: cannot read the file (%2)").arg(path, f.errorString()));
            return 2;
        }
        inputs.append({path, f.readAll()});
        if (f.error() != QFileDevice::NoError) {
            err(QStringLiteral("%1: cannot read the file (%2)").arg(path, f.errorString()));
            return 2;
        }
    }
    std::unique_ptr<ServerApp> app;
    const auto tables = loadTables(o, &app);
    if (!tables)
        return 2;

    SubmissionCheck batch(tables, policy, received, ack);
    QStringList names;
    for (auto &[path, bytes] : inputs) {
        names << path;
        const qsizetype firstProblem = batch.inputProblems().size(), firstMessage = batch.messages().size();
        const int count = batch.add(bytes);
        bytes.clear();
        for (qsizetype i = firstProblem; i < batch.inputProblems().size(); ++i)
            err(problemLine(path, batch.inputProblems().at(i).problem));
        if (ack) {
            for (qsizetype i = firstMessage; i < batch.messages().size(); ++i) {
                QByteArray text = batch.messages().at(i).ack;
                text.replace('\r', '\n');
                print(text + '\n');
            }
        }
        if (!json && !ack) {
            out(QStringLiteral("%1: %2 message(s)").arg(path).arg(count));
        }
    }
    QString why;
    const bool passed = batch.passed(&why);
    if (json) {
        print(QJsonDocument(batch.reportJson(names)).toJson(QJsonDocument::Indented));
    } else if (!ack) {
        printSummary(batch.report(), passed, why);
    }
    std::fflush(stdout);
    return passed ? 0 : 1;
}

int Hl7Tool::generate(const QStringList &args)
{
    QHash<QString, QString> o;
    QStringList positional;
    if (!parseOptions(args, {QStringLiteral("--messages"), QStringLiteral("--seed"), QStringLiteral("--out"), QStringLiteral("--batch-size"),
                             QStringLiteral("--codesets"), QStringLiteral("--rate")},
                      &o, &positional))
        return 2;
    if (!positional.isEmpty()) {
        err(QLatin1String(kGenerateUsage));
        return 2;
    }
    bool ok = false;
    const qint64 count = o.value(QStringLiteral("--messages")).toLongLong(&ok);
    if (!ok || count < 1 || count > 10000000) {
        err(QStringLiteral("--messages: expected a count from 1 to 10000000"));
        return 2;
    }
    VxuGenerator::Options options;
    options.seed = o.value(QStringLiteral("--seed"), QStringLiteral("1")).toULongLong(&ok);
    if (!ok) {
        err(QStringLiteral("--seed: expected a non-negative integer"));
        return 2;
    }
    const int batchSize = o.value(QStringLiteral("--batch-size"), QStringLiteral("0")).toInt(&ok);
    if (!ok || batchSize < 0) {
        err(QStringLiteral("--batch-size: expected a number of messages per batch file (0: one file per message)"));
        return 2;
    }
    const double rate = o.value(QStringLiteral("--rate"), QStringLiteral("0.04")).toDouble(&ok);
    if (!ok || rate < 0 || rate > 1) {
        err(QStringLiteral("--rate: expected the share of messages with each defect, from 0 to 1"));
        return 2;
    }
    options.setAllRates(rate);
    const QString dir = o.value(QStringLiteral("--out"));
    const QString codesetDir = o.value(QStringLiteral("--codesets"));
    if (dir.isEmpty() || codesetDir.isEmpty()) {
        err(dir.isEmpty() ? QStringLiteral("--out: the output folder is required")
                          : QStringLiteral("--codesets: the folder of the CDC code set files is required"));
        return 2;
    }
    QString error;
    const auto codes = VxuGenerator::loadCodes(codesetDir, &error);
    if (!codes) {
        err(QStringLiteral("--codesets %1: %2").arg(codesetDir, error));
        return 2;
    }
    const VxuGenerator generator(codes, options);
    VxuGenerator::WriteStats stats;
    if (!generator.writeFiles(count, dir, batchSize, &stats, &error, [](qint64 n) { out(QStringLiteral("generated %1 messages").arg(n)); })) {
        err(error);
        return 2;
    }
    QStringList seeded;
    for (auto it = stats.seeded.cbegin(); it != stats.seeded.cend(); ++it)
        seeded << QStringLiteral("%1 %2").arg(QLatin1Char(it.key())).arg(it.value());
    out(QStringLiteral("wrote %1 messages in %2 file(s) to %3 (%4 clean; defects: %5) and truth.jsonl")
            .arg(stats.messages).arg(stats.files).arg(dir).arg(stats.clean).arg(seeded.join(QStringLiteral(", "))));
    return 0;
}

} // namespace izdesk::server::hl7
