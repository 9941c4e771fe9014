#include "autoassigndialog.h"
#include "bulkeditdialog.h"
#include "guitesthelpers.h"
#include "staffboardview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace izdesk;
using izdesk::testing::child;

// The supervisors' widgets: Desk board, bulk edit, auto-assign with preview.
class TestSupervisorTools : public QObject
{
    Q_OBJECT

    static QList<StaffBoardRow> board()
    {
        StaffBoardRow jamie{QStringLiteral("jchen"), QStringLiteral("Jamie Chen"), QStringLiteral("specialist"),
                            QStringLiteral("online"), true, {QStringLiteral("account_access")}, 5,
                            {{QStringLiteral("new"), 1}, {QStringLiteral("open"), 3}, {QStringLiteral("pending_caller"), 1}}};
        StaffBoardRow amy{QStringLiteral("amy"), QStringLiteral("Amy Ruiz"), QStringLiteral("specialist"),
                          QStringLiteral("away"), false, {}, 0, {}};
        return {jamie, amy};
    }

private Q_SLOTS:
    void boardShowsLoadPresenceAndAsksForShiftChanges()
    {
        StaffBoardView view;
        view.setBoard(board());
        view.resize(760, 200);
        view.show();
        auto *table = child<QTableWidget>(&view, "staffBoardTable");
        QCOMPARE(table->rowCount(), 2);
        auto rowOf = [table](const QString &username) {
            for (int r = 0; r < table->rowCount(); ++r) {
                if (table->item(r, StaffBoardView::NameColumn)->data(Qt::UserRole).toString() == username)
                    return r;
            }
            return -1;
        };
        const int jamie = rowOf(QStringLiteral("jchen"));
        QCOMPARE(table->item(jamie, StaffBoardView::PresenceColumn)->text(), QStringLiteral("● Online"));
        QCOMPARE(table->item(jamie, StaffBoardView::OpenColumn)->text(), QStringLiteral("5"));
        QCOMPARE(table->item(jamie, StaffBoardView::WorkingColumn)->text(), QStringLiteral("3"));
        QCOMPARE(table->item(jamie, StaffBoardView::SkillsColumn)->text(), QStringLiteral("Account access / password reset"));
        QCOMPARE(table->item(rowOf(QStringLiteral("amy")), StaffBoardView::SkillsColumn)->text(), QStringLiteral("All categories"));
        QCOMPARE(child<QLabel>(&view, "staffBoardSummary")->text(), QStringLiteral("1 on shift · 1 online · 2 staff"));

        QSignalSpy shift(&view, &StaffBoardView::onShiftChangeRequested);
        QTableWidgetItem *amyShift = table->item(rowOf(QStringLiteral("amy")), StaffBoardView::ShiftColumn);
        QVERIFY(!(amyShift->flags() & Qt::ItemIsUserCheckable)); // read-only for non-supervisors
        view.setEditable(true);
        QCOMPARE(shift.count(), 0); // turning editing on is not a change
        amyShift->setCheckState(Qt::Checked);
        QCOMPARE(shift.count(), 1);
        QCOMPARE(shift.first().at(0).toString(), QStringLiteral("amy"));
        QCOMPARE(shift.first().at(1).toBool(), true);
        QCOMPARE(amyShift->checkState(), Qt::Unchecked); // until the server answers
        izdesk::testing::saveGrab(&view, QStringLiteral("deskboard"));

        QSignalSpy refresh(&view, &StaffBoardView::refreshRequested);
        QTest::mouseClick(child<QPushButton>(&view, "staffBoardRefreshButton"), Qt::LeftButton);
        QCOMPARE(refresh.count(), 1);
    }

    void bulkEditSendsOnlyTheTickedFields()
    {
        BulkEditDialog dialog;
        dialog.setStaff({{QStringLiteral("jchen"), QStringLiteral("Jamie Chen")}});
        dialog.start({4, 9, 12}, true);
        dialog.show();
        QSignalSpy spy(&dialog, &BulkEditDialog::bulkEditSubmitted);
        auto *apply = child<QPushButton>(&dialog, "bulkApplyButton");
        QCOMPARE(apply->text(), QStringLiteral("&Apply to 3 tickets"));
        QVERIFY(child<QCheckBox>(&dialog, "assigneeCheck")->isChecked());
        auto *assignee = child<QComboBox>(&dialog, "assigneeBulkCombo");
        assignee->setCurrentIndex(assignee->findData(QStringLiteral("jchen")));
        QTest::mouseClick(child<QCheckBox>(&dialog, "priorityCheck"), Qt::LeftButton);
        auto *priority = child<QComboBox>(&dialog, "priorityBulkCombo");
        priority->setCurrentIndex(priority->findData(QStringLiteral("high")));
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).value<QList<qint64>>(), (QList<qint64>{4, 9, 12}));
        const QJsonObject changes = spy.first().at(1).toJsonObject();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.value(QStringLiteral("assignee")).toString(), QStringLiteral("jchen"));
        QCOMPARE(changes.value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
        QVERIFY(!apply->isEnabled()); // saving
        dialog.showFailed(QStringLiteral("status: not allowed"));
        QVERIFY(child<QLabel>(&dialog, "bulkError")->isVisible());
        izdesk::testing::saveGrab(&dialog, QStringLiteral("bulkedit"));

        // Unassign is an explicit null.
        dialog.start({4});
        QTest::mouseClick(child<QCheckBox>(&dialog, "assigneeCheck"), Qt::LeftButton);
        assignee->setCurrentIndex(0);
        QVERIFY(dialog.changes().value(QStringLiteral("assignee")).isNull());
        QVERIFY(dialog.changes().contains(QStringLiteral("assignee")));
    }

    void autoAssignPreviewsThenAppliesExactlyThePlan()
    {
        AutoAssignDialog dialog;
        dialog.start({3, 5});
        dialog.show();
        QSignalSpy preview(&dialog, &AutoAssignDialog::previewRequested);
        QSignalSpy apply(&dialog, &AutoAssignDialog::applyRequested);
        auto *applyButton = child<QPushButton>(&dialog, "applyPlanButton");
        QVERIFY(!applyButton->isEnabled()); // no plan yet
        QVERIFY(child<QCheckBox>(&dialog, "selectedOnlyCheck")->isChecked());
        auto *strategy = child<QComboBox>(&dialog, "strategyCombo");
        strategy->setCurrentIndex(strategy->findData(QStringLiteral("round_robin")));
        QTest::mouseClick(child<QPushButton>(&dialog, "previewButton"), Qt::LeftButton);
        QCOMPARE(preview.count(), 1);
        QCOMPARE(preview.first().at(0).toString(), QStringLiteral("round_robin"));
        QCOMPARE(preview.first().at(1).value<QList<qint64>>(), (QList<qint64>{3, 5}));

        dialog.setPreview({{3, QStringLiteral("T-000003"), QStringLiteral("HL7 errors"), QStringLiteral("jchen"),
                            QStringLiteral("round robin: next on shift with skill data_exchange")}},
                          {{5, QStringLiteral("T-000005"), QStringLiteral("Merge request"), QString(),
                            QStringLiteral("no specialist on shift has skill patient_records")}});
        auto *plan = child<QTableWidget>(&dialog, "planTable");
        auto *skipped = child<QTableWidget>(&dialog, "skippedTable");
        QCOMPARE(plan->rowCount(), 1);
        QCOMPARE(plan->item(0, 2)->text(), QStringLiteral("jchen"));
        QCOMPARE(skipped->rowCount(), 1);
        QVERIFY(skipped->item(0, 2)->text().startsWith(QStringLiteral("no specialist")));
        izdesk::testing::saveGrab(&dialog, QStringLiteral("autoassign"));
        QVERIFY(applyButton->isEnabled());
        QTest::mouseClick(applyButton, Qt::LeftButton);
        QCOMPARE(apply.count(), 1);
        QVERIFY(!applyButton->isEnabled());

        dialog.showStale(QStringLiteral("412"));
        QVERIFY(!applyButton->isEnabled()); // must preview again
        QVERIFY(child<QLabel>(&dialog, "assignStatus")->text().contains(QStringLiteral("Preview again")));

        // Changing the strategy invalidates a plan.
        dialog.setPreview({{3, QStringLiteral("T-000003"), QString(), QStringLiteral("jchen"), QString()}}, {});
        QVERIFY(applyButton->isEnabled());
        strategy->setCurrentIndex(strategy->findData(QStringLiteral("least_loaded")));
        QVERIFY(!applyButton->isEnabled());
    }
};

QTEST_MAIN(TestSupervisorTools)
#include "tst_supervisortools.moc"
