// DuplicatesController against the real in-process server with duplicate patients written to
// its SQLite file and found by the server's own detector: the worklist filters by facility
// and grade and pages by cursor; a pair claimed by one specialist cannot be claimed or
// decided by another; "not a duplicate" takes the pair off the open list; one pair loads
// with its waterfall and both patients; the preview shows the hidden duplicate dose and is
// debounced; a vetoed merge is refused for a specialist with the server's sentence; a merge
// applies and is undone.
#include "deskfixture.h"

#include "../server/duplicatereviewdata.h"

#include "duplicatescontroller.h"
#include "memorycredentialstore.h"

#include <serverapp.h>
#include <testserver.h>

#include <QTemporaryDir>

using namespace izdesk;
using izdesk::test::Desk;

namespace {
constexpr int kTimeoutMs = 15000;
const QString kFacility = QStringLiteral("DUPTEST01");
const QString kOtherFacility = QStringLiteral("DUPTEST02");

using Action = DuplicatesController::Action;
} // namespace

class TestDuplicatesController : public QObject
{
    Q_OBJECT

    test::TestServer m_server;
    QTemporaryDir m_dir;
    QTemporaryDir m_otherDir;
    MemoryCredentialStore m_keychain;
    MemoryCredentialStore m_otherKeychain;
    std::unique_ptr<Desk> m_desk;  // "specialist"
    std::unique_ptr<Desk> m_other; // "jchen", another specialist
    std::unique_ptr<DuplicatesController> m_dups;
    std::unique_ptr<DuplicatesController> m_otherDups;

    static QList<DuplicatePair> list(DuplicatesController *dups, const DuplicatesController::Filter &filter)
    {
        QSignalSpy loaded(dups, &DuplicatesController::pairsLoaded);
        dups->loadPairs(filter);
        if (!loaded.wait(kTimeoutMs))
            return {};
        return loaded.constLast().at(0).value<QList<DuplicatePair>>();
    }

    static DuplicatesController::Filter facility(const QString &code)
    {
        DuplicatesController::Filter f;
        f.facility = code;
        return f;
    }

    DuplicatePair pairOf(const QString &sourceId, const QString &code = kFacility)
    {
        for (const DuplicatePair &p : list(m_dups.get(), facility(code))) {
            if (p.low.sourceId == sourceId || p.high.sourceId == sourceId)
                return p;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        // A typo pair with one dose given twice (the source's copy has no lot), a pair whose
        // DOB and sex differ (a hard veto), and a third pair at another facility.
        QVERIFY(
            test::seedDuplicatePairs(m_server.app()->database(), QStringLiteral("DUPT"), kFacility, kOtherFacility));

        m_desk = std::make_unique<Desk>(m_dir.path(), m_server.baseUrl(), &m_keychain);
        QVERIFY(m_desk->signIn(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist")));
        m_other = std::make_unique<Desk>(m_otherDir.path(), m_server.baseUrl(), &m_otherKeychain);
        QVERIFY(m_other->signIn(QStringLiteral("jchen"), QStringLiteral("izdesk-specialist")));
        m_dups = std::make_unique<DuplicatesController>(m_desk->session.get());
        m_otherDups = std::make_unique<DuplicatesController>(m_other->session.get());
    }

    void cleanupTestCase()
    {
        m_dups.reset();
        m_otherDups.reset();
        m_desk.reset();
        m_other.reset();
    }

    void listFiltersAndPages()
    {
        const QList<DuplicatePair> mine = list(m_dups.get(), facility(kFacility));
        QCOMPARE(mine.size(), 2);
        QVERIFY(mine.at(0).score >= mine.at(1).score); // best first
        QCOMPARE(mine.at(0).grade, QStringLiteral("certain"));
        QVERIFY(!mine.at(1).vetoes.isEmpty());

        DuplicatesController::Filter certain = facility(kFacility);
        certain.grade = QStringLiteral("certain");
        const QList<DuplicatePair> only = list(m_dups.get(), certain);
        QCOMPARE(only.size(), 1);
        QCOMPARE(QSet<QString>({only.at(0).low.sourceId, only.at(0).high.sourceId}),
                 QSet<QString>({QStringLiteral("DUPT-A1"), QStringLiteral("DUPT-A2")}));

        DuplicatesController::Filter adults = facility(kFacility);
        adults.minAge = 30;
        QVERIFY(list(m_dups.get(), adults).isEmpty());

        // One per page: the second comes with "load more" and is appended.
        DuplicatesController::Filter paged = facility(kFacility);
        paged.limit = 1;
        QSignalSpy loaded(m_dups.get(), &DuplicatesController::pairsLoaded);
        m_dups->loadPairs(paged);
        QVERIFY(loaded.wait(kTimeoutMs));
        QCOMPARE(loaded.constLast().at(0).value<QList<DuplicatePair>>().size(), 1);
        QCOMPARE(loaded.constLast().at(1).toBool(), false);
        QCOMPARE(loaded.constLast().at(2).toBool(), true);
        QVERIFY(m_dups->hasMorePairs());
        m_dups->loadMorePairs();
        QVERIFY(loaded.wait(kTimeoutMs));
        QCOMPARE(loaded.constLast().at(1).toBool(), true);
        QCOMPARE(loaded.constLast().at(0).value<QList<DuplicatePair>>().constFirst().id, mine.at(1).id);
    }

    void claimIsExclusive()
    {
        const DuplicatePair pair = pairOf(QStringLiteral("DUPT-T1"), kOtherFacility);
        QVERIFY(pair.isValid());
        QSignalSpy claimed(m_dups.get(), &DuplicatesController::pairClaimed);
        m_dups->claim(pair.id);
        QVERIFY(claimed.wait(kTimeoutMs));
        QCOMPARE(claimed.constLast().at(0).value<DuplicatePair>().claimedBy, m_desk->session->currentUser().id);
        QVERIFY(!m_dups->staffName(m_desk->session->currentUser().id).isEmpty());

        QSignalSpy failed(m_otherDups.get(), &DuplicatesController::requestFailed);
        m_otherDups->claim(pair.id);
        QVERIFY(failed.wait(kTimeoutMs));
        QCOMPARE(failed.constLast().at(0).value<Action>(), Action::Claim);
        QVERIFY(!failed.constLast().at(1).toString().isEmpty());
        // Deciding a pair someone else claimed is refused too.
        m_otherDups->markNotDuplicate(pair.id, QStringLiteral("different children"));
        QVERIFY(failed.wait(kTimeoutMs));
        QCOMPARE(failed.constLast().at(0).value<Action>(), Action::NotDuplicate);
    }

    void notDuplicateLeavesOpenList()
    {
        const DuplicatePair pair = pairOf(QStringLiteral("DUPT-T1"), kOtherFacility);
        QVERIFY(pair.isValid());
        QSignalSpy decided(m_dups.get(), &DuplicatesController::pairDecided);
        m_dups->markNotDuplicate(pair.id, QStringLiteral("Two sisters, school records confirm"));
        QVERIFY(decided.wait(kTimeoutMs));
        QCOMPARE(decided.constLast().at(0).value<DuplicatePair>().status, QStringLiteral("not_duplicate"));
        QVERIFY(list(m_dups.get(), facility(kOtherFacility)).isEmpty());
        DuplicatesController::Filter decidedList = facility(kOtherFacility);
        decidedList.status = QStringLiteral("not_duplicate");
        QCOMPARE(list(m_dups.get(), decidedList).size(), 1);
    }

    void pairLoadsWithWaterfallAndPatients()
    {
        const DuplicatePair listed = pairOf(QStringLiteral("DUPT-A1"));
        QSignalSpy loaded(m_dups.get(), &DuplicatesController::pairLoaded);
        m_dups->loadPair(listed.id);
        QVERIFY(loaded.wait(kTimeoutMs));
        const auto pair = loaded.constLast().at(0).value<DuplicatePair>();
        const auto low = loaded.constLast().at(1).value<PatientRecord>();
        const auto high = loaded.constLast().at(2).value<PatientRecord>();
        QVERIFY(pair.contributions.size() >= 5);
        bool firstName = false;
        for (const MatchContribution &c : pair.contributions)
            firstName = firstName || (c.field == QLatin1String("first_name") && c.weight > 0);
        QVERIFY(firstName);
        QCOMPARE(low.id, pair.low.patientId);
        QCOMPARE(high.id, pair.high.patientId);
        QCOMPARE(QSet<QString>({low.firstName.toUpper(), high.firstName.toUpper()}),
                 QSet<QString>({QStringLiteral("WILLIAM"), QStringLiteral("WILIAM")}));
    }

    void previewShowsHiddenDoseAndIsDebounced()
    {
        const DuplicatePair pair = pairOf(QStringLiteral("DUPT-A1"));
        QSignalSpy previewed(m_dups.get(), &DuplicatesController::mergePreviewed);
        FieldChoices choices;
        m_dups->requestPreview(pair.low.patientId, pair.high.patientId, choices);
        choices.insert(QStringLiteral("middle_name"), {FieldChoice::Kind::Source, {}});
        m_dups->requestPreview(pair.low.patientId, pair.high.patientId, choices);
        QVERIFY(previewed.wait(kTimeoutMs));
        QTest::qWait(DuplicatesController::previewDebounceMs + 300);
        QCOMPARE(previewed.size(), 1); // two changes, one request
        const auto preview = previewed.constLast().at(0).value<MergePreview>();
        QCOMPARE(MergeRules::mergedValue(preview.merged, QStringLiteral("middle_name")).toUpper(),
                 QStringLiteral("TOBIAS"));
        QCOMPARE(preview.events.size(), 3);
        QCOMPARE(preview.hiddenEvents.size(), 1);
        QCOMPARE(preview.hiddenEvents.first().reason, QStringLiteral("has_lot"));
        QVERIFY(preview.vetoes.isEmpty());

        QSignalSpy failed(m_dups.get(), &DuplicatesController::requestFailed);
        choices.insert(QStringLiteral("sex"), {FieldChoice::Kind::Typed, QStringLiteral("X")});
        m_dups->previewNow(pair.low.patientId, pair.high.patientId, choices);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constLast().at(0).value<Action>(), Action::Preview);
    }

    void vetoedMergeIsRefusedForSpecialist()
    {
        const DuplicatePair pair = pairOf(QStringLiteral("DUPT-V1"));
        QVERIFY(pair.isValid());
        QVERIFY(!pair.vetoes.isEmpty());
        QSignalSpy failed(m_dups.get(), &DuplicatesController::requestFailed);
        QSignalSpy merged(m_dups.get(), &DuplicatesController::merged);
        m_dups->merge(pair.low.patientId, pair.high.patientId, {}, QStringLiteral("same child"));
        QVERIFY(failed.wait(kTimeoutMs));
        QCOMPARE(failed.constLast().at(0).value<Action>(), Action::Merge);
        QVERIFY(!failed.constLast().at(1).toString().isEmpty());
        QVERIFY(merged.isEmpty());
    }

    void mergeThenUndo()
    {
        const DuplicatePair pair = pairOf(QStringLiteral("DUPT-A1"));
        QSignalSpy merged(m_dups.get(), &DuplicatesController::merged);
        m_dups->merge(pair.low.patientId, pair.high.patientId, {}, QStringLiteral("same child, two clinics"));
        QVERIFY(merged.wait(kTimeoutMs));
        const auto record = merged.constLast().at(0).value<MergeRecord>();
        QCOMPARE(record.status, QStringLiteral("merged"));
        QCOMPARE(record.targetId, pair.low.patientId);
        QCOMPARE(record.hiddenEvents.size(), 1);
        QCOMPARE(record.movedEvents, 2);
        QVERIFY(!pairOf(QStringLiteral("DUPT-A1")).isValid()); // off the open worklist

        QSignalSpy unmerged(m_dups.get(), &DuplicatesController::unmerged);
        m_dups->unmerge(record.id);
        QVERIFY(unmerged.wait(kTimeoutMs));
        const auto undone = unmerged.constLast().at(0).value<MergeRecord>();
        QCOMPARE(undone.status, QStringLiteral("unmerged"));
        QVERIFY(undone.conflicts.isEmpty());
        QVERIFY(pairOf(QStringLiteral("DUPT-A1")).isValid()); // found again, open again

        // Undoing twice is refused with a sentence.
        QSignalSpy failed(m_dups.get(), &DuplicatesController::requestFailed);
        m_dups->unmerge(record.id);
        QVERIFY(failed.wait(kTimeoutMs));
        QCOMPARE(failed.constLast().at(0).value<Action>(), Action::Unmerge);
    }
};

QTEST_GUILESS_MAIN(TestDuplicatesController)
#include "tst_duplicatescontroller.moc"
