// Vaccination-event de-duplication benchmark: precision and recall of the merge's
// event de-dup (EventDedup, the same plan a merge applies) on the true duplicate pairs of a
// generated population, with ground truth.
//
// For every duplicate record the generator makes, the other provider's copy of each dose it
// reported is changed the way IIS data arrives from a second source:
//   exact          the same dose sent again (administered, same date and lot)
//   historical     reported as historical (no lot), the date up to 3 days off
//   unspecified    historical with the "unspecified formulation" CVX of its vaccine group
//   admin_off_day  administered with a lot, date keyed one day off (MIROW: administered
//                  doses must match on the day, so these are expected misses)
// and, as near misses that must never be hidden, the other provider also reports doses the
// first record lacks: the same vaccine 28–60 days after the person's last dose of it.
// A hidden event is correct when it and the event kept for it are one true dose.
//
// Usage: bench_eventdedup [--patients N] [--seed S] [--codesets DIR]
// Prints one JSON object on stdout; progress on stderr.

#include "benchsupport.h"
#include "codesets/codesetimporter.h"
#include "generator/populationgenerator.h"
#include "merge/eventdedup.h"
#include "merge/mergeservice.h"
#include "serverapp.h"
#include "serverconfig.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace izdesk::server;
using izdesk::bench::option;
using izdesk::bench::progress;

namespace {

using Groups = EventDedup::VaccineGroups;

EventDedup::Event eventOf(qint64 id, bool fromSource, const ImmunizationInput &im, const Groups &groups)
{
    return EventDedup::event(id, fromSource, im.cvx, im.date, im.recordType, im.lot, groups);
}

struct Tally
{
    qint64 trueDuplicates = 0, found = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qint64 count = option(args, QStringLiteral("--patients"), QStringLiteral("100000")).toLongLong();
    const quint64 seed = option(args, QStringLiteral("--seed"), QStringLiteral("7")).toULongLong();
    const QString codesets = option(args, QStringLiteral("--codesets"), QStringLiteral(IZDESK_TEST_DATA "/codesets"));

    // The code tables a merge reads: the product's defaults plus the CDC files.
    QTemporaryDir dir;
    ServerConfig config;
    config.environment = Environment::Training;
    config.databaseUrl = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("codes.db"));
    ServerApp server(config);
    QString error;
    if (!server.initialize(&error)) {
        progress(error);
        return 1;
    }
    const auto imported = CodesetImporter(server.database().connection(), server.database().dialect()).run(codesets);
    if (!imported.ok) {
        progress(QStringLiteral("code sets: ") + imported.error);
        return 1;
    }
    Groups groups;
    if (!MergeService::loadEventGroups(server.database().connection(), &groups)) {
        progress(QStringLiteral("cannot read the vaccine groups"));
        return 1;
    }
    // Each group's "unspecified formulation" CVX (the lowest code when there are several).
    QHash<QString, QString> unspecifiedOf;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (!it->second)
            continue;
        for (const QString &g : it->first)
            if (!unspecifiedOf.contains(g) || it.key().toInt() < unspecifiedOf.value(g).toInt())
                unspecifiedOf.insert(g, it.key());
    }

    std::mt19937_64 rng(seed * 104729);
    const auto uniform = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    QHash<QString, QList<ImmunizationInput>> historyOf; // first records' doses, by source id
    QHash<QString, Tally> byKind;
    qint64 pairs = 0, pairsWithEvents = 0, trueDuplicates = 0, hiddenTotal = 0, hiddenCorrect = 0, found = 0;
    qint64 nearMisses = 0, nearMissesHidden = 0;
    QElapsedTimer timer;
    timer.start();
    qint64 planNs = 0;

    PopulationGenerator(seed, QDate(2026, 1, 1)).generate(count, [&](const GeneratedRecord &r) {
        if (r.duplicateOf.isEmpty()) {
            if (!r.immunizations.isEmpty())
                historyOf.insert(r.sourceId, r.immunizations);
            return;
        }
        ++pairs;
        const QList<ImmunizationInput> target = historyOf.value(r.duplicateOf);
        if (target.isEmpty() || r.immunizations.isEmpty())
            return;
        ++pairsWithEvents;
        QList<EventDedup::Event> events;
        for (qsizetype i = 0; i < target.size(); ++i)
            events << eventOf(i + 1, false, target.at(i), groups);
        // The other provider's copies: which target event each one is (true pairs).
        QHash<qint64, qint64> trueOf; // source event id → target event id
        QHash<qint64, QString> kindOf;
        QSet<qint64> nearMissIds;
        qint64 nextId = 1000;
        for (const ImmunizationInput &copy : r.immunizations) {
            qsizetype t = -1;
            for (qsizetype i = 0; i < target.size(); ++i)
                if (target.at(i).cvx == copy.cvx && target.at(i).date == copy.date)
                    t = i;
            if (t < 0)
                continue;
            ImmunizationInput im = copy;
            QString kind;
            const int roll = uniform(0, 99);
            const QStringList g = groups.value(im.cvx).first;
            if (roll < 50) {
                kind = QStringLiteral("exact");
            } else if (roll < 75 || g.isEmpty() || !unspecifiedOf.contains(g.constFirst())) {
                kind = QStringLiteral("historical");
                im.recordType = QStringLiteral("historical");
                im.lot.clear();
                im.date = im.date.addDays(uniform(-3, 3));
            } else if (roll < 92) {
                kind = QStringLiteral("unspecified");
                im.recordType = QStringLiteral("historical");
                im.lot.clear();
                im.cvx = unspecifiedOf.value(g.constFirst());
            } else {
                kind = QStringLiteral("admin_off_day");
                im.recordType = QStringLiteral("administered");
                if (im.lot.isEmpty())
                    im.lot = QStringLiteral("L%1").arg(uniform(10000, 99999));
                im.date = im.date.addDays(uniform(0, 1) ? 1 : -1);
            }
            const qint64 id = nextId++;
            events << eventOf(id, true, im, groups);
            trueOf.insert(id, t + 1);
            kindOf.insert(id, kind);
        }
        // A dose only the other provider saw: the same vaccine, 28–60 days after the last.
        if (uniform(0, 99) < 30) {
            const ImmunizationInput &base = target.at(uniform(0, int(target.size()) - 1));
            QDate last = base.date;
            for (const auto &im : target)
                if (im.cvx == base.cvx && im.date > last)
                    last = im.date;
            ImmunizationInput extra = base;
            extra.date = last.addDays(uniform(28, 60));
            extra.lot = QStringLiteral("N%1").arg(uniform(10000, 99999));
            const qint64 id = nextId++;
            events << eventOf(id, true, extra, groups);
            nearMissIds.insert(id);
            ++nearMisses;
        }

        QElapsedTimer planTimer;
        planTimer.start();
        const QList<EventDedup::Hidden> hidden = EventDedup::plan(events);
        planNs += planTimer.nsecsElapsed();

        QSet<qint64> matched; // source copies whose true dose was paired with them
        for (const EventDedup::Hidden &h : hidden) {
            ++hiddenTotal;
            const qint64 sourceSide = h.id >= 1000 ? h.id : h.keptId;
            const qint64 targetSide = h.id >= 1000 ? h.keptId : h.id;
            if (nearMissIds.contains(h.id) || nearMissIds.contains(h.keptId))
                ++nearMissesHidden;
            if (trueOf.value(sourceSide, -1) == targetSide && targetSide < 1000) {
                ++hiddenCorrect;
                matched.insert(sourceSide);
            }
        }
        for (auto it = trueOf.cbegin(); it != trueOf.cend(); ++it) {
            ++trueDuplicates;
            Tally &k = byKind[kindOf.value(it.key())];
            ++k.trueDuplicates;
            if (matched.contains(it.key())) {
                ++found;
                ++k.found;
            }
        }
    });

    QJsonObject kinds;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        kinds.insert(it.key(), QJsonObject{{QStringLiteral("true_duplicates"), it->trueDuplicates},
                                           {QStringLiteral("recall"), it->trueDuplicates ? double(it->found) / double(it->trueDuplicates) : 1.0}});
    const QJsonObject out{
        {QStringLiteral("benchmark"), QStringLiteral("event_dedup")},
        {QStringLiteral("records"), count},
        {QStringLiteral("seed"), qint64(seed)},
        {QStringLiteral("duplicate_pairs"), pairs},
        {QStringLiteral("pairs_with_events"), pairsWithEvents},
        {QStringLiteral("true_duplicate_events"), trueDuplicates},
        {QStringLiteral("hidden_events"), hiddenTotal},
        {QStringLiteral("hidden_correct"), hiddenCorrect},
        {QStringLiteral("precision"), hiddenTotal ? double(hiddenCorrect) / double(hiddenTotal) : 1.0},
        {QStringLiteral("recall"), trueDuplicates ? double(found) / double(trueDuplicates) : 1.0},
        {QStringLiteral("recall_without_admin_off_day"),
         (trueDuplicates - byKind.value(QStringLiteral("admin_off_day")).trueDuplicates)
             ? double(found - byKind.value(QStringLiteral("admin_off_day")).found)
                   / double(trueDuplicates - byKind.value(QStringLiteral("admin_off_day")).trueDuplicates)
             : 1.0},
        {QStringLiteral("by_variation"), kinds},
        {QStringLiteral("near_miss_doses"), nearMisses},
        {QStringLiteral("near_miss_doses_hidden"), nearMissesHidden},
        {QStringLiteral("plan_ms_total"), double(planNs) / 1e6},
        {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0}};
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
