// Ticket writes over real HTTP: create, validation, PATCH with If-Match, concurrent PATCHes,
// a closed ticket and the facility rule. Who may write and assign, and the audit trail, are in
// tst_tickets_roles.

#include "ticketswritetest.h"

#include "ticket.h"
#include "ticketstestutil.h"

#include <QJsonArray>
#include <QJsonDocument>

using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;

class TstTicketsWrite : public QObject, private izdesk::test::TicketsWriteHarness
{
    Q_OBJECT

private slots:
    void initTestCase() { startServer(); }
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
};

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

QTEST_GUILESS_MAIN(TstTicketsWrite)
#include "tst_tickets_write.moc"
