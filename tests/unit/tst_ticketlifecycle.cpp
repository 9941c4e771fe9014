// TicketLifecycle: the allowed status moves, never back to new, and reopening a closed
// ticket only for a supervisor, trainer or admin.

#include "ticketlifecycle.h"

#include <QTest>

using izdesk::TicketLifecycle;

class TstTicketLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data();
    void transitions();
    void refusalNamesAllowedTargets();
};

void TstTicketLifecycle::transitions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("allowed");

    const QString sp = QStringLiteral("specialist");
    const QString su = QStringLiteral("supervisor");
    QTest::newRow("new→open") << QStringLiteral("new") << QStringLiteral("open") << sp << true;
    QTest::newRow("open→pending_caller") << QStringLiteral("open") << QStringLiteral("pending_caller") << sp << true;
    QTest::newRow("pending_caller→pending_internal")
        << QStringLiteral("pending_caller") << QStringLiteral("pending_internal") << sp << true;
    QTest::newRow("new→resolved") << QStringLiteral("new") << QStringLiteral("resolved") << sp << true;
    QTest::newRow("open→new") << QStringLiteral("open") << QStringLiteral("new") << su << false;
    QTest::newRow("open→closed") << QStringLiteral("open") << QStringLiteral("closed") << su << false;
    QTest::newRow("resolved→open") << QStringLiteral("resolved") << QStringLiteral("open") << sp << true;
    QTest::newRow("resolved→closed") << QStringLiteral("resolved") << QStringLiteral("closed") << sp << true;
    QTest::newRow("resolved→pending_caller")
        << QStringLiteral("resolved") << QStringLiteral("pending_caller") << sp << false;
    QTest::newRow("closed→open specialist") << QStringLiteral("closed") << QStringLiteral("open") << sp << false;
    QTest::newRow("closed→open supervisor") << QStringLiteral("closed") << QStringLiteral("open") << su << true;
    QTest::newRow("closed→open trainer") << QStringLiteral("closed") << QStringLiteral("open")
                                         << QStringLiteral("trainer") << true;
    QTest::newRow("closed→open admin") << QStringLiteral("closed") << QStringLiteral("open") << QStringLiteral("admin")
                                       << true;
    QTest::newRow("closed→resolved") << QStringLiteral("closed") << QStringLiteral("resolved") << su << false;
    QTest::newRow("unchanged") << QStringLiteral("closed") << QStringLiteral("closed") << sp << true;
}

void TstTicketLifecycle::transitions()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, role);
    QFETCH(bool, allowed);
    QCOMPARE(!TicketLifecycle::check(from, to, role).has_value(), allowed);
    if (from != to)
        QCOMPARE(TicketLifecycle::allowedTargets(from, role).contains(to), allowed);
}

void TstTicketLifecycle::refusalNamesAllowedTargets()
{
    const auto error
        = TicketLifecycle::check(QStringLiteral("open"), QStringLiteral("new"), QStringLiteral("specialist"));
    QVERIFY(error);
    QCOMPARE(error->field, QStringLiteral("status"));
    QCOMPARE(error->message,
             QStringLiteral("from open the status can move to: pending_caller, pending_internal, resolved"));
    const auto closed
        = TicketLifecycle::check(QStringLiteral("closed"), QStringLiteral("open"), QStringLiteral("specialist"));
    QVERIFY(closed && closed->message.contains(QStringLiteral("supervisor")));
}

QTEST_GUILESS_MAIN(TstTicketLifecycle)
#include "tst_ticketlifecycle.moc"
