// Ticket writes over real HTTP: create, validation, PATCH with If-Match, concurrent PATCHes,
// the assignment rule, role checks and the audit trail.

#include "httptestclient.h"
#include "testserver.h"

#include "ticket.h"
#include "ticketstestutil.h"

#include "serverapp.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;

class TstTicketsWrite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createAnswers201WithLocationAndEtag();
    void createAppliesDefaults();
    void createRejectsInvalidFieldsPerField();
    void createRejectsUnknownAssigneeAndOrganization();
    void createRejectsBadBodies();
    void patchNeedsIfMatch();
    void patchWithStaleEtagIs412WithCurrent();
    void patchUpdatesAndChangesEtag();
    void patchValidatesFields();
    void facilityMustBelongToTheTicketsOrganization();
    void closedTicketConflictsUntilReopened();
    void concurrentPatchesWithSameEtagOneWins();
    void specialistMayOnlyAssignSelf();
    void supervisorMayAssignAnyone();
    void everyStaffRoleMayWrite_data();
    void everyStaffRoleMayWrite();
    void writesAreAudited();

private:
    HttpTestClient::Response createTicket(HttpTestClient &client, const QJsonObject &body);
    HttpTestClient::Response patch(HttpTestClient &client, qint64 id, const QJsonObject &body, const QByteArray &etag);
    QJsonObject minimalBody(const QString &subject) const;
    qint64 userId(const QString &username);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_specialist;
    std::unique_ptr<HttpTestClient> m_supervisor;
};

void TstTicketsWrite::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_specialist = std::make_unique<HttpTestClient>(m_server->baseUrl());
    QCOMPARE(m_specialist->login(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist")).status, 201);
    m_supervisor = std::make_unique<HttpTestClient>(m_server->baseUrl());
    QCOMPARE(m_supervisor->login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")).status, 201);
}

HttpTestClient::Response TstTicketsWrite::createTicket(HttpTestClient &client, const QJsonObject &body)
{
    return client.post(QStringLiteral("/api/v1/tickets"), body);
}

HttpTestClient::Response TstTicketsWrite::patch(HttpTestClient &client, qint64 id, const QJsonObject &body,
                                                const QByteArray &etag)
{
    HttpTestClient::Headers headers;
    if (!etag.isEmpty())
        headers.append({"If-Match", etag});
    return client.request("PATCH", QStringLiteral("/api/v1/tickets/%1").arg(id), body, headers);
}

QJsonObject TstTicketsWrite::minimalBody(const QString &subject) const
{
    return QJsonObject{{QStringLiteral("subject"), subject}, {QStringLiteral("category"), QStringLiteral("account_access")}};
}

qint64 TstTicketsWrite::userId(const QString &username)
{
    QSqlQuery q(m_server->app()->database().connection());
    q.prepare(QStringLiteral("SELECT id FROM staff_users WHERE username = ?"));
    q.addBindValue(username);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

void TstTicketsWrite::createAnswers201WithLocationAndEtag()
{
    const QJsonObject body{{QStringLiteral("subject"), QStringLiteral("Clinic user locked out after password expiry")},
                           {QStringLiteral("description"), QStringLiteral("Verified facility code by callback.")},
                           {QStringLiteral("category"), QStringLiteral("account_access")},
                           {QStringLiteral("priority"), QStringLiteral("high")},
                           {QStringLiteral("channel"), QStringLiteral("email")},
                           {QStringLiteral("requester_name"), QStringLiteral("Avery Whitaker")},
                           {QStringLiteral("requester_contact"), QStringLiteral("(612) 555-0142")},
                           {QStringLiteral("organization_id"), 1},
                           {QStringLiteral("assignee"), QStringLiteral("specialist")}};
    const auto r = createTicket(*m_specialist, body);
    QCOMPARE(r.status, 201);
    const auto ticket = izdesk::Ticket::fromJson(r.object());
    QVERIFY(ticket);
    QCOMPARE(r.header("Location"), QByteArray("/api/v1/tickets/" + QByteArray::number(ticket->id)));
    QCOMPARE(r.header("ETag"), ticket->etag());
    QCOMPARE(ticket->version, 1);
    QCOMPARE(ticket->subject, body.value(QStringLiteral("subject")).toString());
    QCOMPARE(ticket->priority, QStringLiteral("high"));
    QCOMPARE(ticket->channel, QStringLiteral("email"));
    QCOMPARE(ticket->assignee, QStringLiteral("specialist"));
    QCOMPARE(ticket->createdBy, QStringLiteral("specialist"));
    QCOMPARE(ticket->organizationId, std::optional<qint64>(1));
    QVERIFY(!ticket->organizationName.isEmpty());
    QCOMPARE(ticket->createdAt, ticket->updatedAt);

    const auto fetched = m_specialist->get(QString::fromLatin1(r.header("Location")));
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.object(), r.object());
    QCOMPARE(fetched.header("ETag"), r.header("ETag"));
}

void TstTicketsWrite::createAppliesDefaults()
{
    const auto r = createTicket(*m_specialist, minimalBody(QStringLiteral("Parent requests record")));
    QCOMPARE(r.status, 201);
    const QJsonObject t = r.object();
    QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
    QCOMPARE(t.value(QStringLiteral("priority")).toString(), QStringLiteral("normal"));
    QCOMPARE(t.value(QStringLiteral("channel")).toString(), QStringLiteral("phone"));
    QVERIFY(t.value(QStringLiteral("assignee")).isNull());
    QVERIFY(t.value(QStringLiteral("organization_id")).isNull());
    QCOMPARE(t.value(QStringLiteral("created_by")).toString(), QStringLiteral("specialist"));
}

void TstTicketsWrite::createRejectsInvalidFieldsPerField()
{
    const QJsonObject body{{QStringLiteral("subject"), QStringLiteral("   ")},
                           {QStringLiteral("category"), QStringLiteral("astrology")},
                           {QStringLiteral("status"), QStringLiteral("done")},
                           {QStringLiteral("version"), 7}};
    const auto r = createTicket(*m_specialist, body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.object().value(QStringLiteral("type")).toString(), QStringLiteral("https://izdesk.invalid/problems/validation"));
    QSet<QString> fields;
    for (const auto &e : r.object().value(QStringLiteral("errors")).toArray()) {
        fields.insert(e.toObject().value(QStringLiteral("field")).toString());
        QVERIFY(!e.toObject().value(QStringLiteral("message")).toString().isEmpty());
    }
    QCOMPARE(fields, (QSet<QString>{QStringLiteral("subject"), QStringLiteral("category"), QStringLiteral("status"),
                                    QStringLiteral("version")}));
}

void TstTicketsWrite::createRejectsUnknownAssigneeAndOrganization()
{
    QJsonObject body = minimalBody(QStringLiteral("Unknown references"));
    body.insert(QStringLiteral("assignee"), QStringLiteral("nobody-here"));
    body.insert(QStringLiteral("organization_id"), 999999);
    const auto r = createTicket(*m_supervisor, body);
    QCOMPARE(r.status, 422);
    QSet<QString> fields;
    for (const auto &e : r.object().value(QStringLiteral("errors")).toArray())
        fields.insert(e.toObject().value(QStringLiteral("field")).toString());
    QCOMPARE(fields, (QSet<QString>{QStringLiteral("assignee"), QStringLiteral("organization_id")}));
}

void TstTicketsWrite::createRejectsBadBodies()
{
    auto r = m_specialist->request("POST", QStringLiteral("/api/v1/tickets"), QByteArray("{\"subject\": "),
                                   {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value(QStringLiteral("type")).toString(), QStringLiteral("https://izdesk.invalid/problems/malformed-json"));
    r = m_specialist->request("POST", QStringLiteral("/api/v1/tickets"), QByteArray("subject=x"),
                              {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(r.status, 415);
}

void TstTicketsWrite::patchNeedsIfMatch()
{
    const auto created = createTicket(*m_specialist, minimalBody(QStringLiteral("Needs If-Match")));
    const qint64 id = created.object().value(QStringLiteral("id")).toInteger();
    const auto r = patch(*m_specialist, id, {{QStringLiteral("status"), QStringLiteral("open")}}, {});
    QCOMPARE(r.status, 428);
    QCOMPARE(r.object().value(QStringLiteral("type")).toString(),
             QStringLiteral("https://izdesk.invalid/problems/precondition-required"));
    QCOMPARE(m_specialist->get(QStringLiteral("/api/v1/tickets/%1").arg(id)).object().value(QStringLiteral("status")).toString(),
             QStringLiteral("new"));
}

void TstTicketsWrite::patchWithStaleEtagIs412WithCurrent()
{
    const auto created = createTicket(*m_specialist, minimalBody(QStringLiteral("Stale etag")));
    const qint64 id = created.object().value(QStringLiteral("id")).toInteger();
    const auto r = patch(*m_specialist, id, {{QStringLiteral("status"), QStringLiteral("open")}},
                         '"' + QByteArray::number(id) + "-99\"");
    QCOMPARE(r.status, 412);
    QCOMPARE(r.object().value(QStringLiteral("type")).toString(),
             QStringLiteral("https://izdesk.invalid/problems/precondition-failed"));
    QCOMPARE(r.object().value(QStringLiteral("current")).toObject(), created.object());
    QCOMPARE(patch(*m_specialist, 999999, {{QStringLiteral("status"), QStringLiteral("open")}}, "\"999999-1\"").status, 404);
}

void TstTicketsWrite::patchUpdatesAndChangesEtag()
{
    const auto created = createTicket(*m_specialist, minimalBody(QStringLiteral("Patch me")));
    const qint64 id = created.object().value(QStringLiteral("id")).toInteger();
    const QByteArray etag1 = created.header("ETag");

    QTest::qWait(5); // so updated_at moves on visibly
    const auto r = patch(*m_specialist, id,
                         {{QStringLiteral("status"), QStringLiteral("open")},
                          {QStringLiteral("description"), QStringLiteral("Called back the clinic.")}},
                         etag1);
    QCOMPARE(r.status, 200);
    const auto ticket = izdesk::Ticket::fromJson(r.object());
    QVERIFY(ticket);
    QCOMPARE(ticket->version, 2);
    QCOMPARE(ticket->status, QStringLiteral("open"));
    QCOMPARE(ticket->description, QStringLiteral("Called back the clinic."));
    QCOMPARE(ticket->subject, QStringLiteral("Patch me")); // untouched by the merge patch
    QVERIFY(ticket->updatedAt > ticket->createdAt);
    QCOMPARE(r.header("ETag"), ticket->etag());
    QVERIFY(r.header("ETag") != etag1);

    // The old ETag is stale now; the 412 carries the current ticket.
    const auto stale = patch(*m_specialist, id, {{QStringLiteral("priority"), QStringLiteral("urgent")}}, etag1);
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.object().value(QStringLiteral("current")).toObject(), r.object());

    // Null clears a nullable field; "*" matches any version.
    const auto cleared = patch(*m_specialist, id, {{QStringLiteral("description"), QJsonValue()}}, "*");
    QCOMPARE(cleared.status, 200);
    QCOMPARE(cleared.object().value(QStringLiteral("description")).toString(), QString());
    QCOMPARE(cleared.object().value(QStringLiteral("version")).toInt(), 3);

    // A patch that changes nothing keeps the version.
    const auto same = patch(*m_specialist, id, {{QStringLiteral("status"), QStringLiteral("open")}}, cleared.header("ETag"));
    QCOMPARE(same.status, 200);
    QCOMPARE(same.header("ETag"), cleared.header("ETag"));
}

void TstTicketsWrite::closedTicketConflictsUntilReopened()
{
    const auto created = createTicket(*m_specialist, minimalBody(QStringLiteral("Close me")));
    const qint64 id = created.object().value(QStringLiteral("id")).toInteger();
    // The lifecycle: an active ticket cannot be closed directly, only once resolved.
    const auto direct = patch(*m_specialist, id, {{QStringLiteral("status"), QStringLiteral("closed")}}, created.header("ETag"));
    QCOMPARE(direct.status, 422);
    QCOMPARE(direct.object().value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("status"));
    QVERIFY(direct.object().value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("message")).toString()
                .contains(QStringLiteral("resolved")));
    const auto resolved = patch(*m_specialist, id, {{QStringLiteral("status"), QStringLiteral("resolved")}}, created.header("ETag"));
    QCOMPARE(resolved.status, 200);
    QVERIFY(!resolved.object().value(QStringLiteral("resolved_at")).isNull());
    const auto closed = patch(*m_specialist, id, {{QStringLiteral("status"), QStringLiteral("closed")}}, resolved.header("ETag"));
    QCOMPARE(closed.status, 200);

    // Editing a closed ticket conflicts with its state: 409 problem+json that says what to do.
    const auto edit = patch(*m_specialist, id, {{QStringLiteral("priority"), QStringLiteral("urgent")}}, closed.header("ETag"));
    QCOMPARE(edit.status, 409);
    QVERIFY(edit.header("Content-Type").startsWith("application/problem+json"));
    QCOMPARE(edit.object().value(QStringLiteral("type")).toString(), QStringLiteral("https://izdesk.invalid/problems/conflict"));
    QVERIFY(edit.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("reopen")));

    // Only a supervisor, trainer or admin reopens a closed ticket; then the edit goes through.
    const auto refused = patch(*m_specialist, id, {{QStringLiteral("status"), QStringLiteral("open")}}, closed.header("ETag"));
    QCOMPARE(refused.status, 422);
    const auto reopened = patch(*m_supervisor, id, {{QStringLiteral("status"), QStringLiteral("open")}}, closed.header("ETag"));
    QCOMPARE(reopened.status, 200);
    const auto after = patch(*m_specialist, id, {{QStringLiteral("priority"), QStringLiteral("urgent")}}, reopened.header("ETag"));
    QCOMPARE(after.status, 200);
    QCOMPARE(after.object().value(QStringLiteral("priority")).toString(), QStringLiteral("urgent"));
}

void TstTicketsWrite::patchValidatesFields()
{
    const auto created = createTicket(*m_specialist, minimalBody(QStringLiteral("Validate patch")));
    const qint64 id = created.object().value(QStringLiteral("id")).toInteger();
    const QByteArray etag = created.header("ETag");
    auto r = patch(*m_specialist, id, {{QStringLiteral("priority"), QStringLiteral("whenever")}, {QStringLiteral("id"), 5}}, etag);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.object().value(QStringLiteral("errors")).toArray().size(), 2);
    r = patch(*m_specialist, id, {}, etag);
    QCOMPARE(r.status, 422);
    r = patch(*m_specialist, id, {{QStringLiteral("organization_id"), 424242}}, etag);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.object().value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("organization_id"));
    QCOMPARE(m_specialist->get(QStringLiteral("/api/v1/tickets/%1").arg(id)).header("ETag"), etag);
}

void TstTicketsWrite::facilityMustBelongToTheTicketsOrganization()
{
    // Two organizations with facilities, from the seeded directory.
    const auto orgs = m_specialist->get(QStringLiteral("/api/v1/organizations?limit=50"));
    QCOMPARE(orgs.status, 200);
    QList<QPair<qint64, qint64>> orgFacility; // (organization id, one of its facility ids)
    for (const auto &o : orgs.object().value(QStringLiteral("items")).toArray()) {
        const QJsonArray facilities = o.toObject().value(QStringLiteral("facilities")).toArray();
        if (!facilities.isEmpty())
            orgFacility.append({o.toObject().value(QStringLiteral("id")).toInteger(),
                                facilities.first().toObject().value(QStringLiteral("id")).toInteger()});
    }
    QVERIFY(orgFacility.size() >= 2);
    const auto [orgA, facilityA] = orgFacility.at(0);
    const auto [orgB, facilityB] = orgFacility.at(1);

    // Choosing a facility fills in its organization.
    QJsonObject body = minimalBody(QStringLiteral("Clinic cannot submit HL7"));
    body.insert(QStringLiteral("facility_id"), facilityA);
    auto r = createTicket(*m_specialist, body);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(QStringLiteral("facility_id")).toInteger(), facilityA);
    QCOMPARE(r.object().value(QStringLiteral("organization_id")).toInteger(), orgA);
    const qint64 id = r.object().value(QStringLiteral("id")).toInteger();
    QByteArray etag = r.header("ETag");

    // A facility of another organization is refused, naming the field; nothing changes.
    r = patch(*m_specialist, id, {{QStringLiteral("facility_id"), facilityB}}, etag);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.object().value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("facility_id"));
    r = patch(*m_specialist, id, {{QStringLiteral("facility_id"), 987654}}, etag);
    QCOMPARE(r.status, 422);
    QCOMPARE(m_specialist->get(QStringLiteral("/api/v1/tickets/%1").arg(id)).header("ETag"), etag);

    // Moving the ticket to the other organization together with its facility works...
    r = patch(*m_specialist, id, {{QStringLiteral("organization_id"), orgB}, {QStringLiteral("facility_id"), facilityB}}, etag);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("facility_id")).toInteger(), facilityB);
    etag = r.header("ETag");
    // ...and moving only the organization drops the facility that is not part of it.
    r = patch(*m_specialist, id, {{QStringLiteral("organization_id"), orgA}}, etag);
    QCOMPARE(r.status, 200);
    QVERIFY(r.object().value(QStringLiteral("facility_id")).isNull());
    QCOMPARE(r.object().value(QStringLiteral("organization_id")).toInteger(), orgA);
}

void TstTicketsWrite::concurrentPatchesWithSameEtagOneWins()
{
    const auto created = createTicket(*m_specialist, minimalBody(QStringLiteral("Race")));
    const qint64 id = created.object().value(QStringLiteral("id")).toInteger();
    QByteArray etag = created.header("ETag");
    const QUrl url = m_server->baseUrl().resolved(QUrl(QStringLiteral("/api/v1/tickets/%1").arg(id)));
    const QStringList priorities{QStringLiteral("low"), QStringLiteral("high")};
    for (int round = 0; round < 8; ++round) {
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("priority"), priorities.at(round % 2)},
                                                          {QStringLiteral("description"), QStringLiteral("round %1").arg(round)}})
                                    .toJson(QJsonDocument::Compact);
        const auto answers = izdesk::test::sendInParallel(
            url, "PATCH", body,
            {{"Authorization", "Bearer " + m_specialist->token().toLatin1()},
             {"Content-Type", "application/json"},
             {"If-Match", etag}},
            4);
        int won = 0;
        for (const auto &a : answers) {
            QVERIFY2(a.status == 200 || a.status == 412, a.body.constData());
            if (a.status == 200) {
                ++won;
                etag = a.header("ETag");
            }
        }
        QCOMPARE(won, 1);
        const auto now = m_specialist->get(QStringLiteral("/api/v1/tickets/%1").arg(id));
        QCOMPARE(now.object().value(QStringLiteral("version")).toInt(), round + 2);
        QCOMPARE(now.header("ETag"), etag);
    }
}

void TstTicketsWrite::specialistMayOnlyAssignSelf()
{
    auto created = createTicket(*m_specialist, minimalBody(QStringLiteral("Assignment rule")));
    const qint64 id = created.object().value(QStringLiteral("id")).toInteger();
    QByteArray etag = created.header("ETag");

    auto r = patch(*m_specialist, id, {{QStringLiteral("assignee"), QStringLiteral("jchen")}}, etag);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.object().value(QStringLiteral("type")).toString(), QStringLiteral("https://izdesk.invalid/problems/forbidden"));
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

void TstTicketsWrite::supervisorMayAssignAnyone()
{
    QJsonObject body = minimalBody(QStringLiteral("Supervisor assigns"));
    body.insert(QStringLiteral("assignee"), QStringLiteral("lnguyen"));
    const auto created = createTicket(*m_supervisor, body);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(QStringLiteral("assignee")).toString(), QStringLiteral("lnguyen"));
    const qint64 id = created.object().value(QStringLiteral("id")).toInteger();
    const auto r = patch(*m_supervisor, id, {{QStringLiteral("assignee"), QStringLiteral("jchen")}}, created.header("ETag"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("assignee")).toString(), QStringLiteral("jchen"));

    // Only active staff can be assigned.
    QString error;
    QVERIFY2(m_server->addStaffUser(QStringLiteral("formerstaff"), QStringLiteral("Former Staff"), QStringLiteral("specialist"),
                                    QStringLiteral("a-long-enough-password"), &error),
             qPrintable(error));
    QSqlQuery q(m_server->app()->database().connection());
    q.prepare(QStringLiteral("UPDATE staff_users SET active = ? WHERE username = ?"));
    q.addBindValue(false);
    q.addBindValue(QStringLiteral("formerstaff"));
    QVERIFY(q.exec());
    const auto inactive = patch(*m_supervisor, id, {{QStringLiteral("assignee"), QStringLiteral("formerstaff")}}, r.header("ETag"));
    QCOMPARE(inactive.status, 422);
}

void TstTicketsWrite::everyStaffRoleMayWrite_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::newRow("specialist") << QStringLiteral("jchen") << QStringLiteral("izdesk-specialist");
    QTest::newRow("supervisor") << QStringLiteral("supervisor") << QStringLiteral("izdesk-supervisor");
    QTest::newRow("trainer") << QStringLiteral("trainer") << QStringLiteral("izdesk-trainer");
    QTest::newRow("admin") << QStringLiteral("admin") << QStringLiteral("izdesk-admin");
}

void TstTicketsWrite::everyStaffRoleMayWrite()
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

void TstTicketsWrite::writesAreAudited()
{
    const auto created = createTicket(*m_specialist, {{QStringLiteral("subject"), QStringLiteral("Audit me: Jane Roe DOB 2019-04-01")},
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
        QVERIFY2(!detail.contains(QLatin1String("Jane")) && !detail.contains(QLatin1String("555-0199")), qPrintable(detail));
        details << QJsonDocument::fromJson(detail.toUtf8()).object();
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("ticket.create"), QStringLiteral("ticket.update")}));
    const QJsonArray changed = details.last().value(QStringLiteral("fields")).toArray();
    QCOMPARE(changed.toVariantList(), (QVariantList{QStringLiteral("status"), QStringLiteral("requester_contact")}));

    // A rejected write leaves no audit row.
    QCOMPARE(patch(*m_specialist, id.toLongLong(), {{QStringLiteral("status"), QStringLiteral("open")}}, created.header("ETag")).status, 412);
    QVERIFY(q.exec());
    int rows = 0;
    while (q.next())
        ++rows;
    QCOMPARE(rows, 2);
}

QTEST_GUILESS_MAIN(TstTicketsWrite)
#include "tst_tickets_write.moc"
