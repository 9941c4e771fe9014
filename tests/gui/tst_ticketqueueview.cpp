#include "guitesthelpers.h"
#include "ticketfilterproxymodel.h"
#include "ticketitemdelegate.h"
#include "ticketlistmodel.h"
#include "slastatus.h"
#include "ticketqueueview.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace izdesk;
using izdesk::testing::child;
using izdesk::testing::makeTicket;

class TestTicketQueueView : public QObject
{
    Q_OBJECT

    TicketListModel m_model;

    static void pick(QComboBox *combo, const QVariant &data)
    {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(index);
    }

private Q_SLOTS:
    void init()
    {
        m_model.setTickets({makeTicket(1, QStringLiteral("Locked out of IIS")),
                            makeTicket(2, QStringLiteral("School needs record"), QStringLiteral("open"),
                                       QStringLiteral("jchen"), QStringLiteral("records_request")),
                            makeTicket(3, QStringLiteral("HL7 ACK errors"), QStringLiteral("closed"),
                                       QStringLiteral("jchen"), QStringLiteral("data_exchange")),
                            makeTicket(4, QStringLiteral("Password expired"), QStringLiteral("pending_caller"),
                                       QStringLiteral("trainer"))});
    }

    void activeByDefaultAndCountFollowsFilters()
    {
        TicketQueueView view;
        view.setSourceModel(&m_model);
        view.setCurrentUser(QStringLiteral("trainer"));
        view.show();
        auto *table = child<QTableView>(&view, "ticketTable");
        auto *count = child<QLabel>(&view, "countLabel");
        QCOMPARE(table->model()->rowCount(), 3); // closed one hidden by "Active"
        QCOMPARE(count->text(), QStringLiteral("3 of 4 tickets"));

        pick(child<QComboBox>(&view, "statusFilter"), QString());
        QCOMPARE(count->text(), QStringLiteral("4 of 4 tickets"));

        pick(child<QComboBox>(&view, "assigneeFilter"), QStringLiteral("@me"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(count->text(), QStringLiteral("1 of 4 tickets"));

        pick(child<QComboBox>(&view, "assigneeFilter"), QLatin1String(TicketFilterProxyModel::kUnassigned));
        QCOMPARE(table->model()->rowCount(), 1);

        pick(child<QComboBox>(&view, "assigneeFilter"), QString());
        pick(child<QComboBox>(&view, "categoryFilter"), QStringLiteral("records_request"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, TicketListModel::SubjectColumn).data().toString(),
                 QStringLiteral("School needs record"));
    }

    void freeTextFiltersAndCtrlFFocuses()
    {
        TicketQueueView view;
        view.setSourceModel(&m_model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *search = child<QLineEdit>(&view, "searchEdit");
        auto *table = child<QTableView>(&view, "ticketTable");
        table->setFocus();
        QTest::keyClick(&view, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("password"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(child<QLabel>(&view, "countLabel")->text(), QStringLiteral("1 of 4 tickets"));
        QTest::keyClick(search, Qt::Key_Escape); // clears
        QVERIFY(search->text().isEmpty());
        QCOMPARE(table->model()->rowCount(), 3);
        QTest::keyClick(search, Qt::Key_Escape); // back to the table
        QVERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Slash);
        QVERIFY(search->hasFocus());
    }

    void selectionAnnouncesTicketAndJkMove()
    {
        TicketQueueView view;
        view.setSourceModel(&m_model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &TicketQueueView::currentTicketChanged);
        auto *table = child<QTableView>(&view, "ticketTable");
        table->sortByColumn(TicketListModel::UpdatedColumn, Qt::DescendingOrder);
        QVERIFY(view.selectFirstTicket());
        // Sorted by Updated, newest first: ticket 4 is the newest active one.
        QCOMPARE(spy.last().at(0).toLongLong(), 4);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_J);
        QCOMPARE(view.currentTicketId(), 2);
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(view.currentTicketId(), 1);
        QTest::keyClick(table, Qt::Key_K);
        QCOMPARE(view.currentTicketId(), 2);

        QSignalSpy activated(&view, &TicketQueueView::ticketActivated);
        QTest::keyClick(table, Qt::Key_E);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), 2);

        // Filtering the selected row away tells the listeners nothing is selected.
        QTest::keyClicks(child<QLineEdit>(&view, "searchEdit"), QStringLiteral("no such ticket"));
        QCOMPARE(child<QTableView>(&view, "ticketTable")->model()->rowCount(), 0);
        QCOMPARE(view.currentTicketId(), 0);
        QCOMPARE(spy.last().at(0).toLongLong(), 0);
    }

    void dueColumnSortsByBreachAndTicksWithoutReset()
    {
        const QDateTime now(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
        TicketListModel model;
        model.setCurrentTimeOverride(now);
        Ticket later = makeTicket(1, QStringLiteral("Later"), QStringLiteral("open"));
        later.sla.resolutionDue = now.addSecs(3 * 3600);
        Ticket soon = makeTicket(2, QStringLiteral("Soon"), QStringLiteral("open"));
        soon.sla.firstResponseDue = now.addSecs(12 * 60);
        Ticket overdue = makeTicket(3, QStringLiteral("Overdue"), QStringLiteral("open"));
        overdue.sla.firstResponseDue = now.addSecs(-25 * 60);
        Ticket paused = makeTicket(4, QStringLiteral("Waiting on caller"), QStringLiteral("pending_caller"));
        paused.sla.paused = true;
        // Finished tickets (hidden under "Active"): one on time, one resolved late.
        Ticket onTime = makeTicket(5, QStringLiteral("Resolved on time"), QStringLiteral("resolved"));
        Ticket late = makeTicket(6, QStringLiteral("Resolved late"), QStringLiteral("resolved"));
        late.sla.resolutionBreached = true;
        model.setTickets({later, paused, soon, overdue, onTime, late});

        TicketQueueView view;
        view.setSourceModel(&model);
        view.resize(1200, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *table = child<QTableView>(&view, "ticketTable");
        QHeaderView *header = table->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(TicketListModel::DueColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        // On screen the Due column sits right after Priority.
        QCOMPARE(header->visualIndex(TicketListModel::DueColumn), header->visualIndex(TicketListModel::PriorityColumn) + 1);
        auto dueText = [table](int row) {
            return table->model()->index(row, TicketListModel::DueColumn).data().toString();
        };
        auto subject = [table](int row) {
            return table->model()->index(row, TicketListModel::SubjectColumn).data().toString();
        };
        QCOMPARE(subject(0), QStringLiteral("Overdue"));
        QCOMPARE(dueText(0), QStringLiteral("Breached 25m ago"));
        QCOMPARE(subject(1), QStringLiteral("Soon"));
        QCOMPARE(dueText(1), QStringLiteral("12m"));
        QCOMPARE(subject(2), QStringLiteral("Later"));
        QCOMPARE(dueText(3), QStringLiteral("Paused"));
        QVERIFY(header->sectionSize(TicketListModel::DueColumn)
                >= table->fontMetrics().horizontalAdvance(QStringLiteral("Breached 25m ago")));

        QVERIFY(view.selectTicket(1));
        QSignalSpy reset(table->model(), &QAbstractItemModel::modelReset);
        auto *timer = view.findChild<QTimer *>(QStringLiteral("dueTimer"));
        QVERIFY(timer && timer->isActive());
        QCOMPARE(timer->interval(), 30 * 1000);
        model.setCurrentTimeOverride(now.addSecs(60 * 60));
        QMetaObject::invokeMethod(timer, "timeout"); // what the 30-second tick does
        QCOMPARE(reset.count(), 0);
        QCOMPARE(subject(1), QStringLiteral("Soon"));
        QCOMPARE(dueText(1), QStringLiteral("Breached 48m ago"));
        QCOMPARE(view.currentTicketId(), 1); // the selection survives the tick
        izdesk::testing::saveGrab(&view, QStringLiteral("queue-due"));

        // Under "All", finished tickets come last and a late one reads "Missed", not as an
        // alarm that is still running.
        auto *status = child<QComboBox>(&view, "statusFilter");
        status->setCurrentIndex(status->findData(QString()));
        QCOMPARE(table->model()->rowCount(), 6);
        QCOMPARE(subject(3), QStringLiteral("Waiting on caller"));
        QCOMPARE(QSet<QString>({dueText(4), dueText(5)}), QSet<QString>({QStringLiteral("Met"), QStringLiteral("Missed")}));
        const int lateRow = dueText(4) == QLatin1String("Missed") ? 4 : 5;
        QCOMPARE(subject(lateRow), QStringLiteral("Resolved late"));
        QCOMPARE(table->model()->index(lateRow, 0).data(TicketListModel::SlaStateRole).toInt(), int(SlaState::Missed));
        izdesk::testing::saveGrab(&view, QStringLiteral("queue-due-finished"));
    }

    void filterMnemonicsAreUniqueAndKeyActionsAreListed()
    {
        TicketQueueView view;
        QSet<QChar> seen;
        for (QLabel *label : view.findChildren<QLabel *>()) {
            const QString text = label->text();
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            if (amp < 0 || !label->buddy())
                continue;
            const QChar key = text.at(amp + 1).toLower();
            QVERIFY2(!seen.contains(key), qPrintable(text));
            seen.insert(key);
        }
        QVERIFY(seen.size() >= 3);
        QStringList keys;
        for (const QAction *a : view.keyboardActions())
            keys << a->shortcut().toString();
        QVERIFY(keys.contains(QStringLiteral("J")));
        QVERIFY(keys.contains(QStringLiteral("K")));
        QVERIFY(keys.contains(QStringLiteral("/")));
        QVERIFY(keys.contains(QStringLiteral("E")));
    }

    void multiSelectionAndPresenceMarks()
    {
        TicketQueueView view;
        view.setSourceModel(&m_model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *table = child<QTableView>(&view, "ticketTable");
        QSignalSpy count(&view, &TicketQueueView::selectionCountChanged);
        table->setFocus();
        QVERIFY(view.selectFirstTicket());
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(view.selectedTicketIds().size(), 2);
        QCOMPARE(count.last().at(0).toInt(), 2);
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(view.selectedTicketIds(), (QList<qint64>{1, 2, 4})); // the active ones shown

        view.setPresence({{2, QStringLiteral("Jamie is editing")}});
        auto *delegate = qobject_cast<TicketItemDelegate *>(table->itemDelegate());
        QVERIFY(delegate);
        int marked = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex idx = table->model()->index(row, TicketListModel::NumberColumn);
            const QString text = delegate->presenceText(idx);
            const bool isTwo = idx.data(TicketListModel::TicketIdRole).toLongLong() == 2;
            QCOMPARE(text, isTwo ? QStringLiteral("Jamie is editing") : QString());
            QVERIFY(delegate->presenceText(table->model()->index(row, TicketListModel::SubjectColumn)).isEmpty());
            marked += text.isEmpty() ? 0 : 1;
        }
        QCOMPARE(marked, 1);
        view.setPresence({});
        QVERIFY(delegate->presenceText(table->model()->index(0, TicketListModel::NumberColumn)).isEmpty());
    }

    void staffAppearInAssigneeFilter()
    {
        TicketQueueView view;
        view.setSourceModel(&m_model);
        view.setStaff({{QStringLiteral("jchen"), QStringLiteral("Jamie Chen")}});
        auto *combo = child<QComboBox>(&view, "assigneeFilter");
        QVERIFY(combo->findData(QStringLiteral("jchen")) >= 0);
        pick(combo, QStringLiteral("jchen"));
        QCOMPARE(child<QTableView>(&view, "ticketTable")->model()->rowCount(), 1); // closed one hidden
    }
};

QTEST_MAIN(TestTicketQueueView)
#include "tst_ticketqueueview.moc"
