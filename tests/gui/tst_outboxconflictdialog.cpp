#include "guitesthelpers.h"
#include "outboxconflictdialog.h"
#include "sessionstatusbar.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace izdesk;
using izdesk::testing::child;

class TestOutboxConflictDialog : public QObject
{
    Q_OBJECT

    static QList<ConflictItem> sample()
    {
        ConflictItem stale;
        stale.seq = 11;
        stale.summary = QStringLiteral("Change to T-000005");
        stale.reason = QStringLiteral("Someone else changed this ticket after you made your change.");
        stale.fields = {{QStringLiteral("Status"), QStringLiteral("Resolved"), QStringLiteral("Pending caller"), {}},
                        {QStringLiteral("Assignee"), QStringLiteral("jchen"), QStringLiteral("jchen"), {}}};
        ConflictItem invalid;
        invalid.seq = 12;
        invalid.summary = QStringLiteral("Change to T-000009");
        invalid.reason = QStringLiteral("The server no longer accepts this change.");
        invalid.fields = {{QStringLiteral("Status"), QStringLiteral("New"), QStringLiteral("Open"),
                           QStringLiteral("allowed: open, pending_caller")}};
        return {stale, invalid};
    }

private Q_SLOTS:
    void showsFieldDiffAndEmitsTheChoice()
    {
        OutboxConflictDialog dialog;
        dialog.setConflicts(sample());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = child<QListWidget>(&dialog, "conflictList");
        auto *fields = child<QTreeWidget>(&dialog, "conflictFields");
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentRow(), 0);
        QCOMPARE(fields->topLevelItemCount(), 2);
        QCOMPARE(fields->topLevelItem(0)->text(1), QStringLiteral("Resolved"));
        QCOMPARE(fields->topLevelItem(0)->text(2), QStringLiteral("Pending caller"));
        QVERIFY(fields->topLevelItem(0)->font(0).bold());  // differs
        QVERIFY(!fields->topLevelItem(1)->font(0).bold()); // same on both sides
        izdesk::testing::saveGrab(&dialog, QStringLiteral("conflicts"));

        QSignalSpy apply(&dialog, &OutboxConflictDialog::applyMineRequested);
        QSignalSpy discard(&dialog, &OutboxConflictDialog::discardMineRequested);
        QTest::mouseClick(child<QPushButton>(&dialog, "applyMineButton"), Qt::LeftButton);
        QCOMPARE(apply.count(), 1);
        QCOMPARE(apply.first().at(0).toLongLong(), 11);

        list->setCurrentRow(1);
        QVERIFY(fields->topLevelItem(0)->text(1).contains(QStringLiteral("allowed: open")));
        QCOMPARE(child<QLabel>(&dialog, "conflictReason")->text(), QStringLiteral("The server no longer accepts this change."));
        QTest::mouseClick(child<QPushButton>(&dialog, "discardMineButton"), Qt::LeftButton);
        QCOMPARE(discard.count(), 1);
        QCOMPARE(discard.first().at(0).toLongLong(), 12);

        // Resolved ones disappear; the selection stays on the one still there.
        dialog.setConflicts({sample().at(1)});
        QCOMPARE(dialog.currentSeq(), 12);
        dialog.setConflicts({});
        QVERIFY(!child<QPushButton>(&dialog, "applyMineButton")->isEnabled());
    }

    void statusBarShowsPendingAndConflicts()
    {
        SessionStatusBar bar;
        bar.show();
        auto *button = child<QToolButton>(&bar, "outboxStatus");
        QVERIFY(button->isHidden());
        bar.setOutboxState(3, 0);
        QVERIFY(!button->isHidden());
        QCOMPARE(bar.outboxText(), QStringLiteral("3 pending"));
        bar.setOutboxState(1, 2);
        QCOMPARE(bar.outboxText(), QStringLiteral("1 pending · ⚠ 2 conflicts"));
        QVERIFY(!button->accessibleName().isEmpty());
        QSignalSpy spy(&bar, &SessionStatusBar::conflictsRequested);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        bar.setOutboxState(0, 0);
        QVERIFY(button->isHidden());
    }
};

QTEST_MAIN(TestOutboxConflictDialog)
#include "tst_outboxconflictdialog.moc"
