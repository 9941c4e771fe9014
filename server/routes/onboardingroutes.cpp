#include "routes/onboardingroutes.h"

#include "accounts/facilitystore.h"
#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/router.h"
#include "onboarding/letterstore.h"
#include "onboarding/onboardingevents.h"
#include "onboarding/onboardingschedule.h"
#include "onboarding/projectjson.h"
#include "onboarding/projectstore.h"
#include "onboarding/queuestore.h"
#include "routes/onboardingroutesupport.h"
#include "serverconfig.h"
#include "storage/writetransaction.h"

#include <QJsonArray>

namespace izdesk::server {

using namespace onboarding;

namespace {

const QStringList &queueStatuses()
{
    static const QStringList values{QStringLiteral("waiting"), QStringLiteral("invited"), QStringLiteral("withdrawn")};
    return values;
}

const QStringList &projectStatuses()
{
    static const QStringList values{QStringLiteral("active"), QStringLiteral("moved_back"), QStringLiteral("completed"),
                                    QStringLiteral("withdrawn")};
    return values;
}

QJsonArray rankedJson(RequestContext &ctx, const QList<QueueEntry> &entries)
{
    QJsonArray items;
    for (const auto &r : QueueRanking::rank(entries, ctx.config().onboarding(), localToday(ctx)))
        items.append(r.toJson());
    return items;
}

HttpResponse listQueue(RequestContext &ctx)
{
    const QString status = ctx.request().query.value(QStringLiteral("status"));
    if (!status.isEmpty() && !queueStatuses().contains(status))
        return Problem::badRequest(
            QStringLiteral("status: must be one of: %1").arg(queueStatuses().join(QStringLiteral(", "))));
    // Positions are ranks among every waiting entry, so the list is ranked whole, then filtered.
    QList<QueueEntry> all;
    if (!QueueStore(ctx.db(), ctx.dialect()).list(QString(), &all))
        return Problem::internal();
    QJsonArray items;
    for (const QJsonValue &item : rankedJson(ctx, all)) {
        if (status.isEmpty() || item.toObject().value(QStringLiteral("status")).toString() == status)
            items.append(item);
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

// The registration body of POST /onboarding/queue; errors name each bad field.
QueueEntry readRegistration(const QJsonObject &body, const QDate &today, QList<FieldError> *errors)
{
    checkKnown(body,
               {QStringLiteral("organization_id"), QStringLiteral("registered_on"), QStringLiteral("reporting_method"),
                QStringLiteral("transport"), QStringLiteral("vfc_enrolled"), QStringLiteral("monthly_doses"),
                QStringLiteral("site_count"), QStringLiteral("registration_complete"), QStringLiteral("notes")},
               errors);
    QueueEntry e;
    const double org = body.value(QStringLiteral("organization_id")).toDouble(-1);
    e.organization.id = org >= 1 && org < 1e15 && org == double(qint64(org)) ? qint64(org) : 0;
    if (e.organization.id == 0)
        errors->append({QStringLiteral("organization_id"), QStringLiteral("is required (an organization id)")});
    e.registeredOn = body.contains(QStringLiteral("registered_on"))
                         ? readDate(body, QStringLiteral("registered_on"), true, errors)
                         : today;
    if (e.registeredOn.isValid() && e.registeredOn > today)
        errors->append({QStringLiteral("registered_on"), QStringLiteral("cannot be in the future")});
    e.reportingMethod
        = readChoice(body, QStringLiteral("reporting_method"), OnboardingValues::reportingMethods(), errors);
    e.transport = readChoice(body, QStringLiteral("transport"), OnboardingValues::transports(), errors);
    for (const auto &[field, out] : {std::pair{QStringLiteral("vfc_enrolled"), &e.vfcEnrolled},
                                     std::pair{QStringLiteral("registration_complete"), &e.registrationComplete}}) {
        if (body.contains(field) && !body.value(field).isBool())
            errors->append({field, QStringLiteral("must be true or false")});
        *out = body.value(field).toBool();
    }
    for (const auto &[field, out, min, max] : {std::tuple{QStringLiteral("monthly_doses"), &e.monthlyDoses, 0, 1000000},
                                               std::tuple{QStringLiteral("site_count"), &e.siteCount, 1, 10000}}) {
        const QJsonValue v = body.value(field);
        if (v.isUndefined())
            continue;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < min || d > max || d != double(int(d)))
            errors->append({field, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max)});
        else
            *out = int(d);
    }
    e.notes = readText(body, QStringLiteral("notes"), 4000, false, errors);
    return e;
}

// The queue entry read again and ranked, answered with `status` once `tx` commits; 500 otherwise.
HttpResponse committedEntry(RequestContext &ctx, WriteTransaction &tx, qint64 id, int status)
{
    bool ok = false;
    const auto stored = QueueStore(ctx.db(), ctx.dialect()).find(id, &ok);
    const auto ranked = stored ? rankedEntry(ctx, *stored) : std::nullopt;
    if (!ranked || !tx.commit())
        return Problem::internal();
    return HttpResponse::json(status, ranked->toJson());
}

HttpResponse registerEntry(RequestContext &ctx)
{
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) {
        QList<FieldError> errors;
        QueueEntry e = readRegistration(body, localToday(ctx), &errors);
        WriteTransaction tx(ctx.db(), ctx.dialect());
        if (!tx.begun())
            return Problem::internal();
        bool ok = true;
        if (e.organization.id > 0 && !FacilityStore(ctx.db(), ctx.dialect()).organization(e.organization.id, &ok))
            errors.append({QStringLiteral("organization_id"), QStringLiteral("no such organization")});
        if (!ok)
            return Problem::internal();
        if (!errors.isEmpty())
            return Problem::validation(errors);
        QueueStore store(ctx.db(), ctx.dialect());
        const QString refusal = store.openOnboarding(e.organization.id, &ok);
        if (!ok)
            return Problem::internal();
        if (!refusal.isEmpty())
            return Problem::conflict(refusal);
        if (!store.insert(&e, ctx.principal().userId, ctx.now())
            || !ctx.audit(QStringLiteral("onboarding.queue.create"), QStringLiteral("onboarding_queue"),
                          QString::number(e.id), QJsonObject{{QStringLiteral("organization_id"), e.organization.id}}))
            return Problem::internal();
        HttpResponse answer = committedEntry(ctx, tx, e.id, 201);
        if (answer.status == 201)
            answer.setHeader("Location", "/api/v1/onboarding/queue/" + QByteArray::number(e.id));
        return answer;
    });
}

std::optional<HttpResponse> notWaiting(const QueueEntry &e)
{
    if (e.status == QLatin1String("waiting"))
        return std::nullopt;
    return Problem::conflict(QStringLiteral("the entry is %1, not waiting").arg(e.status));
}

// Runs `change` on queue entry {id} in one write transaction (404 when there is none).
HttpResponse
changeEntry(RequestContext &ctx,
            const std::function<HttpResponse(WriteTransaction &, QueueStore &, const QueueEntry &)> &change)
{
    const auto id = pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such queue entry"));
    WriteTransaction tx(ctx.db(), ctx.dialect());
    if (!tx.begun())
        return Problem::internal();
    QueueStore queue(ctx.db(), ctx.dialect());
    bool ok = false;
    const auto e = queue.find(*id, &ok);
    if (!e)
        return ok ? Problem::notFound(QStringLiteral("no such queue entry")) : Problem::internal();
    return change(tx, queue, *e);
}

HttpResponse inviteEntry(RequestContext &ctx)
{
    return changeEntry(ctx, [&ctx](WriteTransaction &tx, QueueStore &queue, const QueueEntry &e) {
        if (auto refused = notWaiting(e))
            return *refused;
        bool ok = false;
        const QString refusal = queue.openOnboarding(e.organization.id, &ok, true);
        if (ok && !refusal.isEmpty())
            return Problem::conflict(refusal);
        Project p;
        p.organization = e.organization;
        p.queueEntryId = e.id;
        p.reportingMethod = e.reportingMethod;
        p.transport = e.transport;
        p.stages = OnboardingSchedule::newStages(ctx.config().onboarding());
        OnboardingSchedule::start(&p, calendar(ctx), ctx.now());
        if (!ok || !queue.markInvited(e.id, ctx.now())
            || !ProjectStore(ctx.db(), ctx.dialect()).insert(&p, ctx.principal().userId, ctx.now())
            || !EventStore(ctx.db(), ctx.dialect())
                    .add(p.id, QStringLiteral("created"), QStringLiteral("plan"),
                         QStringLiteral("Invited from the onboarding queue; the plan stage started"),
                         ctx.principal().userId, ctx.now(), {{QStringLiteral("queue_entry_id"), e.id}})
            || !ctx.audit(QStringLiteral("onboarding.queue.invite"), QStringLiteral("onboarding_queue"),
                          QString::number(e.id),
                          QJsonObject{{QStringLiteral("organization_id"), e.organization.id},
                                      {QStringLiteral("project_id"), p.id}}))
            return Problem::internal();
        HttpResponse answer = projectAnswer(ctx, p.id, 201);
        if (answer.status != 201 || !tx.commit())
            return Problem::internal();
        return answer.setHeader("Location", "/api/v1/onboarding/projects/" + QByteArray::number(p.id));
    });
}

HttpResponse withdrawEntry(RequestContext &ctx)
{
    if (!pathId(ctx))
        return Problem::notFound(QStringLiteral("no such queue entry"));
    return withJsonObject(ctx.request(), [&ctx](const QJsonObject &body) {
        QList<FieldError> errors;
        checkKnown(body, {QStringLiteral("reason")}, &errors);
        const QString reason = readText(body, QStringLiteral("reason"), 1000, true, &errors);
        return changeEntry(ctx, [&](WriteTransaction &tx, QueueStore &queue, const QueueEntry &e) {
            if (!errors.isEmpty())
                return Problem::validation(errors);
            if (auto refused = notWaiting(e))
                return *refused;
            const QString notes = (e.notes.isEmpty() ? QString() : e.notes + QStringLiteral("\n"))
                                  + QStringLiteral("Withdrawn: ") + reason;
            if (!queue.markWithdrawn(e.id, notes)
                || !ctx.audit(QStringLiteral("onboarding.queue.withdraw"), QStringLiteral("onboarding_queue"),
                              QString::number(e.id),
                              QJsonObject{{QStringLiteral("organization_id"), e.organization.id}}))
                return Problem::internal();
            return committedEntry(ctx, tx, e.id, 200);
        });
    });
}

HttpResponse listProjects(RequestContext &ctx)
{
    const QueryParams &query = ctx.request().query;
    const QString status
        = query.contains(QStringLiteral("status")) ? query.value(QStringLiteral("status")) : QStringLiteral("active");
    const QString stage = query.value(QStringLiteral("stage"));
    if (!projectStatuses().contains(status))
        return Problem::badRequest(
            QStringLiteral("status: must be one of: %1").arg(projectStatuses().join(QStringLiteral(", "))));
    if (!stage.isEmpty() && !OnboardingPolicy::stageKeys().contains(stage))
        return Problem::badRequest(
            QStringLiteral("stage: must be one of: %1").arg(OnboardingPolicy::stageKeys().join(QStringLiteral(", "))));
    QList<Project> projects;
    if (!ProjectStore(ctx.db(), ctx.dialect()).list(status, stage, &projects))
        return Problem::internal();
    // Overdue first, then by the current stage's due date.
    const QDateTime now = ctx.now();
    const auto due = [](const Project &p) {
        const StageRow *s = p.stage(p.currentStage);
        return s && s->dueAt.isValid() ? s->dueAt : QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
    };
    std::stable_sort(projects.begin(), projects.end(), [&](const Project &a, const Project &b) {
        const bool ao = projectOverdue(a, now);
        const bool bo = projectOverdue(b, now);
        if (ao != bo)
            return ao;
        return due(a) < due(b);
    });
    QJsonArray items;
    for (const Project &p : std::as_const(projects)) {
        const auto body = projectBody(ctx, p, true);
        if (!body)
            return Problem::internal();
        items.append(*body);
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

HttpResponse getProject(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    return id ? projectAnswer(ctx, *id) : Problem::notFound(QStringLiteral("no such onboarding project"));
}

// {"items": …} of project {id} as `list` fills them; 404 when there is no such project.
HttpResponse projectItems(RequestContext &ctx, const std::function<bool(qint64, QJsonArray *)> &list)
{
    const auto id = pathId(ctx);
    bool ok = false;
    if (!id || !ProjectStore(ctx.db(), ctx.dialect()).find(*id, &ok))
        return id && !ok ? Problem::internal() : Problem::notFound(QStringLiteral("no such onboarding project"));
    QJsonArray items;
    if (!list(*id, &items))
        return Problem::internal();
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

HttpResponse projectEvents(RequestContext &ctx)
{
    return projectItems(ctx, [&ctx](qint64 id, QJsonArray *items) {
        return EventStore(ctx.db(), ctx.dialect()).list(id, items);
    });
}

HttpResponse organizationOnboarding(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    bool ok = false;
    if (!id || !FacilityStore(ctx.db(), ctx.dialect()).organization(*id, &ok))
        return id && !ok ? Problem::internal() : Problem::notFound(QStringLiteral("no such organization"));
    QList<QueueEntry> waiting;
    QList<QueueEntry> own;
    QList<Project> projects;
    if (!QueueStore(ctx.db(), ctx.dialect()).list(QStringLiteral("waiting"), &waiting)
        || !QueueStore(ctx.db(), ctx.dialect()).forOrganization(*id, &own)
        || !ProjectStore(ctx.db(), ctx.dialect()).forOrganization(*id, &projects))
        return Problem::internal();
    for (const QueueEntry &e : std::as_const(own)) {
        if (e.status != QLatin1String("waiting"))
            waiting.append(e);
    }
    QJsonArray queue;
    for (const QJsonValue &item : rankedJson(ctx, waiting)) {
        if (item.toObject().value(QStringLiteral("organization")).toObject().value(QStringLiteral("id")).toInteger()
            == *id)
            queue.append(item);
    }
    QJsonArray items;
    for (const Project &p : std::as_const(projects)) {
        const auto body = projectBody(ctx, p);
        if (!body)
            return Problem::internal();
        items.append(*body);
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("queue"), queue}, {QStringLiteral("projects"), items}});
}

HttpResponse issueLetter(RequestContext &ctx)
{
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) {
        QList<FieldError> errors;
        checkKnown(body, {QStringLiteral("kind")}, &errors);
        const QString kind = readChoice(body, QStringLiteral("kind"), LetterStore::kinds(), &errors);
        QJsonObject letter;
        return changeProject(ctx, [&](Project &p, ChangeNote *note) -> std::optional<HttpResponse> {
            if (!errors.isEmpty())
                return Problem::validation(errors);
            if (kind == QLatin1String("ongoing_submission") && p.status != QLatin1String("completed"))
                return Problem::conflict(
                    QStringLiteral("the ongoing-submission letter is issued once the project is completed"));
            if (kind == QLatin1String("invitation") && !p.isActive())
                return Problem::conflict(QStringLiteral("the invitation letter is for an active project"));
            const QJsonObject content = LetterStore::fill(kind, p, localToday(ctx));
            if (content.isEmpty())
                return Problem::internal();
            *note
                = ChangeNote{QStringLiteral("letter"), QString(),
                             QStringLiteral("Letter issued: %1").arg(content.value(QStringLiteral("title")).toString()),
                             QStringLiteral("letter"), QJsonObject{{QStringLiteral("kind"), kind}}};
            note->also = [&ctx, &letter, kind, content](const Project &saved) {
                letter
                    = LetterStore(ctx.db(), ctx.dialect())
                          .insert(saved.id, kind, content, ctx.principal().userId, ctx.principal().username, ctx.now());
                return !letter.isEmpty();
            };
            note->respond = [&letter](const QJsonObject &) { return HttpResponse::json(201, letter); };
            return std::nullopt;
        });
    });
}

HttpResponse listLetters(RequestContext &ctx)
{
    return projectItems(ctx, [&ctx](qint64 id, QJsonArray *items) {
        return LetterStore(ctx.db(), ctx.dialect()).list(id, items);
    });
}

} // namespace

void registerOnboardingRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/onboarding/queue"), &listQueue);
    router.add("POST", QStringLiteral("/api/v1/onboarding/queue"), &registerEntry);
    router.add("POST", QStringLiteral("/api/v1/onboarding/queue/{id}/invite"), &inviteEntry);
    router.add("POST", QStringLiteral("/api/v1/onboarding/queue/{id}/withdraw"), &withdrawEntry);
    router.add("GET", QStringLiteral("/api/v1/onboarding/projects"), &listProjects);
    router.add("GET", QStringLiteral("/api/v1/onboarding/projects/{id}"), &getProject);
    router.add("PATCH", QStringLiteral("/api/v1/onboarding/projects/{id}"), &patchProject);
    router.add("POST", QStringLiteral("/api/v1/onboarding/projects/{id}/plan"), &agreePlan);
    router.add("POST", QStringLiteral("/api/v1/onboarding/projects/{id}/advance"), &advanceProject);
    router.add("POST", QStringLiteral("/api/v1/onboarding/projects/{id}/records"), &recordStep);
    router.add("POST", QStringLiteral("/api/v1/onboarding/projects/{id}/schedule"), &changeSchedule);
    router.add("POST", QStringLiteral("/api/v1/onboarding/projects/{id}/move-back"), &moveBack);
    router.add("POST", QStringLiteral("/api/v1/onboarding/projects/{id}/withdraw"), &withdrawProject);
    router.add("GET", QStringLiteral("/api/v1/onboarding/projects/{id}/events"), &projectEvents);
    router.add("POST", QStringLiteral("/api/v1/onboarding/projects/{id}/letters"), &issueLetter);
    router.add("GET", QStringLiteral("/api/v1/onboarding/projects/{id}/letters"), &listLetters);
    router.add("GET", QStringLiteral("/api/v1/organizations/{id}/onboarding"), &organizationOnboarding);
}

} // namespace izdesk::server
