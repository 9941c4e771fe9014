// Supervisor work over real HTTP: bulk update (all or nothing), the staff board, shift and
// skills, auto-assignment preview/apply (412 and nothing applied when a version moved), and
// presence heartbeats in the change feed (including expiry).

#include "httptestclient.h"
#include "testserver.h"

#include "serverapp.h"
#include "ticket.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;

class TstSupervision : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bulkUpdateAppliesToAll();
    void bulkUpdateIsAllOrNothing();
    void bulkUpdateNeedsSupervisor();
    void staffBoardShowsShiftSkillsAndLoad();
    void patchStaffShiftAndSkills();
    void roundRobinPreviewAndApply();
    void leastLoadedPicksTheLightest();
    void applyWithAMovedVersionIs412AndAppliesNothing();
    void presenceIsInTheFeedAndExpires();

private:
    QJsonObject create(const QString &subject, const QString &category);
    QJsonObject get(qint64 id);
    QString endCursor();

    std::shared_ptr<QDateTime> m_now = std::make_shared<QDateTime>(QDateTime::currentDateTimeUtc());
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_supervisor;
    std::unique_ptr<HttpTestClient> m_specialist;
};

void TstSupervision::initTestCase()
{
    TestServer::Options options;
    options.clock = [now = m_now] { return *now; };
    m_server = std::make_unique<TestServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_supervisor = std::make_unique<HttpTestClient>(m_server->baseUrl());
    QCOMPARE(m_supervisor->login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")).status, 201);
    m_specialist = std::make_unique<HttpTestClient>(m_server->baseUrl());
    QCOMPARE(m_specialist->login(QStringLiteral("jchen"), QStringLiteral("izdesk-specialist")).status, 201);
}

QJsonObject TstSupervision::create(const QString &subject, const QString &category)
{
    const auto r
        = m_supervisor->post(QStringLiteral("/api/v1/tickets"),
                             QJsonObject{{QStringLiteral("subject"), subject}, {QStringLiteral("category"), category}});
    return r.status == 201 ? r.object() : QJsonObject();
}

QJsonObject TstSupervision::get(qint64 id)
{
    return m_supervisor->get(QStringLiteral("/api/v1/tickets/%1").arg(id)).object();
}

QString TstSupervision::endCursor()
{
    QString cursor = QStringLiteral("0");
    for (int i = 0; i < 1000; ++i) {
        const auto r = m_supervisor->get(QStringLiteral("/api/v1/changes?since=") + cursor);
        cursor = r.object().value(QStringLiteral("cursor")).toString();
        if (!r.object().value(QStringLiteral("more")).toBool())
            break;
    }
    return cursor;
}

void TstSupervision::bulkUpdateAppliesToAll()
{
    QJsonArray ids;
    for (int i = 0; i < 3; ++i)
        ids.append(create(QStringLiteral("Bulk %1").arg(i), QStringLiteral("forecaster")).value(QStringLiteral("id")));
    const auto r = m_supervisor->post(
        QStringLiteral("/api/v1/tickets/bulk"),
        QJsonObject{{QStringLiteral("ids"), ids},
                    {QStringLiteral("changes"), QJsonObject{{QStringLiteral("priority"), QStringLiteral("high")},
                                                            {QStringLiteral("assignee"), QStringLiteral("mokafor")}}}});
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 3);
    for (const auto &v : items) {
        QCOMPARE(v.toObject().value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
        QCOMPARE(v.toObject().value(QStringLiteral("assignee")).toString(), QStringLiteral("mokafor"));
        QCOMPARE(v.toObject().value(QStringLiteral("version")).toInt(), 2);
    }
}

void TstSupervision::bulkUpdateIsAllOrNothing()
{
    const QJsonObject first = create(QStringLiteral("Bulk ok"), QStringLiteral("forecaster"));
    QJsonObject second = create(QStringLiteral("Bulk resolved"), QStringLiteral("forecaster"));
    izdesk::Ticket t = *izdesk::Ticket::fromJson(second);
    QCOMPARE(m_supervisor
                 ->request("PATCH", QStringLiteral("/api/v1/tickets/%1").arg(t.id),
                           QJsonObject{{QStringLiteral("status"), QStringLiteral("resolved")}},
                           {{"If-Match", t.etag()}})
                 .status,
             200);
    // pending_caller is fine for the first, not allowed from resolved for the second.
    const auto r
        = m_supervisor->post(QStringLiteral("/api/v1/tickets/bulk"),
                             QJsonObject{{QStringLiteral("ids"), QJsonArray{first.value(QStringLiteral("id")), t.id}},
                                         {QStringLiteral("changes"),
                                          QJsonObject{{QStringLiteral("status"), QStringLiteral("pending_caller")}}}});
    QCOMPARE(r.status, 422);
    const QJsonObject error = r.object().value(QStringLiteral("errors")).toArray().at(0).toObject();
    QCOMPARE(error.value(QStringLiteral("field")).toString(), QStringLiteral("status"));
    QVERIFY(error.value(QStringLiteral("message")).toString().contains(QString::number(t.id)));
    const QJsonObject after = get(first.value(QStringLiteral("id")).toInteger());
    QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
    QCOMPARE(after.value(QStringLiteral("version")).toInt(), 1);

    const auto tooMany = m_supervisor->post(
        QStringLiteral("/api/v1/tickets/bulk"),
        QJsonObject{{QStringLiteral("ids"), QJsonArray()},
                    {QStringLiteral("changes"), QJsonObject{{QStringLiteral("priority"), QStringLiteral("low")}}}});
    QCOMPARE(tooMany.status, 422);
}

void TstSupervision::bulkUpdateNeedsSupervisor()
{
    const auto r = m_specialist->post(
        QStringLiteral("/api/v1/tickets/bulk"),
        QJsonObject{{QStringLiteral("ids"), QJsonArray{1}},
                    {QStringLiteral("changes"), QJsonObject{{QStringLiteral("priority"), QStringLiteral("low")}}}});
    QCOMPARE(r.status, 403);
}

void TstSupervision::staffBoardShowsShiftSkillsAndLoad()
{
    const auto r = m_specialist->get(QStringLiteral("/api/v1/staff/board"));
    QCOMPARE(r.status, 200);
    QHash<QString, QJsonObject> byName;
    for (const auto &v : r.object().value(QStringLiteral("items")).toArray())
        byName.insert(v.toObject().value(QStringLiteral("username")).toString(), v.toObject());
    QVERIFY(byName.contains(QStringLiteral("jchen")));
    const QJsonObject jchen = byName.value(QStringLiteral("jchen"));
    QCOMPARE(jchen.value(QStringLiteral("on_shift")).toBool(), true);
    QVERIFY(jchen.value(QStringLiteral("skills")).toArray().contains(QStringLiteral("account_access")));
    QCOMPARE(jchen.value(QStringLiteral("presence")).toString(), QStringLiteral("online")); // signed in just now
    QCOMPARE(byName.value(QStringLiteral("admin")).value(QStringLiteral("presence")).toString(),
             QStringLiteral("offline"));
    const QJsonObject byStatus = jchen.value(QStringLiteral("by_status")).toObject();
    int sum = 0;
    for (auto it = byStatus.begin(); it != byStatus.end(); ++it)
        sum += it.value().toInt();
    QCOMPARE(sum, jchen.value(QStringLiteral("open_tickets")).toInt());
    const qint64 total
        = m_specialist
              ->get(QStringLiteral(
                  "/api/v1/tickets?limit=1&assignee=jchen&status=new,open,pending_caller,pending_internal"))
              .object()
              .value(QStringLiteral("total"))
              .toInteger();
    QCOMPARE(qint64(sum), total);
}

void TstSupervision::patchStaffShiftAndSkills()
{
    const auto r
        = m_supervisor->request("PATCH", QStringLiteral("/api/v1/staff/lnguyen"),
                                QJsonObject{{QStringLiteral("on_shift"), false},
                                            {QStringLiteral("skills"), QJsonArray{QStringLiteral("forecaster")}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("on_shift")).toBool(), false);
    QCOMPARE(r.object().value(QStringLiteral("skills")).toArray(), QJsonArray{QStringLiteral("forecaster")});
    QCOMPARE(m_supervisor
                 ->request("PATCH", QStringLiteral("/api/v1/staff/lnguyen"),
                           QJsonObject{{QStringLiteral("skills"), QJsonArray{QStringLiteral("juggling")}}})
                 .status,
             422);
    // An empty skill list means "every category"; it must save, not fail.
    const auto cleared = m_supervisor->request("PATCH", QStringLiteral("/api/v1/staff/lnguyen"),
                                               QJsonObject{{QStringLiteral("skills"), QJsonArray{}}});
    QCOMPARE(cleared.status, 200);
    QCOMPARE(cleared.object().value(QStringLiteral("skills")).toArray(), QJsonArray{});
    QCOMPARE(
        m_supervisor
            ->request("PATCH", QStringLiteral("/api/v1/staff/nobody"), QJsonObject{{QStringLiteral("on_shift"), true}})
            .status,
        404);
    QCOMPARE(
        m_specialist
            ->request("PATCH", QStringLiteral("/api/v1/staff/jchen"), QJsonObject{{QStringLiteral("on_shift"), false}})
            .status,
        403);
    // Back on shift for the assignment tests.
    QCOMPARE(m_supervisor
                 ->request("PATCH", QStringLiteral("/api/v1/staff/lnguyen"),
                           QJsonObject{{QStringLiteral("on_shift"), true},
                                       {QStringLiteral("skills"), QJsonArray{QStringLiteral("vaccine_ordering"),
                                                                             QStringLiteral("account_access")}}})
                 .status,
             200);
}

void TstSupervision::roundRobinPreviewAndApply()
{
    // account_access: jchen, lnguyen (skills) and specialist (no skills = all).
    QJsonArray ids;
    for (int i = 0; i < 3; ++i)
        ids.append(create(QStringLiteral("Locked out %1").arg(i), QStringLiteral("account_access"))
                       .value(QStringLiteral("id")));
    ids.append(create(QStringLiteral("School question"), QStringLiteral("school_module")).value(QStringLiteral("id")));
    const auto preview = m_supervisor->post(
        QStringLiteral("/api/v1/assignments/preview"),
        QJsonObject{{QStringLiteral("strategy"), QStringLiteral("round_robin")}, {QStringLiteral("ticket_ids"), ids}});
    QCOMPARE(preview.status, 200);
    const QJsonArray plan = preview.object().value(QStringLiteral("plan")).toArray();
    QCOMPARE(plan.size(), 4); // school_module goes to "specialist" (no skills)
    QSet<QString> assignees;
    for (const auto &v : plan) {
        const QJsonObject item = v.toObject();
        QVERIFY(!item.value(QStringLiteral("reason")).toString().isEmpty());
        QCOMPARE(item.value(QStringLiteral("version")).toInt(), 1);
        assignees.insert(item.value(QStringLiteral("assignee")).toString());
    }
    for (int i = 0; i < 3; ++i) {
        const QString a = plan.at(i).toObject().value(QStringLiteral("assignee")).toString();
        QVERIFY2(QSet<QString>({QStringLiteral("jchen"), QStringLiteral("lnguyen"), QStringLiteral("specialist")})
                     .contains(a),
                 qPrintable(a));
    }
    QCOMPARE(plan.at(3).toObject().value(QStringLiteral("assignee")).toString(), QStringLiteral("specialist"));
    // The three account_access tickets went to three different people.
    QSet<QString> firstThree;
    for (int i = 0; i < 3; ++i)
        firstThree.insert(plan.at(i).toObject().value(QStringLiteral("assignee")).toString());
    QCOMPARE(firstThree.size(), 3);
    // Nothing written by a preview.
    QVERIFY(get(ids.at(0).toInteger()).value(QStringLiteral("assignee")).toString().isEmpty());

    const auto applied
        = m_supervisor->post(QStringLiteral("/api/v1/assignments/apply"), QJsonObject{{QStringLiteral("plan"), plan}});
    QCOMPARE(applied.status, 200);
    for (int i = 0; i < plan.size(); ++i)
        QCOMPARE(get(ids.at(i).toInteger()).value(QStringLiteral("assignee")).toString(),
                 plan.at(i).toObject().value(QStringLiteral("assignee")).toString());
    // Already assigned now: a new preview skips them.
    const auto again = m_supervisor->post(
        QStringLiteral("/api/v1/assignments/preview"),
        QJsonObject{{QStringLiteral("strategy"), QStringLiteral("round_robin")}, {QStringLiteral("ticket_ids"), ids}});
    QCOMPARE(again.object().value(QStringLiteral("plan")).toArray().size(), 0);
    QCOMPARE(again.object().value(QStringLiteral("skipped")).toArray().size(), 4);
}

void TstSupervision::leastLoadedPicksTheLightest()
{
    const auto board
        = m_supervisor->get(QStringLiteral("/api/v1/staff/board")).object().value(QStringLiteral("items")).toArray();
    QHash<QString, int> load;
    for (const auto &v : board)
        load.insert(v.toObject().value(QStringLiteral("username")).toString(),
                    v.toObject().value(QStringLiteral("open_tickets")).toInt());
    const QJsonObject t = create(QStringLiteral("Which load"), QStringLiteral("account_access"));
    const auto preview
        = m_supervisor->post(QStringLiteral("/api/v1/assignments/preview"),
                             QJsonObject{{QStringLiteral("strategy"), QStringLiteral("least_loaded")},
                                         {QStringLiteral("ticket_ids"), QJsonArray{t.value(QStringLiteral("id"))}}});
    QCOMPARE(preview.status, 200);
    const QString chosen = preview.object()
                               .value(QStringLiteral("plan"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QStringLiteral("assignee"))
                               .toString();
    for (const QString &name : {QStringLiteral("jchen"), QStringLiteral("lnguyen"), QStringLiteral("specialist")})
        QVERIFY2(load.value(chosen) <= load.value(name), qPrintable(chosen + QLatin1Char(' ') + name));
    QCOMPARE(m_supervisor
                 ->post(QStringLiteral("/api/v1/assignments/preview"),
                        QJsonObject{{QStringLiteral("strategy"), QStringLiteral("random")}})
                 .status,
             422);
}

void TstSupervision::applyWithAMovedVersionIs412AndAppliesNothing()
{
    const QJsonObject a = create(QStringLiteral("Plan A"), QStringLiteral("account_access"));
    const QJsonObject b = create(QStringLiteral("Plan B"), QStringLiteral("account_access"));
    const auto preview
        = m_supervisor->post(QStringLiteral("/api/v1/assignments/preview"),
                             QJsonObject{{QStringLiteral("strategy"), QStringLiteral("least_loaded")},
                                         {QStringLiteral("ticket_ids"),
                                          QJsonArray{a.value(QStringLiteral("id")), b.value(QStringLiteral("id"))}}});
    const QJsonArray plan = preview.object().value(QStringLiteral("plan")).toArray();
    QCOMPARE(plan.size(), 2);
    // Someone changes B after the preview.
    const izdesk::Ticket tb = *izdesk::Ticket::fromJson(b);
    QCOMPARE(m_supervisor
                 ->request("PATCH", QStringLiteral("/api/v1/tickets/%1").arg(tb.id),
                           QJsonObject{{QStringLiteral("priority"), QStringLiteral("urgent")}},
                           {{"If-Match", tb.etag()}})
                 .status,
             200);
    const auto applied
        = m_supervisor->post(QStringLiteral("/api/v1/assignments/apply"), QJsonObject{{QStringLiteral("plan"), plan}});
    QCOMPARE(applied.status, 412);
    QCOMPARE(applied.object().value(QStringLiteral("ticket_id")).toInteger(), tb.id);
    QVERIFY(get(a.value(QStringLiteral("id")).toInteger()).value(QStringLiteral("assignee")).toString().isEmpty());
    QCOMPARE(get(a.value(QStringLiteral("id")).toInteger()).value(QStringLiteral("version")).toInt(), 1);
}

void TstSupervision::presenceIsInTheFeedAndExpires()
{
    const qint64 id = create(QStringLiteral("Being looked at"), QStringLiteral("forecaster"))
                          .value(QStringLiteral("id"))
                          .toInteger();
    const QString before = endCursor();
    const QString path = QStringLiteral("/api/v1/tickets/%1/presence").arg(id);
    QCOMPARE(
        m_specialist->request("PUT", path, QJsonObject{{QStringLiteral("mode"), QStringLiteral("editing")}}).status,
        204);
    QCOMPARE(
        m_specialist->request("PUT", path, QJsonObject{{QStringLiteral("mode"), QStringLiteral("sleeping")}}).status,
        422);
    QCOMPARE(m_specialist
                 ->request("PUT", QStringLiteral("/api/v1/tickets/99999999/presence"),
                           QJsonObject{{QStringLiteral("mode"), QStringLiteral("viewing")}})
                 .status,
             404);

    auto feed = m_supervisor->get(QStringLiteral("/api/v1/changes?since=") + before).object();
    QJsonArray changes = feed.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 1);
    QJsonObject change = changes.at(0).toObject();
    QCOMPARE(change.value(QStringLiteral("kind")).toString(), QStringLiteral("presence"));
    QCOMPARE(change.value(QStringLiteral("ticket_id")).toInteger(), id);
    QCOMPARE(change.value(QStringLiteral("users")).toArray(),
             (QJsonArray{QJsonObject{{QStringLiteral("username"), QStringLiteral("jchen")},
                                     {QStringLiteral("mode"), QStringLiteral("editing")}}}));
    // The board shows what jchen is looking at.
    bool seen = false;
    for (const auto &v :
         m_supervisor->get(QStringLiteral("/api/v1/staff/board")).object().value(QStringLiteral("items")).toArray()) {
        if (v.toObject().value(QStringLiteral("username")).toString() == QLatin1String("jchen"))
            seen = v.toObject().value(QStringLiteral("viewing")).toArray().contains(id);
    }
    QVERIFY(seen);

    // A heartbeat alone adds nothing to the feed.
    const QString cursor = feed.value(QStringLiteral("cursor")).toString();
    QCOMPARE(
        m_specialist->request("PUT", path, QJsonObject{{QStringLiteral("mode"), QStringLiteral("editing")}}).status,
        204);
    QCOMPARE(m_supervisor->get(QStringLiteral("/api/v1/changes?since=") + cursor)
                 .object()
                 .value(QStringLiteral("changes"))
                 .toArray()
                 .size(),
             0);

    // 46 s without a heartbeat: the sweep removes it and says so in the feed.
    *m_now = m_now->addSecs(46);
    m_server->app()->sweepPresence();
    QTRY_VERIFY_WITH_TIMEOUT(m_supervisor->get(QStringLiteral("/api/v1/changes?since=") + cursor)
                                     .object()
                                     .value(QStringLiteral("changes"))
                                     .toArray()
                                     .size()
                                 == 1,
                             5000);
    change = m_supervisor->get(QStringLiteral("/api/v1/changes?since=") + cursor)
                 .object()
                 .value(QStringLiteral("changes"))
                 .toArray()
                 .at(0)
                 .toObject();
    QCOMPARE(change.value(QStringLiteral("users")).toArray().size(), 0);

    // DELETE of a live presence is announced too.
    QCOMPARE(
        m_specialist->request("PUT", path, QJsonObject{{QStringLiteral("mode"), QStringLiteral("viewing")}}).status,
        204);
    QCOMPARE(m_specialist->request("DELETE", path).status, 204);
    const auto last = m_supervisor->get(QStringLiteral("/api/v1/changes?since=") + cursor)
                          .object()
                          .value(QStringLiteral("changes"))
                          .toArray();
    QCOMPARE(last.last().toObject().value(QStringLiteral("users")).toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TstSupervision)
#include "tst_supervision.moc"
