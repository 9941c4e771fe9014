#include "calltimerwidget.h"
#include "guitesthelpers.h"
#include "timelinecomposer.h"
#include "timelineview.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace izdesk;
using izdesk::testing::child;

class TestTimelineComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notesAndRepliesAreSubmittedWithTheirKind()
    {
        TimelineComposer composer;
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        auto *edit = child<QPlainTextEdit>(&composer, "entryEdit");
        auto *add = child<QPushButton>(&composer, "addEntryButton");
        QSignalSpy spy(&composer, &TimelineComposer::entrySubmitted);
        QVERIFY(!add->isEnabled()); // nothing typed
        QCOMPARE(add->text(), QStringLiteral("Add note"));

        composer.startNote();
        QVERIFY(edit->hasFocus());
        QTest::keyClicks(edit, QStringLiteral("Called back, left voicemail"));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last().at(0).toString(), QStringLiteral("note"));
        QCOMPARE(spy.last().at(1).toString(), QStringLiteral("Called back, left voicemail"));
        QVERIFY(!edit->toPlainText().isEmpty()); // kept until the save is confirmed
        composer.clearAfterSave();
        QVERIFY(edit->toPlainText().isEmpty());

        composer.startReply();
        QVERIFY(child<QRadioButton>(&composer, "replyRadio")->isChecked());
        QCOMPARE(add->text(), QStringLiteral("Send reply"));
        QTest::keyClicks(edit, QStringLiteral("Your account is unlocked."));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter sends
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.last().at(0).toString(), QStringLiteral("reply"));
    }

    void cannedResponsesFollowTheCategoryAndInsertTheirBody()
    {
        TimelineComposer composer;
        composer.setCannedResponses({{1, QStringLiteral("Password reset steps"), QStringLiteral("Go to Reset."),
                                      QStringLiteral("account_access")},
                                     {2, QStringLiteral("Record request form"), QStringLiteral("Fax form 12."),
                                      QStringLiteral("records_request")},
                                     {3, QStringLiteral("Greeting"), QStringLiteral("Hello, "), QString()}});
        auto *combo = child<QComboBox>(&composer, "cannedCombo");
        QCOMPARE(combo->count(), 4); // placeholder + 3 while no category is set
        composer.setCategory(QStringLiteral("account_access"));
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemText(1), QStringLiteral("Password reset steps"));
        combo->setCurrentIndex(1);
        Q_EMIT combo->activated(1);
        QCOMPARE(child<QPlainTextEdit>(&composer, "entryEdit")->toPlainText(), QStringLiteral("Go to Reset."));
        QCOMPARE(combo->currentIndex(), 0); // back to the placeholder
    }

    void stoppingTheCallTimerLogsTheCall()
    {
        TimelineComposer composer;
        composer.setCallerPhone(QStringLiteral("555-0100"));
        QSignalSpy spy(&composer, &TimelineComposer::callLogged);
        composer.toggleCallTimer();
        QVERIFY(composer.callTimer()->isRunning());
        QTest::keyClicks(child<QPlainTextEdit>(&composer, "entryEdit"), QStringLiteral("Asked for VFC report"));
        child<QComboBox>(&composer, "callDirectionCombo")->setCurrentIndex(1);
        composer.toggleCallTimer();
        QCOMPARE(spy.count(), 1);
        const auto call = spy.first().at(0).value<CallLog>();
        QCOMPARE(call.direction, QStringLiteral("outbound"));
        QCOMPARE(call.phone, QStringLiteral("555-0100"));
        QCOMPARE(call.body, QStringLiteral("Asked for VFC report"));
        QVERIFY(call.startedAt.isValid() && call.startedAt <= call.endedAt);
    }

    void timelineDistinguishesKinds()
    {
        TimelineView view;
        const QDateTime at(QDate(2026, 11, 20), QTime(15, 4), Qt::UTC);
        const TimelineRow note = izdesk::testing::makeRow(1, QStringLiteral("note"), QStringLiteral("Checked the facility"), QStringLiteral("jchen"), at);
        const TimelineRow reply = izdesk::testing::makeRow(2, QStringLiteral("reply"), QStringLiteral("We reset it"), QStringLiteral("jchen"), at);
        TimelineRow call{3, QStringLiteral("call"), QStringLiteral("Caller confirmed"), QStringLiteral("amy"), at,
                         QStringLiteral("inbound"), QStringLiteral("555-0100"), at, at.addSecs(252), 252};
        view.setEntries({note, reply, call});
        QCOMPARE(view.count(), 3);
        QVERIFY(view.item(0)->text().contains(QStringLiteral("Internal note")));
        QVERIFY(view.item(1)->text().contains(QStringLiteral("Reply to caller")));
        QVERIFY(view.item(2)->text().contains(QStringLiteral("Inbound call · 0:04:12 · amy · 555-0100")));
        QVERIFY(view.item(0)->background() != view.item(1)->background());
        QVERIFY(view.item(1)->background() != view.item(2)->background());
        QVERIFY(!view.item(2)->data(Qt::AccessibleTextRole).toString().isEmpty());
    }
};

QTEST_MAIN(TestTimelineComposer)
#include "tst_timelinecomposer.moc"
