#include "guitesthelpers.h"
#include "ticketdetailpanel.h"
#include "timelineview.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace izdesk;
using izdesk::testing::child;
using izdesk::testing::makeTicket;

class TestTicketDetailPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheSelectedTicket()
    {
        TicketDetailPanel panel;
        panel.show();
        QVERIFY(!child<QPushButton>(&panel, "editButton")->isEnabled());
        Ticket t = makeTicket(42, QStringLiteral("Locked out of IIS"), QStringLiteral("open"), QStringLiteral("jchen"));
        t.organizationName = QStringLiteral("Valley Pediatrics");
        t.priority = QStringLiteral("urgent");
        panel.setTicket(t);
        QCOMPARE(child<QLabel>(&panel, "numberValue")->text(), t.displayNumber());
        QCOMPARE(child<QLabel>(&panel, "subjectValue")->text(), QStringLiteral("Locked out of IIS"));
        QCOMPARE(child<QLabel>(&panel, "statusValue")->text(), QStringLiteral("Open"));
        QCOMPARE(child<QLabel>(&panel, "priorityValue")->text(), QStringLiteral("Urgent"));
        QCOMPARE(child<QLabel>(&panel, "organizationValue")->text(), QStringLiteral("Valley Pediatrics"));
        QCOMPARE(child<QLabel>(&panel, "assigneeValue")->text(), QStringLiteral("jchen"));
        QVERIFY(child<QLabel>(&panel, "requesterValue")->text().contains(QStringLiteral("Caller 42")));
        QCOMPARE(child<QPlainTextEdit>(&panel, "descriptionValue")->toPlainText(), t.description);
        const QString local = QLocale().toString(t.updatedAt.toLocalTime(), QLocale::LongFormat);
        QCOMPARE(child<QLabel>(&panel, "updatedValue")->text(), local);
    }

    void editAndQuickStatusEmitRequests()
    {
        TicketDetailPanel panel;
        panel.show();
        panel.setTicket(makeTicket(7, QStringLiteral("Reminder letters")));
        QSignalSpy edit(&panel, &TicketDetailPanel::editRequested);
        QSignalSpy status(&panel, &TicketDetailPanel::statusChangeRequested);
        QTest::mouseClick(child<QPushButton>(&panel, "editButton"), Qt::LeftButton);
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.at(0).at(0).toLongLong(), 7);
        auto *combo = child<QComboBox>(&panel, "quickStatusCombo");
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down); // new -> open
        QCOMPARE(status.count(), 1);
        QCOMPARE(status.at(0).at(1).toString(), QStringLiteral("open"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("new")); // until the save comes back
    }

    void readOnlyWhenOffline()
    {
        TicketDetailPanel panel;
        panel.setTicket(makeTicket(7, QStringLiteral("Reminder letters")));
        panel.setReadOnly(true);
        QVERIFY(!child<QPushButton>(&panel, "editButton")->isEnabled());
        QVERIFY(!child<QComboBox>(&panel, "quickStatusCombo")->isEnabled());
        panel.setReadOnly(false);
        QVERIFY(child<QPushButton>(&panel, "editButton")->isEnabled());
    }

    void timelineLoadsPerTicketAndComposerSendsRequests()
    {
        TicketDetailPanel panel;
        panel.resize(900, 460);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy load(&panel, &TicketDetailPanel::timelineRequested);
        QSignalSpy entry(&panel, &TicketDetailPanel::entryRequested);
        QSignalSpy call(&panel, &TicketDetailPanel::callLogRequested);
        Ticket t = makeTicket(7, QStringLiteral("Reminder letters"));
        panel.setTicket(t);
        QCOMPARE(load.count(), 1);
        t.version = 2;
        panel.setTicket(t); // same ticket, newer version: no reload
        QCOMPARE(load.count(), 1);

        const QDateTime at(QDate(2026, 11, 20), QTime(15, 4), Qt::UTC);
        panel.setEntries(99, {izdesk::testing::makeRow(1, QStringLiteral("note"), QStringLiteral("stale"), QStringLiteral("x"), at)});
        auto *timeline = child<TimelineView>(&panel, "timelineView");
        QCOMPARE(timeline->count(), 0); // answer for another ticket
        panel.setEntries(7, {izdesk::testing::makeRow(1, QStringLiteral("note"), QStringLiteral("Checked VFC pin"), QStringLiteral("jchen"), at),
                             izdesk::testing::makeRow(2, QStringLiteral("reply"), QStringLiteral("Letters resent"), QStringLiteral("jchen"), at)});
        QCOMPARE(timeline->count(), 2);
        auto *tabs = child<QTabWidget>(&panel, "detailTabs");
        QCOMPARE(tabs->tabText(1), QStringLiteral("Timeline (2)"));

        panel.startReply();
        QCOMPARE(tabs->currentIndex(), 1);
        auto *edit = child<QPlainTextEdit>(&panel, "entryEdit");
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, QStringLiteral("Sent the letters again"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(entry.count(), 1);
        QCOMPARE(entry.first().at(0).toLongLong(), 7);
        QCOMPARE(entry.first().at(1).toString(), QStringLiteral("reply"));
        panel.confirmEntrySaved();
        QVERIFY(edit->toPlainText().isEmpty());

        // A call belongs to the ticket it started on, even if the selection moves.
        panel.toggleCallTimer();
        panel.setTicket(makeTicket(8, QStringLiteral("Other")));
        panel.toggleCallTimer();
        QCOMPARE(call.count(), 1);
        QCOMPARE(call.first().at(0).toLongLong(), 7);
        QCOMPARE(call.first().at(1).value<CallLog>().phone, t.requesterContact);

        panel.setTicket(t);
        panel.setEntries(7, {izdesk::testing::makeRow(1, QStringLiteral("note"), QStringLiteral("Checked VFC pin"), QStringLiteral("jchen"), at),
                             izdesk::testing::makeRow(2, QStringLiteral("reply"), QStringLiteral("Letters resent"), QStringLiteral("jchen"), at),
                             izdesk::testing::makeRow(3, QStringLiteral("call"), QStringLiteral("Caller confirmed receipt"),
                                                      QStringLiteral("amy"), at, 252, QStringLiteral("555-0107"))});
        panel.setPresenceText(QStringLiteral("Jamie Chen is editing"));
        QVERIFY(child<QLabel>(&panel, "presenceValue")->isVisible());
        QVERIFY(panel.presenceText().contains(QStringLiteral("Jamie Chen is editing")));
        izdesk::testing::saveGrab(&panel, QStringLiteral("detail-timeline"));
        panel.setTicket(makeTicket(8, QStringLiteral("Other")));
        QVERIFY(!child<QLabel>(&panel, "presenceValue")->isVisible()); // presence is per ticket
    }

    void sectionsAndMergedIntoFollowTheTicket()
    {
        TicketDetailPanel panel;
        panel.resize(800, 600);
        auto *section = new QLabel(QStringLiteral("Not verified"));
        section->setObjectName(QStringLiteral("callerStatus"));
        panel.addSection(section, QStringLiteral("Caller verification"));
        auto *box = child<QGroupBox>(&panel, "callerStatusSection");
        QVERIFY(box);
        QCOMPARE(box->title(), QStringLiteral("Caller verification"));
        QCOMPARE(section->parentWidget(), box);
        panel.show();
        QVERIFY(!section->isVisible()); // nothing to verify without a ticket
        QSignalSpy shown(&panel, &TicketDetailPanel::ticketShown);
        Ticket t = makeTicket(5, QStringLiteral("Merged one"), QStringLiteral("closed"));
        t.mergedInto = 77;
        panel.setTicket(t);
        QCOMPARE(shown.size(), 1);
        QVERIFY(section->isVisible());
        auto *merged = child<QLabel>(&panel, "mergedValue");
        QVERIFY(merged->isVisible());
        Ticket target;
        target.id = 77;
        QCOMPARE(merged->text(), QStringLiteral("Merged into %1").arg(target.displayNumber()));
        izdesk::testing::saveGrab(&panel, QStringLiteral("detail-sections"));
        panel.setTicket(makeTicket(6, QStringLiteral("Not merged")));
        QVERIFY(!merged->isVisible());
        QSignalSpy readOnly(&panel, &TicketDetailPanel::readOnlyChanged);
        panel.setReadOnly(true);
        panel.setReadOnly(true);
        QCOMPARE(readOnly.size(), 1);
    }
};

QTEST_MAIN(TestTicketDetailPanel)
#include "tst_ticketdetailpanel.moc"
