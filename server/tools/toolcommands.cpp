#include "tools/toolcommands.h"

#include "codesets/codesetimporter.h"
#include "codesets/codesetreleasestore.h"
#include "duplicates/duplicatedetector.h"
#include "generator/populationgenerator.h"
#include "hl7/hl7tool.h"
#include "http/accessmatrix.h"
#include "http/router.h"
#include "importer/patientimporter.h"
#include "routes/routeregistry.h"
#include "serverapp.h"
#include "storage/database.h"
#include "tools/toolsupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QHash>

#include <cstdio>

namespace izdesk::server {

namespace {
const char *const kStageUsage = "usage: izdesk-server codesets stage DIR [--label TEXT] [--database URL]";
} // namespace

using tool::err;
using tool::openDatabase;
using tool::out;
using tool::parseOptions;

std::optional<int> ToolCommands::run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return std::nullopt;
    const QString command = arguments.at(1);
    const QStringList rest = arguments.mid(2);
    if (command == QLatin1String("generate"))
        return generate(rest);
    if (command == QLatin1String("import"))
        return importPatients(rest);
    if (command == QLatin1String("codesets")) {
        if (rest.value(0) == QLatin1String("stage"))
            return stageCodesets(rest.mid(1));
        if (rest.value(0) != QLatin1String("import")) {
            err(QStringLiteral("usage: izdesk-server codesets import DIR [--database URL]"));
            err(QLatin1String(kStageUsage));
            return 2;
        }
        return importCodesets(rest.mid(1));
    }
    if (command == QLatin1String("hl7"))
        return hl7::Hl7Tool::run(rest);
    if (command == QLatin1String("routes"))
        return listRoutes(rest);
    if (command == QLatin1String("duplicates")) {
        if (rest.value(0) != QLatin1String("scan")) {
            err(QStringLiteral("usage: izdesk-server duplicates scan [--database URL]"));
            return 2;
        }
        return scanDuplicates(rest.mid(1));
    }
    return std::nullopt;
}

int ToolCommands::listRoutes(const QStringList &args)
{
    const bool markdown = args == QStringList{QStringLiteral("--markdown")};
    if (!args.isEmpty() && !markdown) {
        err(QStringLiteral("usage: izdesk-server routes [--markdown]"));
        return 2;
    }
    Router router;
    registerAllRoutes(router);
    const QString table = markdown ? AccessMatrix::markdown(router) : AccessMatrix::text(router);
    std::fputs(table.toUtf8().constData(), stdout);
    return router.routesWithoutRule().isEmpty() ? 0 : 1;
}

int ToolCommands::generate(const QStringList &args)
{
    QHash<QString, QString> o;
    QStringList positional;
    if (!parseOptions(args, {QStringLiteral("--patients"), QStringLiteral("--seed"), QStringLiteral("--out")}, &o, &positional))
        return 2;
    bool ok = false;
    const qint64 count = o.value(QStringLiteral("--patients")).toLongLong(&ok);
    if (!ok || count < 1 || count > 50000000) {
        err(QStringLiteral("--patients: expected a count from 1 to 50000000"));
        return 2;
    }
    const quint64 seed = o.value(QStringLiteral("--seed"), QStringLiteral("1")).toULongLong(&ok);
    if (!ok) {
        err(QStringLiteral("--seed: expected a non-negative integer"));
        return 2;
    }
    const QString dir = o.value(QStringLiteral("--out"));
    if (dir.isEmpty()) {
        err(QStringLiteral("--out: the output folder is required"));
        return 2;
    }
    // A fixed "today" keeps the output the same from one day to the next for a seed.
    PopulationGenerator generator(seed, QDate(2026, 1, 1));
    PopulationGenerator::Stats stats;
    QString error;
    if (!generator.writeCsv(count, dir, &stats, &error, [](qint64 n) { out(QStringLiteral("generated %1 records").arg(n)); })) {
        err(error);
        return 1;
    }
    out(QStringLiteral("wrote %1 records (%2 persons, %3 duplicates) and %4 immunizations to %5")
            .arg(stats.records).arg(stats.persons).arg(stats.duplicates).arg(stats.immunizations).arg(dir));
    return 0;
}

int ToolCommands::importPatients(const QStringList &args)
{
    QHash<QString, QString> o;
    QStringList positional;
    if (!parseOptions(args, {QStringLiteral("--patients"), QStringLiteral("--immunizations"), QStringLiteral("--database")},
                      &o, &positional))
        return 2;
    if (o.value(QStringLiteral("--patients")).isEmpty()) {
        err(QStringLiteral("--patients: the patients CSV file is required"));
        return 2;
    }
    auto app = openDatabase(o);
    if (!app)
        return 1;
    QElapsedTimer timer;
    timer.start();
    PatientImporter importer(app->database().connection(), app->database().dialect(), QDateTime::currentDateTimeUtc());
    importer.setProgress([](const QString &line) { out(line); });
    const auto report = importer.run(o.value(QStringLiteral("--patients")), o.value(QStringLiteral("--immunizations")));
    if (!report.ok) {
        for (const QString &line : report.errors)
            err(line);
        err(QStringLiteral("%1 error(s); nothing was imported").arg(report.errorCount));
        return 1;
    }
    out(QStringLiteral("patients: %1 imported, %2 already on file; immunizations: %3 imported, %4 already on file (%5 s)")
            .arg(report.patientsInserted).arg(report.patientsSkipped).arg(report.immunizationsInserted)
            .arg(report.immunizationsSkipped).arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1));
    if (report.duplicateDetectionFailed)
        err(QStringLiteral("duplicate detection for the new patients did not finish; run: izdesk-server duplicates scan"));
    return 0;
}

int ToolCommands::importCodesets(const QStringList &args)
{
    QHash<QString, QString> o;
    QStringList positional;
    if (!parseOptions(args, {QStringLiteral("--database")}, &o, &positional))
        return 2;
    if (positional.size() != 1) {
        err(QStringLiteral("usage: izdesk-server codesets import DIR [--database URL]"));
        return 2;
    }
    auto app = openDatabase(o);
    if (!app)
        return 1;
    CodesetImporter importer(app->database().connection(), app->database().dialect());
    const auto report = importer.run(positional.first());
    if (!report.ok) {
        err(report.error);
        err(QStringLiteral("nothing was imported"));
        return 1;
    }
    for (const QString &line : report.summaryLines())
        out(line);
    return 0;
}

int ToolCommands::stageCodesets(const QStringList &args)
{
    QHash<QString, QString> o;
    QStringList positional;
    if (!parseOptions(args, {QStringLiteral("--database"), QStringLiteral("--label")}, &o, &positional))
        return 2;
    if (positional.size() != 1) {
        err(QLatin1String(kStageUsage));
        return 2;
    }
    auto app = openDatabase(o);
    if (!app)
        return 1;
    const QString dir = positional.first();
    const QString stagedBy = qEnvironmentVariable("USER", QStringLiteral("operator"));
    QString error;
    const auto id = CodesetReleaseStore(app->database().connection(), app->database().dialect())
                        .stage(dir, o.value(QStringLiteral("--label"), QFileInfo(dir).fileName()), stagedBy,
                               QDateTime::currentDateTimeUtc(), &error);
    if (!id) {
        err(error);
        err(QStringLiteral("nothing was staged"));
        return 1;
    }
    bool ok = false;
    const auto release = CodesetReleaseStore(app->database().connection(), app->database().dialect()).find(*id, &ok);
    out(QStringLiteral("staged code set release %1 (pending; approve and publish it in IZ Desk or at "
                       "/api/v1/codeset-releases/%1)")
            .arg(*id));
    for (const QJsonValue &v : release ? release->changes : QJsonArray()) {
        const QJsonObject c = v.toObject();
        out(QStringLiteral("%1: %2 new, %3 changed, %4 retired, %5 unchanged")
                .arg(c.value(QStringLiteral("label")).toString())
                .arg(c.value(QStringLiteral("added")).toInt())
                .arg(c.value(QStringLiteral("changed")).toInt())
                .arg(c.value(QStringLiteral("retired")).toInt())
                .arg(c.value(QStringLiteral("unchanged")).toInt()));
    }
    return 0;
}

int ToolCommands::scanDuplicates(const QStringList &args)
{
    QHash<QString, QString> o;
    QStringList positional;
    if (!parseOptions(args, {QStringLiteral("--database"), QStringLiteral("--db")}, &o, &positional) || !positional.isEmpty())
        return 2;
    if (o.contains(QStringLiteral("--db")))
        o.insert(QStringLiteral("--database"), o.value(QStringLiteral("--db")));
    auto app = openDatabase(o);
    if (!app)
        return 1;
    QElapsedTimer timer;
    timer.start();
    DuplicateDetector detector(app->database().connection(), app->database().dialect(), QDateTime::currentDateTimeUtc());
    detector.setNicknames(app->config().nicknameTable());
    // Counts only: progress never names a patient.
    const auto stats = detector.scan([&timer](qint64 done, qint64 total) {
        err(QStringLiteral("duplicates scan: %1 of %2 patients (%3 s)")
                .arg(done).arg(total).arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1));
    });
    if (!stats) {
        err(QStringLiteral("the duplicate scan failed; pairs recorded so far are kept"));
        return 1;
    }
    out(QStringLiteral("duplicates scan: %1 patients, %2 candidate pairs (%3 s)")
            .arg(stats->patients).arg(stats->pairs).arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}

} // namespace izdesk::server
