// The onboarding board and project models as a user sees them: each project's card sits in
// its current stage's column, overdue cards first, then the nearest due date; the queue lists
// waiting entries by position; the text filter narrows every column and its count; a card's
// words say how many days are left or overdue and whether the gate is met. The project's
// timeline has the five stages in order with the overdue one named in words; the trend has a
// row per batch; the actions follow the permissions and the status; a contacts edit becomes a
// merge patch of only what changed.
#include <onboardingboard.h>
#include <onboardingproject.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace izdesk;

namespace {

const QDateTime kNow(QDate(2026, 12, 8), QTime(15, 0), Qt::UTC);

QJsonObject projectJson(qint64 id, const QString &name, const QString &stage, int dueInDays, bool overdue,
                        bool gateMet = false)
{
    const QDateTime due = kNow.addDays(dueInDays);
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("organization"), QJsonObject{{QStringLiteral("id"), id + 100},
                                                     {QStringLiteral("name"), name},
                                                     {QStringLiteral("type"), QStringLiteral("provider")}}},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("current_stage"), stage},
        {QStringLiteral("overdue"), overdue},
        {QStringLiteral("contacts"),
         QJsonObject{
             {QStringLiteral("technical"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Ana Ruiz")},
                                                       {QStringLiteral("email"), QStringLiteral("ana@example.org")},
                                                       {QStringLiteral("phone"), QStringLiteral("555-0100")}}}}},
        {QStringLiteral("stages"),
         QJsonArray{QJsonObject{{QStringLiteral("stage"), stage},
                                {QStringLiteral("state"), QStringLiteral("active")},
                                {QStringLiteral("business_days"), 5},
                                {QStringLiteral("started_at"), kNow.addDays(-3).toString(Qt::ISODate)},
                                {QStringLiteral("due_at"), due.toString(Qt::ISODate)},
                                {QStringLiteral("overdue"), overdue}}}},
        {QStringLiteral("gate"),
         QJsonObject{{QStringLiteral("stage"), stage},
                     {QStringLiteral("met"), gateMet},
                     {QStringLiteral("reasons"),
                      gateMet ? QJsonArray{} : QJsonArray{QStringLiteral("no submission has been received yet")}}}},
        {QStringLiteral("version"), 3},
    };
}

OnboardingProject project(qint64 id, const QString &name, const QString &stage, int dueInDays, bool overdue,
                          bool gateMet = false)
{
    return OnboardingProject::fromJson(projectJson(id, name, stage, dueInDays, overdue, gateMet));
}

OnboardingQueueEntry entry(qint64 id, const QString &name, const QString &status, int position, int priority)
{
    return OnboardingQueueEntry::fromJson(QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("organization"), QJsonObject{{QStringLiteral("id"), id + 200}, {QStringLiteral("name"), name}}},
        {QStringLiteral("status"), status},
        {QStringLiteral("registered_on"), QStringLiteral("2026-11-0%1").arg(id)},
        {QStringLiteral("position"), position},
        {QStringLiteral("priority"), priority},
        {QStringLiteral("days_waiting"), 36},
    });
}

QStringList names(const QList<OnboardingCard> &cards)
{
    QStringList out;
    for (const OnboardingCard &c : cards)
        out << c.organization;
    return out;
}

} // namespace

class TestOnboardingModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesTheContractsProject()
    {
        const OnboardingProject p
            = project(3, QStringLiteral("Lakeside Family Clinic"), QStringLiteral("technical_review"), 4, false);
        QCOMPARE(p.id, 3);
        QCOMPARE(p.organization.name, QStringLiteral("Lakeside Family Clinic"));
        QCOMPARE(p.contact(QStringLiteral("technical")).email, QStringLiteral("ana@example.org"));
        QVERIFY(p.contact(QStringLiteral("clinical_champion")).isEmpty());
        QVERIFY(p.currentStageEntry());
        QCOMPARE(p.currentStageEntry()->dueAt, kNow.addDays(4));
        QCOMPARE(p.gate.reasons, QStringList{QStringLiteral("no submission has been received yet")});
        QCOMPARE(p.etag(), QByteArray("\"3-3\""));
        QVERIFY(!p.latestSubmission);
    }

    void cardsSitInTheirStageOverdueFirst()
    {
        OnboardingBoard board;
        board.setNow(kNow);
        board.setProjects({project(1, QStringLiteral("Alder Pediatrics"), QStringLiteral("plan"), 9, false),
                           project(2, QStringLiteral("Birch Pharmacy"), QStringLiteral("plan"), 2, false),
                           project(3, QStringLiteral("Cedar Clinic"), QStringLiteral("plan"), -2, true),
                           project(4, QStringLiteral("Dogwood Health"), QStringLiteral("monitoring"), 1, false, true)});
        QCOMPARE(OnboardingBoard::columnCount(), 6);
        const int plan = OnboardingBoard::columnOfStage(QStringLiteral("plan"));
        QCOMPARE(names(board.cards(plan)),
                 (QStringList{QStringLiteral("Cedar Clinic"), QStringLiteral("Birch Pharmacy"),
                              QStringLiteral("Alder Pediatrics")}));
        QCOMPARE(names(board.cards(OnboardingBoard::columnOfStage(QStringLiteral("monitoring")))),
                 QStringList{QStringLiteral("Dogwood Health")});
        QVERIFY(board.cards(OnboardingBoard::columnOfStage(QStringLiteral("production"))).isEmpty());
        QCOMPARE(board.columnTitle(plan), QStringLiteral("Plan (3)"));
        QCOMPARE(board.overdueCount(), 1);

        const OnboardingCard overdue = board.cards(plan).at(0);
        QVERIFY(overdue.overdue);
        QCOMPARE(overdue.timing, QStringLiteral("2 day(s) overdue"));
        QCOMPARE(overdue.gateText, QStringLiteral("gate not met"));
        QCOMPARE(board.cards(plan).at(1).timing, QStringLiteral("2 day(s) left"));
        const OnboardingCard ready = board.cards(OnboardingBoard::columnOfStage(QStringLiteral("monitoring"))).at(0);
        QVERIFY(ready.gateMet);
        QVERIFY(ready.gateText.startsWith(QStringLiteral("gate met")));
    }

    void aPassedProjectMovesColumn()
    {
        OnboardingBoard board;
        board.setNow(kNow);
        board.setProjects({project(7, QStringLiteral("Elm Clinic"), QStringLiteral("plan"), 3, false)});
        QCOMPARE(board.locate(OnboardingCard::Kind::Project, 7), std::make_optional(std::make_pair(1, 0)));
        board.setProjects({project(7, QStringLiteral("Elm Clinic"), QStringLiteral("test_transport"), 5, false)});
        QCOMPARE(board.locate(OnboardingCard::Kind::Project, 7), std::make_optional(std::make_pair(2, 0)));
        QVERIFY(!board.locate(OnboardingCard::Kind::QueueEntry, 7));
    }

    void queueWaitingByPositionThenTheRest()
    {
        OnboardingBoard board;
        board.setQueue({entry(1, QStringLiteral("Fir Family Practice"), QStringLiteral("invited"), 0, 50),
                        entry(2, QStringLiteral("Ginkgo Pharmacy"), QStringLiteral("waiting"), 2, 60),
                        entry(3, QStringLiteral("Hazel Clinic"), QStringLiteral("waiting"), 1, 71)});
        const QList<OnboardingCard> queue = board.cards(OnboardingBoard::QueueColumn);
        QCOMPARE(names(queue), (QStringList{QStringLiteral("Hazel Clinic"), QStringLiteral("Ginkgo Pharmacy"),
                                            QStringLiteral("Fir Family Practice")}));
        QVERIFY(queue.at(0).waiting);
        QVERIFY(queue.at(0).timing.startsWith(QStringLiteral("#1 · priority 71")));
        QVERIFY(!queue.at(2).waiting);
        QCOMPARE(queue.at(2).gateText, QStringLiteral("Invited"));
        QCOMPARE(board.columnTitle(OnboardingBoard::QueueColumn), QStringLiteral("Queue (3)"));
    }

    void filterNarrowsEveryColumn()
    {
        OnboardingBoard board;
        board.setNow(kNow);
        board.setProjects({project(1, QStringLiteral("Alder Pediatrics"), QStringLiteral("plan"), 9, false),
                           project(2, QStringLiteral("Birch Pharmacy"), QStringLiteral("production"), 2, false)});
        board.setQueue({entry(3, QStringLiteral("Birchwood Clinic"), QStringLiteral("waiting"), 1, 40)});
        board.setFilter(QStringLiteral("  birch "));
        QVERIFY(board.cards(1).isEmpty());
        QCOMPARE(names(board.cards(OnboardingBoard::columnOfStage(QStringLiteral("production")))),
                 QStringList{QStringLiteral("Birch Pharmacy")});
        QCOMPARE(names(board.cards(OnboardingBoard::QueueColumn)), QStringList{QStringLiteral("Birchwood Clinic")});
        QCOMPARE(board.columnTitle(1), QStringLiteral("Plan (0)"));
        board.setFilter(QStringLiteral("production"));
        QCOMPARE(names(board.cards(OnboardingBoard::columnOfStage(QStringLiteral("production")))),
                 QStringList{QStringLiteral("Birch Pharmacy")});
        board.setFilter(QString());
        QCOMPARE(board.cards(1).size(), 1);
    }

    void dueTextInWords()
    {
        QCOMPARE(Onboarding::dueText(QDateTime(), false, kNow), QStringLiteral("no due date"));
        QCOMPARE(Onboarding::dueText(kNow.addSecs(3600), false, kNow), QStringLiteral("due today"));
        QCOMPARE(Onboarding::dueText(kNow.addSecs(-60), true, kNow), QStringLiteral("overdue today"));
        QCOMPARE(Onboarding::dueText(kNow.addDays(1), false, kNow), QStringLiteral("1 day(s) left"));
    }

    void timelineHasEveryStageAndNamesOverdue()
    {
        OnboardingTimelineModel model;
        model.setProject(project(5, QStringLiteral("Ivy Clinic"), QStringLiteral("test_transport"), -1, true));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, OnboardingTimelineModel::StageColumn).data().toString(), QStringLiteral("Plan"));
        QCOMPARE(model.index(0, OnboardingTimelineModel::StateColumn).data().toString(), QStringLiteral("Pending"));
        const QModelIndex current = model.index(1, OnboardingTimelineModel::NoteColumn);
        QCOMPARE(model.index(1, OnboardingTimelineModel::StageColumn).data().toString(),
                 QStringLiteral("Test transport"));
        QCOMPARE(model.index(1, OnboardingTimelineModel::StateColumn).data().toString(), QStringLiteral("Current"));
        QCOMPARE(current.data().toString(), QStringLiteral("Overdue"));
        QVERIFY(current.data(OnboardingTimelineModel::OverdueRole).toBool());
        QVERIFY(!model.index(1, OnboardingTimelineModel::DueColumn).data().toString().isEmpty());
        QCOMPARE(model.index(4, OnboardingTimelineModel::StageColumn).data().toString(), QStringLiteral("Monitoring"));
        QCOMPARE(model.headerData(OnboardingTimelineModel::DueColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Due"));
    }

    void trendRowPerBatch()
    {
        OnboardingSubmissionsModel model;
        QList<OnboardingSubmission> rows;
        for (int i = 0; i < 3; ++i) {
            rows << OnboardingSubmission::fromJson(
                QJsonObject{{QStringLiteral("id"), 10 + i},
                            {QStringLiteral("filename"), QStringLiteral("batch-%1.hl7").arg(i)},
                            {QStringLiteral("messages"), 120},
                            {QStringLiteral("error_messages"), 3 - i},
                            {QStringLiteral("warning_messages"), 4},
                            {QStringLiteral("passed"), i == 2}});
        }
        model.setSubmissions(rows);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, OnboardingSubmissionsModel::ErrorsColumn).data().toInt(), 3);
        QCOMPARE(model.index(0, OnboardingSubmissionsModel::PassedColumn).data().toString(),
                 QStringLiteral("Not passed"));
        QCOMPARE(model.index(2, OnboardingSubmissionsModel::PassedColumn).data().toString(), QStringLiteral("Passed"));
        QCOMPARE(model.index(2, OnboardingSubmissionsModel::FileColumn).data().toString(),
                 QStringLiteral("batch-2.hl7"));
    }

    void actionsFollowPermissionsAndStatus()
    {
        OnboardingProject p = project(1, QStringLiteral("Juniper"), QStringLiteral("plan"), 3, false);
        const OnboardingActions specialist = OnboardingActions::available(p, true, false);
        QVERIFY(specialist.editContacts);
        QVERIFY(specialist.recordTraining);
        QVERIFY(!specialist.passStage);
        QVERIFY(!specialist.setPlan);
        QVERIFY(!specialist.withdraw);
        QVERIFY(!specialist.invitationLetter);
        const OnboardingActions supervisor = OnboardingActions::available(p, true, true);
        QVERIFY(supervisor.passStage);
        QVERIFY(supervisor.setPlan);
        QVERIFY(supervisor.invitationLetter);
        QVERIFY(!supervisor.ongoingLetter);
        p.currentStage = QStringLiteral("technical_review");
        QVERIFY(!OnboardingActions::available(p, true, true).setPlan);
        p.status = QStringLiteral("completed");
        const OnboardingActions done = OnboardingActions::available(p, true, true);
        QVERIFY(done.ongoingLetter);
        QVERIFY(!done.passStage);
        QVERIFY(!done.moveBack);
        const OnboardingActions reader = OnboardingActions::available(p, false, false);
        QVERIFY(!reader.editContacts);
        QVERIFY(!reader.ongoingLetter);
    }

    // A test file may be attached only in the stages that take submissions, with onboarding_work.
    void addSubmissionOnlyInSubmittingStages_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("mayWork");
        QTest::addColumn<bool>("offered");
        QTest::newRow("plan") << "plan" << "active" << true << false;
        QTest::newRow("test transport") << "test_transport" << "active" << true << true;
        QTest::newRow("technical review") << "technical_review" << "active" << true << true;
        QTest::newRow("production") << "production" << "active" << true << false;
        QTest::newRow("monitoring") << "monitoring" << "active" << true << true;
        QTest::newRow("monitoring, read only") << "monitoring" << "active" << false << false;
        QTest::newRow("completed") << "monitoring" << "completed" << true << false;
        QTest::newRow("moved back") << "test_transport" << "moved_back" << true << false;
    }

    void addSubmissionOnlyInSubmittingStages()
    {
        QFETCH(QString, stage);
        QFETCH(QString, status);
        QFETCH(bool, mayWork);
        QFETCH(bool, offered);
        OnboardingProject p = project(1, QStringLiteral("Juniper"), stage, 3, false);
        p.status = status;
        QCOMPARE(OnboardingActions::available(p, mayWork, false).addSubmission, offered);
    }

    void contactsPatchHoldsOnlyChanges()
    {
        const OnboardingProject p = project(1, QStringLiteral("Juniper"), QStringLiteral("plan"), 3, false);
        auto edited = p.contacts;
        QVERIFY(OnboardingProjectRules::contactsPatch(p, edited).isEmpty());
        edited[1].second = {QStringLiteral(" Dr. Lee "), QStringLiteral("lee@example.org"), QString()};
        const QJsonObject patch = OnboardingProjectRules::contactsPatch(p, edited);
        const QJsonObject contacts = patch.value(QStringLiteral("contacts")).toObject();
        QCOMPARE(contacts.keys(), QStringList{QStringLiteral("clinical_champion")});
        QCOMPARE(
            contacts.value(QStringLiteral("clinical_champion")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Dr. Lee"));
    }

    void gateTextListsReasons()
    {
        OnboardingGate gate{QStringLiteral("technical_review"),
                            false,
                            {QStringLiteral("the latest submission has 3 messages with errors (at most 0)"),
                             QStringLiteral("the organization has no current data use agreement")}};
        const QString text = OnboardingProjectRules::gateText(gate);
        QVERIFY(text.startsWith(QStringLiteral("Gate not met for Technical review:")));
        QVERIFY(text.contains(QStringLiteral("• the latest submission has 3 messages with errors (at most 0)")));
        QVERIFY(text.contains(QStringLiteral("data use agreement")));
        gate.met = true;
        QCOMPARE(OnboardingProjectRules::gateText(gate), QStringLiteral("Gate met: Technical review can be passed."));
    }

    void onlyFutureDueDatesMove()
    {
        const OnboardingProject late = project(1, QStringLiteral("Kale"), QStringLiteral("plan"), -1, true);
        QVERIFY(OnboardingProjectRules::reschedulableStages(late, kNow).isEmpty());
        const OnboardingProject early = project(1, QStringLiteral("Kale"), QStringLiteral("plan"), 2, false);
        QCOMPARE(OnboardingProjectRules::reschedulableStages(early, kNow), QStringList{QStringLiteral("plan")});
    }
};

QTEST_GUILESS_MAIN(TestOnboardingModels)
#include "tst_onboardingmodels.moc"
