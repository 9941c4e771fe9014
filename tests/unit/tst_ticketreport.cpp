// TicketReport against a small hand-made data set whose figures were counted by hand.
// Plain string literals keep the table readable.
#undef QT_NO_CAST_FROM_ASCII
#include <ticketreport.h>

#include <QTest>

using namespace izdesk;

namespace {
Ticket make(qint64 id, const QString &created, const QString &status, const QString &priority,
            const QString &category, const QString &channel, const QString &assignee = {},
            const QString &resolved = {}, bool breached = false)
{
    Ticket t;
    t.id = id;
    t.createdAt = fromIsoUtc(created);
    t.status = status;
    t.priority = priority;
    t.category = category;
    t.channel = channel;
    t.assignee = assignee;
    t.resolvedAt = fromIsoUtc(resolved);
    t.sla.resolutionBreached = breached;
    return t;
}

// Now = 2026-11-20T12:00:00Z.
QList<Ticket> data()
{
    return {
        // id  created                     status      priority  category          channel   assignee resolved                breached
        make(1, "2026-11-20T10:00:00.000Z", "new", "urgent", "account_access", "phone"),                                      // age 2 h
        make(2, "2026-11-19T09:00:00.000Z", "open", "high", "account_access", "phone", "ana"),                                // age 27 h
        make(3, "2026-11-18T08:00:00.000Z", "pending_caller", "normal", "data_quality", "email", "ben"),                      // age 52 h
        make(4, "2026-11-15T08:00:00.000Z", "open", "normal", "reports", "fax", "ana", {}, true),                              // age 5 d 4 h
        make(5, "2026-10-01T08:00:00.000Z", "pending_internal", "low", "account_access", "web"),                              // 50 d
        make(6, "2026-11-18T11:00:00.000Z", "resolved", "high", "data_quality", "phone", "ana", "2026-11-19T11:00:00.000Z"),
        make(7, "2026-11-19T13:00:00.000Z", "closed", "urgent", "account_access", "phone", "ben", "2026-11-19T15:00:00.000Z", true),
        make(8, "2026-11-17T23:59:59.000Z", "resolved", "normal", "reports", "email", "ana", "2026-11-18T09:00:00.000Z"),
    };
}
} // namespace

class TestTicketReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void volumes()
    {
        const auto tickets = data();
        QCOMPARE(TicketReport::volumeByCategory(tickets),
                 (QList<TicketReport::Count>{{"account_access", 4}, {"data_quality", 2}, {"reports", 2}}));
        QCOMPARE(TicketReport::volumeByChannel(tickets),
                 (QList<TicketReport::Count>{{"email", 2}, {"fax", 1}, {"phone", 4}, {"web", 1}}));
        // Period 2026-11-18 .. 2026-11-20 (exclusive end): tickets 2, 3, 6, 7.
        const QDate from(2026, 11, 18);
        const QDate to(2026, 11, 20);
        QCOMPARE(TicketReport::volumeByCategory(tickets, from, to),
                 (QList<TicketReport::Count>{{"account_access", 2}, {"data_quality", 2}}));
        QCOMPARE(TicketReport::volumeByDay(tickets, QDate(2026, 11, 16), QDate(2026, 11, 21)),
                 (QList<TicketReport::Count>{{"2026-11-16", 0},
                                             {"2026-11-17", 1},
                                             {"2026-11-18", 2},
                                             {"2026-11-19", 2},
                                             {"2026-11-20", 1}}));
        QCOMPARE(TicketReport::topCategories(tickets, 2),
                 (QList<TicketReport::Count>{{"account_access", 4}, {"data_quality", 2}}));
        QCOMPARE(TicketReport::countsTable("category", TicketReport::topCategories(tickets, 1)),
                 (QList<QStringList>{{"category", "count"}, {"account_access", "4"}}));
    }

    void backlogAndAging()
    {
        const auto tickets = data();
        const QDateTime now = fromIsoUtc("2026-11-20T12:00:00.000Z");
        QCOMPARE(TicketReport::backlog(tickets), 5);
        QCOMPARE(TicketReport::backlogAging(tickets, now),
                 (QList<TicketReport::Aging>{{"0-1d", 1}, {"1-3d", 2}, {"3-7d", 1}, {"7-30d", 0}, {"30d+", 1}}));
    }

    void slaCompliance()
    {
        const auto sla = TicketReport::slaCompliance(data());
        // urgent: 1 met, 7 breached; high: 2, 6 met; normal: 3, 8 met, 4 breached; low: 5 met.
        QCOMPARE(sla, (QList<TicketReport::SlaCompliance>{
                          {"urgent", 1, 1}, {"high", 2, 0}, {"normal", 2, 1}, {"low", 1, 0}}));
        QCOMPARE(sla.at(0).percentMet(), 50.0);
        QCOMPARE(TicketReport::slaCompliance({}).at(0).percentMet(), 100.0);
    }

    void handledPerSpecialist()
    {
        // Resolved in the period: ana 6 (19th), 8 (18th); ben 7 (19th). Open now: ana 2, 4; ben 3.
        QCOMPARE(TicketReport::handledPerSpecialist(data(), QDate(2026, 11, 18), QDate(2026, 11, 21)),
                 (QList<TicketReport::Handled>{{"ana", 2, 2}, {"ben", 1, 1}}));
        // Only the 19th: ana 6, ben 7.
        QCOMPARE(TicketReport::handledPerSpecialist(data(), QDate(2026, 11, 19), QDate(2026, 11, 20)),
                 (QList<TicketReport::Handled>{{"ana", 1, 2}, {"ben", 1, 1}}));
    }
};

QTEST_GUILESS_MAIN(TestTicketReport)
#include "tst_ticketreport.moc"
