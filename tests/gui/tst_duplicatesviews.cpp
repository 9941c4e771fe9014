// Duplicate review through the real app wiring against the seeded in-process server,
// offscreen, with duplicate patients found by the server's own detector: Patients ▸
// Duplicate review shows the pairs and filters them; the compare view colours agreeing and
// differing fields (with words, not colour alone), shows the waterfall and the default
// survivor choices, keeps Merge disabled without a reason and for a specialist on a vetoed
// pair, previews the hidden duplicate dose; a merge and its undo work end to end; "Not a
// duplicate…" records the decision; mnemonics are unique and every control has a name.
#include "../server/duplicatereviewdata.h"

#include "application.h"
#include "deskfixture.h"
#include "duplicateclusterpanel.h"
#include "duplicatecompareview.h"
#include "duplicatesconnector.h"
#include "duplicateworklistview.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "mergefieldgrid.h"
#include "scorewaterfall.h"

#include <serverapp.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace izdesk;
using izdesk::testing::child;
using izdesk::testing::verifyMnemonicsUnique;

namespace {
// Lets pending layout requests run first (labels that just got longer texts), then saves.
void grab(QWidget *widget, const QString &name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    izdesk::testing::saveGrab(widget, name);
}
} // namespace

namespace {
constexpr int kTimeoutMs = 30000;
const QString kFacility = QStringLiteral("DUPTEST01");
} // namespace

class TestDuplicatesViews : public QObject
{
    Q_OBJECT

    testing::DeskFixture m_desk;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<Application> m_app;

    DuplicateWorklistView *worklist() const { return m_app->duplicatesArea()->worklist(); }
    DuplicateCompareView *compare() const { return m_app->duplicatesArea()->compareView(); }

    // The worklist filtered to one facility (typed, then Enter), once its rows are there.
    QTreeWidget *showFacility(const QString &code, int expectedRows)
    {
        // Typed where a user types: in the active worklist window, the box having focus
        // (otherwise Return goes to whatever has focus, such as the ticket queue).
        worklist()->activateWindow();
        if (!QTest::qWaitForWindowActive(worklist()))
            qWarning("the worklist is not the active window");
        auto *facility = child<QLineEdit>(worklist(), "facilityFilter");
        facility->setFocus();
        facility->clear();
        QTest::keyClicks(facility, code);
        QTest::keyClick(facility, Qt::Key_Return);
        auto *list = child<QTreeWidget>(worklist(), "duplicatePairList");
        const auto loaded = [this, list, expectedRows] {
            return !worklist()->countsText().contains(QStringLiteral("loading"))
                   && list->topLevelItemCount() == expectedRows;
        };
        if (!QTest::qWaitFor(loaded, kTimeoutMs))
            qWarning() << "rows" << list->topLevelItemCount() << "expected" << expectedRows << facility->text()
                       << worklist()->countsText() << worklist()->filter().status << worklist()->filter().grade
                       << worklist()->filter().minAge << worklist()->filter().maxAge;
        return list;
    }

    // Selects the pair whose patients column names this source id and opens it with Enter.
    bool openPair(const QString &sourceId, const QString &facility, int rows)
    {
        QTreeWidget *list = showFacility(facility, rows);
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = list->topLevelItem(i);
            if (item->text(DuplicateWorklistView::PatientsColumn).contains(sourceId)) {
                const qint64 pairId = item->data(0, Qt::UserRole).toLongLong();
                list->setCurrentItem(item);
                list->setFocus();
                QTest::keyClick(list, Qt::Key_Return);
                auto *events = child<QTreeWidget>(compare(), "previewEvents");
                return QTest::qWaitFor(
                    [this, pairId, events] {
                        return compare()->isVisible() && compare()->pairId() == pairId
                               && child<QLabel>(compare(), "previewState")->text().startsWith(QStringLiteral("Preview"))
                               && events->isVisible();
                    },
                    kTimeoutMs);
            }
        }
        return false;
    }

    static void verifyNamed(QWidget *root)
    {
        const auto check = [](QWidget *w) {
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(QLatin1String(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName()
                                + QStringLiteral(" has no name")));
        };
        for (auto *w : root->findChildren<QAbstractButton *>()) {
            if (!qobject_cast<QLineEdit *>(w->parentWidget())) // a line edit's own clear button
                check(w);
        }
        for (auto *w : root->findChildren<QLineEdit *>()) {
            if (!qobject_cast<QSpinBox *>(w->parentWidget()))
                check(w);
        }
        for (auto *w : root->findChildren<QComboBox *>())
            check(w);
        for (auto *w : root->findChildren<QSpinBox *>())
            check(w);
        for (auto *w : root->findChildren<QAbstractItemView *>()) {
            // Headers belong to their list; a combo box's popup to its combo box.
            if (!w->inherits("QHeaderView") && !w->parentWidget()->inherits("QComboBoxPrivateContainer"))
                check(w);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_desk.setUp(&error), qPrintable(error));
        QVERIFY(test::seedDuplicatePairs(m_desk.server->app()->database(), QStringLiteral("DUPV"), kFacility,
                                         QStringLiteral("DUPTEST02")));

        m_app = m_desk.signedIn(&m_credentials, QStringLiteral("specialist"), QStringLiteral("izdesk-specialist"));
        QVERIFY(m_app->mainWindow()->isVisible());
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_desk.tearDown();
    }

    void menuActionOpensWorklistAndFilters()
    {
        auto *action = m_app->mainWindow()->findChild<QAction *>(QStringLiteral("duplicateReviewAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
        action->trigger();
        QVERIFY(QTest::qWaitForWindowExposed(worklist()));

        QTreeWidget *list = showFacility(kFacility, 2);
        QCOMPARE(list->topLevelItemCount(), 2);
        const auto vetoedRow = [list] {
            for (int i = 0; i < list->topLevelItemCount(); ++i) {
                if (list->topLevelItem(i)
                        ->text(DuplicateWorklistView::PatientsColumn)
                        .contains(QStringLiteral("DUPV-V1")))
                    return list->topLevelItem(i);
            }
            return static_cast<QTreeWidgetItem *>(nullptr);
        };
        QTreeWidgetItem *vetoed = vetoedRow();
        QVERIFY(vetoed);
        QVERIFY(vetoed->text(DuplicateWorklistView::VetoesColumn).contains(QStringLiteral("⚠")));
        QVERIFY(worklist()->countsText().contains(QStringLiteral("Pairs: 2")));
        QVERIFY(worklist()->countsText().contains(QStringLiteral("1 with vetoes")));

        auto *grade = child<QComboBox>(worklist(), "gradeFilter");
        grade->setCurrentIndex(grade->findData(QStringLiteral("certain")));
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, kTimeoutMs);
        QVERIFY(list->topLevelItem(0)->text(DuplicateWorklistView::PatientsColumn).contains(QStringLiteral("DUPV-A")));
        QCOMPARE(list->topLevelItem(0)->text(DuplicateWorklistView::GradeColumn), QStringLiteral("Certain"));
        grade->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 2, kTimeoutMs);

        // Claim: the row says who has it, and Claim is off for it afterwards.
        vetoed = vetoedRow(); // the list was filled again
        QVERIFY(vetoed);
        list->setCurrentItem(vetoed);
        auto *claim = child<QPushButton>(worklist(), "claimButton");
        QVERIFY(claim->isEnabled());
        QTest::mouseClick(claim, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(vetoed->text(DuplicateWorklistView::ClaimedColumn), QStringLiteral("You"),
                                  kTimeoutMs);
        QVERIFY(!claim->isEnabled());
        worklist()->resize(1180, 420);
        grab(worklist(), QStringLiteral("duplicate-worklist"));
    }

    void clustersTabGroupsOneChildAndOpensAPair()
    {
        // Three records of one child at their own facility, and a brother with her name.
        auto &database = m_desk.server->app()->database();
        const auto record = [](const QString &first, const QString &last, const QDate &dob) {
            server::PatientInput p = test::person(first, last, dob, QStringLiteral("M"), QStringLiteral("418 Larkspur Ln"),
                                          QStringLiteral("55104"), QStringLiteral("651-555-0142"));
            p.motherMaiden = QStringLiteral("Ferreira");
            p.owningFacility = QStringLiteral("DUPTEST03");
            return p;
        };
        const QDate dob(2019, 4, 3);
        int n = 0;
        for (const server::PatientInput &p : {record(QStringLiteral("Jonathan"), QStringLiteral("Smithers"), dob),
                                      record(QStringLiteral("Jon"), QStringLiteral("Smithers"), dob),
                                      record(QStringLiteral("Jonathan"), QStringLiteral("Smithars"), dob),
                                      record(QStringLiteral("Jonathan"), QStringLiteral("Smithers"), QDate(2016, 8, 20))}) {
            server::PatientInput withId = p;
            withId.identifiers << server::PatientInput::Identifier{QStringLiteral("source_id"),
                                                           QStringLiteral("DUPC-%1").arg(++n), QString()};
            QString error;
            QVERIFY2(test::insertPatient(database, withId, {}, &error), qPrintable(error));
        }
        QVERIFY(server::DuplicateDetector(database.connection(), database.dialect(), QDateTime::currentDateTimeUtc())
                    .scan()
                    .has_value());

        m_app->mainWindow()->findChild<QAction *>(QStringLiteral("duplicateReviewAction"))->trigger();
        QVERIFY(QTest::qWaitForWindowExposed(worklist()));
        // Alt+U brings the Clusters tab to the front, which loads it.
        QTest::keyClick(worklist(), Qt::Key_U, Qt::AltModifier);
        QVERIFY(worklist()->clustersShown());
        DuplicateClusterPanel *panel = worklist()->clusterPanel();
        auto *facility = child<QLineEdit>(panel, "clusterFacilityFilter");
        facility->setText(QStringLiteral("DUPTEST03"));
        QTest::keyClick(facility, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(panel->clusterCount() == 1
                                     && child<QLabel>(panel, "clusterMessage")->text().startsWith(QStringLiteral("Clusters")),
                                 kTimeoutMs);
        QTreeWidgetItem *cluster = panel->list()->topLevelItem(0);
        const QString records = cluster->text(2);
        QVERIFY2(records.contains(QStringLiteral("DUPC-1")) && records.contains(QStringLiteral("DUPC-2"))
                     && records.contains(QStringLiteral("DUPC-3")),
                 qPrintable(records));
        QVERIFY2(!records.contains(QStringLiteral("DUPC-4")), "the brother is not chained in");
        QCOMPARE(cluster->text(0), QStringLiteral("Certain"));
        QCOMPARE(cluster->childCount(), 3); // every two of the three, scored
        worklist()->resize(1180, 420);
        grab(worklist(), QStringLiteral("duplicate-clusters"));

        // Enter on a member pair the server stored opens it in the compare view.
        QTreeWidgetItem *link = nullptr;
        for (int i = 0; i < cluster->childCount() && !link; ++i)
            if (cluster->child(i)->data(0, Qt::UserRole).toLongLong() > 0)
                link = cluster->child(i);
        QVERIFY(link);
        const qint64 pairId = link->data(0, Qt::UserRole).toLongLong();
        panel->list()->setCurrentItem(link);
        panel->list()->setFocus();
        QTest::keyClick(panel->list(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(compare()->isVisible() && compare()->pairId() == pairId, kTimeoutMs);
        compare()->hide();
        worklist()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(worklist()));
        QTest::keyClick(worklist(), Qt::Key_I, Qt::AltModifier); // back to Pairs
        QVERIFY(!worklist()->clustersShown());
    }

    void compareColoursWaterfallAndDefaults()
    {
        QVERIFY(openPair(QStringLiteral("DUPV-A1"), kFacility, 2));
        DuplicateCompareView *view = compare();
        // The older record (DUPV-A1, William) is the target; the typo is close, the DOB is the same.
        QCOMPARE(child<QLabel>(view, "targetValue_first_name")->text(), QStringLiteral("William"));
        const QString first = child<QLabel>(view, "agreement_first_name")->text();
        QVERIFY2(first.contains(QStringLiteral("Close")), qPrintable(first));
        QVERIFY(child<QLabel>(view, "agreement_birth_date")->text().contains(QStringLiteral("Same")));
        QVERIFY(child<QLabel>(view, "agreement_middle_name")->text().contains(QStringLiteral("Missing")));
        QVERIFY(child<QLabel>(view, "agreement_first_name")->palette().color(QPalette::Window)
                != child<QLabel>(view, "agreement_birth_date")->palette().color(QPalette::Window));
        QVERIFY(child<QLabel>(view, "agreementLegend")->text().contains(QStringLiteral("Differs")));
        // Defaults: the target's values, the source's middle name where the target has none.
        QCOMPARE(view->choices().value(QStringLiteral("first_name")).kind, FieldChoice::Kind::Target);
        QCOMPARE(view->choices().value(QStringLiteral("middle_name")).kind, FieldChoice::Kind::Source);
        QCOMPARE(child<QLabel>(view, "mergedValue_middle_name")->text(), QStringLiteral("Tobias"));
        // The source's identifiers move to the merged patient, marked old.
        const QString ids = child<QLabel>(view, "mergedValue_identifiers")->text();
        QVERIFY2(ids.contains(QStringLiteral("DUPV-A2 — old")), qPrintable(ids));
        // The waterfall explains the score.
        const QStringList rows = child<ScoreWaterfall>(view, "scoreWaterfall")->rowsText();
        QVERIFY(rows.size() >= 5);
        QVERIFY(rows.constLast().startsWith(QStringLiteral("Total ")));
        QVERIFY(rows.join(QLatin1Char('\n')).contains(QStringLiteral("Date of birth (exact) +10.1")));
        // The preview hides the copy of the dose without a lot.
        auto *events = child<QTreeWidget>(view, "previewEvents");
        QCOMPARE(events->topLevelItemCount(), 3);
        int hidden = 0;
        for (int i = 0; i < events->topLevelItemCount(); ++i)
            hidden += events->topLevelItem(i)->text(6).contains(QStringLiteral("lot number")) ? 1 : 0;
        QCOMPARE(hidden, 1);
        // No reason, no merge.
        auto *merge = child<QPushButton>(view, "mergeButton");
        QVERIFY(!merge->isEnabled());
        QVERIFY(child<QLabel>(view, "mergeBlocked")->text().contains(QStringLiteral("reason")));
        QTest::keyClicks(child<QLineEdit>(view, "mergeReasonEdit"), QStringLiteral("same child"));
        QVERIFY(merge->isEnabled());
        child<QLineEdit>(view, "mergeReasonEdit")->clear();
        QVERIFY(!merge->isEnabled());
        grab(view, QStringLiteral("duplicate-compare"));
    }

    void choiceChangeRefreshesPreviewAndSwapKeepsValues()
    {
        DuplicateCompareView *view = compare();
        QComboBox *middle = view->fields()->choiceBox(QStringLiteral("middle_name"));
        middle->setCurrentIndex(middle->findData(int(FieldChoice::Kind::Typed)));
        QLineEdit *typed = view->fields()->typedEdit(QStringLiteral("middle_name"));
        QVERIFY(typed->isEnabled());
        QTest::keyClicks(typed, QStringLiteral("Toby"));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(view, "mergedValue_middle_name")->text(), QStringLiteral("Toby"),
                                  kTimeoutMs);
        const qint64 target = view->targetId();
        QTest::mouseClick(child<QPushButton>(view, "swapButton"), Qt::LeftButton);
        QCOMPARE(view->sourceId(), target);
        QCOMPARE(view->choices().value(QStringLiteral("first_name")).kind, FieldChoice::Kind::Source);
        QCOMPARE(view->choices().value(QStringLiteral("middle_name")).typed, QStringLiteral("Toby"));
        // The same survivor values, named the other way round.
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(view, "mergedValue_first_name")->text(), QStringLiteral("William"),
                                  kTimeoutMs);
        QTest::mouseClick(child<QPushButton>(view, "swapButton"), Qt::LeftButton);
        QCOMPARE(view->targetId(), target);
    }

    void vetoedPairNeedsSupervisor()
    {
        QVERIFY(openPair(QStringLiteral("DUPV-V1"), kFacility, 2));
        DuplicateCompareView *view = compare();
        QVERIFY(child<QLabel>(view, "vetoBanner")->isVisible());
        QVERIFY(child<QLabel>(view, "vetoBanner")->text().contains(QStringLiteral("DOB and sex differ")));
        QTest::keyClicks(child<QLineEdit>(view, "mergeReasonEdit"), QStringLiteral("same child"));
        auto *merge = child<QPushButton>(view, "mergeButton");
        QVERIFY(!merge->isEnabled());
        QVERIFY(child<QLabel>(view, "mergeBlocked")->text().contains(QStringLiteral("needs a supervisor")));
        grab(view, QStringLiteral("duplicate-compare-vetoed"));
        // As a supervisor (the role decides), the same pair may be merged once the preview is in.
        view->setSupervisor(true);
        QTRY_VERIFY_WITH_TIMEOUT(merge->isEnabled(), kTimeoutMs);
        // The server has the last word: signed in as a specialist, the merge is refused with
        // its sentence, and the reason and choices typed stay for another try.
        QComboBox *race = view->fields()->choiceBox(QStringLiteral("race"));
        race->setCurrentIndex(race->findData(int(FieldChoice::Kind::Typed)));
        QTest::keyClicks(view->fields()->typedEdit(QStringLiteral("race")), QStringLiteral("2106-3"));
        QTRY_VERIFY_WITH_TIMEOUT(merge->isEnabled(), kTimeoutMs);
        QTest::mouseClick(merge, Qt::LeftButton);
        auto *message = child<QLabel>(view, "compareMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("supervisor"), Qt::CaseInsensitive)
                                     && !message->text().startsWith(QStringLiteral("Merging")),
                                 kTimeoutMs);
        QVERIFY(!child<QGroupBox>(view, "mergeRecordBox")->isVisible());
        QCOMPARE(child<QLineEdit>(view, "mergeReasonEdit")->text(), QStringLiteral("same child"));
        QCOMPARE(view->choices().value(QStringLiteral("race")).typed, QStringLiteral("2106-3"));
        QVERIFY(merge->isEnabled()); // may be tried again
        view->setSupervisor(false);
        QVERIFY(!merge->isEnabled());
    }

    void mergeThenUndoEndToEnd()
    {
        QVERIFY(openPair(QStringLiteral("DUPV-A1"), kFacility, 2));
        DuplicateCompareView *view = compare();
        QTest::keyClicks(child<QLineEdit>(view, "mergeReasonEdit"),
                         QStringLiteral("Same child reported by two clinics"));
        auto *merge = child<QPushButton>(view, "mergeButton");
        QTRY_VERIFY_WITH_TIMEOUT(merge->isEnabled(), kTimeoutMs);
        QTest::mouseClick(merge, Qt::LeftButton);
        auto *box = child<QGroupBox>(view, "mergeRecordBox");
        QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), kTimeoutMs);
        const QString text = child<QLabel>(view, "mergeRecordText")->text();
        QVERIFY2(text.contains(QStringLiteral("hidden as duplicates: 1")), qPrintable(text));
        QVERIFY(!merge->isEnabled());
        QVERIFY(child<QLabel>(view, "pairSummary")->text().contains(QStringLiteral("Merged")));
        QVERIFY(!view->fields()->choiceBox(QStringLiteral("first_name"))->isEnabled()); // nothing left to choose
        // The merged pair leaves the open worklist.
        QTRY_COMPARE_WITH_TIMEOUT(child<QTreeWidget>(worklist(), "duplicatePairList")->topLevelItemCount(), 1,
                                  kTimeoutMs);
        grab(view, QStringLiteral("duplicate-merged"));

        auto *undo = child<QPushButton>(view, "undoMergeButton");
        QVERIFY(undo->isEnabled());
        QTest::mouseClick(undo, Qt::LeftButton);
        auto *conflicts = child<QListWidget>(view, "unmergeConflicts");
        QTRY_VERIFY_WITH_TIMEOUT(conflicts->isVisible() && conflicts->count() > 0, kTimeoutMs);
        QVERIFY(conflicts->item(0)->text().contains(QStringLiteral("No conflicts")));
        QVERIFY(child<QLabel>(view, "mergeRecordText")->text().contains(QStringLiteral("undone")));
        QVERIFY(child<QLabel>(view, "pairSummary")->text().contains(QStringLiteral("Open")));
        QVERIFY(!undo->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(child<QTreeWidget>(worklist(), "duplicatePairList")->topLevelItemCount(), 2,
                                  kTimeoutMs);
    }

    void keyboardAndNames()
    {
        verifyNamed(worklist());
        verifyNamed(compare());
        verifyMnemonicsUnique(worklist());
        verifyMnemonicsUnique(compare());
        // The menu action is listed in Help ▸ Keyboard shortcuts.
        MainWindow *window = m_app->mainWindow();
        window->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
        auto *shortcuts = window->findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
        QVERIFY(shortcuts);
        const QList<QTreeWidgetItem *> rows
            = shortcuts->findItems(QStringLiteral("Duplicate review"), Qt::MatchExactly, 0);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst()->text(1),
                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D).toString(QKeySequence::NativeText));
        shortcuts->window()->close();

        // The keys open the worklist from the main window.
        worklist()->hide();
        compare()->hide();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keySequence(window, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
        QTRY_VERIFY_WITH_TIMEOUT(worklist()->isVisible(), kTimeoutMs);
    }

    void notDuplicateRecordsDecision()
    {
        QVERIFY(openPair(QStringLiteral("DUPV-T1"), QStringLiteral("DUPTEST02"), 1));
        DuplicateCompareView *view = compare();
        QTest::mouseClick(child<QPushButton>(view, "notDuplicateButton"), Qt::LeftButton);
        auto *dialog = view->findChild<QInputDialog *>(QStringLiteral("notDuplicateDialog"));
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("Two sisters; school records confirm"));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(view, "compareMessage")->text().contains(QStringLiteral("not a duplicate")), kTimeoutMs);
        QVERIFY(!child<QPushButton>(view, "mergeButton")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(child<QTreeWidget>(worklist(), "duplicatePairList")->topLevelItemCount(), 0,
                                  kTimeoutMs);
    }

    void signOutClearsPatientData()
    {
        QVERIFY(openPair(QStringLiteral("DUPV-A1"), kFacility, 2));
        QVERIFY(compare()->targetId() > 0);
        m_app->mainWindow()->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!compare()->isVisible() && !worklist()->isVisible(), kTimeoutMs);
        QCOMPARE(compare()->targetId(), 0);
        QCOMPARE(worklist()->pairCount(), 0);
        QVERIFY(child<QLabel>(compare(), "targetValue_first_name")->text() != QStringLiteral("William"));
    }
};

QTEST_MAIN(TestDuplicatesViews)
#include "tst_duplicatesviews.moc"
