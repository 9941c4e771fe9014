#include "onboarding/projectjson.h"

#include <QJsonArray>

namespace izdesk::server {

using namespace OnboardingValues;

namespace {

QJsonObject stageJson(const Project &p, const StageRow &s, const QDateTime &now)
{
    QString state = QStringLiteral("pending");
    if (s.completedAt.isValid())
        state = QStringLiteral("passed");
    else if (p.isActive() && s.stage == p.currentStage)
        state = QStringLiteral("active");
    return QJsonObject{
        {QStringLiteral("stage"), s.stage},
        {QStringLiteral("position"), s.position},
        {QStringLiteral("business_days"), s.businessDays},
        {QStringLiteral("started_at"), timeJson(s.startedAt)},
        {QStringLiteral("due_at"), timeJson(s.dueAt)},
        {QStringLiteral("completed_at"), timeJson(s.completedAt)},
        {QStringLiteral("completed_by"), s.completedBy.isEmpty() ? QJsonValue() : QJsonValue(s.completedBy)},
        {QStringLiteral("state"), state},
        {QStringLiteral("overdue"), p.isActive() && s.overdue(now)}};
}

} // namespace

bool projectOverdue(const Project &p, const QDateTime &now)
{
    const StageRow *current = p.stage(p.currentStage);
    return p.isActive() && current && current->overdue(now);
}

QJsonObject projectJson(const Project &p, const ProjectFacts &facts, const QDateTime &now, bool board)
{
    QJsonArray stages;
    for (const StageRow &s : p.stages) {
        if (!board || s.stage == p.currentStage)
            stages.append(stageJson(p, s, now));
    }
    QJsonArray sites;
    for (const ProjectSite &s : p.sites)
        sites.append(QJsonObject{{QStringLiteral("facility_id"), s.facilityId},
                                 {QStringLiteral("facility_code"), s.facilityCode},
                                 {QStringLiteral("name"), s.name}});
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("organization"), p.organization.toJson()},
                       {QStringLiteral("queue_entry_id"), p.queueEntryId ? QJsonValue(*p.queueEntryId) : QJsonValue()},
                       {QStringLiteral("status"), p.status},
                       {QStringLiteral("current_stage"), p.currentStage},
                       {QStringLiteral("overdue"), projectOverdue(p, now)},
                       {QStringLiteral("reporting_method"), p.reportingMethod},
                       {QStringLiteral("transport"), p.transport},
                       {QStringLiteral("contacts"), p.contacts},
                       {QStringLiteral("sites"), sites},
                       {QStringLiteral("plan_agreed_on"), dateJson(p.planAgreedOn)},
                       {QStringLiteral("clinical_workflow_on"), dateJson(p.clinicalWorkflowOn)},
                       {QStringLiteral("training_on"), dateJson(p.trainingOn)},
                       {QStringLiteral("go_live_on"), dateJson(p.goLiveOn)},
                       {QStringLiteral("stages"), stages},
                       {QStringLiteral("gate"), facts.gateJson()},
                       {QStringLiteral("latest_submission"), facts.latestSubmission},
                       {QStringLiteral("data_use_agreement"), facts.dataUseAgreement},
                       {QStringLiteral("created_at"), timeJson(p.createdAt)},
                       {QStringLiteral("updated_at"), timeJson(p.updatedAt)},
                       {QStringLiteral("version"), p.version}};
}

} // namespace izdesk::server
