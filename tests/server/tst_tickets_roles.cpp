// Who may write tickets over real HTTP, and the trail the writes leave: a specialist assigns
// only to themself, a supervisor to any active staff member, every staff role may create and
// change tickets (no one without a session), and each write is audited without the ticket's
// words.

#include "ticketswritetest.h"

#include "ticket.h"
#include "ticketstestutil.h"

#include <QJsonArray>
#include <QJsonDocument>

using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;

class TstTicketsRoles : public QObject, private izdesk::test::TicketsWriteHarness
{
    Q_OBJECT

private slots:
    void initTestCase() { startServer(); }
    void specialistMayOnlyAssignSelf();
    void supervisorMayAssignAnyone();
    void everyStaffRoleMayWrite_data();
    void everyStaffRoleMayWrite();
    void writesAreAudited();
};

void TstTicketsRoles::specialistMayOnlyAssignSelf()
{
    auto created = createTicket(*m_specialist, minimalBody(QStringLiteral("Assignment rule")));
    const qint64 id = created.object().value(QStringLiteral("id")).toInteger();
    QByteArray etag = created.header("ETag");

    auto r = patch(*m_specialist, id, {{QStringLiteral("assignee"), QStringLiteral("jchen")}}, etag);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.object().value(QStringLiteral("type")).toString(),
             QStringLiteral("https://izdesk.invalid/problems/forbidden"));
    r = patch(*m_specialist, id, {{QStringLiteral("assignee"), QStringLiteral("specialist")}}, etag);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("assignee")).toString(), QStringLiteral("specialist"));
    r = patch(*m_specialist, id, {{QStringLiteral("assignee"), QJsonValue()}}, r.header("ETag"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.object().value(QStringLiteral("assignee")).isNull());
    etag = r.header("ETag");

    // Someone else's ticket: a specialist can neither hand it on nor unassign it.
    r = patch(*m_supervisor, id, {{QStringLiteral("assignee"), QStringLiteral("mokafor")}}, etag);
    QCOMPARE(r.status, 200);
    etag = r.header("ETag");
    QCOMPARE(patch(*m_specialist, id, {{QStringLiteral("assignee"), QJsonValue()}}, etag).status, 403);
    QCOMPARE(patch(*m_specialist, id, {{QStringLiteral("assignee"), QStringLiteral("lnguyen")}}, etag).status, 403);
    QCOMPARE(m_specialist->get(QStringLiteral("/api/v1/tickets/%1").arg(id)).header("ETag"), etag);

    // Create follows the same rule.
    QJsonObject body = minimalBody(QStringLiteral("Create for someone else"));
    body.insert(QStringLiteral("assignee"), QStringLiteral("jchen"));
    QCOMPARE(createTicket(*m_specialist, body).status, 403);
}

void TstTicketsRoles::supervisorMayAssignAnyone()
{
    QJsonObject body = minimalBody(QStringLiteral("Supervisor assigns"));
    body.insert(QStringLiteral("assignee"), QStringLiteral("lnguyen"));
    const auto created = createTicket(*m_supervisor, body);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(QStringLiteral("assignee")).toString(), QStringLiteral("lnguyen"));
    const qint64 id = created.object().value(QStringLiteral("id")).toInteger();
    const auto r
        = patch(*m_supervisor, id, {{QStringLiteral("assignee"), QStringLiteral("jchen")}}, created.header("ETag"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("assignee")).toString(), QStringLiteral("jchen"));

    // Only active staff can be assigned.
    QString error;
    QVERIFY2(m_server->addStaffUser(QStringLiteral("formerstaff"), QStringLiteral("Former Staff"),
                                    QStringLiteral("specialist"), QStringLiteral("a-long-enough-password"), &error),
             qPrintable(error));
    QSqlQuery q(m_server->app()->database().connection());
    q.prepare(QStringLiteral("UPDATE staff_users SET active = ? WHERE username = ?"));
    q.addBindValue(false);
    q.addBindValue(QStringLiteral("formerstaff"));
    QVERIFY(q.exec());
    const auto inactive
        = patch(*m_supervisor, id, {{QStringLiteral("assignee"), QStringLiteral("formerstaff")}}, r.header("ETag"));
    QCOMPARE(inactive.status, 422);
}

void TstTicketsRoles::everyStaffRoleMayWrite_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::newRow("specialist") << QStringLiteral("jchen") << QStringLiteral("izdesk-specialist");
    QTest::newRow("supervisor") << QStringLiteral("supervisor") << QStringLiteral("izdesk-supervisor");
    QTest::newRow("trainer") << QStringLiteral("trainer") << QStringLiteral("izdesk-trainer");
    QTest::newRow("admin") << QStringLiteral("admin") << QStringLiteral("izdesk-admin");
}

void TstTicketsRoles::everyStaffRoleMayWrite()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    HttpTestClient client(m_server->baseUrl());
    QCOMPARE(client.login(username, password).status, 201);
    const auto created = createTicket(client, minimalBody(QStringLiteral("Role check")));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(QStringLiteral("created_by")).toString(), username);
    const auto r = patch(client, created.object().value(QStringLiteral("id")).toInteger(),
                         {{QStringLiteral("assignee"), username}}, created.header("ETag"));
    QCOMPARE(r.status, 200);

    HttpTestClient anonymous(m_server->baseUrl());
    QCOMPARE(createTicket(anonymous, minimalBody(QStringLiteral("No token"))).status, 401);
    QCOMPARE(patch(anonymous, 1, {{QStringLiteral("status"), QStringLiteral("open")}}, "*").status, 401);
}

void TstTicketsRoles::writesAreAudited()
{
    const auto created
        = createTicket(*m_specialist, {{QStringLiteral("subject"), QStringLiteral("Audit me: Jane Roe DOB 2019-04-01")},
                                       {QStringLiteral("category"), QStringLiteral("records_request")},
                                       {QStringLiteral("requester_name"), QStringLiteral("Jane Roe")}});
    QCOMPARE(created.status, 201);
    const QString id = QString::number(created.object().value(QStringLiteral("id")).toInteger());
    const auto r = patch(*m_specialist, id.toLongLong(),
                         {{QStringLiteral("status"), QStringLiteral("pending_caller")},
                          {QStringLiteral("requester_contact"), QStringLiteral("(651) 555-0199")}},
                         created.header("ETag"));
    QCOMPARE(r.status, 200);

    QSqlQuery q(m_server->app()->database().connection());
    q.prepare(QStringLiteral("SELECT action, actor_user_id, detail FROM audit_events WHERE entity_type = 'ticket' "
                             "AND entity_id = ? ORDER BY id"));
    q.addBindValue(id);
    QVERIFY(q.exec());
    QStringList actions;
    QList<QJsonObject> details;
    while (q.next()) {
        actions << q.value(0).toString();
        QCOMPARE(q.value(1).toLongLong(), userId(QStringLiteral("specialist")));
        const QString detail = q.value(2).toString();
        QVERIFY2(!detail.contains(QLatin1String("Jane")) && !detail.contains(QLatin1String("555-0199")),
                 qPrintable(detail));
        details << QJsonDocument::fromJson(detail.toUtf8()).object();
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("ticket.create"), QStringLiteral("ticket.update")}));
    const QJsonArray changed = details.last().value(QStringLiteral("fields")).toArray();
    QCOMPARE(changed.toVariantList(), (QVariantList{QStringLiteral("status"), QStringLiteral("requester_contact")}));

    // A rejected write leaves no audit row.
    QCOMPARE(patch(*m_specialist, id.toLongLong(), {{QStringLiteral("status"), QStringLiteral("open")}},
                   created.header("ETag"))
                 .status,
             412);
    QVERIFY(q.exec());
    int rows = 0;
    while (q.next())
        ++rows;
    QCOMPARE(rows, 2);
}

QTEST_GUILESS_MAIN(TstTicketsRoles)
#include "tst_tickets_roles.moc"
