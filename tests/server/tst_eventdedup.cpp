// Vaccination-event de-duplication rules after a merge (docs/architecture/domain.md, MIROW): which event of a
// same-group pair survives, the windows, the rabies exemption and combination vaccines.

#include "merge/eventdedup.h"

#include <QTest>

using izdesk::server::EventDedup;

Q_DECLARE_METATYPE(izdesk::server::EventDedup::Event)

namespace {

EventDedup::Event dose(qint64 id, bool fromSource, const QStringList &groups, const QDate &date,
                       bool administered = true, bool hasLot = false, bool unspecified = false)
{
    EventDedup::Event e;
    e.id = id;
    e.fromSource = fromSource;
    e.groups = groups;
    e.date = date;
    e.administered = administered;
    e.hasLot = hasLot;
    e.unspecified = unspecified;
    return e;
}

const QDate day(2020, 3, 1);
const QStringList dtap{QStringLiteral("DTAP")};

} // namespace

class TstEventDedup : public QObject
{
    Q_OBJECT

private slots:
    void survivorRules_data();
    void survivorRules();
    void windows();
    void sameSideIsNeverADuplicate();
    void rabiesIsExempt();
    void combinationVaccineIsNotHiddenBySingleAntigen();
    void unspecifiedReportIsResolvedBySpecificDose();
};

void TstEventDedup::survivorRules_data()
{
    QTest::addColumn<EventDedup::Event>("target");
    QTest::addColumn<EventDedup::Event>("source");
    QTest::addColumn<qint64>("hidden");
    QTest::addColumn<QString>("reason");
    QTest::newRow("specific over unspecified")
        << dose(1, false, dtap, day, true, false, true) << dose(2, true, dtap, day) << qint64(1)
        << QStringLiteral("specific_cvx");
    QTest::newRow("administered over historical") << dose(1, false, dtap, day, false) << dose(2, true, dtap, day, true)
                                                  << qint64(1) << QStringLiteral("administered_over_historical");
    QTest::newRow("with a lot") << dose(1, false, dtap, day) << dose(2, true, dtap, day, true, true) << qint64(1)
                                << QStringLiteral("has_lot");
    QTest::newRow("tie keeps the target's")
        << dose(5, false, dtap, day) << dose(2, true, dtap, day) << qint64(2) << QStringLiteral("same_event");
}

void TstEventDedup::survivorRules()
{
    QFETCH(EventDedup::Event, target);
    QFETCH(EventDedup::Event, source);
    QFETCH(qint64, hidden);
    QFETCH(QString, reason);
    const auto plan = EventDedup::plan({target, source});
    QCOMPARE(plan.size(), 1);
    QCOMPARE(plan.at(0).id, hidden);
    QCOMPARE(plan.at(0).keptId, hidden == target.id ? source.id : target.id);
    QCOMPARE(plan.at(0).reason, reason);
}

void TstEventDedup::windows()
{
    // Two administered doses count as one only on the same day.
    QVERIFY(EventDedup::plan({dose(1, false, dtap, day), dose(2, true, dtap, day.addDays(1))}).isEmpty());
    // With a historical report, the configurable window (7 days by default) applies.
    QCOMPARE(EventDedup::plan({dose(1, false, dtap, day), dose(2, true, dtap, day.addDays(7), false)}).size(), 1);
    QVERIFY(EventDedup::plan({dose(1, false, dtap, day), dose(2, true, dtap, day.addDays(8), false)}).isEmpty());
    EventDedup::Policy wide;
    wide.administeredWindowDays = 2;
    QCOMPARE(EventDedup::plan({dose(1, false, dtap, day), dose(2, true, dtap, day.addDays(2))}, wide).size(), 1);
    // Different vaccine groups never.
    QVERIFY(EventDedup::plan({dose(1, false, dtap, day), dose(2, true, {QStringLiteral("MMR")}, day)}).isEmpty());
}

void TstEventDedup::sameSideIsNeverADuplicate()
{
    // Two doses already on one record were there before the merge: not the merge's to hide.
    QVERIFY(EventDedup::plan({dose(1, false, dtap, day), dose(2, false, dtap, day)}).isEmpty());
    // Three reports of one dose: one survives, both others are hidden.
    const auto plan = EventDedup::plan(
        {dose(1, false, dtap, day, true, true), dose(2, true, dtap, day), dose(3, true, dtap, day, false)});
    QCOMPARE(plan.size(), 2);
    QCOMPARE(plan.at(0).keptId, 1);
    QCOMPARE(plan.at(1).keptId, 1);
}

void TstEventDedup::rabiesIsExempt()
{
    const QStringList rabies{QStringLiteral("RABIES")};
    QVERIFY(EventDedup::plan({dose(1, false, rabies, day), dose(2, true, rabies, day)}).isEmpty());
}

void TstEventDedup::combinationVaccineIsNotHiddenBySingleAntigen()
{
    const QStringList combo{QStringLiteral("DTAP"), QStringLiteral("HepB"), QStringLiteral("POLIO")};
    // The combination covers the DTaP: the single-antigen report goes.
    auto plan = EventDedup::plan({dose(1, false, combo, day), dose(2, true, dtap, day)});
    QCOMPARE(plan.size(), 1);
    QCOMPARE(plan.at(0).id, 2);
    // Even when the DTaP report ranks higher, it cannot stand in for HepB and polio.
    plan = EventDedup::plan({dose(1, false, combo, day, false), dose(2, true, dtap, day, true, true)});
    QVERIFY(plan.isEmpty());
}

void TstEventDedup::unspecifiedReportIsResolvedBySpecificDose()
{
    // CVX 109 "pneumococcal, unspecified formulation" counts for PCV and PPV; a PCV13 dose
    // that day is the dose it reports, so the unspecified record goes.
    const QStringList pcv{QStringLiteral("PneumoPCV")};
    const QStringList pneumoAny{QStringLiteral("PneumoPCV"), QStringLiteral("PneumoPPV")};
    auto plan = EventDedup::plan({dose(1, false, pcv, day, true, true), dose(2, true, pneumoAny, day, false, false, true)});
    QCOMPARE(plan.size(), 1);
    QCOMPARE(plan.at(0).id, 2);
    QCOMPARE(plan.at(0).keptId, 1);
    QCOMPARE(plan.at(0).reason, QStringLiteral("specific_cvx"));
    // A specific report is never "resolved" by another group's dose: a PPV23 dose does not
    // hide a PCV13 one, whichever ranks higher.
    const QStringList ppv{QStringLiteral("PneumoPPV")};
    QVERIFY(EventDedup::plan({dose(1, false, ppv, day, true, true), dose(2, true, pcv, day, false)}).isEmpty());
    // Two unspecified reports still need the same groups.
    QVERIFY(EventDedup::plan({dose(1, false, pcv, day, false, false, true), dose(2, true, pneumoAny, day, false, false, true)})
                .isEmpty());
}

QTEST_GUILESS_MAIN(TstEventDedup)
#include "tst_eventdedup.moc"
