#pragma once

#include "http/httptypes.h"
#include "http/requestcontext.h"
#include "http/routeparams.h"
#include "onboarding/onboardinggate.h"
#include "onboarding/onboardingtypes.h"
#include "onboarding/queueranking.h"

#include "ticket.h"

#include <QJsonObject>

#include <functional>
#include <optional>
#include <variant>

namespace izdesk {
class BusinessCalendar;
}

namespace izdesk::server {

class Router;

// What the onboarding route files share: the calendar, the day, body checks, loading and
// answering projects and queue entries, and the change pattern every project action follows.
namespace onboarding {

const BusinessCalendar &calendar(const RequestContext &ctx); // the SLA policy's
QDate localToday(const RequestContext &ctx);                 // today on that calendar

// Body checks: each appends a FieldError naming the field when the value is wrong.
void checkKnown(const QJsonObject &body, const QStringList &known, QList<FieldError> *errors);
QDate readDate(const QJsonObject &body, const QString &field, bool required, QList<FieldError> *errors);
QString readText(const QJsonObject &body, const QString &field, int maxLength, bool required,
                 QList<FieldError> *errors);
QString readChoice(const QJsonObject &body, const QString &field, const QStringList &choices,
                   QList<FieldError> *errors);

// The entry ranked among every waiting entry (its priority and position); nullopt on failure.
std::optional<QueueRanking::Ranked> rankedEntry(RequestContext &ctx, const QueueEntry &e);
// The project's JSON with its gate; nullopt on a database error.
std::optional<QJsonObject> projectBody(RequestContext &ctx, const Project &p, bool board = false);
std::optional<ProjectFacts> factsFor(RequestContext &ctx, const Project &p);
// 200 (or `status`) with the project and its ETag, read again from the database.
HttpResponse projectAnswer(RequestContext &ctx, qint64 id, int status = 200);

// What a project action records: the onboarding_events row and the audit row.
struct ChangeNote
{
    ChangeNote() = default;
    ChangeNote(QString eventKind, QString stageKey, QString sentence, QString auditAction, QJsonObject extra)
        : event(std::move(eventKind))
        , stage(std::move(stageKey))
        , text(std::move(sentence))
        , audit(std::move(auditAction))
        , detail(std::move(extra))
    {
    }

    QString event;      // onboarding_events.kind
    QString stage;      // the stage it concerns (may be empty)
    QString text;       // the event's sentence
    QString audit;      // the audit action, "onboarding.project.<audit>"
    QJsonObject detail; // extra event and audit detail (no PHI)
    // More writes in the same transaction once the project is saved (false = fail).
    std::function<bool(const Project &)> also;
    // The answer instead of the project's (given the project's JSON).
    std::function<HttpResponse(const QJsonObject &)> respond;
};
// Loads project {id} in a write transaction, runs `change` on it (an answer stops there and
// rolls back), saves it, writes the event and the audit row, commits and answers the project.
using ProjectChange = std::function<std::optional<HttpResponse>(Project &, ChangeNote *)>;
HttpResponse changeProject(RequestContext &ctx, const ProjectChange &change);
// 409 unless the project is active.
std::optional<HttpResponse> notActive(const Project &p);
// changeProject for an action on an active project: 422 with the body's errors (once the
// project is found), then 409 unless the project is active, then `change`.
HttpResponse changeActiveProject(RequestContext &ctx, const QList<FieldError> &bodyErrors, const ProjectChange &change);

// The project action handlers (onboardingprojectroutes.cpp).
HttpResponse patchProject(RequestContext &ctx);
HttpResponse agreePlan(RequestContext &ctx);
HttpResponse advanceProject(RequestContext &ctx);
HttpResponse recordStep(RequestContext &ctx);
HttpResponse changeSchedule(RequestContext &ctx);
HttpResponse moveBack(RequestContext &ctx);
HttpResponse withdrawProject(RequestContext &ctx);

} // namespace onboarding

} // namespace izdesk::server
