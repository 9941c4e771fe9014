#include "guitesthelpers.h"
#include "ticketdetailpanel.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
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
};

QTEST_MAIN(TestTicketDetailPanel)
#include "tst_ticketdetailpanel.moc"
