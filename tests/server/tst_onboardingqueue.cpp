// The onboarding queue over real HTTP with a fake clock (contracts-onboarding.md): the policy
// file, priority and position, moving a project back in the queue, withdrawals, and who may
// do what.

#include "onboarding/onboardingpolicy.h"
#include "onboardingtestsupport.h"
#include "serverconfig.h"

#include <QTemporaryDir>

using izdesk::server::OnboardingPolicy;
using namespace onboardingtest;

class TstOnboardingQueue : public OnboardingTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(startServer()); }
    void policyFileIsValidated();
    void queueOrderFollowsPriority();
    void moveBackRequeuesWithTheReason();
    void rolesAndSignIn();
};

void TstOnboardingQueue::policyFileIsValidated()
{
    QString error;
    const auto policy
        = OnboardingPolicy::fromJson(R"({"stages": {"technical_review": 15}, "submission_retention_days": 30,
        "priority_weights": {"vfc_enrolled": 40}, "organization_types_first": ["hospital"]})",
                                     &error);
    QVERIFY2(policy, qPrintable(error));
    QCOMPARE(policy->businessDays(QStringLiteral("technical_review")), 15);
    QCOMPARE(policy->businessDays(QStringLiteral("plan")), 5); // default kept
    QCOMPARE(policy->submissionRetentionDays, 30);
    QCOMPARE(policy->weights.vfcEnrolled, 40);
    QCOMPARE(policy->organizationTypesFirst, QStringList{QStringLiteral("hospital")});
    QCOMPARE(OnboardingPolicy::builtIn().businessDays(QStringLiteral("monitoring")), 10);
    QCOMPARE(OnboardingPolicy::builtIn().submissionRetentionDays, 90);

    const QList<QPair<QByteArray, QString>> bad{
        {R"({"stages": {"plan": 0}})", QStringLiteral("stages.plan")},
        {R"({"stages": {"planning": 3}})", QStringLiteral("stages.planning")},
        {R"({"submission_retention_days": "90"})", QStringLiteral("submission_retention_days")},
        {R"({"priority_weights": {"volume": 101}})", QStringLiteral("priority_weights.volume")},
        {R"({"organization_types_first": ["clinic"]})", QStringLiteral("organization_types_first")},
        {R"({"retention_days": 90})", QStringLiteral("retention_days: unknown key")},
        {R"([1])", QStringLiteral("JSON object")},
    };
    for (const auto &b : bad) {
        error.clear();
        QVERIFY2(!OnboardingPolicy::fromJson(b.first, &error), b.first.constData());
        QVERIFY2(error.contains(b.second), qPrintable(error));
    }

    // --onboarding-policy FILE: the server refuses to start on a bad file, naming file and key.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("onboarding.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"stages": {"monitoring": 0}})");
    file.close();
    const auto refused = izdesk::server::CommandLine::parse(
        {QStringLiteral("izdesk-server"), QStringLiteral("--onboarding-policy"), path});
    QCOMPARE(refused.action, izdesk::server::CommandLine::Action::Error);
    QVERIFY2(
        refused.message.contains(QStringLiteral("--onboarding-policy ") + path + QStringLiteral(": stages.monitoring")),
        qPrintable(refused.message));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"stages": {"monitoring": 15}})");
    file.close();
    const auto loaded = izdesk::server::CommandLine::parse(
        {QStringLiteral("izdesk-server"), QStringLiteral("--onboarding-policy"), path});
    QVERIFY2(loaded.action == izdesk::server::CommandLine::Action::Run, qPrintable(loaded.message));
    QCOMPARE(loaded.config.onboarding().businessDays(QStringLiteral("monitoring")), 15);
}

void TstOnboardingQueue::queueOrderFollowsPriority()
{
    const qint64 strong
        = createOrganization(*m_specialist, QStringLiteral("Metro Health Partners"), QStringLiteral("provider"), 1);
    const qint64 weak
        = createOrganization(*m_specialist, QStringLiteral("Pine School District"), QStringLiteral("school"), 1);
    const auto a = registerInQueue(*m_specialist, strong,
                                   {{QStringLiteral("registration_complete"), true},
                                    {QStringLiteral("vfc_enrolled"), true},
                                    {QStringLiteral("monthly_doses"), 1000},
                                    {QStringLiteral("site_count"), 10}});
    const auto b = registerInQueue(*m_specialist, weak,
                                   {{QStringLiteral("reporting_method"), QStringLiteral("direct_entry")},
                                    {QStringLiteral("transport"), QStringLiteral("web_entry")}});
    QCOMPARE(a.status, 201);
    QCOMPARE(b.status, 201);
    // 20 + 15 + 20 + 20 + 10 + 5 of 100, waiting 0 days; the school only its one site of ten.
    QCOMPARE(obj(a).value(QStringLiteral("priority")).toInt(), 90);
    QCOMPARE(obj(b).value(QStringLiteral("priority")).toInt(), 1);
    const QJsonArray items
        = obj(m_specialist->get(QStringLiteral("/api/v1/onboarding/queue"))).value(QStringLiteral("items")).toArray();
    int last = 101;
    int position = 0;
    for (const QJsonValue &v : items) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("status")).toString() != QLatin1String("waiting"))
            break;
        QVERIFY(e.value(QStringLiteral("priority")).toInt() <= last);
        last = e.value(QStringLiteral("priority")).toInt();
        QCOMPARE(e.value(QStringLiteral("position")).toInt(), ++position);
    }
    QVERIFY(obj(a).value(QStringLiteral("position")).toInt() < obj(b).value(QStringLiteral("position")).toInt());
    const auto bad = registerInQueue(
        *m_specialist, 987654,
        {{QStringLiteral("transport"), QStringLiteral("fax")}, {QStringLiteral("monthly_doses"), -1}});
    QCOMPARE(bad.status, 422);
    for (const char *field : {"organization_id", "transport", "monthly_doses"})
        QVERIFY2(bad.raw.contains(QByteArray(QByteArray("\"field\":\"") + field + "\"")), field);
    const qint64 entry = obj(b).value(QStringLiteral("id")).toInteger();
    const auto withdrawn = m_supervisor->post(QStringLiteral("/api/v1/onboarding/queue/%1/withdraw").arg(entry),
                                              {{QStringLiteral("reason"), QStringLiteral("chose direct entry")}});
    QCOMPARE(obj(withdrawn).value(QStringLiteral("status")).toString(), QStringLiteral("withdrawn"));
    QCOMPARE(obj(withdrawn).value(QStringLiteral("position")).isNull(), true);
}

void TstOnboardingQueue::moveBackRequeuesWithTheReason()
{
    const qint64 id = invitedProject(QStringLiteral("Cedar Lake Clinic"));
    QVERIFY(id > 0);
    QCOMPARE(m_supervisor->post(projectPath(id, QStringLiteral("/move-back")), QJsonObject{}).status, 422);
    const auto moved = m_supervisor->post(projectPath(id, QStringLiteral("/move-back")),
                                          {{QStringLiteral("reason"), QStringLiteral("vendor not ready")}});
    QCOMPARE(moved.status, 200);
    QCOMPARE(obj(moved).value(QStringLiteral("project")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("moved_back"));
    const QJsonObject entry = obj(moved).value(QStringLiteral("queue_entry")).toObject();
    QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("waiting"));
    QCOMPARE(entry.value(QStringLiteral("requeue_reason")).toString(), QStringLiteral("vendor not ready"));
    QCOMPARE(entry.value(QStringLiteral("from_project_id")).toInteger(), id);
    QCOMPARE(entry.value(QStringLiteral("registered_on")).toString(), today().toString(Qt::ISODate));
    // Its position is its place in the waiting queue as listed.
    const QJsonArray waiting = obj(m_specialist->get(QStringLiteral("/api/v1/onboarding/queue?status=waiting")))
                                   .value(QStringLiteral("items"))
                                   .toArray();
    const qsizetype at
        = std::find_if(waiting.begin(), waiting.end(),
                       [&](const QJsonValue &v) {
                           return v.toObject().value(QStringLiteral("id")) == entry.value(QStringLiteral("id"));
                       })
          - waiting.begin();
    QCOMPARE(entry.value(QStringLiteral("position")).toInt(), int(at + 1));
    QCOMPARE(problemType(advance(*m_supervisor, id, QStringLiteral("plan"))), QStringLiteral("conflict"));
    QCOMPARE(
        m_supervisor
            ->post(projectPath(id, QStringLiteral("/withdraw")), {{QStringLiteral("reason"), QStringLiteral("again")}})
            .status,
        409);
}

void TstOnboardingQueue::rolesAndSignIn()
{
    HttpTestClient anonymous(m_server->baseUrl());
    QCOMPARE(anonymous.get(QStringLiteral("/api/v1/onboarding/queue")).status, 401);
    QCOMPARE(anonymous.get(QStringLiteral("/api/v1/onboarding/projects")).status, 401);
    const qint64 id = invitedProject(QStringLiteral("Harbor Urgent Care"));
    QVERIFY(id > 0);
    QCOMPARE(
        m_specialist
            ->post(projectPath(id, QStringLiteral("/move-back")), {{QStringLiteral("reason"), QStringLiteral("x")}})
            .status,
        403);
    QCOMPARE(m_specialist
                 ->post(projectPath(id, QStringLiteral("/withdraw")), {{QStringLiteral("reason"), QStringLiteral("x")}})
                 .status,
             403);
    QCOMPARE(m_specialist
                 ->post(projectPath(id, QStringLiteral("/letters")),
                        {{QStringLiteral("kind"), QStringLiteral("invitation")}})
                 .status,
             403);
    QCOMPARE(m_specialist->get(projectPath(id)).status, 200);
    QCOMPARE(m_specialist->get(projectPath(987654321)).status, 404);
    const auto withdrawn
        = m_supervisor->post(projectPath(id, QStringLiteral("/withdraw")),
                             {{QStringLiteral("reason"), QStringLiteral("merged with another group")}});
    QCOMPARE(obj(withdrawn).value(QStringLiteral("status")).toString(), QStringLiteral("withdrawn"));
    QCOMPARE(
        count(*m_server,
              QStringLiteral(
                  "SELECT COUNT(*) FROM audit_events WHERE action = 'onboarding.project.withdraw' AND entity_id = '%1'")
                  .arg(id)),
        1);
}

QTEST_GUILESS_MAIN(TstOnboardingQueue)
#include "tst_onboardingqueue.moc"
