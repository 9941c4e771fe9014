// The onboarding project actions: edit, agreed plan, advance through the gate, records,
// schedule changes, move back in the queue and withdraw (contracts-onboarding.md).
#include "accounts/accountroutesupport.h"
#include "http/jsonbody.h"
#include "http/problem.h"
#include "onboarding/onboardingschedule.h"
#include "onboarding/projectstore.h"
#include "onboarding/queuestore.h"
#include "routes/onboardingroutesupport.h"
#include "serverconfig.h"

#include <QJsonArray>

namespace izdesk::server::onboarding {

namespace {

// One contact: {"name", "email", "phone"} strings of at most 200 characters.
bool readContact(const QJsonValue &v, const QString &field, QJsonObject *out, QList<FieldError> *errors)
{
    static const QStringList parts{QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone")};
    if (!v.isObject()) {
        errors->append({field, QStringLiteral("must be an object {\"name\", \"email\", \"phone\"} or null")});
        return false;
    }
    const QJsonObject o = v.toObject();
    QJsonObject contact;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!parts.contains(it.key()) || !it.value().isString() || it.value().toString().size() > 200) {
            errors->append({field + QLatin1Char('.') + it.key(),
                            parts.contains(it.key()) ? QStringLiteral("must be text of at most 200 characters")
                                                     : QStringLiteral("is not a contact field (name, email, phone)")});
            return false;
        }
        contact.insert(it.key(), it.value().toString().trimmed());
    }
    *out = contact;
    return true;
}

// The merge patch of contacts: a role's object replaces it, null removes it.
void patchContacts(const QJsonValue &v, QJsonObject *contacts, QList<FieldError> *errors)
{
    if (!v.isObject()) {
        errors->append(
            {QStringLiteral("contacts"),
             QStringLiteral("must be an object keyed by technical, clinical_champion, access_administrator")});
        return;
    }
    const QJsonObject patch = v.toObject();
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QString field = QStringLiteral("contacts.") + it.key();
        QJsonObject contact;
        if (!OnboardingValues::contactRoles().contains(it.key()))
            errors->append(
                {field, QStringLiteral("is not a contact role (technical, clinical_champion, access_administrator)")});
        else if (it.value().isNull())
            contacts->remove(it.key());
        else if (readContact(it.value(), field, &contact, errors))
            contacts->insert(it.key(), contact);
    }
}

void patchSites(RequestContext &ctx, const QJsonValue &v, Project *p, QList<FieldError> *errors)
{
    QList<qint64> ids;
    bool ok = v.isArray();
    for (const QJsonValue &id : v.toArray()) {
        ok = ok && id.isDouble() && id.toDouble() >= 1 && id.toDouble() == double(id.toInteger());
        if (ok && !ids.contains(id.toInteger()))
            ids << id.toInteger();
    }
    if (!ok) {
        errors->append({QStringLiteral("sites"), QStringLiteral("must be a list of facility ids")});
        return;
    }
    QList<qint64> foreign;
    if (!ProjectStore(ctx.db(), ctx.dialect()).foreignFacilities(p->organization.id, ids, &foreign)) {
        errors->append({QStringLiteral("sites"), QStringLiteral("could not be checked")});
        return;
    }
    for (qint64 id : std::as_const(foreign))
        errors->append(
            {QStringLiteral("sites"), QStringLiteral("facility %1 is not a facility of the organization").arg(id)});
    p->sites.clear();
    for (qint64 id : std::as_const(ids))
        p->sites.append({id, QString(), QString()});
}

QString reasonOf(const QJsonObject &body, QList<FieldError> *errors)
{
    checkKnown(body, {QStringLiteral("reason")}, errors);
    return readText(body, QStringLiteral("reason"), 1000, true, errors);
}

} // namespace

HttpResponse patchProject(RequestContext &ctx)
{
    const QByteArray ifMatch = ctx.request().header("if-match").trimmed();
    if (ifMatch.isEmpty())
        return Problem::preconditionRequired(
            QStringLiteral("send If-Match with the ETag of the project you are changing"));
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) {
        return changeProject(ctx, [&](Project &p, ChangeNote *note) -> std::optional<HttpResponse> {
            if (!accounts::ifMatchAccepts(ifMatch, p.etag())) {
                const auto current = projectBody(ctx, p);
                return Problem::preconditionFailed(
                           QStringLiteral("the project was changed by someone else"),
                           QJsonObject{{QStringLiteral("current"), current.value_or(QJsonObject())}})
                    .setHeader("ETag", p.etag());
            }
            if (auto refused = notActive(p))
                return refused;
            QList<FieldError> errors;
            checkKnown(body,
                       {QStringLiteral("contacts"), QStringLiteral("sites"), QStringLiteral("transport"),
                        QStringLiteral("reporting_method")},
                       &errors);
            if (body.contains(QStringLiteral("contacts")))
                patchContacts(body.value(QStringLiteral("contacts")), &p.contacts, &errors);
            if (body.contains(QStringLiteral("sites")))
                patchSites(ctx, body.value(QStringLiteral("sites")), &p, &errors);
            if (body.contains(QStringLiteral("transport")))
                p.transport = readChoice(body, QStringLiteral("transport"), OnboardingValues::transports(), &errors);
            if (body.contains(QStringLiteral("reporting_method")))
                p.reportingMethod = readChoice(body, QStringLiteral("reporting_method"),
                                               OnboardingValues::reportingMethods(), &errors);
            if (!errors.isEmpty())
                return Problem::validation(errors);
            const QStringList fields = body.keys();
            *note = ChangeNote{QStringLiteral("edited"), QString(),
                               QStringLiteral("Changed: %1").arg(fields.join(QStringLiteral(", "))),
                               QStringLiteral("update"),
                               QJsonObject{{QStringLiteral("fields"), QJsonArray::fromStringList(fields)}}};
            return std::nullopt;
        });
    });
}

HttpResponse agreePlan(RequestContext &ctx)
{
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) {
        QList<FieldError> errors;
        checkKnown(body, {QStringLiteral("agreed_on")}, &errors);
        const QDate agreedOn = readDate(body, QStringLiteral("agreed_on"), true, &errors);
        return changeProject(ctx, [&](Project &p, ChangeNote *note) -> std::optional<HttpResponse> {
            if (agreedOn.isValid() && agreedOn < p.createdAt.toTimeZone(calendar(ctx).timeZone()).date())
                errors.append(
                    {QStringLiteral("agreed_on"), QStringLiteral("cannot be before the project was created")});
            if (!errors.isEmpty())
                return Problem::validation(errors);
            if (auto refused = notActive(p))
                return refused;
            if (p.currentStage != QLatin1String("plan"))
                return Problem::conflict(QStringLiteral("the plan stage is already passed"));
            OnboardingSchedule::agreePlan(&p, agreedOn, calendar(ctx));
            *note = ChangeNote{QStringLiteral("plan_agreed"), QStringLiteral("plan"),
                               QStringLiteral("Plan agreed for %1; due dates set").arg(agreedOn.toString(Qt::ISODate)),
                               QStringLiteral("plan"),
                               QJsonObject{{QStringLiteral("agreed_on"), agreedOn.toString(Qt::ISODate)}}};
            return std::nullopt;
        });
    });
}

HttpResponse advanceProject(RequestContext &ctx)
{
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) {
        QList<FieldError> errors;
        checkKnown(body, {QStringLiteral("stage")}, &errors);
        const QString stage = readChoice(body, QStringLiteral("stage"), OnboardingPolicy::stageKeys(), &errors);
        return changeActiveProject(ctx, errors, [&](Project &p, ChangeNote *note) -> std::optional<HttpResponse> {
            if (stage != p.currentStage)
                return Problem::conflict(QStringLiteral("the current stage is %1, not %2").arg(p.currentStage, stage));
            const auto facts = factsFor(ctx, p);
            if (!facts)
                return Problem::internal();
            if (!facts->met)
                return Problem::make(
                    409, QStringLiteral("gate-not-met"), QStringLiteral("The stage's gate is not met"),
                    facts->reasons.join(QStringLiteral("; ")), {},
                    QJsonObject{{QStringLiteral("gate"), facts->gateJson()},
                                {QStringLiteral("reasons"), QJsonArray::fromStringList(facts->reasons)}});
            if (stage == QLatin1String("production"))
                p.goLiveOn = localToday(ctx);
            OnboardingSchedule::pass(&p, ctx.principal().userId, ctx.principal().username, ctx.now(), calendar(ctx));
            const QString next = p.status == QLatin1String("completed")
                                     ? QStringLiteral("the project is completed")
                                     : QStringLiteral("%1 started").arg(p.currentStage);
            *note = ChangeNote{QStringLiteral("stage_passed"), stage,
                               QStringLiteral("Stage %1 passed; %2").arg(stage, next), QStringLiteral("advance"),
                               QJsonObject{}};
            return std::nullopt;
        });
    });
}

HttpResponse recordStep(RequestContext &ctx)
{
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) {
        QList<FieldError> errors;
        checkKnown(body, {QStringLiteral("kind"), QStringLiteral("on"), QStringLiteral("note")}, &errors);
        const QString kind = readChoice(body, QStringLiteral("kind"),
                                        {QStringLiteral("clinical_workflow"), QStringLiteral("training")}, &errors);
        const QDate on = readDate(body, QStringLiteral("on"), true, &errors);
        const QString text = readText(body, QStringLiteral("note"), 1000, false, &errors);
        if (on.isValid() && on > localToday(ctx))
            errors.append({QStringLiteral("on"), QStringLiteral("cannot be in the future")});
        return changeActiveProject(ctx, errors, [&](Project &p, ChangeNote *note) -> std::optional<HttpResponse> {
            (kind == QLatin1String("training") ? p.trainingOn : p.clinicalWorkflowOn) = on;
            const QString what
                = kind == QLatin1String("training") ? QStringLiteral("Training") : QStringLiteral("Clinical workflow");
            *note = ChangeNote{
                QStringLiteral("recorded"), p.currentStage,
                QStringLiteral("%1 recorded on %2%3")
                    .arg(what, on.toString(Qt::ISODate), text.isEmpty() ? QString() : QStringLiteral(": ") + text),
                QStringLiteral("record"),
                QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("on"), on.toString(Qt::ISODate)}}};
            return std::nullopt;
        });
    });
}

HttpResponse changeSchedule(RequestContext &ctx)
{
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) {
        QList<FieldError> errors;
        checkKnown(body, {QStringLiteral("stage"), QStringLiteral("due_on"), QStringLiteral("reason")}, &errors);
        const QString stage = readChoice(body, QStringLiteral("stage"), OnboardingPolicy::stageKeys(), &errors);
        const QDate dueOn = readDate(body, QStringLiteral("due_on"), true, &errors);
        const QString reason = readText(body, QStringLiteral("reason"), 1000, true, &errors);
        if (dueOn.isValid() && dueOn < localToday(ctx))
            errors.append({QStringLiteral("due_on"), QStringLiteral("cannot be in the past")});
        return changeActiveProject(ctx, errors, [&](Project &p, ChangeNote *note) -> std::optional<HttpResponse> {
            StageRow *s = p.stage(stage);
            if (!s || s->completedAt.isValid())
                return Problem::conflict(QStringLiteral("the %1 stage is already passed").arg(stage));
            if (s->dueAt.isValid() && s->dueAt < ctx.now())
                return Problem::conflict(
                    QStringLiteral("the %1 stage is past its due date; move the project back in the queue instead")
                        .arg(stage));
            const QDateTime before = s->dueAt;
            if (const QString why = OnboardingSchedule::reschedule(&p, stage, dueOn, calendar(ctx)); !why.isEmpty())
                return Problem::validation({{QStringLiteral("due_on"), why}});
            *note = ChangeNote{
                QStringLiteral("schedule_changed"), stage,
                QStringLiteral("Due date of %1 moved to %2: %3").arg(stage, dueOn.toString(Qt::ISODate), reason),
                QStringLiteral("schedule"),
                QJsonObject{{QStringLiteral("due_on"), dueOn.toString(Qt::ISODate)},
                            {QStringLiteral("previous_due_at"), OnboardingValues::timeJson(before)}}};
            return std::nullopt;
        });
    });
}

HttpResponse moveBack(RequestContext &ctx)
{
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) {
        QList<FieldError> errors;
        const QString reason = reasonOf(body, &errors);
        QueueEntry entry;
        return changeActiveProject(ctx, errors, [&](Project &p, ChangeNote *note) -> std::optional<HttpResponse> {
            bool ok = true;
            QueueStore queue(ctx.db(), ctx.dialect());
            if (p.queueEntryId) {
                if (const auto original = queue.find(*p.queueEntryId, &ok))
                    entry = *original;
            }
            if (!ok)
                return Problem::internal();
            entry.id = 0;
            entry.organization = p.organization;
            entry.status = QStringLiteral("waiting");
            entry.registeredOn = localToday(ctx);
            entry.reportingMethod = p.reportingMethod;
            entry.transport = p.transport;
            entry.requeueReason = reason;
            entry.fromProjectId = p.id;
            entry.invitedAt = QDateTime();
            p.status = QStringLiteral("moved_back");
            *note = ChangeNote{QStringLiteral("moved_back"), p.currentStage,
                               QStringLiteral("Moved back in the queue: %1").arg(reason), QStringLiteral("move_back"),
                               QJsonObject{}};
            note->also = [&ctx, &entry](const Project &) {
                return QueueStore(ctx.db(), ctx.dialect()).insert(&entry, ctx.principal().userId, ctx.now())
                       && ctx.audit(QStringLiteral("onboarding.queue.create"), QStringLiteral("onboarding_queue"),
                                    QString::number(entry.id),
                                    QJsonObject{{QStringLiteral("organization_id"), entry.organization.id},
                                                {QStringLiteral("from_project_id"), *entry.fromProjectId}});
            };
            note->respond = [&ctx, &entry](const QJsonObject &project) {
                const auto ranked = rankedEntry(ctx, entry);
                return HttpResponse::json(
                    200, QJsonObject{{QStringLiteral("project"), project},
                                     {QStringLiteral("queue_entry"), ranked ? ranked->toJson() : QJsonObject()}});
            };
            return std::nullopt;
        });
    });
}

HttpResponse withdrawProject(RequestContext &ctx)
{
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) {
        QList<FieldError> errors;
        const QString reason = reasonOf(body, &errors);
        return changeActiveProject(ctx, errors, [&](Project &p, ChangeNote *note) -> std::optional<HttpResponse> {
            p.status = QStringLiteral("withdrawn");
            *note = ChangeNote{QStringLiteral("withdrawn"), p.currentStage, QStringLiteral("Withdrawn: %1").arg(reason),
                               QStringLiteral("withdraw"), QJsonObject{}};
            return std::nullopt;
        });
    });
}

} // namespace izdesk::server::onboarding
