// Electronic-reporting onboarding over real HTTP with a fake clock (contracts-onboarding.md):
// the demo board, one organization walked from the queue to the ongoing-submission letter
// (test files sent through the submission route), each gate refusing out of order and saying
// why, the data use agreement rule, schedule changes, and the audit and event rows.

#include "onboarding/onboardingpolicy.h"
#include "onboardingtestsupport.h"

using izdesk::server::OnboardingPolicy;
using namespace onboardingtest;

class TstOnboarding : public OnboardingTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(startServer()); }
    void demoSeedFillsTheBoard();
    // One organization from the queue to the ongoing-submission letter, in order.
    void walkQueueToInvite();
    void walkPlanAndEdits();
    void walkTestingToGoLive();
    void walkMonitoringToLetter();
    void dataUseAgreementBlocksTechnicalReview();
    void monitoringNeedsEverySubmissionPassed();
    void scheduleChangesBeforeTheDueDateOnly();

private:
    // Advancing any stage but the current one is refused as out of order.
    void refusesOutOfOrder(qint64 project, const QString &current);

    qint64 m_gateProject = 0; // in production after dataUseAgreementBlocksTechnicalReview
    qint64 m_walkOrg = 0;
    qint64 m_walkEntry = 0;
    qint64 m_walkProject = 0;
    QList<qint64> m_walkSites;
};

void TstOnboarding::demoSeedFillsTheBoard()
{
    const QJsonArray board = obj(m_specialist->get(QStringLiteral("/api/v1/onboarding/projects")))
                                 .value(QStringLiteral("items"))
                                 .toArray();
    QCOMPARE(board.size(), 4);
    QStringList stages;
    for (const QJsonValue &p : board) {
        stages << p.toObject().value(QStringLiteral("current_stage")).toString();
        QCOMPARE(p.toObject().value(QStringLiteral("stages")).toArray().size(),
                 1); // the board shows the current stage only
    }
    stages.sort();
    QCOMPARE(stages, (QStringList{QStringLiteral("monitoring"), QStringLiteral("plan"), QStringLiteral("production"),
                                  QStringLiteral("test_transport")}));
    // The overdue production project leads the board.
    QCOMPARE(board.at(0).toObject().value(QStringLiteral("current_stage")).toString(), QStringLiteral("production"));
    QVERIFY(board.at(0).toObject().value(QStringLiteral("overdue")).toBool());
    QCOMPARE(obj(m_specialist->get(QStringLiteral("/api/v1/onboarding/queue?status=waiting")))
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             4);
}

void TstOnboarding::walkQueueToInvite()
{
    QList<qint64> &sites = m_walkSites;
    const qint64 org = m_walkOrg = createOrganization(*m_specialist, QStringLiteral("Lakeside Family Clinic"),
                                                      QStringLiteral("provider"), 2, &sites);
    QVERIFY(org > 0);
    QCOMPARE(sites.size(), 2);
    QCOMPARE(recordDataUse(*m_specialist, org, today()), 201);

    // A specialist registers the organization's intent; it waits with a position.
    const auto registered = registerInQueue(*m_specialist, org,
                                            {{QStringLiteral("vfc_enrolled"), true},
                                             {QStringLiteral("monthly_doses"), 400},
                                             {QStringLiteral("site_count"), 2}});
    QCOMPARE(registered.status, 201);
    const QJsonObject entry = obj(registered);
    QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("waiting"));
    QVERIFY(entry.value(QStringLiteral("position")).toInt() >= 1);
    QCOMPARE(entry.value(QStringLiteral("registered_on")).toString(), QStringLiteral("2026-11-09"));
    QCOMPARE(registerInQueue(*m_specialist, org).status, 409); // already waiting
    const qint64 entryId = m_walkEntry = entry.value(QStringLiteral("id")).toInteger();

    // Only a supervisor invites; the project starts in the plan stage, due in 5 business days.
    const QString invitePath = QStringLiteral("/api/v1/onboarding/queue/%1/invite").arg(entryId);
    QCOMPARE(m_specialist->post(invitePath, QJsonObject{}).status, 403);
    const auto invited = m_supervisor->post(invitePath, QJsonObject{});
    QCOMPARE(invited.status, 201);
    QJsonObject project = obj(invited);
    const qint64 id = m_walkProject = project.value(QStringLiteral("id")).toInteger();
    QCOMPARE(project.value(QStringLiteral("current_stage")).toString(), QStringLiteral("plan"));
    const QJsonObject plan = project.value(QStringLiteral("stages")).toArray().at(0).toObject();
    QCOMPARE(plan.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    QCOMPARE(plan.value(QStringLiteral("due_at")).toString(), QStringLiteral("2026-11-16T15:00:00.000Z"));
    QCOMPARE(project.value(QStringLiteral("data_use_agreement")).toString(), QStringLiteral("current"));
    QCOMPARE(m_supervisor->post(invitePath, QJsonObject{}).status, 409); // no longer waiting
    QCOMPARE(m_supervisor
                 ->post(projectPath(id, QStringLiteral("/letters")),
                        {{QStringLiteral("kind"), QStringLiteral("invitation")}})
                 .status,
             201);

    // Out of order and too early: conflict, then the gate with its reason.
    auto refused = advance(*m_supervisor, id, QStringLiteral("technical_review"));
    QCOMPARE(refused.status, 409);
    QCOMPARE(problemType(refused), QStringLiteral("conflict"));
    refused = advance(*m_supervisor, id, QStringLiteral("plan"));
    QCOMPARE(refused.status, 409);
    QCOMPARE(problemType(refused), QStringLiteral("gate-not-met"));
    QCOMPARE(reasonsOf(obj(refused)), QStringList{QStringLiteral("the agreed plan date has not been set")});
    QCOMPARE(obj(refused).value(QStringLiteral("gate")).toObject().value(QStringLiteral("met")).toBool(true), false);
}

void TstOnboarding::walkPlanAndEdits()
{
    const qint64 id = m_walkProject;
    QVERIFY(id > 0);
    const QList<qint64> &sites = m_walkSites;
    QJsonObject project;
    refusesOutOfOrder(id, QStringLiteral("plan"));
    // Contacts and sites, with If-Match like tickets.
    const QJsonObject patch{{QStringLiteral("contacts"),
                             QJsonObject{{QStringLiteral("technical"),
                                          QJsonObject{{QStringLiteral("name"), QStringLiteral("Pat Vendor")}}}}},
                            {QStringLiteral("sites"), QJsonArray{sites.at(0), sites.at(1)}}};
    QCOMPARE(m_specialist->request("PATCH", projectPath(id), patch).status, 428);
    QCOMPARE(m_specialist->request("PATCH", projectPath(id), patch, {{"If-Match", "\"1-999\""}}).status, 412);
    const QByteArray etag = m_specialist->get(projectPath(id)).header("ETag");
    const auto foreign = m_specialist->request(
        "PATCH", projectPath(id), QJsonObject{{QStringLiteral("sites"), QJsonArray{1}}}, {{"If-Match", etag}});
    QCOMPARE(foreign.status, 422);
    QVERIFY(foreign.raw.contains("\"field\":\"sites\""));
    const auto patched = m_specialist->request("PATCH", projectPath(id), patch, {{"If-Match", etag}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(obj(patched).value(QStringLiteral("sites")).toArray().size(), 2);
    QVERIFY(patched.header("ETag") != etag);

    // The agreed plan sets every due date; the plan gate is then met.
    QCOMPARE(m_supervisor
                 ->post(projectPath(id, QStringLiteral("/plan")),
                        {{QStringLiteral("agreed_on"), QStringLiteral("11/10/2026")}})
                 .status,
             422);
    project = obj(m_supervisor->post(projectPath(id, QStringLiteral("/plan")),
                                     {{QStringLiteral("agreed_on"), QStringLiteral("2026-11-10")}}));
    QCOMPARE(
        project.value(QStringLiteral("stages")).toArray().at(1).toObject().value(QStringLiteral("due_at")).toString(),
        QStringLiteral("2026-11-17T14:00:00.000Z")); // 5 business days from Tuesday's opening
    QVERIFY(project.value(QStringLiteral("gate")).toObject().value(QStringLiteral("met")).toBool());
    QCOMPARE(advance(*m_specialist, id, QStringLiteral("plan")).status, 403);
    QCOMPARE(obj(advance(*m_supervisor, id, QStringLiteral("plan"))).value(QStringLiteral("current_stage")).toString(),
             QStringLiteral("test_transport"));
}

void TstOnboarding::walkTestingToGoLive()
{
    const qint64 id = m_walkProject;
    QVERIFY(id > 0);
    QJsonObject project;
    HttpTestClient::Response refused;
    refusesOutOfOrder(id, QStringLiteral("test_transport"));
    // Test transport needs a submission; technical review the latest one passed.
    refused = advance(*m_supervisor, id, QStringLiteral("test_transport"));
    QCOMPARE(reasonsOf(obj(refused)), QStringList{QStringLiteral("no test submission has been received yet")});
    QCOMPARE(submitFile(*m_specialist, id, true, "first.hl7").status, 201);
    QCOMPARE(advance(*m_supervisor, id, QStringLiteral("test_transport")).status, 200);
    QCOMPARE(submitFile(*m_specialist, id, false, "batch-2.hl7").status, 201);
    refused = advance(*m_supervisor, id, QStringLiteral("technical_review"));
    QCOMPARE(problemType(refused), QStringLiteral("gate-not-met"));
    QCOMPARE(reasonsOf(obj(refused)),
             QStringList{QStringLiteral(
                 "the latest submission (batch-2.hl7) did not pass: 1 message(s) with errors; the policy allows 0")});
    // The project's gate says the same as the refusal.
    project = obj(m_supervisor->get(projectPath(id)));
    QCOMPARE(reasonsOf(project.value(QStringLiteral("gate")).toObject()), reasonsOf(obj(refused)));
    QCOMPARE(project.value(QStringLiteral("latest_submission")).toObject().value(QStringLiteral("passed")).toBool(true),
             false);
    QCOMPARE(submitFile(*m_specialist, id, true, "batch-3.hl7").status, 201);
    QCOMPARE(obj(advance(*m_supervisor, id, QStringLiteral("technical_review")))
                 .value(QStringLiteral("current_stage"))
                 .toString(),
             QStringLiteral("production"));

    // Go-live needs the clinical workflow and training recorded.
    refused = advance(*m_supervisor, id, QStringLiteral("production"));
    QCOMPARE(reasonsOf(obj(refused)), (QStringList{QStringLiteral("the clinical workflow has not been recorded"),
                                                   QStringLiteral("training has not been recorded")}));
    QCOMPARE(record(*m_specialist, id, QStringLiteral("clinical_workflow"), today()).status, 200);
    refused = advance(*m_supervisor, id, QStringLiteral("production"));
    QCOMPARE(reasonsOf(obj(refused)), QStringList{QStringLiteral("training has not been recorded")});
    QCOMPARE(record(*m_specialist, id, QStringLiteral("training"), today().addDays(1)).status,
             422); // not in the future
    QCOMPARE(record(*m_specialist, id, QStringLiteral("training"), today()).status, 200);
    project = obj(advance(*m_supervisor, id, QStringLiteral("production")));
    QCOMPARE(project.value(QStringLiteral("current_stage")).toString(), QStringLiteral("monitoring"));
    QCOMPARE(project.value(QStringLiteral("go_live_on")).toString(), QStringLiteral("2026-11-09"));
}

void TstOnboarding::walkMonitoringToLetter()
{
    const qint64 id = m_walkProject;
    QVERIFY(id > 0);
    QJsonObject project;
    HttpTestClient::Response refused;
    const qint64 org = m_walkOrg;
    const qint64 entryId = m_walkEntry;
    // Monitoring: a passed submission and the stage's due date (10 business days) reached.
    refused = advance(*m_supervisor, id, QStringLiteral("monitoring"));
    QCOMPARE(reasonsOf(obj(refused)), (QStringList{QStringLiteral("no submission has been received during monitoring"),
                                                   QStringLiteral("monitoring runs until 2026-11-23")}));
    QCOMPARE(m_supervisor
                 ->post(projectPath(id, QStringLiteral("/letters")),
                        {{QStringLiteral("kind"), QStringLiteral("ongoing_submission")}})
                 .status,
             409);
    QCOMPARE(submitFile(*m_specialist, id, true, "week-1.hl7").status, 201);
    setNow(QDateTime(QDate(2026, 11, 23), QTime(16, 0), Qt::UTC));
    project = obj(advance(*m_supervisor, id, QStringLiteral("monitoring")));
    QCOMPARE(project.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));

    // The ongoing-submission letter, filled from the template.
    const auto letter = m_supervisor->post(projectPath(id, QStringLiteral("/letters")),
                                           {{QStringLiteral("kind"), QStringLiteral("ongoing_submission")}});
    QCOMPARE(letter.status, 201);
    const QJsonObject content = obj(letter).value(QStringLiteral("content")).toObject();
    QCOMPARE(content.value(QStringLiteral("recipient")).toObject().value(QStringLiteral("contact")).toString(),
             QStringLiteral("Pat Vendor"));
    const QString text
        = QString::fromUtf8(QJsonDocument(content.value(QStringLiteral("paragraphs")).toArray()).toJson());
    QVERIFY(text.contains(QStringLiteral("Lakeside Family Clinic")));
    QVERIFY(text.contains(QStringLiteral("November 9, 2026"))); // go-live
    QVERIFY(text.contains(QStringLiteral("Lakeside Family Clinic site 1")));
    QVERIFY2(!text.contains(QLatin1Char('{')), qPrintable(text)); // every placeholder filled
    QCOMPARE(obj(m_supervisor->get(projectPath(id, QStringLiteral("/letters"))))
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             2);

    // History, audit, and the organization's view.
    QStringList kinds;
    for (const QJsonValue &e :
         obj(m_specialist->get(projectPath(id, QStringLiteral("/events")))).value(QStringLiteral("items")).toArray())
        kinds << e.toObject().value(QStringLiteral("kind")).toString();
    QCOMPARE(kinds.first(), QStringLiteral("created"));
    QCOMPARE(kinds.count(QStringLiteral("stage_passed")), 5);
    QVERIFY(kinds.contains(QStringLiteral("plan_agreed")) && kinds.contains(QStringLiteral("edited"))
            && kinds.contains(QStringLiteral("letter")));
    QCOMPARE(
        count(*m_server,
              QStringLiteral(
                  "SELECT COUNT(*) FROM audit_events WHERE action = 'onboarding.project.advance' AND entity_id = '%1'")
                  .arg(id)),
        5);
    QCOMPARE(
        count(*m_server,
              QStringLiteral(
                  "SELECT COUNT(*) FROM audit_events WHERE action = 'onboarding.queue.invite' AND entity_id = '%1'")
                  .arg(entryId)),
        1);
    QCOMPARE(
        count(*m_server,
              QStringLiteral(
                  "SELECT COUNT(*) FROM audit_events WHERE action = 'onboarding.project.letter' AND entity_id = '%1'")
                  .arg(id)),
        2);
    const QJsonObject view = obj(m_specialist->get(QStringLiteral("/api/v1/organizations/%1/onboarding").arg(org)));
    QCOMPARE(view.value(QStringLiteral("queue")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("invited"));
    QCOMPARE(view.value(QStringLiteral("projects")).toArray().size(), 1);
    setNow(QDateTime(QDate(2026, 11, 9), QTime(15, 0), Qt::UTC));
}

void TstOnboarding::dataUseAgreementBlocksTechnicalReview()
{
    qint64 org = 0;
    const qint64 id = invitedProject(QStringLiteral("Northfield Pharmacy"), false, &org);
    QVERIFY(id > 0);
    QCOMPARE(obj(m_supervisor->get(projectPath(id))).value(QStringLiteral("data_use_agreement")).toString(),
             QStringLiteral("none"));
    m_supervisor->post(projectPath(id, QStringLiteral("/plan")),
                       {{QStringLiteral("agreed_on"), today().toString(Qt::ISODate)}});
    QCOMPARE(advance(*m_supervisor, id, QStringLiteral("plan")).status, 200);
    QCOMPARE(submitFile(*m_specialist, id, true).status, 201);
    QCOMPARE(advance(*m_supervisor, id, QStringLiteral("test_transport")).status, 200);
    auto refused = advance(*m_supervisor, id, QStringLiteral("technical_review"));
    QCOMPARE(reasonsOf(obj(refused)),
             QStringList{QStringLiteral("the organization has no data use agreement on file")});
    QCOMPARE(recordDataUse(*m_specialist, org, QDate(2022, 3, 1), QDate(2025, 3, 1)), 201);
    refused = advance(*m_supervisor, id, QStringLiteral("technical_review"));
    QCOMPARE(reasonsOf(obj(refused)),
             QStringList{QStringLiteral("the organization's data use agreement expired on 2025-03-01")});
    QCOMPARE(recordDataUse(*m_specialist, org, today()), 201);
    QCOMPARE(advance(*m_supervisor, id, QStringLiteral("technical_review")).status, 200);
    m_gateProject = id;
}

void TstOnboarding::refusesOutOfOrder(qint64 project, const QString &current)
{
    for (const QString &stage : OnboardingPolicy::stageKeys()) {
        if (stage == current)
            continue;
        const auto r = advance(*m_supervisor, project, stage);
        QCOMPARE(r.status, 409);
        QCOMPARE(problemType(r), QStringLiteral("conflict"));
        QVERIFY2(obj(r)
                     .value(QStringLiteral("detail"))
                     .toString()
                     .contains(QStringLiteral("the current stage is ") + current),
                 qPrintable(stage));
    }
}

void TstOnboarding::monitoringNeedsEverySubmissionPassed()
{
    const qint64 id = m_gateProject;
    QVERIFY(id > 0);
    refusesOutOfOrder(id, QStringLiteral("production"));
    QCOMPARE(record(*m_specialist, id, QStringLiteral("clinical_workflow"), today()).status, 200);
    QCOMPARE(record(*m_specialist, id, QStringLiteral("training"), today()).status, 200);
    QCOMPARE(advance(*m_supervisor, id, QStringLiteral("production")).status, 200);
    refusesOutOfOrder(id, QStringLiteral("monitoring"));
    QCOMPARE(submitFile(*m_specialist, id, true, "week-1.hl7").status, 201);
    QCOMPARE(submitFile(*m_specialist, id, false, "week-2.hl7").status, 201);
    setNow(QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC)); // past the 10 business days
    const auto refused = advance(*m_supervisor, id, QStringLiteral("monitoring"));
    QCOMPARE(problemType(refused), QStringLiteral("gate-not-met"));
    QCOMPARE(reasonsOf(obj(refused)),
             QStringList{QStringLiteral("1 of the 2 submissions received during monitoring did not pass")});
    setNow(QDateTime(QDate(2026, 11, 9), QTime(15, 0), Qt::UTC));
}

void TstOnboarding::scheduleChangesBeforeTheDueDateOnly()
{
    const qint64 id = invitedProject(QStringLiteral("Riverbend Pediatrics"));
    QVERIFY(id > 0);
    const QString path = projectPath(id, QStringLiteral("/schedule"));
    const auto body = [](const QString &stage, const QString &dueOn) {
        return QJsonObject{{QStringLiteral("stage"), stage},
                           {QStringLiteral("due_on"), dueOn},
                           {QStringLiteral("reason"), QStringLiteral("vendor asked for a week")}};
    };
    QCOMPARE(m_specialist->post(path, body(QStringLiteral("plan"), QStringLiteral("2026-11-20"))).status, 403);
    const auto weekend = m_supervisor->post(path, body(QStringLiteral("plan"), QStringLiteral("2026-11-21")));
    QCOMPARE(weekend.status, 422);
    QVERIFY(weekend.raw.contains("not a business day"));
    const auto moved = m_supervisor->post(path, body(QStringLiteral("plan"), QStringLiteral("2026-11-20")));
    QCOMPARE(moved.status, 200);
    const QJsonArray stages = obj(moved).value(QStringLiteral("stages")).toArray();
    QCOMPARE(stages.at(0).toObject().value(QStringLiteral("due_at")).toString(),
             QStringLiteral("2026-11-20T15:00:00.000Z"));
    QCOMPARE(stages.at(1).toObject().value(QStringLiteral("due_at")).toString(),
             QStringLiteral("2026-12-01T15:00:00.000Z")); // Thanksgiving skipped
    // Past the due date the schedule stays; the desk moves the project back instead.
    setNow(QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC));
    const auto late = m_supervisor->post(path, body(QStringLiteral("plan"), QStringLiteral("2026-11-30")));
    QCOMPARE(late.status, 409);
    QVERIFY(late.raw.contains("past its due date"));
    const QJsonObject board = obj(m_specialist->get(QStringLiteral("/api/v1/onboarding/projects")));
    QVERIFY(board.value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("overdue")).toBool());
    setNow(QDateTime(QDate(2026, 11, 9), QTime(15, 0), Qt::UTC));
}

QTEST_GUILESS_MAIN(TstOnboarding)
#include "tst_onboarding.moc"
