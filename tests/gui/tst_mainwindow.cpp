#include "guitesthelpers.h"
#include "mainwindow.h"
#include "notificationstrip.h"
#include "sessionstatusbar.h"
#include "shortcutsdialog.h"
#include "ticketdetailpanel.h"
#include "ticketlistmodel.h"
#include "ticketqueueview.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

using namespace izdesk;
using izdesk::testing::child;
using izdesk::testing::makeTicket;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMenuActionIsNamedAndShortcutsAreUnique()
    {
        MainWindow window;
        QHash<QString, QString> seen;
        for (QAction *menuAction : window.menuBar()->actions()) {
            QVERIFY(menuAction->menu());
            for (QAction *a : menuAction->menu()->actions()) {
                if (a->isSeparator())
                    continue;
                QVERIFY2(!a->objectName().isEmpty(), qPrintable(a->text()));
                for (const QKeySequence &k : a->shortcuts()) {
                    const QString key = k.toString();
                    QVERIFY2(!seen.contains(key), qPrintable(key + QStringLiteral(" twice: ") + a->text()));
                    seen.insert(key, a->text());
                }
            }
        }
        QCOMPARE(child<QAction>(&window, "inboundCallAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+N")));
        for (const char *name : {"addNoteAction", "replyAction", "cannedResponseAction", "callTimerAction"})
            QVERIFY2(!child<QAction>(&window, name)->shortcut().isEmpty(), name);
        auto *toolbar = child<QToolBar>(&window, "mainToolBar");
        QVERIFY(toolbar->actions().contains(child<QAction>(&window, "inboundCallAction")));
    }

    void inboundCallShortcutAsksForACall()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy spy(&window, &MainWindow::inboundCallRequested);
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(spy.count(), 1);
        window.setChangesEnabled(false);
        QVERIFY(!child<QAction>(&window, "inboundCallAction")->isEnabled());
        QVERIFY(!child<QAction>(&window, "replyAction")->isEnabled());
    }

    void shortcutsDialogIsBuiltFromTheActions()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        auto *dialog = window.findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        auto *list = child<QTreeWidget>(dialog, "shortcutList");
        QHash<QString, QString> rows;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            rows.insert(list->topLevelItem(i)->text(0), list->topLevelItem(i)->text(1));
        QCOMPARE(rows.value(QStringLiteral("Inbound call")), QKeySequence(QStringLiteral("Ctrl+Shift+N")).toString(QKeySequence::NativeText));
        QCOMPARE(rows.value(QStringLiteral("Next ticket")), QStringLiteral("J"));
        QCOMPARE(rows.value(QStringLiteral("Previous ticket")), QStringLiteral("K"));
        QVERIFY(rows.value(QStringLiteral("Edit ticket")).contains(QStringLiteral("F2")));
        QVERIFY(rows.contains(QStringLiteral("Reply to caller")));
        // Every row comes from an action: nothing listed that does not exist.
        int withKeys = 0;
        QList<QAction *> actions = window.queueView()->keyboardActions();
        for (QAction *menuAction : window.menuBar()->actions())
            actions += menuAction->menu()->actions();
        QSet<QString> texts;
        for (QAction *a : actions) {
            if (!a->shortcuts().isEmpty())
                texts.insert(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        }
        for (auto it = rows.cbegin(); it != rows.cend(); ++it, ++withKeys)
            QVERIFY2(texts.contains(it.key()), qPrintable(it.key()));
        QVERIFY(withKeys >= 12);
        izdesk::testing::saveGrab(dialog, QStringLiteral("shortcuts"));
        dialog->close();
    }

    void lookOfTheMainWindow()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        TicketListModel model;
        QList<Ticket> tickets;
        const QStringList subjects{QStringLiteral("Locked out after password reset"), QStringLiteral("School needs shot record"),
                                   QStringLiteral("HL7 ACK errors from EHR"), QStringLiteral("VFC inventory mismatch"),
                                   QStringLiteral("Duplicate patient records")};
        const QList<qint64> due{-25 * 60, 12 * 60, 72 * 60, 0, 26 * 3600};
        for (int i = 0; i < subjects.size(); ++i) {
            Ticket t = makeTicket(i + 1, subjects.at(i), i == 3 ? QStringLiteral("pending_caller") : QStringLiteral("open"),
                                  i % 2 ? QStringLiteral("jchen") : QString());
            if (i == 3)
                t.sla.paused = true;
            else
                t.sla.resolutionDue = now.addSecs(due.at(i));
            t.priority = i == 0 ? QStringLiteral("urgent") : QStringLiteral("normal");
            tickets.append(t);
        }
        model.setTickets(tickets);
        MainWindow window;
        window.queueView()->setSourceModel(&model);
        window.sessionStatusBar()->setUser(QStringLiteral("Jamie Chen"), QStringLiteral("Specialist"));
        window.sessionStatusBar()->setEnvironmentName(QStringLiteral("Training"));
        window.sessionStatusBar()->setOutboxState(2, 1);
        window.notificationStrip()->showNotification(2, QStringLiteral("T-000002 breaches its SLA in 12m"),
                                                     QStringLiteral("School needs shot record"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.queueView()->selectFirstTicket());
        window.detailPanel()->setTicket(model.ticketById(window.queueView()->currentTicketId()));
        window.detailPanel()->showTimeline();
        QCOMPARE(window.queueView()->currentTicketId(), 1); // breached first
        izdesk::testing::saveGrab(&window, QStringLiteral("mainwindow"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
