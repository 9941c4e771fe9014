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
#include <optional>
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

// The code tables a merge reads (the product's defaults plus the CDC files in `codesets`),
// into a scratch store; the vaccine groups, or nullopt after a progress line.
std::optional<Groups> loadGroups(const QString &codesets)
{
    QTemporaryDir dir;
    ServerConfig config;
    config.environment = Environment::Training;
    config.databaseUrl = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("codes.db"));
    ServerApp server(config);
    QString error;
    if (!server.initialize(&error)) {
        progress(error);
        return std::nullopt;
    }
    const auto imported = CodesetImporter(server.database().connection(), server.database().dialect()).run(codesets);
    if (!imported.ok) {
        progress(QStringLiteral("code sets: ") + imported.error);
        return std::nullopt;
    }
    Groups groups;
    if (!MergeService::loadEventGroups(server.database().connection(), &groups)) {
        progress(QStringLiteral("cannot read the vaccine groups"));
        return std::nullopt;
    }
    return groups;
}

// Each group's "unspecified formulation" CVX (the lowest code when there are several).
QHash<QString, QString> unspecifiedFormulations(const Groups &groups)
{
    QHash<QString, QString> unspecifiedOf;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (!it->second)
            continue;
        for (const QString &g : it->first)
            if (!unspecifiedOf.contains(g) || it.key().toInt() < unspecifiedOf.value(g).toInt())
                unspecifiedOf.insert(g, it.key());
    }
    return unspecifiedOf;
}

// The events of one duplicate pair as a merge sees them: the first record's doses, the other
// provider's copies of them (each changed by one variation) and perhaps a near-miss dose.
struct PairEvents
{
    QList<EventDedup::Event> events;
    QHash<qint64, qint64> trueOf; // source event id → target event id
    QHash<qint64, QString> kindOf;
    QSet<qint64> nearMissIds;
    qint64 nextId = 1000;
};

// The dice and code tables that turn a first record's dose into the other provider's copy.
struct Variations
{
    const Groups &groups;
    QHash<QString, QString> unspecifiedOf;
    std::mt19937_64 rng;

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }

    // Changes `im` the way a second source sends it; the variation's name.
    QString vary(ImmunizationInput &im)
    {
        const int roll = uniform(0, 99);
        const QStringList g = groups.value(im.cvx).first;
        if (roll < 50)
            return QStringLiteral("exact");
        if (roll < 75 || g.isEmpty() || !unspecifiedOf.contains(g.constFirst())) {
            im.recordType = QStringLiteral("historical");
            im.lot.clear();
            im.date = im.date.addDays(uniform(-3, 3));
            return QStringLiteral("historical");
        }
        if (roll < 92) {
            im.recordType = QStringLiteral("historical");
            im.lot.clear();
            im.cvx = unspecifiedOf.value(g.constFirst());
            return QStringLiteral("unspecified");
        }
        im.recordType = QStringLiteral("administered");
        if (im.lot.isEmpty())
            im.lot = QStringLiteral("L%1").arg(uniform(10000, 99999));
        im.date = im.date.addDays(uniform(0, 1) ? 1 : -1);
        return QStringLiteral("admin_off_day");
    }

    PairEvents pairEvents(const QList<ImmunizationInput> &target, const QList<ImmunizationInput> &copies)
    {
        PairEvents pair;
        for (qsizetype i = 0; i < target.size(); ++i)
            pair.events << eventOf(i + 1, false, target.at(i), groups);
        for (const ImmunizationInput &copy : copies) {
            qsizetype t = -1;
            for (qsizetype i = 0; i < target.size(); ++i)
                if (target.at(i).cvx == copy.cvx && target.at(i).date == copy.date)
                    t = i;
            if (t < 0)
                continue;
            ImmunizationInput im = copy;
            const QString kind = vary(im);
            const qint64 id = pair.nextId++;
            pair.events << eventOf(id, true, im, groups);
            pair.trueOf.insert(id, t + 1);
            pair.kindOf.insert(id, kind);
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
            const qint64 id = pair.nextId++;
            pair.events << eventOf(id, true, extra, groups);
            pair.nearMissIds.insert(id);
        }
        return pair;
    }
};

// What the plans hid against the truth, over every pair.
struct Figures
{
    QHash<QString, Tally> byKind;
    qint64 pairs = 0, pairsWithEvents = 0, trueDuplicates = 0, hiddenTotal = 0, hiddenCorrect = 0, found = 0;
    qint64 nearMisses = 0, nearMissesHidden = 0;
    qint64 planNs = 0;

    void add(const PairEvents &pair, const QList<EventDedup::Hidden> &hidden)
    {
        nearMisses += pair.nearMissIds.size();
        QSet<qint64> matched; // source copies whose true dose was paired with them
        for (const EventDedup::Hidden &h : hidden) {
            ++hiddenTotal;
            const qint64 sourceSide = h.id >= 1000 ? h.id : h.keptId;
            const qint64 targetSide = h.id >= 1000 ? h.keptId : h.id;
            if (pair.nearMissIds.contains(h.id) || pair.nearMissIds.contains(h.keptId))
                ++nearMissesHidden;
            if (pair.trueOf.value(sourceSide, -1) == targetSide && targetSide < 1000) {
                ++hiddenCorrect;
                matched.insert(sourceSide);
            }
        }
        for (auto it = pair.trueOf.cbegin(); it != pair.trueOf.cend(); ++it) {
            ++trueDuplicates;
            Tally &k = byKind[pair.kindOf.value(it.key())];
            ++k.trueDuplicates;
            if (matched.contains(it.key())) {
                ++found;
                ++k.found;
            }
        }
    }

    QJsonObject json(qint64 count, quint64 seed, double seconds) const
    {
        QJsonObject kinds;
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
            kinds.insert(it.key(), QJsonObject{{QStringLiteral("true_duplicates"), it->trueDuplicates},
                                               {QStringLiteral("recall"), it->trueDuplicates ? double(it->found) / double(it->trueDuplicates) : 1.0}});
        const Tally offDay = byKind.value(QStringLiteral("admin_off_day"));
        return {
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
             (trueDuplicates - offDay.trueDuplicates)
                 ? double(found - offDay.found) / double(trueDuplicates - offDay.trueDuplicates)
                 : 1.0},
            {QStringLiteral("by_variation"), kinds},
            {QStringLiteral("near_miss_doses"), nearMisses},
            {QStringLiteral("near_miss_doses_hidden"), nearMissesHidden},
            {QStringLiteral("plan_ms_total"), double(planNs) / 1e6},
            {QStringLiteral("seconds"), seconds}};
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qint64 count = option(args, QStringLiteral("--patients"), QStringLiteral("100000")).toLongLong();
    const quint64 seed = option(args, QStringLiteral("--seed"), QStringLiteral("7")).toULongLong();
    const QString codesets = option(args, QStringLiteral("--codesets"), QStringLiteral(IZDESK_TEST_DATA "/codesets"));
    const std::optional<Groups> groups = loadGroups(codesets);
    if (!groups)
        return 1;

    Variations variations{*groups, unspecifiedFormulations(*groups), std::mt19937_64(seed * 104729)};
    QHash<QString, QList<ImmunizationInput>> historyOf; // first records' doses, by source id
    Figures figures;
    QElapsedTimer timer;
    timer.start();
    PopulationGenerator(seed, QDate(2026, 1, 1)).generate(count, [&](const GeneratedRecord &r) {
        if (r.duplicateOf.isEmpty()) {
            if (!r.immunizations.isEmpty())
                historyOf.insert(r.sourceId, r.immunizations);
            return;
        }
        ++figures.pairs;
        const QList<ImmunizationInput> target = historyOf.value(r.duplicateOf);
        if (target.isEmpty() || r.immunizations.isEmpty())
            return;
        ++figures.pairsWithEvents;
        const PairEvents pair = variations.pairEvents(target, r.immunizations);
        QElapsedTimer planTimer;
        planTimer.start();
        const QList<EventDedup::Hidden> hidden = EventDedup::plan(pair.events);
        figures.planNs += planTimer.nsecsElapsed();
        figures.add(pair, hidden);
    });
    const QJsonObject out = figures.json(count, seed, double(timer.elapsed()) / 1000.0);
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
