// The HL7 message checker through the real app wiring against the seeded in-process server,
// offscreen and by keyboard: View ▸ HL7 message checker (Ctrl+Shift+H) opens it; a public
// sample batch with known defects (an SSN in PID-3, a BTS count that does not match) pasted
// and checked with Ctrl+Enter shows the checklist a–k counts, the failed verdict and the
// envelope problem; walking the findings with the arrow keys highlights each finding's segment
// and field in the text; two messages give a message selector with each message's verdict and
// ACK; text that is no HL7 is rejected (AR) with the reader's finding; the text survives closing
// the window; every control has a name and a unique mnemonic. With IZDESK_GRAB_DIR set, the
// window is saved as checker.png.
#include "application.h"
#include "deskfixture.h"
#include "guitesthelpers.h"
#include "hl7checkconnector.h"
#include "hl7checkerview.h"
#include "hl7checklistbar.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "ticketlistmodel.h"
#include "ticketqueuecontroller.h"
#include "ticketqueueview.h"

#include <hl7findingmodel.h>

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBlock>

using namespace izdesk;
using izdesk::testing::child;

namespace {
constexpr int kTimeoutMs = 30000;

QByteArray sample(const char *name)
{
    QFile file(QStringLiteral(IZDESK_TEST_DATA "/hl7/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qWarning("test data missing: %s", name);
    return file.readAll();
}

// The text of the first extra selection (the segment) and of the second (the field).
QStringList highlighted(QPlainTextEdit *text)
{
    QStringList out;
    for (const QTextEdit::ExtraSelection &s : text->extraSelections())
        out << s.cursor.selectedText();
    return out;
}
} // namespace

class TestHl7CheckerView : public QObject
{
    Q_OBJECT

    testing::DeskFixture m_desk;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<Application> m_app;

    Hl7CheckerView *view() const { return m_app->hl7CheckArea()->view(); }

    void openChecker()
    {
        MainWindow *w = m_app->mainWindow();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        QTest::keyClick(w, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(QTest::qWaitFor([this] { return view()->isVisible(); }, kTimeoutMs));
        view()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view()));
    }

    // Pastes into the text box (Ctrl+V) and checks with Ctrl+Enter; waits for the answer.
    void pasteAndCheck(const QByteArray &bytes)
    {
        auto *text = child<QPlainTextEdit>(view(), "hl7Text");
        text->setFocus();
        QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
        QGuiApplication::clipboard()->setText(QString::fromUtf8(bytes));
        QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
        checkAndWait();
    }

    void checkAndWait()
    {
        auto *status = child<QLabel>(view(), "checkStatus");
        QTest::keyClick(child<QPlainTextEdit>(view(), "hl7Text"), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(QTest::qWaitFor([status] { return status->text().startsWith(QStringLiteral("Checked")); }, kTimeoutMs),
                 qPrintable(status->text()));
    }

    // Moves through the findings with the Down key until the row whose check is this one.
    int walkTo(const QString &check)
    {
        auto *table = child<QTableView>(view(), "hl7FindingsTable");
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->currentIndex().row() != row)
                return -1;
            if (table->model()->index(row, Hl7FindingModel::CheckColumn).data().toString().endsWith(check))
                return row;
            QTest::keyClick(table, Qt::Key_Down);
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(m_desk.setUp(&error), qPrintable(error));
        m_app = m_desk.signedIn(&m_credentials, QStringLiteral("specialist"), QStringLiteral("izdesk-specialist"));
        QVERIFY(m_app->mainWindow()->isVisible());
    }

    void cleanup()
    {
        m_app.reset();
        m_desk.tearDown();
    }

    void batchShowsChecklistAndHighlightsTheFinding()
    {
        openChecker();
        const QByteArray batch = sample("smm-tester-batch-after.hl7");
        QVERIFY(!batch.isEmpty());
        pasteAndCheck(batch);

        // The checklist: j (SSN) has an error, h (protection and publicity) two warnings, b none.
        auto *bar = child<Hl7ChecklistBar>(view(), "hl7ChecklistBar");
        QCOMPARE(bar->itemLabel(QStringLiteral("j"))->accessibleName(),
                 QStringLiteral("Checklist item j, No Social Security numbers: 1 finding(s), errors"));
        QCOMPARE(bar->itemLabel(QStringLiteral("h"))->accessibleName(),
                 QStringLiteral("Checklist item h, Protection and publicity: 2 finding(s), warnings"));
        QCOMPARE(bar->itemLabel(QStringLiteral("b"))->accessibleName(),
                 QStringLiteral("Checklist item b, Codes valid on the day: no findings"));
        QVERIFY(bar->itemLabel(QStringLiteral("general"))->accessibleName().contains(QStringLiteral("errors")));
        const QString verdict = bar->verdictLabel()->text();
        QVERIFY2(verdict.contains(QStringLiteral("Failed")), qPrintable(verdict));
        QVERIFY2(verdict.contains(QStringLiteral("BTS-1")), qPrintable(verdict)); // the envelope's count

        // Walking the findings by keyboard follows in the text: the SSN is in the PID segment,
        // in the second repetition of PID-3.
        const int row = walkTo(QStringLiteral("pid.ssn.present"));
        QVERIFY(row >= 0);
        auto *text = child<QPlainTextEdit>(view(), "hl7Text");
        QStringList marks = highlighted(text);
        QCOMPARE(marks.size(), 2);
        QVERIFY2(marks.at(0).startsWith(QStringLiteral("PID|||Q8^^^^PI^~")), qPrintable(marks.at(0)));
        QCOMPARE(marks.at(1), QStringLiteral("168711320"));
        QCOMPARE(text->textCursor().block().text(), marks.at(0)); // scrolled to, caret on the line

        // Up one row: another finding, another place.
        auto *table = child<QTableView>(view(), "hl7FindingsTable");
        QTest::keyClick(table, Qt::Key_Up);
        QVERIFY(highlighted(text) != marks);

        // The ACK of the message is there to copy.
        auto *ack = child<QPlainTextEdit>(view(), "hl7AckText");
        QVERIFY2(ack->toPlainText().contains(QStringLiteral("MSA|AR|MDPUB092001")), qPrintable(ack->toPlainText()));
        QTest::mouseClick(child<QPushButton>(view(), "copyAckButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), ack->toPlainText());

        walkTo(QStringLiteral("pid.ssn.present"));
        QVERIFY(child<QLabel>(view(), "findingDetail")->text().contains(QStringLiteral("checklist item j")));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        testing::saveGrab(view(), QStringLiteral("checker"));

        // Closing the window keeps the text; Ctrl+Shift+H brings it back as it was.
        const QString before = text->toPlainText();
        view()->close();
        openChecker();
        QCOMPARE(child<QPlainTextEdit>(view(), "hl7Text")->toPlainText(), before);

        // Signing out takes the messages (patient data) off the screen.
        Q_EMIT m_app->mainWindow()->signOutRequested();
        QVERIFY(QTest::qWaitFor([this] { return !view()->isVisible() && view()->text().isEmpty(); }, kTimeoutMs));
        QVERIFY(!view()->result().has_value());
    }

    void twoMessagesGiveAMessageSelector()
    {
        openChecker();
        pasteAndCheck(sample("mqe-hl7-util-vxu-dtap.hl7") + "\n" + sample("smm-tester-vxu-update.hl7"));
        auto *combo = child<QComboBox>(view(), "hl7MessageCombo");
        QCOMPARE(combo->count(), 2);
        QVERIFY2(combo->itemText(0).startsWith(QStringLiteral("Message 1 of 2: ")), qPrintable(combo->itemText(0)));
        auto *ack = child<QPlainTextEdit>(view(), "hl7AckText");
        combo->setFocus();
        combo->setCurrentIndex(0);
        const QString first = ack->toPlainText();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentIndex(), 1);
        QVERIFY(ack->toPlainText() != first); // the second message's own ACK
        // The first finding of the second message is highlighted inside the second message.
        auto *text = child<QPlainTextEdit>(view(), "hl7Text");
        const QStringList marks = highlighted(text);
        QVERIFY(!marks.isEmpty());
        const qsizetype secondMsh = text->toPlainText().indexOf(QStringLiteral("\nMSH|"));
        QVERIFY(secondMsh > 0);
        QVERIFY(text->extraSelections().first().cursor.selectionStart() > secondMsh);
    }

    void unreadableTextIsRejected()
    {
        openChecker();
        auto *text = child<QPlainTextEdit>(view(), "hl7Text");
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("this is not an HL7 message"));
        checkAndWait();
        auto *combo = child<QComboBox>(view(), "hl7MessageCombo");
        QVERIFY2(combo->itemText(0).contains(QStringLiteral("rejected (AR)")), qPrintable(combo->itemText(0)));
        auto *table = child<QTableView>(view(), "hl7FindingsTable");
        QVERIFY(table->model()->rowCount() >= 1);
        QVERIFY(table->model()
                    ->index(0, Hl7FindingModel::CheckColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("msg.")));
        QVERIFY(child<QPlainTextEdit>(view(), "hl7AckText")->toPlainText().contains(QStringLiteral("MSA|AR")));
        auto *bar = child<Hl7ChecklistBar>(view(), "hl7ChecklistBar");
        QVERIFY2(
            bar->itemLabel(QStringLiteral("a"))->accessibleName().endsWith(QStringLiteral("not checked: unreadable")),
            qPrintable(bar->itemLabel(QStringLiteral("a"))->accessibleName())); // not "no findings"
        testing::saveGrab(view(), QStringLiteral("checker-rejected"));

        // Editing after the check says so; nothing stays highlighted.
        QTest::keyClicks(text, QStringLiteral("!"));
        QVERIFY(child<QLabel>(view(), "checkStatus")->text().contains(QStringLiteral("changed")));
        QVERIFY(text->extraSelections().isEmpty());
    }

    void openedFromADataExchangeTicket()
    {
        MainWindow *w = m_app->mainWindow();
        auto *action = child<QAction>(w, "ticketHl7CheckAction");
        const TicketListModel *tickets = m_app->queue()->model();
        qint64 exchange = 0, other = 0;
        for (const Ticket &t : tickets->tickets())
            (t.category == QLatin1String("data_exchange") ? exchange : other) = t.id;
        QVERIFY(exchange && other);
        QVERIFY(w->queueView()->selectTicket(other));
        QVERIFY(!action->isEnabled()); // only for data exchange tickets
        QVERIFY(w->queueView()->selectTicket(exchange));
        QVERIFY(action->isEnabled());
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        QTest::keyClick(w, Qt::Key_H, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(QTest::qWaitFor([this] { return view()->isVisible(); }, kTimeoutMs));
        const QString context = child<QLabel>(view(), "checkContext")->text();
        QVERIFY2(context.startsWith(QStringLiteral("For ticket #%1").arg(exchange)), qPrintable(context));
    }

    void keyboardAndNames()
    {
        openChecker();
        testing::saveGrab(view(), QStringLiteral("checker-empty"));
        testing::verifyMnemonicsUnique(view());
        for (QWidget *w : view()->findChildren<QWidget *>()) {
            const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                                     || qobject_cast<QPlainTextEdit *>(w)
                                     || (qobject_cast<QAbstractItemView *>(w) && !w->inherits("QHeaderView")
                                         && !w->parentWidget()->inherits("QComboBoxPrivateContainer"));
            if (interactive && w->isVisibleTo(view()))
                QVERIFY2(!w->accessibleName().isEmpty(),
                         qPrintable(QLatin1String(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName()
                                    + QStringLiteral(" has no name")));
        }
        // Offline, Check says why nothing happens.
        view()->setOnline(false);
        QTest::keyClick(child<QPlainTextEdit>(view(), "hl7Text"), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(child<QLabel>(view(), "checkStatus")->text().startsWith(QStringLiteral("Offline")));
        view()->setOnline(true);

        // Ctrl+O asks for a file; the chosen file's bytes are what Check sends.
        const QString path = QStringLiteral(IZDESK_TEST_DATA "/hl7/smm-tester-vxu-update.hl7");
        view()->setFileChooser([path](QWidget *) { return path; });
        QTest::keyClick(child<QPlainTextEdit>(view(), "hl7Text"), Qt::Key_O, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor([this] { return !view()->text().isEmpty(); }, kTimeoutMs));
        QCOMPARE(view()->bytesToCheck(), sample("smm-tester-vxu-update.hl7"));
        QVERIFY(view()->text().startsWith(QStringLiteral("MSH|")));
        QVERIFY(view()->text().contains(QLatin1Char('\n'))); // CR shown as line breaks
    }
};

QTEST_MAIN(TestHl7CheckerView)
#include "tst_hl7checkerview.moc"
