// IIS user accounts over real HTTP: the provisioning workflow, THE RULE (no
// activation without a current agreement) on REST PATCH, create and bulk, If-Match, the
// one-time credential, the sweep with a fake clock, and the worklists.

#include "accounts/accountsweep.h"
#include "httptestclient.h"
#include "serverapp.h"
#include "testserver.h"
#include "tst_iisusers_support.h"

#include <QJsonArray>
#include <QTest>
#include <QThreadPool>
#include <QTimeZone>

using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;
using namespace accountstest;

class TstIisUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void provisioningWorkflow();
    void createActiveIsRefused();
    void validationNamesTheField();
    void duplicateUsernameIs409();
    void patchNeedsIfMatch();
    void inactivateNeedsReason();
    void bulkIsAllOrNothing();
    void credentialIsOneTimeAndNotForInactive();
    void rolesAreChecked();
    void sweepInactivatesExpiredAndIdle();
    void worklists();
    void serverTimerRunsTheSweep();

private:
    qint64 activeUser(const QString &username);
    void setNow(const QDateTime &now);
    QString today() const { return m_now->date().toString(Qt::ISODate); }

    std::shared_ptr<QDateTime> m_now = std::make_shared<QDateTime>(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC);
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client; // supervisor
    std::unique_ptr<HttpTestClient> m_admin;
    QList<qint64> m_sites;
};

void TstIisUsers::initTestCase()
{
    TestServer::Options options;
    options.clock = [now = m_now] { return *now; };
    options.configure = accountstest::passwordsNeverExpire;
    m_server = std::make_unique<TestServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<HttpTestClient>(m_server->baseUrl());
    m_admin = std::make_unique<HttpTestClient>(m_server->baseUrl());
    QCOMPARE(m_client->login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")).status, 201);
    QCOMPARE(m_admin->login(QStringLiteral("admin"), QStringLiteral("izdesk-admin")).status, 201);
    m_sites = facilityIds(*m_client, 3);
    QCOMPARE(m_sites.size(), 3);
}

void TstIisUsers::setNow(const QDateTime &now)
{
    *m_now = now;
    QCOMPARE(m_client->login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")).status, 201);
    QCOMPARE(m_admin->login(QStringLiteral("admin"), QStringLiteral("izdesk-admin")).status, 201);
}

qint64 TstIisUsers::activeUser(const QString &username)
{
    const auto created = createUser(*m_client, username, {m_sites.at(0)});
    const qint64 id = created.object().value(QStringLiteral("id")).toInteger();
    if (created.status != 201 || recordAgreement(*m_client, id, today()).status != 201
        || patchUser(*m_client, id, {{QStringLiteral("status"), QStringLiteral("active")}}).status != 200)
        return 0;
    return id;
}

void TstIisUsers::provisioningWorkflow()
{
    // Request (from a ticket) → pending agreement → agreement on file → active.
    const auto created = createUser(*m_client, QStringLiteral("dortiz"), {m_sites.at(0), m_sites.at(1)});
    QCOMPARE(created.status, 201);
    const QJsonObject user = created.object();
    const qint64 id = user.value(QStringLiteral("id")).toInteger();
    QCOMPARE(user.value(QStringLiteral("status")).toString(), QStringLiteral("requested"));
    QCOMPARE(user.value(QStringLiteral("agreement_status")).toString(), QStringLiteral("none"));
    QCOMPARE(user.value(QStringLiteral("sites")).toArray().size(), 2);
    QVERIFY(!user.value(QStringLiteral("sites")).toArray().first().toObject().value(QStringLiteral("facility_code")).toString().isEmpty());
    QCOMPARE(created.header("ETag"), QByteArray("\"iisuser-") + QByteArray::number(id) + "-1\"");
    QCOMPARE(created.header("Location"), QByteArray("/api/v1/iis-users/") + QByteArray::number(id));

    QCOMPARE(patchUser(*m_client, id, {{QStringLiteral("status"), QStringLiteral("pending_agreement")}}).status, 200);

    // THE RULE: no activation without a current agreement — and the answer says why.
    auto refused = patchUser(*m_client, id, {{QStringLiteral("status"), QStringLiteral("active")}});
    QCOMPARE(refused.status, 409);
    QCOMPARE(problemType(refused), QStringLiteral("agreement-required"));
    QVERIFY2(refused.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("no confidentiality agreement")),
             qPrintable(refused.object().value(QStringLiteral("detail")).toString()));
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/iis-users/%1").arg(id)).object().value(QStringLiteral("status")).toString(),
             QStringLiteral("pending_agreement"));

    // An agreement of the wrong kind does not count.
    QCOMPARE(recordAgreement(*m_client, id, today(), QStringLiteral("user_access")).status, 201);
    QCOMPARE(patchUser(*m_client, id, {{QStringLiteral("status"), QStringLiteral("active")}}).status, 409);

    QCOMPARE(recordAgreement(*m_client, id, today()).status, 201);
    const auto activated = patchUser(*m_client, id, {{QStringLiteral("status"), QStringLiteral("active")}});
    QCOMPARE(activated.status, 200);
    QCOMPARE(activated.object().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(activated.object().value(QStringLiteral("agreement_status")).toString(), QStringLiteral("current"));
    QCOMPARE(activated.object().value(QStringLiteral("agreement_expires_on")).toString(), QStringLiteral("2027-03-02"));
    QVERIFY(!activated.object().value(QStringLiteral("activated_at")).isNull());

    // Listing by status and by site finds it.
    const auto list = m_client->get(QStringLiteral("/api/v1/iis-users?status=active&facility_id=%1&q=dortiz").arg(m_sites.at(1)));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.object().value(QStringLiteral("items")).toArray().size(), 1);
}

void TstIisUsers::createActiveIsRefused()
{
    const auto r = createUser(*m_client, QStringLiteral("straight.active"), {m_sites.at(0)},
                              {{QStringLiteral("status"), QStringLiteral("active")}});
    QCOMPARE(r.status, 409);
    QCOMPARE(problemType(r), QStringLiteral("agreement-required"));
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/iis-users?q=straight.active")).object().value(QStringLiteral("items")).toArray().size(), 0);
}

void TstIisUsers::validationNamesTheField()
{
    const auto r = m_client->post(QStringLiteral("/api/v1/iis-users"),
                                  QJsonObject{{QStringLiteral("username"), QStringLiteral("x")},
                                              {QStringLiteral("given_name"), QStringLiteral("A")},
                                              {QStringLiteral("role"), QStringLiteral("superuser")},
                                              {QStringLiteral("site_ids"), QJsonArray{}}});
    QCOMPARE(r.status, 422);
    QStringList fields;
    for (const auto &e : r.object().value(QStringLiteral("errors")).toArray())
        fields << e.toObject().value(QStringLiteral("field")).toString();
    fields.sort();
    QCOMPARE(fields, (QStringList{QStringLiteral("family_name"), QStringLiteral("role"), QStringLiteral("site_ids"),
                                  QStringLiteral("username")}));
    const auto missingSite = createUser(*m_client, QStringLiteral("nosite"), {999999});
    QCOMPARE(missingSite.status, 422);
    QCOMPARE(missingSite.object().value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("site_ids"));
}

void TstIisUsers::duplicateUsernameIs409()
{
    QCOMPARE(createUser(*m_client, QStringLiteral("twin.user"), {m_sites.at(0)}).status, 201);
    const auto r = createUser(*m_client, QStringLiteral("TWIN.user"), {m_sites.at(1)});
    QCOMPARE(r.status, 409);
    QCOMPARE(problemType(r), QStringLiteral("conflict"));
}

void TstIisUsers::patchNeedsIfMatch()
{
    const qint64 id = createUser(*m_client, QStringLiteral("etag.user"), {m_sites.at(0)}).object().value(QStringLiteral("id")).toInteger();
    const QString path = QStringLiteral("/api/v1/iis-users/%1").arg(id);
    QCOMPARE(m_client->request("PATCH", path, QJsonObject{{QStringLiteral("role"), QStringLiteral("inventory")}}).status, 428);
    const QByteArray etag = m_client->get(path).header("ETag");
    QCOMPARE(m_client->request("PATCH", path, QJsonObject{{QStringLiteral("role"), QStringLiteral("inventory")}}, {{"If-Match", etag}}).status, 200);
    const auto stale = m_client->request("PATCH", path, QJsonObject{{QStringLiteral("role"), QStringLiteral("view_only")}}, {{"If-Match", etag}});
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.object().value(QStringLiteral("current")).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("inventory"));
}

void TstIisUsers::inactivateNeedsReason()
{
    const qint64 id = activeUser(QStringLiteral("leaver"));
    QVERIFY(id > 0);
    const auto noReason = patchUser(*m_client, id, {{QStringLiteral("status"), QStringLiteral("inactive")}});
    QCOMPARE(noReason.status, 422);
    QCOMPARE(noReason.object().value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("inactive_reason"));
    const auto ok = patchUser(*m_client, id, {{QStringLiteral("status"), QStringLiteral("inactive")},
                                              {QStringLiteral("inactive_reason"), QStringLiteral("left the site")}});
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.object().value(QStringLiteral("inactive_reason")).toString(), QStringLiteral("left the site"));
    // Reactivation needs a new agreement, even though the old one has not expired.
    const auto again = patchUser(*m_client, id, {{QStringLiteral("status"), QStringLiteral("active")}});
    QCOMPARE(again.status, 409);
    QVERIFY(again.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("after the account was inactivated")));
    *m_now = m_now->addSecs(60);
    QCOMPARE(recordAgreement(*m_client, id, today()).status, 201);
    QCOMPARE(patchUser(*m_client, id, {{QStringLiteral("status"), QStringLiteral("active")}}).status, 200);
}

void TstIisUsers::bulkIsAllOrNothing()
{
    const qint64 ready = createUser(*m_client, QStringLiteral("bulk.ready"), {m_sites.at(2)}).object().value(QStringLiteral("id")).toInteger();
    const qint64 unready = createUser(*m_client, QStringLiteral("bulk.unready"), {m_sites.at(2)}).object().value(QStringLiteral("id")).toInteger();
    QCOMPARE(recordAgreement(*m_client, ready, today()).status, 201);
    const QJsonObject body{{QStringLiteral("action"), QStringLiteral("activate")}, {QStringLiteral("ids"), QJsonArray{ready, unready}}};
    const auto refused = m_client->post(QStringLiteral("/api/v1/iis-users/bulk"), body);
    QCOMPARE(refused.status, 409);
    QCOMPARE(problemType(refused), QStringLiteral("agreement-required"));
    const QJsonArray failures = refused.object().value(QStringLiteral("failures")).toArray();
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().toObject().value(QStringLiteral("id")).toInteger(), unready);
    // Nothing was changed, not even the account that could have been activated.
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/iis-users/%1").arg(ready)).object().value(QStringLiteral("status")).toString(),
             QStringLiteral("requested"));

    const auto ok = m_client->post(QStringLiteral("/api/v1/iis-users/bulk"),
                                   QJsonObject{{QStringLiteral("action"), QStringLiteral("activate")}, {QStringLiteral("ids"), QJsonArray{ready}}});
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.object().value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("active"));
    const auto inactivate = m_client->post(QStringLiteral("/api/v1/iis-users/bulk"),
                                           QJsonObject{{QStringLiteral("action"), QStringLiteral("inactivate")},
                                                       {QStringLiteral("reason"), QStringLiteral("site closed")},
                                                       {QStringLiteral("ids"), QJsonArray{ready, unready}}});
    QCOMPARE(inactivate.status, 200);
    QCOMPARE(inactivate.object().value(QStringLiteral("items")).toArray().size(), 2);
    QCOMPARE(m_client->post(QStringLiteral("/api/v1/iis-users/bulk"), QJsonObject{{QStringLiteral("action"), QStringLiteral("delete")}}).status, 422);
}

void TstIisUsers::credentialIsOneTimeAndNotForInactive()
{
    const qint64 id = activeUser(QStringLiteral("cred.user"));
    QVERIFY(id > 0);
    const QString path = QStringLiteral("/api/v1/iis-users/%1/credential").arg(id);
    const auto first = m_client->post(path, QJsonObject{});
    QCOMPARE(first.status, 201);
    const QString password = first.object().value(QStringLiteral("temporary_password")).toString();
    QCOMPARE(password.size(), 16);
    QCOMPARE(first.object().value(QStringLiteral("username")).toString(), QStringLiteral("cred.user"));
    // The account shows when, never what.
    const auto user = m_client->get(QStringLiteral("/api/v1/iis-users/%1").arg(id));
    QVERIFY(!user.object().value(QStringLiteral("credential_issued_at")).isNull());
    QVERIFY(!user.raw.contains(password.toUtf8()));
    const auto second = m_client->post(path, QJsonObject{});
    QCOMPARE(second.status, 201);
    QVERIFY(second.object().value(QStringLiteral("temporary_password")).toString() != password);
    QCOMPARE(patchUser(*m_client, id, {{QStringLiteral("status"), QStringLiteral("inactive")},
                                       {QStringLiteral("inactive_reason"), QStringLiteral("test")}}).status, 200);
    QCOMPARE(m_client->post(path, QJsonObject{}).status, 409);
}

void TstIisUsers::rolesAreChecked()
{
    HttpTestClient anonymous(m_server->baseUrl());
    QCOMPARE(anonymous.get(QStringLiteral("/api/v1/iis-users")).status, 401);
    HttpTestClient specialist(m_server->baseUrl());
    QCOMPARE(specialist.login(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist")).status, 201);
    QCOMPARE(specialist.get(QStringLiteral("/api/v1/iis-users")).status, 200);
    QCOMPARE(specialist.post(QStringLiteral("/api/v1/iis-users/sweep"), QJsonObject{}).status, 403);
    QCOMPARE(specialist.post(QStringLiteral("/api/v1/iis-users/bulk"), QJsonObject{}).status, 403);
    QCOMPARE(m_client->post(QStringLiteral("/api/v1/iis-users/sweep"), QJsonObject{}).status, 403); // supervisor
}

void TstIisUsers::sweepInactivatesExpiredAndIdle()
{
    // Two fresh accounts: one signs an agreement that runs for three years, so only the
    // inactivity rule can catch it; the other's agreement is the default annual one.
    const qint64 idle = createUser(*m_client, QStringLiteral("sweep.idle"), {m_sites.at(0)}).object().value(QStringLiteral("id")).toInteger();
    QCOMPARE(recordAgreement(*m_client, idle, today(), QStringLiteral("confidentiality"), QStringLiteral("2029-03-01")).status, 201);
    QCOMPARE(patchUser(*m_client, idle, {{QStringLiteral("status"), QStringLiteral("active")}}).status, 200);
    const qint64 annual = activeUser(QStringLiteral("sweep.annual"));
    QVERIFY(annual > 0);
    const qint64 busy = createUser(*m_client, QStringLiteral("sweep.busy"), {m_sites.at(0)}).object().value(QStringLiteral("id")).toInteger();
    QCOMPARE(recordAgreement(*m_client, busy, today(), QStringLiteral("confidentiality"), QStringLiteral("2029-03-01")).status, 201);
    QCOMPARE(patchUser(*m_client, busy, {{QStringLiteral("status"), QStringLiteral("active")}}).status, 200);

    // Day 100: nothing to do for these two.
    setNow(m_now->addDays(100));
    auto r = m_admin->post(QStringLiteral("/api/v1/iis-users/sweep"), QJsonObject{});
    QCOMPARE(r.status, 200);
    QStringList names;
    for (const auto &i : r.object().value(QStringLiteral("inactivated")).toArray())
        names << i.toObject().value(QStringLiteral("username")).toString();
    QVERIFY(!names.contains(QStringLiteral("sweep.idle")));
    QVERIFY(!names.contains(QStringLiteral("sweep.annual")));

    // The IIS reports a login for the busy account on day 100.
    QCOMPARE(patchUser(*m_client, busy, {{QStringLiteral("last_login_at"), m_now->toString(Qt::ISODateWithMs)}}).status, 200);
    QCOMPARE(patchUser(*m_client, busy, {{QStringLiteral("last_login_at"), QStringLiteral("yesterday")}}).status, 422);
    // Day 181 without a login: the idle account goes, with the reason; the busy one stays.
    setNow(m_now->addDays(81));
    r = m_admin->post(QStringLiteral("/api/v1/iis-users/sweep"), QJsonObject{});
    QCOMPARE(r.status, 200);
    QHash<QString, QString> reasons;
    for (const auto &i : r.object().value(QStringLiteral("inactivated")).toArray())
        reasons.insert(i.toObject().value(QStringLiteral("username")).toString(), i.toObject().value(QStringLiteral("reason")).toString());
    QCOMPARE(reasons.value(QStringLiteral("sweep.idle")), QStringLiteral("no login for 180 days"));
    QVERIFY(reasons.contains(QStringLiteral("sweep.annual"))); // also idle by now
    QVERIFY(!reasons.contains(QStringLiteral("sweep.busy")));
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/iis-users/%1").arg(busy)).object().value(QStringLiteral("status")).toString(),
             QStringLiteral("active"));
    const auto idleUser = m_client->get(QStringLiteral("/api/v1/iis-users/%1").arg(idle)).object();
    QCOMPARE(idleUser.value(QStringLiteral("status")).toString(), QStringLiteral("inactive"));
    QCOMPARE(idleUser.value(QStringLiteral("inactive_reason")).toString(), QStringLiteral("no login for 180 days"));

    // Reactivate the annual account with a new agreement, then let that one expire.
    *m_now = m_now->addSecs(60);
    QCOMPARE(recordAgreement(*m_client, annual, today()).status, 201);
    QCOMPARE(patchUser(*m_client, annual, {{QStringLiteral("status"), QStringLiteral("active")}}).status, 200);
    setNow(m_now->addDays(170)); // within 180 days of activation, but the agreement is still current
    r = m_admin->post(QStringLiteral("/api/v1/iis-users/sweep"), QJsonObject{});
    QVERIFY(!r.raw.contains("sweep.annual"));
    // A second sweep on the same data changes nothing.
    QVERIFY(!m_admin->post(QStringLiteral("/api/v1/iis-users/sweep"), QJsonObject{}).raw.contains("sweep.idle"));
    // Record a login-like refresh is out of scope; the agreement runs out at day 366 after signing.
    setNow(m_now->addDays(196));
    r = m_admin->post(QStringLiteral("/api/v1/iis-users/sweep"), QJsonObject{});
    reasons.clear();
    for (const auto &i : r.object().value(QStringLiteral("inactivated")).toArray())
        reasons.insert(i.toObject().value(QStringLiteral("username")).toString(), i.toObject().value(QStringLiteral("reason")).toString());
    QCOMPARE(reasons.value(QStringLiteral("sweep.annual")), QStringLiteral("agreement expired"));
    // The expired agreement does not reactivate it.
    const auto again = patchUser(*m_client, annual, {{QStringLiteral("status"), QStringLiteral("active")}});
    QCOMPARE(again.status, 409);
    QVERIFY(again.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("expired")));
    // The recently-inactivated worklist shows the last year.
    const auto recent = m_client->get(QStringLiteral("/api/v1/worklists/recently-inactivated?days=365")).object();
    QStringList recentNames;
    for (const auto &u : recent.value(QStringLiteral("items")).toArray())
        recentNames << u.toObject().value(QStringLiteral("username")).toString();
    QVERIFY(recentNames.contains(QStringLiteral("sweep.annual")));
    QVERIFY(!recentNames.contains(QStringLiteral("sweep.idle"))); // inactivated 366 days ago: outside the window
}

void TstIisUsers::worklists()
{
    // An account whose agreement runs out in 10 days shows on the expiring list and in the CSV.
    const qint64 id = createUser(*m_client, QStringLiteral("renew.soon"), {m_sites.at(0)}).object().value(QStringLiteral("id")).toInteger();
    QCOMPARE(recordAgreement(*m_client, id, today(), QStringLiteral("confidentiality"), m_now->date().addDays(10).toString(Qt::ISODate)).status, 201);
    QCOMPARE(patchUser(*m_client, id, {{QStringLiteral("status"), QStringLiteral("active")}}).status, 200);
    const auto list = m_client->get(QStringLiteral("/api/v1/worklists/expiring-agreements"));
    QCOMPARE(list.status, 200);
    bool found = false;
    for (const auto &item : list.object().value(QStringLiteral("items")).toArray()) {
        const QJsonObject o = item.toObject();
        if (o.value(QStringLiteral("holder")).toObject().value(QStringLiteral("id")).toInteger() == id
            && o.value(QStringLiteral("holder")).toObject().value(QStringLiteral("kind")).toString() == QLatin1String("iis_user")) {
            found = true;
            QCOMPARE(o.value(QStringLiteral("agreement")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("expiring"));
            QCOMPARE(o.value(QStringLiteral("agreement")).toObject().value(QStringLiteral("days_left")).toInt(), 10);
        }
    }
    QVERIFY(found);
    const auto csv = m_client->get(QStringLiteral("/api/v1/worklists/expiring-agreements?format=csv"));
    QCOMPARE(csv.status, 200);
    QVERIFY(csv.header("Content-Type").startsWith("text/csv"));
    const QList<QByteArray> lines = csv.raw.split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("holder_kind,holder_id,name,email,sites,agreement_kind,version,expires_on,days_left,status"));
    bool inCsv = false;
    for (const QByteArray &line : lines)
        inCsv = inCsv || (line.contains("renew.soon@clinic.example") && line.contains(",10,expiring"));
    QVERIFY(inCsv);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/worklists/expiring-agreements?days=0")).status, 400);

    // Pending requests lists requested and pending-agreement accounts, oldest first.
    QCOMPARE(createUser(*m_client, QStringLiteral("pending.one"), {m_sites.at(1)}).status, 201);
    const auto pending = m_client->get(QStringLiteral("/api/v1/worklists/pending-requests")).object().value(QStringLiteral("items")).toArray();
    QVERIFY(!pending.isEmpty());
    bool seen = false;
    for (const auto &u : pending) {
        const QString status = u.toObject().value(QStringLiteral("status")).toString();
        QVERIFY(status == QLatin1String("requested") || status == QLatin1String("pending_agreement"));
        seen = seen || u.toObject().value(QStringLiteral("username")).toString() == QLatin1String("pending.one");
    }
    QVERIFY(seen);
}

void TstIisUsers::serverTimerRunsTheSweep()
{
    // The same timer class the server starts, on its own pool, driven by the fake clock.
    const qint64 id = activeUser(QStringLiteral("timer.user"));
    QVERIFY(id > 0);
    setNow(m_now->addDays(400));
    QThreadPool pool;
    {
        izdesk::server::AccountSweepTimer timer(m_server->app()->database(), &pool,
                                                izdesk::server::AccountsPolicy::defaults(), [now = m_now] { return *now; });
        timer.runIfDue();
        QTRY_COMPARE(m_client->get(QStringLiteral("/api/v1/iis-users/%1").arg(id)).object().value(QStringLiteral("status")).toString(),
                     QStringLiteral("inactive"));
        pool.waitForDone();
    }
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/iis-users/%1").arg(id)).object().value(QStringLiteral("inactive_reason")).toString(),
             QStringLiteral("agreement expired"));
}

QTEST_GUILESS_MAIN(TstIisUsers)
#include "tst_iisusers.moc"
