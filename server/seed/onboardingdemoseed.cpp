#include "seed/onboardingdemoseed.h"

#include "onboarding/onboardingevents.h"
#include "onboarding/onboardingschedule.h"
#include "onboarding/projectstore.h"
#include "onboarding/queuestore.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace izdesk::server {

namespace {

struct DemoEntry
{
    int daysAgo; // registered
    bool vfc;
    int monthlyDoses;
    int sites;
    bool complete;
    const char *method;
    const char *transport;
};

// A project: how many days ago it was invited and how many stages it has passed since.
struct DemoProject
{
    int invitedDaysAgo;
    int stagesPassed;
    const char *technicalContact;
};

bool passStages(Project *p, const DemoProject &d, const QDateTime &now, const BusinessCalendar &calendar,
                EventStore &events)
{
    const QDateTime invited = now.addDays(-d.invitedDaysAgo);
    if (d.stagesPassed == 0)
        return true;
    OnboardingSchedule::agreePlan(p, invited.date().addDays(1), calendar);
    if (!events.add(p->id, QStringLiteral("plan_agreed"), QStringLiteral("plan"),
                    QStringLiteral("Plan agreed; due dates set"), std::nullopt, invited.addDays(1)))
        return false;
    // Each stage passed a little before it was due, spread between the invitation and now.
    for (int i = 0; i < d.stagesPassed; ++i) {
        const QDateTime at = invited.addSecs(qint64(i + 1) * invited.secsTo(now) / (d.stagesPassed + 1));
        const QString stage = p->currentStage;
        if (stage == QLatin1String("production"))
            p->goLiveOn = at.date();
        if (stage == QLatin1String("technical_review"))
            p->clinicalWorkflowOn = p->trainingOn = at.date();
        OnboardingSchedule::pass(p, std::nullopt, QString(), at, calendar);
        if (!events.add(p->id, QStringLiteral("stage_passed"), stage, QStringLiteral("Stage %1 passed").arg(stage),
                        std::nullopt, at))
            return false;
    }
    return true;
}

} // namespace

bool seedDemoOnboarding(QSqlDatabase db, Dialect dialect, const QDateTime &now, const BusinessCalendar &calendar,
                        const OnboardingPolicy &policy)
{
    QSqlQuery q(db);
    if (!prepareAndExec(q, QStringLiteral("SELECT id, name, type FROM organizations ORDER BY id")))
        return false;
    QList<OnboardingOrganization> organizations;
    while (q.next())
        organizations.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    if (organizations.size() < 8)
        return true;
    static const DemoEntry waiting[] = {{41, true, 650, 3, true, "electronic", "soap"},
                                        {18, false, 120, 1, true, "electronic", "sftp"},
                                        {63, true, 90, 1, false, "direct_entry", "web_entry"},
                                        {7, true, 1400, 6, true, "electronic", "mllp"}};
    // Plan (just invited), test transport, production (overdue: it lasts one business day) and monitoring.
    static const DemoProject projects[]
        = {{2, 0, "Avery Lindqvist"}, {12, 1, "Jordan Pike"}, {40, 3, "Sam Oduya"}, {48, 4, "Robin Hale"}};
    QueueStore queue(db, dialect);
    ProjectStore store(db, dialect);
    EventStore events(db, dialect);
    for (int i = 0; i < 4; ++i) {
        const DemoEntry &d = waiting[i];
        QueueEntry e;
        e.organization = organizations.at(4 + i);
        e.registeredOn = now.date().addDays(-d.daysAgo);
        e.reportingMethod = QString::fromLatin1(d.method);
        e.transport = QString::fromLatin1(d.transport);
        e.vfcEnrolled = d.vfc;
        e.monthlyDoses = d.monthlyDoses;
        e.siteCount = d.sites;
        e.registrationComplete = d.complete;
        e.notes = QStringLiteral("");
        if (!queue.insert(&e, std::nullopt, now.addDays(-d.daysAgo)))
            return false;
    }
    for (int i = 0; i < 4; ++i) {
        const DemoProject &d = projects[i];
        const QDateTime invited = now.addDays(-d.invitedDaysAgo);
        QueueEntry e;
        e.organization = organizations.at(i);
        e.registeredOn = invited.date().addDays(-30);
        e.registrationComplete = e.vfcEnrolled = true;
        e.monthlyDoses = 300 + 150 * i;
        e.notes = QStringLiteral("");
        Project p;
        p.organization = e.organization;
        p.reportingMethod = e.reportingMethod;
        p.transport = e.transport;
        p.contacts = QJsonObject{{QStringLiteral("technical"),
                                  QJsonObject{{QStringLiteral("name"), QString::fromLatin1(d.technicalContact)},
                                              {QStringLiteral("email"), QStringLiteral("interfaces@vendor.example")},
                                              {QStringLiteral("phone"), QStringLiteral("(651) 555-0190")}}}};
        QSqlQuery sites(db);
        sites.prepare(QStringLiteral("SELECT id FROM facilities WHERE organization_id = ? ORDER BY id"));
        sites.addBindValue(p.organization.id);
        if (!execQuery(sites))
            return false;
        while (sites.next())
            p.sites.append({sites.value(0).toLongLong(), QString(), QString()});
        p.stages = OnboardingSchedule::newStages(policy);
        OnboardingSchedule::start(&p, calendar, invited);
        if (!queue.insert(&e, std::nullopt, invited.addDays(-30)) || !queue.markInvited(e.id, invited))
            return false;
        p.queueEntryId = e.id;
        if (!store.insert(&p, std::nullopt, invited)
            || !events.add(p.id, QStringLiteral("created"), QStringLiteral("plan"),
                           QStringLiteral("Invited from the onboarding queue; the plan stage started"), std::nullopt,
                           invited)
            || !passStages(&p, d, now, calendar, events) || !store.save(&p, now))
            return false;
    }
    return true;
}

} // namespace izdesk::server
