// TicketFilterProxyModel on a large queue (the parallel precomputed filter path, >= 20k rows):
// same rows as a brute-force check, live changes after a filter are re-checked (no stale
// precomputed result), and the typed sort matches the SortRole order.
#include <ticketfilterproxymodel.h>
#include <ticketlistmodel.h>

#include <QAbstractItemModelTester>
#include <QTest>

using namespace izdesk;

namespace {
QList<Ticket> bigQueue(int n)
{
    QList<Ticket> list;
    list.reserve(n);
    const QStringList words{QStringLiteral("Password reset"), QStringLiteral("Duplicate record"),
                            QStringLiteral("HL7 upload"), QStringLiteral("Forecast question")};
    for (int i = 1; i <= n; ++i) {
        Ticket t;
        t.id = i;
        t.subject = words.at(i % 4) + QStringLiteral(" case %1").arg(i);
        t.description = i % 7 == 0 ? QStringLiteral("mentions Okafor") : QStringLiteral("routine");
        t.status = i % 3 == 0 ? QStringLiteral("resolved") : QStringLiteral("open");
        t.priority = QStringLiteral("normal");
        t.category = QStringLiteral("other");
        t.channel = QStringLiteral("phone");
        t.updatedAt = QDateTime::fromMSecsSinceEpoch(qint64(i) * 1000, Qt::UTC);
        list.append(t);
    }
    return list;
}
} // namespace

class TestTicketFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void largeQueueFilterMatchesBruteForce()
    {
        TicketListModel model;
        model.setTickets(bigQueue(30000));
        TicketFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setTextFilter(QStringLiteral("OKAFOR"));
        QCOMPARE(proxy.rowCount(), 30000 / 7);
        proxy.setStatusFilter(QStringLiteral("resolved"));
        QCOMPARE(proxy.rowCount(), 30000 / 21);
        proxy.setStatusFilter({});
        proxy.setTextFilter(QStringLiteral("hl7 case 1"));
        int expected = 0;
        for (const Ticket &t : model.tickets()) {
            // Every word somewhere in the searched fields (here: number, subject, description).
            const QString hay = t.displayNumber() + QLatin1Char('\n') + t.subject + QLatin1Char('\n') + t.description;
            expected += hay.contains(QStringLiteral("hl7"), Qt::CaseInsensitive)
                        && hay.contains(QStringLiteral("case"), Qt::CaseInsensitive)
                        && hay.contains(QStringLiteral("1"));
        }
        QVERIFY(expected > 0);
        QCOMPARE(proxy.rowCount(), expected);
    }

    void liveChangeAfterFilterIsRechecked()
    {
        TicketListModel model;
        model.setTickets(bigQueue(25000));
        TicketFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy);
        proxy.setTextFilter(QStringLiteral("okafor"));
        const int before = proxy.rowCount();
        Ticket t = *model.ticketById(1); // not a match
        t.description = QStringLiteral("Okafor called back");
        model.upsertTicket(t);
        QCOMPARE(proxy.rowCount(), before + 1);
        Ticket added = t;
        added.id = 99999;
        model.upsertTicket(added);
        QCOMPARE(proxy.rowCount(), before + 2);
        Ticket gone = *model.ticketById(7); // a match
        gone.description = QStringLiteral("routine");
        model.upsertTicket(gone);
        QCOMPARE(proxy.rowCount(), before + 1);
    }

    void typedSortMatchesSortRole()
    {
        TicketListModel model;
        model.setTickets(bigQueue(500));
        TicketFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        for (int column : {int(TicketListModel::NumberColumn), int(TicketListModel::UpdatedColumn),
                           int(TicketListModel::SubjectColumn)}) {
            proxy.sort(column, Qt::AscendingOrder);
            for (int row = 1; row < proxy.rowCount(); ++row) {
                const QVariant a = proxy.index(row - 1, column).data(TicketListModel::SortRole);
                const QVariant b = proxy.index(row, column).data(TicketListModel::SortRole);
                if (column == TicketListModel::SubjectColumn)
                    QVERIFY(a.toString().compare(b.toString(), Qt::CaseInsensitive) <= 0);
                else
                    QVERIFY(QVariant::compare(a, b) != QPartialOrdering::Greater);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTicketFilterProxyModel)
#include "tst_ticketfilterproxymodel.moc"
