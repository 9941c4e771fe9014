// The demo seed: deterministic, a no-op on a database that has staff, and covering every
// category, channel and status with plausible synthetic data.

#include "httptestclient.h"
#include "testserver.h"

#include "catalog.h"
#include "seed/demoseed.h"
#include "serverapp.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "ticket.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using izdesk::server::SeedResult;
using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;

namespace {

const QDateTime kNow(QDate(2025, 3, 14), QTime(15, 9, 26, 535), Qt::UTC);

std::unique_ptr<TestServer> startEmpty()
{
    TestServer::Options options;
    options.seedDemo = false;
    auto server = std::make_unique<TestServer>(options);
    QString error;
    if (!server->start(&error)) {
        qWarning() << "start failed:" << error;
        return nullptr;
    }
    return server;
}

SeedResult seed(TestServer &server, const QDateTime &now = kNow)
{
    auto &db = server.app()->database();
    return izdesk::server::seedDemo(db.connection(), db.dialect(), now);
}

// Every row of a query as text, timestamps normalised, so two databases can be compared.
QStringList dump(TestServer &server, const QString &sql, const QList<int> &timestampColumns = {})
{
    QSqlQuery q(server.app()->database().connection());
    if (!q.exec(sql))
        return {QStringLiteral("query failed")};
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i) {
            cells << (timestampColumns.contains(i) ? izdesk::toIsoUtc(izdesk::server::fromDbTimestamp(q.value(i)))
                                                   : q.value(i).toString());
        }
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

const QString kTicketsSql = QStringLiteral(
    "SELECT t.id, t.subject, t.description, t.status, t.priority, t.category, t.channel, t.requester_name, "
    "t.requester_contact, t.organization_id, a.username, c.username, t.created_at, t.updated_at, t.version "
    "FROM tickets t LEFT JOIN staff_users a ON a.id = t.assignee_id JOIN staff_users c ON c.id = t.created_by_id "
    "ORDER BY t.id");
const QString kOrganizationsSql = QStringLiteral(
    "SELECT o.id, o.name, o.type, f.id, f.name, f.facility_code, f.vfc_pin, f.phone, f.address "
    "FROM organizations o JOIN facilities f ON f.organization_id = o.id ORDER BY o.id, f.id");
const QString kStaffSql = QStringLiteral("SELECT username, display_name, role, active FROM staff_users ORDER BY id");

} // namespace

class TstDemoSeed : public QObject
{
    Q_OBJECT

private slots:
    void seedIsDeterministic();
    void secondSeedIsANoOp();
    void seedDataCoversTheDomain();
    void demoAccountsCanSignIn();
    void mostOpenTicketsAreWithinTheirTarget();
};

void TstDemoSeed::seedIsDeterministic()
{
    auto a = startEmpty();
    auto b = startEmpty();
    QVERIFY(a && b);
    const SeedResult ra = seed(*a);
    const SeedResult rb = seed(*b);
    QVERIFY2(ra.error.isEmpty(), qPrintable(ra.error));
    QVERIFY(ra.seeded && rb.seeded);
    QCOMPARE(ra.accounts, rb.accounts);

    const QStringList ticketsA = dump(*a, kTicketsSql, {12, 13});
    QCOMPARE(ticketsA.size(), 200);
    QCOMPARE(ticketsA, dump(*b, kTicketsSql, {12, 13}));
    QCOMPARE(dump(*a, kOrganizationsSql), dump(*b, kOrganizationsSql));
    QCOMPARE(dump(*a, kStaffSql), dump(*b, kStaffSql));

    // Times follow the given clock: another "now" shifts them and nothing else.
    auto c = startEmpty();
    QVERIFY(c);
    QVERIFY(seed(*c, kNow.addDays(1)).seeded);
    const QStringList ticketsC = dump(*c, kTicketsSql, {12, 13});
    QCOMPARE(ticketsC.size(), ticketsA.size());
    QVERIFY(ticketsC != ticketsA);
    const auto withoutTimes = [](const QString &row) { return row.section(QLatin1Char('|'), 0, 11); };
    for (qsizetype i = 0; i < ticketsA.size(); ++i)
        QCOMPARE(withoutTimes(ticketsC.at(i)), withoutTimes(ticketsA.at(i)));
}

void TstDemoSeed::secondSeedIsANoOp()
{
    auto server = startEmpty();
    QVERIFY(server);
    QVERIFY(seed(*server).seeded);
    const QStringList before = dump(*server, kTicketsSql, {12, 13});
    const SeedResult again = seed(*server, kNow.addDays(3));
    QVERIFY(!again.seeded);
    QVERIFY(again.error.isEmpty());
    QCOMPARE(again.accounts.size(), 7);
    QCOMPARE(dump(*server, kTicketsSql, {12, 13}), before);
    QCOMPARE(dump(*server, kStaffSql).size(), 7);

    // Any existing staff member means "not empty": nothing is added.
    auto other = startEmpty();
    QVERIFY(other);
    QString error;
    QVERIFY2(other->addStaffUser(QStringLiteral("firstadmin"), QStringLiteral("First Admin"), QStringLiteral("admin"),
                                 QStringLiteral("first-admin-password"), &error),
             qPrintable(error));
    const SeedResult skipped = seed(*other);
    QVERIFY(!skipped.seeded);
    QCOMPARE(skipped.accounts.size(), 7);
    QCOMPARE(dump(*other, kStaffSql).size(), 1);
    QVERIFY(dump(*other, kTicketsSql).isEmpty());
}

void TstDemoSeed::seedDataCoversTheDomain()
{
    auto server = startEmpty();
    QVERIFY(server);
    const SeedResult result = seed(*server);
    QVERIFY(result.seeded);
    QCOMPARE(result.accounts.first(), QStringLiteral("specialist / izdesk-specialist (specialist)"));

    QCOMPARE(dump(*server, kStaffSql),
             (QStringList{QStringLiteral("specialist|Sam Rivera|specialist|true"),
                          QStringLiteral("supervisor|Dana Whitfield|supervisor|true"),
                          QStringLiteral("trainer|Tina Trainer|trainer|true"),
                          QStringLiteral("admin|Alex Morgan|admin|true"),
                          QStringLiteral("jchen|Jordan Chen|specialist|true"),
                          QStringLiteral("mokafor|Maya Okafor|specialist|true"),
                          QStringLiteral("lnguyen|Linh Nguyen|specialist|true")})
                 .replaceInStrings(QStringLiteral("|true"), server->isPostgres() ? QStringLiteral("|true") : QStringLiteral("|1")));

    QSet<QString> categories, channels, statuses, priorities;
    int unassigned = 0;
    QSqlQuery q(server->app()->database().connection());
    QVERIFY(q.exec(kTicketsSql));
    while (q.next()) {
        const QString status = q.value(3).toString();
        statuses.insert(status);
        priorities.insert(q.value(4).toString());
        categories.insert(q.value(5).toString());
        channels.insert(q.value(6).toString());
        QVERIFY(!q.value(1).toString().isEmpty());
        QVERIFY(!q.value(7).toString().isEmpty());
        if (q.value(10).isNull())
            ++unassigned;
        const QDateTime created = izdesk::server::fromDbTimestamp(q.value(12));
        const QDateTime updated = izdesk::server::fromDbTimestamp(q.value(13));
        QVERIFY(created >= kNow.addDays(-30) && created <= kNow);
        QVERIFY(updated >= created && updated <= kNow);
        QVERIFY(q.value(14).toInt() >= 1);
        if (status == QLatin1String("new"))
            QCOMPARE(q.value(14).toInt(), 1);
        QVERIFY2(!q.value(2).toString().contains(QLatin1Char('{')), qPrintable(q.value(2).toString()));
    }
    const QStringList allCategories = izdesk::Catalog::keys(izdesk::Catalog::ticketCategories());
    QCOMPARE(categories, QSet<QString>(allCategories.cbegin(), allCategories.cend()));
    QCOMPARE(channels.size(), izdesk::Catalog::ticketChannels().size());
    QCOMPARE(statuses.size(), izdesk::Catalog::ticketStatuses().size());
    QCOMPARE(priorities.size(), izdesk::Catalog::ticketPriorities().size());
    QVERIFY(unassigned > 0 && unassigned < 100);

    const QRegularExpression phone(QStringLiteral("^\\(\\d{3}\\) 555-01\\d\\d$"));
    const QRegularExpression code(QStringLiteral("^[A-Z]{3}\\d{3}$"));
    QSet<QString> organizations;
    QVERIFY(q.exec(kOrganizationsSql));
    while (q.next()) {
        organizations.insert(q.value(0).toString());
        QVERIFY2(code.match(q.value(5).toString()).hasMatch(), qPrintable(q.value(5).toString()));
        QVERIFY2(phone.match(q.value(7).toString()).hasMatch(), qPrintable(q.value(7).toString()));
        if (q.value(2).toString() == QLatin1String("provider"))
            QCOMPARE(q.value(6).toString().size(), 6);
        if (q.value(2).toString() == QLatin1String("school"))
            QVERIFY(q.value(6).isNull());
    }
    QCOMPARE(organizations.size(), 25);
}

void TstDemoSeed::demoAccountsCanSignIn()
{
    TestServer server; // seeds through ServerApp like izdesk-server --seed demo
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QList<QPair<QString, QString>> accounts{
        {QStringLiteral("specialist"), QStringLiteral("izdesk-specialist")},
        {QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")},
        {QStringLiteral("trainer"), QStringLiteral("izdesk-trainer")},
        {QStringLiteral("admin"), QStringLiteral("izdesk-admin")},
        {QStringLiteral("jchen"), QStringLiteral("izdesk-specialist")},
        {QStringLiteral("mokafor"), QStringLiteral("izdesk-specialist")},
        {QStringLiteral("lnguyen"), QStringLiteral("izdesk-specialist")},
    };
    for (const auto &[username, password] : accounts) {
        HttpTestClient client(server.baseUrl());
        const auto r = client.login(username, password);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value(QStringLiteral("user")).toObject().value(QStringLiteral("username")).toString(), username);
    }
}

void TstDemoSeed::mostOpenTicketsAreWithinTheirTarget()
{
    // A trainer's queue looks like a working desk: most open tickets inside their resolution
    // target, and a few breached ones so every SLA colour shows.
    auto server = startEmpty();
    QVERIFY(server);
    QVERIFY(seed(*server).seeded);
    QSqlQuery q(server->app()->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT resolution_due FROM tickets WHERE status NOT IN ('resolved', 'closed')")));
    int open = 0, breached = 0;
    while (q.next()) {
        ++open;
        const QDateTime due = izdesk::server::fromDbTimestamp(q.value(0));
        if (due.isValid() && due < kNow)
            ++breached;
    }
    QVERIFY(open >= 50);
    QVERIFY2(breached >= 3, qPrintable(QStringLiteral("%1 of %2 breached").arg(breached).arg(open)));
    QVERIFY2(breached * 4 <= open, qPrintable(QStringLiteral("%1 of %2 breached").arg(breached).arg(open)));
}

QTEST_GUILESS_MAIN(TstDemoSeed)
#include "tst_demoseed.moc"
