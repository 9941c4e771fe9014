#include "ticketfilterproxymodel.h"
#include "ticketlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace izdesk;

namespace {

Ticket makeTicket(qint64 id, const QString &status, const QString &assignee, const QString &category,
                  const QString &subject, int minutesAgo)
{
    Ticket t;
    t.id = id;
    t.subject = subject;
    t.status = status;
    t.priority = QStringLiteral("normal");
    t.category = category;
    t.channel = QStringLiteral("phone");
    t.requesterName = QStringLiteral("Caller %1").arg(id);
    t.assignee = assignee;
    t.updatedAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC).addSecs(-60 * minutesAgo);
    t.version = 1;
    return t;
}

QList<Ticket> sample()
{
    return {makeTicket(1, QStringLiteral("new"), QString(), QStringLiteral("account_access"), QStringLiteral("Locked out of IIS"), 5),
            makeTicket(2, QStringLiteral("open"), QStringLiteral("jchen"), QStringLiteral("records_request"), QStringLiteral("School needs record"), 50),
            makeTicket(3, QStringLiteral("closed"), QStringLiteral("jchen"), QStringLiteral("data_exchange"), QStringLiteral("HL7 ACK errors"), 500),
            makeTicket(4, QStringLiteral("pending_caller"), QStringLiteral("mokafor"), QStringLiteral("account_access"), QStringLiteral("Password expired"), 1)};
}

} // namespace

class TestTicketListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelIsConsistentThroughUpdates()
    {
        TicketListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTickets(sample());
        QCOMPARE(model.rowCount(), 4);

        // A refresh where ticket 2 changed, 3 is gone and 5 is new keeps the other rows.
        QList<Ticket> next = sample();
        next[1].status = QStringLiteral("resolved");
        next[1].version = 2;
        next.removeAt(2);
        next.append(makeTicket(5, QStringLiteral("new"), QString(), QStringLiteral("other"), QStringLiteral("Fax illegible"), 0));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setTickets(next);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowForId(3), -1);
        QCOMPARE(model.index(model.rowForId(2), TicketListModel::StatusColumn).data().toString(), QStringLiteral("Resolved"));

        model.upsertTicket(makeTicket(6, QStringLiteral("open"), QString(), QStringLiteral("other"), QStringLiteral("x"), 0));
        QCOMPARE(model.rowCount(), 5);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void displaysLabelsNotKeys()
    {
        TicketListModel model;
        model.setTickets(sample());
        QCOMPARE(model.index(0, TicketListModel::NumberColumn).data().toString(), QStringLiteral("T-000001"));
        QCOMPARE(model.index(0, TicketListModel::CategoryColumn).data().toString(), QStringLiteral("Account access / password reset"));
        QCOMPARE(model.index(0, TicketListModel::AssigneeColumn).data().toString(), QStringLiteral("Unassigned"));
        QCOMPARE(model.index(3, TicketListModel::StatusColumn).data().toString(), QStringLiteral("Pending caller"));
    }

    void proxyFiltersAndSorts()
    {
        TicketListModel model;
        TicketFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTickets(sample());

        proxy.setStatusFilter(QLatin1String(TicketFilterProxyModel::kActiveStatuses));
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setAssigneeFilter(QStringLiteral("jchen"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setAssigneeFilter(QLatin1String(TicketFilterProxyModel::kUnassigned));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setAssigneeFilter(QString());
        proxy.setCategoryFilter(QStringLiteral("account_access"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setTextFilter(QStringLiteral("  PASSWORD  exp "));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(TicketListModel::TicketIdRole).toLongLong(), 4);
        proxy.setTextFilter(QStringLiteral("T-000001"));
        QCOMPARE(proxy.rowCount(), 1);

        proxy.setCategoryFilter(QString());
        proxy.setTextFilter(QString());
        proxy.setStatusFilter(QString());
        proxy.sort(TicketListModel::UpdatedColumn, Qt::DescendingOrder);
        QList<qint64> order;
        for (int r = 0; r < proxy.rowCount(); ++r)
            order << proxy.index(r, 0).data(TicketListModel::TicketIdRole).toLongLong();
        QCOMPARE(order, (QList<qint64>{4, 1, 2, 3}));

        // A live update re-sorts: ticket 3 becomes the most recent.
        Ticket t3 = sample().at(2);
        t3.updatedAt = t3.updatedAt.addDays(1);
        t3.version = 2;
        model.upsertTicket(t3);
        QCOMPARE(proxy.index(0, 0).data(TicketListModel::TicketIdRole).toLongLong(), 3);
    }
};

QTEST_GUILESS_MAIN(TestTicketListModel)
#include "tst_ticketlistmodel.moc"
