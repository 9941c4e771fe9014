#include "guitesthelpers.h"
#include "reportsview.h"

#include <QApplication>
#include <QBarSet>
#include <QAbstractBarSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace izdesk;
using izdesk::testing::child;
using izdesk::testing::makeTicket;

class TestReportsView : public QObject
{
    Q_OBJECT

    const QDateTime m_now{QDate(2026, 11, 20), QTime(15, 0), Qt::UTC};

    QList<Ticket> tickets() const
    {
        QList<Ticket> out;
        const QStringList categories{QStringLiteral("account_access"), QStringLiteral("account_access"),
                                     QStringLiteral("records_request"), QStringLiteral("data_exchange"),
                                     QStringLiteral("account_access")};
        for (int i = 0; i < categories.size(); ++i) {
            Ticket t = makeTicket(i + 1, QStringLiteral("T%1").arg(i), i == 4 ? QStringLiteral("resolved") : QStringLiteral("open"),
                                  i % 2 ? QStringLiteral("jchen") : QStringLiteral("amy"), categories.at(i));
            t.createdAt = m_now.addDays(-i * 3);
            t.channel = i == 2 ? QStringLiteral("fax") : QStringLiteral("phone");
            if (i == 4)
                t.resolvedAt = m_now.addDays(-1);
            t.sla.resolutionBreached = i == 3;
            out.append(t);
        }
        Ticket old = makeTicket(9, QStringLiteral("Last year"));
        old.createdAt = m_now.addDays(-200);
        out.append(old);
        return out;
    }

    static int barTotal(QChartView *view)
    {
        int total = 0;
        for (QAbstractSeries *s : view->chart()->series()) {
            for (QBarSet *set : static_cast<QAbstractBarSeries *>(s)->barSets()) {
                for (int i = 0; i < set->count(); ++i)
                    total += int(set->at(i));
            }
        }
        return total;
    }

private Q_SLOTS:
    void reportsMatchTheDataAndFollowThePeriod()
    {
        ReportsView view;
        view.setNow(m_now);
        view.setTickets(tickets());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showReport(ReportsView::Report::VolumeByCategory);
        auto *table = child<QTableWidget>(&view, "reportTable");
        QHash<QString, QString> rows;
        for (int r = 0; r < table->rowCount(); ++r)
            rows.insert(table->item(r, 0)->text(), table->item(r, 1)->text());
        QCOMPARE(rows.value(QStringLiteral("Account access / password reset")), QStringLiteral("3"));
        QCOMPARE(barTotal(view.chartView()), 5); // last 30 days: the 200-day-old ticket is out
        izdesk::testing::saveGrab(&view, QStringLiteral("reports-category"));

        view.setPeriodDays(365);
        QCOMPARE(barTotal(view.chartView()), 6);
        view.setPeriodDays(7);
        QCOMPARE(barTotal(view.chartView()), 3); // created today, 3 and 6 days ago

        view.showReport(ReportsView::Report::VolumeByDay);
        QCOMPARE(table->rowCount(), 7); // every day, zero days included
        view.showReport(ReportsView::Report::VolumeByChannel);
        QCOMPARE(view.tableRows().size(), 2); // phone, and fax 6 days ago
        view.showReport(ReportsView::Report::Backlog);
        QVERIFY(!child<QComboBox>(&view, "periodCombo")->isEnabled()); // backlog is "now"
        QCOMPARE(barTotal(view.chartView()), 5); // the active ones
        view.setPeriodDays(30);
        view.showReport(ReportsView::Report::SlaCompliance);
        QCOMPARE(view.tableHeader().size(), 4);
        QCOMPARE(view.chartView()->chart()->series().size(), 1);
        QCOMPARE(static_cast<QAbstractBarSeries *>(view.chartView()->chart()->series().first())->barSets().size(), 2);
        izdesk::testing::saveGrab(&view, QStringLiteral("reports-sla"));
        view.showReport(ReportsView::Report::PerSpecialist);
        QCOMPARE(table->rowCount(), 2);
        izdesk::testing::saveGrab(&view, QStringLiteral("reports-specialist"));
    }

    void exportAsksForAFileAndEmitsTheTable()
    {
        ReportsView view;
        view.setNow(m_now);
        view.setTickets(tickets());
        view.showReport(ReportsView::Report::TopCategories);
        view.show();
        QSignalSpy spy(&view, &ReportsView::csvExportRequested);
        QTimer::singleShot(300, this, [] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QMetaObject::invokeMethod(dialog, "accept");
        });
        QTest::mouseClick(child<QPushButton>(&view, "exportCsvButton"), Qt::LeftButton);
        QTRY_COMPARE(spy.count(), 1);
        // The suggested name follows the report.
        QVERIFY2(spy.first().at(0).toString().endsWith(QStringLiteral("/top-categories.csv")),
                 qPrintable(spy.first().at(0).toString()));
        QCOMPARE(spy.first().at(1).toStringList(), view.tableHeader());
        QCOMPARE(spy.first().at(2).value<QList<QStringList>>(), view.tableRows());
    }
};

QTEST_MAIN(TestReportsView)
#include "tst_reportsview.moc"
