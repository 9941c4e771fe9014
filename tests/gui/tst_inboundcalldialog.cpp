#include "calltimerwidget.h"
#include "guitesthelpers.h"
#include "inboundcalldialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace izdesk;
using izdesk::testing::child;
using izdesk::testing::makeTicket;

class TestInboundCallDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensWithTimerRunningAndNumberFocused()
    {
        InboundCallDialog dialog;
        dialog.startCall();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.callTimer()->isRunning());
        QTRY_VERIFY(child<QLineEdit>(&dialog, "callerPhoneEdit")->hasFocus());
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            if (w->focusPolicy() != Qt::NoFocus && (qobject_cast<QLineEdit *>(w) || qobject_cast<QPushButton *>(w)))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }

    void typingTheNumberAsksOnceDebouncedAndListsRecentTickets()
    {
        InboundCallDialog dialog;
        dialog.startCall();
        dialog.show();
        QSignalSpy asked(&dialog, &InboundCallDialog::recentTicketsRequested);
        auto *phone = child<QLineEdit>(&dialog, "callerPhoneEdit");
        QTest::keyClicks(phone, QStringLiteral("(555) 555-0101"));
        QCOMPARE(asked.count(), 0); // debounced: not per keystroke
        QTRY_COMPARE(asked.count(), 1);
        QCOMPARE(asked.first().at(0).toString(), QStringLiteral("(555) 555-0101"));

        Ticket older = makeTicket(12, QStringLiteral("Locked out again"), QStringLiteral("resolved"));
        older.requesterName = QStringLiteral("Dr. Ortiz");
        dialog.setRecentTickets(QStringLiteral("5555550199"), {older}); // stale answer: ignored
        auto *list = child<QListWidget>(&dialog, "recentTicketsList");
        QCOMPARE(list->count(), 0);
        dialog.setRecentTickets(QStringLiteral("555-555-0101"), {older, makeTicket(9, QStringLiteral("Report"))});
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("T-000012 · Resolved")));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Locked out again")));
        QCOMPARE(child<QLineEdit>(&dialog, "callerNameEdit")->text(), QStringLiteral("Dr. Ortiz"));
        izdesk::testing::saveGrab(&dialog, QStringLiteral("inboundcall"));
    }

    void logOnExistingStopsTheTimerAndNamesTheTicket()
    {
        InboundCallDialog dialog;
        dialog.startCall(QStringLiteral("555-0101"));
        dialog.setRecentTickets(QStringLiteral("555-0101"), {makeTicket(12, QStringLiteral("Locked out"))});
        QSignalSpy spy(&dialog, &InboundCallDialog::callOnExistingSubmitted);
        auto *existing = child<QPushButton>(&dialog, "logOnExistingButton");
        QVERIFY(!existing->isEnabled());
        child<QListWidget>(&dialog, "recentTicketsList")->setCurrentRow(0);
        QVERIFY(existing->isEnabled());
        QTest::mouseClick(existing, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toLongLong(), 12);
        const auto call = spy.first().at(1).value<CallLog>();
        QCOMPARE(call.phone, QStringLiteral("555-0101"));
        QCOMPARE(call.direction, QStringLiteral("inbound"));
        QVERIFY(!dialog.callTimer()->isRunning());
        QVERIFY(dialog.isSaving());
    }

    void createSendsAPhoneTicketAndKeepsTheCallOnRetry()
    {
        InboundCallDialog dialog;
        dialog.startCall(QStringLiteral("555-0101"));
        dialog.show();
        QSignalSpy spy(&dialog, &InboundCallDialog::ticketSubmitted);
        auto *create = child<QPushButton>(&dialog, "createCallTicketButton");
        QVERIFY(!create->isEnabled()); // subject first
        QTest::keyClicks(child<QLineEdit>(&dialog, "callSubjectEdit"), QStringLiteral("Cannot log in"));
        QTest::keyClicks(child<QPlainTextEdit>(&dialog, "callNotesEdit"), QStringLiteral("Locked after 3 tries"));
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        const QJsonObject body = spy.first().at(0).toJsonObject();
        QCOMPARE(body.value(QStringLiteral("channel")).toString(), QStringLiteral("phone"));
        QCOMPARE(body.value(QStringLiteral("requester_contact")).toString(), QStringLiteral("555-0101"));
        QCOMPARE(body.value(QStringLiteral("subject")).toString(), QStringLiteral("Cannot log in"));
        const auto call = spy.first().at(1).value<CallLog>();
        QCOMPARE(call.body, QStringLiteral("Locked after 3 tries"));
        QVERIFY(!create->isEnabled()); // saving

        dialog.showSaveFailed(QStringLiteral("Server said no"));
        QVERIFY(child<QLabel>(&dialog, "callErrorLabel")->isVisible());
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.last().at(1).value<CallLog>().startedAt, call.startedAt); // same call
        dialog.confirmSaved();
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestInboundCallDialog)
#include "tst_inboundcalldialog.moc"
