#include "guitesthelpers.h"
#include "ticketfilterproxymodel.h"
#include "ticketlistmodel.h"
#include "ticketqueueview.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

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
