#include "routes/onboardingroutesupport.h"

#include "accounts/accountroutesupport.h"
#include "http/jsonbody.h"
#include "http/problem.h"
#include "onboarding/onboardingevents.h"
#include "onboarding/projectjson.h"
#include "onboarding/projectstore.h"
#include "onboarding/queuestore.h"
#include "serverconfig.h"
#include "slapolicy.h"
#include "storage/writetransaction.h"

#include <QRegularExpression>

namespace izdesk::server::onboarding {

const BusinessCalendar &calendar(const RequestContext &ctx)
{
    return ctx.sla().calendar();
}

QDate localToday(const RequestContext &ctx)
{
    return ctx.now().toTimeZone(calendar(ctx).timeZone()).date();
}

void checkKnown(const QJsonObject &body, const QStringList &known, QList<FieldError> *errors)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            errors->append({it.key(), QStringLiteral("is not a field you can set here")});
    }
}

QDate readDate(const QJsonObject &body, const QString &field, bool required, QList<FieldError> *errors)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!body.contains(field) || body.value(field).isNull()) {
        if (required)
            errors->append({field, QStringLiteral("is required (a date YYYY-MM-DD)")});
        return {};
    }
    const QString text = body.value(field).toString();
    const QDate d = pattern.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!d.isValid())
        errors->append({field, QStringLiteral("must be a date YYYY-MM-DD")});
    return d;
}

QString readText(const QJsonObject &body, const QString &field, int maxLength, bool required, QList<FieldError> *errors)
{
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            errors->append({field, QStringLiteral("is required")});
        return {};
    }
    const QString text = v.toString().trimmed();
    if (!v.isString() || text.size() > maxLength || (required && text.isEmpty()))
        errors->append(
            {field, QStringLiteral("must be text of %1 to %2 characters").arg(required ? 1 : 0).arg(maxLength)});
    return text;
}

QString readChoice(const QJsonObject &body, const QString &field, const QStringList &choices, QList<FieldError> *errors)
{
    const QString value = body.value(field).toString();
    if (!choices.contains(value))
        errors->append({field, QStringLiteral("must be one of: %1").arg(choices.join(QStringLiteral(", ")))});
    return value;
}

std::optional<QueueRanking::Ranked> rankedEntry(RequestContext &ctx, const QueueEntry &e)
{
    QList<QueueEntry> waiting;
    if (!QueueStore(ctx.db(), ctx.dialect()).list(QStringLiteral("waiting"), &waiting))
        return std::nullopt;
    if (e.status != QLatin1String("waiting"))
        waiting.append(e);
    for (const auto &r : QueueRanking::rank(waiting, ctx.config().onboarding(), localToday(ctx))) {
        if (r.entry.id == e.id)
            return r;
    }
    return std::nullopt;
}

std::optional<ProjectFacts> factsFor(RequestContext &ctx, const Project &p)
{
    return OnboardingGate::evaluate(ctx.db(), ctx.dialect(), p, ctx.config().accounts(), accounts::today(ctx),
                                    ctx.now());
}

std::optional<QJsonObject> projectBody(RequestContext &ctx, const Project &p, bool board)
{
    const auto facts = factsFor(ctx, p);
    return facts ? std::optional<QJsonObject>(projectJson(p, *facts, ctx.now(), board)) : std::nullopt;
}

HttpResponse projectAnswer(RequestContext &ctx, qint64 id, int status)
{
    bool ok = false;
    const auto p = ProjectStore(ctx.db(), ctx.dialect()).find(id, &ok);
    if (!p)
        return ok ? Problem::notFound(QStringLiteral("no such onboarding project")) : Problem::internal();
    const auto body = projectBody(ctx, *p);
    if (!body)
        return Problem::internal();
    return HttpResponse::json(status, *body).setHeader("ETag", p->etag());
}

HttpResponse changeProject(RequestContext &ctx, const ProjectChange &change)
{
    const auto id = pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such onboarding project"));
    WriteTransaction tx(ctx.db(), ctx.dialect());
    if (!tx.begun())
        return Problem::internal();
    ProjectStore store(ctx.db(), ctx.dialect());
    bool ok = false;
    auto p = store.find(*id, &ok);
    if (!p)
        return ok ? Problem::notFound(QStringLiteral("no such onboarding project")) : Problem::internal();
    ChangeNote note;
    if (auto answer = change(*p, &note))
        return *answer;
    QJsonObject audit = note.detail;
    audit.insert(QStringLiteral("organization_id"), p->organization.id);
    if (!note.stage.isEmpty())
        audit.insert(QStringLiteral("stage"), note.stage);
    if (!store.save(&*p, ctx.now())
        || !EventStore(ctx.db(), ctx.dialect())
                .add(p->id, note.event, note.stage, note.text, ctx.principal().userId, ctx.now(), note.detail)
        || !ctx.audit(QStringLiteral("onboarding.project.") + note.audit, QStringLiteral("onboarding_project"),
                      QString::number(p->id), audit)
        || (note.also && !note.also(*p)))
        return Problem::internal();
    const auto saved = store.find(p->id, &ok);
    const auto body = saved ? projectBody(ctx, *saved) : std::nullopt;
    if (!body || !tx.commit())
        return Problem::internal();
    return note.respond ? note.respond(*body) : HttpResponse::json(200, *body).setHeader("ETag", saved->etag());
}

std::optional<HttpResponse> notActive(const Project &p)
{
    if (p.isActive())
        return std::nullopt;
    return Problem::conflict(QStringLiteral("the project is %1, not active").arg(p.status));
}

HttpResponse changeActiveProject(RequestContext &ctx, const QList<FieldError> &bodyErrors, const ProjectChange &change)
{
    return changeProject(ctx, [&](Project &p, ChangeNote *note) -> std::optional<HttpResponse> {
        if (!bodyErrors.isEmpty())
            return Problem::validation(bodyErrors);
        if (auto refused = notActive(p))
            return refused;
        return change(p, note);
    });
}

} // namespace izdesk::server::onboarding
