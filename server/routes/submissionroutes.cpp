#include "routes/submissionroutes.h"

#include "accounts/accountroutesupport.h"
#include "hl7/submissioncheck.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "onboarding/onboardingevents.h"
#include "onboarding/submissionstore.h"
#include "routes/hl7routes.h"
#include "serverconfig.h"
#include "storage/writetransaction.h"

#include <QJsonArray>
#include <QUrl>

namespace izdesk::server {

namespace {

// The stages in which a project sends test or monitoring files.
const QStringList &submittingStages()
{
    static const QStringList stages{QStringLiteral("test_transport"), QStringLiteral("technical_review"),
                                    QStringLiteral("monitoring")};
    return stages;
}

HttpResponse noDataKey(const RequestContext &ctx)
{
    return Problem::make(503, QStringLiteral("data-key-missing"), QStringLiteral("No data key"),
                         ctx.config().dataKeyRefusal());
}

HttpResponse gone(qint64 id)
{
    return Problem::make(410, QStringLiteral("gone"), QStringLiteral("Gone"),
                         QStringLiteral("the content of submission %1 was purged after its retention date; its report "
                                        "stays")
                             .arg(id));
}

// The refusal when project `id` does not take submissions now; *stage gets its current stage.
std::optional<HttpResponse> submittingRefusal(const SubmissionStore &store, qint64 id, QString *stage)
{
    bool ok = false;
    const auto state = store.projectState(id, &ok);
    if (!ok)
        return Problem::internal();
    if (!state)
        return Problem::notFound(QStringLiteral("no such project"));
    *stage = state->second;
    if (state->first != QLatin1String("active") || !submittingStages().contains(state->second))
        return Problem::conflict(QStringLiteral("a project takes submissions while it is active in test_transport, "
                                                "technical_review or monitoring; project %1 is %2 in %3")
                                     .arg(id)
                                     .arg(state->first, state->second));
    return std::nullopt;
}

// Inserts the checked file, its event and its audit row in one transaction; the new id.
std::variant<qint64, HttpResponse> store(RequestContext &ctx, qint64 projectId, const QString &filename,
                                         const hl7::SubmissionCheck &batch)
{
    WriteTransaction tx(ctx.db(), ctx.dialect());
    if (!tx.begun())
        return Problem::internal();
    SubmissionStore submissions(ctx.db(), ctx.dialect());
    QString stage;
    if (auto refusal = submittingRefusal(submissions, projectId, &stage))
        return *refusal;
    const hl7::CheckReport &report = batch.report();
    SubmissionStore::NewSubmission s;
    s.projectId = projectId;
    s.stage = stage;
    s.filename = filename;
    s.content = ctx.request().body;
    s.report = batch.reportJson({filename.isEmpty() ? QStringLiteral("body") : filename});
    s.messages = int(report.messages().size());
    s.errorMessages = report.errorMessages();
    s.warningMessages = report.warningMessages();
    s.passed = batch.passed();
    s.submittedById = ctx.principal().userId;
    s.receivedAt = ctx.now();
    s.retentionUntil = s.receivedAt.date().addDays(ctx.config().onboarding().submissionRetentionDays);
    const auto id = submissions.insert(s, ctx.config().dataKey);
    if (!id)
        return Problem::internal();
    const QString verdict = s.passed ? QStringLiteral("pass") : QStringLiteral("fail");
    const QJsonObject detail{{QStringLiteral("submission_id"), *id},
                             {QStringLiteral("messages"), s.messages},
                             {QStringLiteral("verdict"), verdict}};
    const QString text
        = QStringLiteral("Submission %1 received: %2 message(s), %3")
              .arg(*id)
              .arg(s.messages)
              .arg(s.passed ? QStringLiteral("passed the check") : QStringLiteral("did not pass the check"));
    // Counts and the verdict only: the content and its file name may name a patient.
    QJsonObject audited = detail;
    audited.insert(QStringLiteral("project_id"), projectId);
    audited.insert(QStringLiteral("bytes"), qint64(s.content.size()));
    if (!EventStore(ctx.db(), ctx.dialect())
             .add(projectId, QStringLiteral("submission"), stage, text, s.submittedById, s.receivedAt, detail)
        || !ctx.audit(QStringLiteral("onboarding.submission.create"), QStringLiteral("hl7_submission"),
                      QString::number(*id), audited))
        return Problem::internal();
    if (!tx.commit())
        return Problem::internal();
    return *id;
}

HttpResponse submit(RequestContext &ctx)
{
    const auto projectId = accounts::pathId(ctx);
    if (!projectId)
        return Problem::notFound(QStringLiteral("no such project"));
    const HttpRequest &request = ctx.request();
    const auto name = hl7InputName(request);
    if (const auto *refusal = std::get_if<HttpResponse>(&name))
        return *refusal;
    if (!ctx.config().dataKeyRefusal().isEmpty())
        return noDataKey(ctx);
    {
        // Refused early, before the check's work; the transaction asks again.
        QString stage;
        if (auto refusal = submittingRefusal(SubmissionStore(ctx.db(), ctx.dialect()), *projectId, &stage))
            return *refusal;
    }
    const auto batch = runHl7Check(ctx, request.body);
    if (!batch)
        return Problem::internal();
    const QString filename = request.header("iz-filename").isEmpty() ? QString() : std::get<QString>(name);
    const auto stored = store(ctx, *projectId, filename, *batch);
    if (const auto *refusal = std::get_if<HttpResponse>(&stored))
        return *refusal;
    const qint64 id = std::get<qint64>(stored);
    bool ok = false;
    const auto submission = SubmissionStore(ctx.db(), ctx.dialect()).find(id, &ok);
    if (!submission)
        return Problem::internal();
    return HttpResponse::json(201, submission->toJson())
        .setHeader("Location", "/api/v1/onboarding/submissions/" + QByteArray::number(id));
}

HttpResponse listSubmissions(RequestContext &ctx)
{
    const auto projectId = accounts::pathId(ctx);
    if (!projectId)
        return Problem::notFound(QStringLiteral("no such project"));
    SubmissionStore store(ctx.db(), ctx.dialect());
    bool ok = false;
    if (!store.projectState(*projectId, &ok))
        return ok ? Problem::notFound(QStringLiteral("no such project")) : Problem::internal();
    QList<Submission> items;
    if (!store.list(*projectId, &items))
        return Problem::internal();
    QJsonArray array;
    for (const Submission &s : std::as_const(items))
        array.append(s.toJson());
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), array}});
}

HttpResponse getSubmission(RequestContext &ctx)
{
    const auto id = accounts::pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such submission"));
    bool ok = false;
    QJsonObject report;
    const auto submission = SubmissionStore(ctx.db(), ctx.dialect()).find(*id, &ok, &report);
    if (!submission)
        return ok ? Problem::notFound(QStringLiteral("no such submission")) : Problem::internal();
    QJsonObject body = submission->toJson();
    body.insert(QStringLiteral("report"), report);
    return HttpResponse::json(200, body);
}

HttpResponse getContent(RequestContext &ctx)
{
    const auto id = accounts::pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such submission"));
    if (!ctx.config().dataKeyRefusal().isEmpty())
        return noDataKey(ctx);
    SubmissionStore store(ctx.db(), ctx.dialect());
    bool ok = false;
    const auto submission = store.find(*id, &ok);
    if (!submission)
        return ok ? Problem::notFound(QStringLiteral("no such submission")) : Problem::internal();
    QByteArray content;
    switch (store.content(*id, ctx.config().dataKey, &content)) {
    case SubmissionStore::Content::Found: break;
    case SubmissionStore::Content::Purged: return gone(*id);
    case SubmissionStore::Content::NotFound: return Problem::notFound(QStringLiteral("no such submission"));
    case SubmissionStore::Content::Failed: return Problem::internal();
    }
    // The file holds patient data: every read is audited.
    if (!ctx.audit(QStringLiteral("onboarding.submission.content_read"), QStringLiteral("hl7_submission"),
                   QString::number(*id),
                   QJsonObject{{QStringLiteral("project_id"), submission->projectId},
                               {QStringLiteral("bytes"), qint64(content.size())}}))
        return Problem::internal();
    HttpResponse response;
    response.status = 200;
    response.contentType = QByteArrayLiteral("application/hl7-v2");
    response.body = content;
    const QString filename
        = submission->filename.isEmpty() ? QStringLiteral("submission-%1.hl7").arg(*id) : submission->filename;
    response.setHeader("Content-Disposition", "attachment; filename=\"" + QUrl::toPercentEncoding(filename) + '"');
    response.setHeader("ETag", '"' + submission->sha256.toLatin1() + '"');
    return response;
}

} // namespace

void registerSubmissionRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/onboarding/projects/{id}/submissions"), &submit, kHl7MaxBodyBytes);
    router.add("GET", QStringLiteral("/api/v1/onboarding/projects/{id}/submissions"), &listSubmissions);
    router.add("GET", QStringLiteral("/api/v1/onboarding/submissions/{id}"), &getSubmission);
    router.add("GET", QStringLiteral("/api/v1/onboarding/submissions/{id}/content"), &getContent);
}

} // namespace izdesk::server
