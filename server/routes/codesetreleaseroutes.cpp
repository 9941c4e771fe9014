#include "routes/codesetreleaseroutes.h"

#include "accounts/accountroutesupport.h"
#include "codesets/codesetreleasestore.h"
#include "codesets/publishedcodetables.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "serverconfig.h"
#include "storage/writetransaction.h"

#include <QJsonArray>
#include <QLoggingCategory>

namespace izdesk::server {

Q_LOGGING_CATEGORY(lcReleases, "izdesk.server.codesets")

namespace {

HttpResponse listReleases(RequestContext &ctx)
{
    QList<CodesetRelease> items;
    if (!CodesetReleaseStore(ctx.db(), ctx.dialect()).list(&items))
        return Problem::internal();
    QJsonArray array;
    for (const CodesetRelease &r : std::as_const(items))
        array.append(r.toJson());
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), array}});
}

HttpResponse releaseAnswer(RequestContext &ctx, qint64 id)
{
    bool ok = false;
    const auto release = CodesetReleaseStore(ctx.db(), ctx.dialect()).find(id, &ok);
    if (!release)
        return ok ? Problem::notFound(QStringLiteral("no such code set release")) : Problem::internal();
    return HttpResponse::json(200, release->toJson());
}

HttpResponse getRelease(RequestContext &ctx)
{
    const auto id = accounts::pathId(ctx);
    return id ? releaseAnswer(ctx, *id) : Problem::notFound(QStringLiteral("no such code set release"));
}

using Step = CodesetReleaseStore::Result (CodesetReleaseStore::*)(qint64, qint64, const QDateTime &, QString *);

// One step of a release in one transaction with its audit row; the release as it is then.
HttpResponse move(RequestContext &ctx, Step step, const QString &action)
{
    const auto id = accounts::pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such code set release"));
    WriteTransaction tx(ctx.db(), ctx.dialect());
    if (!tx.begun())
        return Problem::internal();
    QString why;
    CodesetReleaseStore store(ctx.db(), ctx.dialect());
    const auto result = (store.*step)(*id, ctx.principal().userId, ctx.now(), &why);
    if (result == CodesetReleaseStore::Result::NotFound)
        return Problem::notFound(QStringLiteral("no such code set release"));
    if (result != CodesetReleaseStore::Result::Done)
        return result == CodesetReleaseStore::Result::Conflict ? Problem::conflict(why) : Problem::internal();
    if (!ctx.audit(action, QStringLiteral("codeset_release"), QString::number(*id)) || !tx.commit())
        return Problem::internal();
    return releaseAnswer(ctx, *id);
}

HttpResponse approve(RequestContext &ctx)
{
    return move(ctx, &CodesetReleaseStore::approve, QStringLiteral("codeset_release.approve"));
}

HttpResponse discard(RequestContext &ctx)
{
    return move(ctx, &CodesetReleaseStore::discard, QStringLiteral("codeset_release.discard"));
}

// Publishing changes the code sets; the HL7 checks of this server use them from the next check
// on (other instances on the same database when they restart).
HttpResponse publish(RequestContext &ctx)
{
    HttpResponse answer = move(ctx, &CodesetReleaseStore::publish, QStringLiteral("codeset_release.publish"));
    if (answer.status != 200 || !ctx.config().hl7Tables)
        return answer;
    QString error;
    if (auto tables = PublishedCodeTables::load(ctx.db(), &error))
        ctx.config().hl7Tables->replace(std::move(tables));
    else
        qCWarning(lcReleases).noquote() << error << "; the HL7 checks keep the code sets they had";
    return answer;
}

} // namespace

void registerCodesetReleaseRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/codeset-releases"), &listReleases);
    router.add("GET", QStringLiteral("/api/v1/codeset-releases/{id}"), &getRelease);
    router.add("POST", QStringLiteral("/api/v1/codeset-releases/{id}/approve"), &approve);
    router.add("POST", QStringLiteral("/api/v1/codeset-releases/{id}/publish"), &publish);
    router.add("POST", QStringLiteral("/api/v1/codeset-releases/{id}/discard"), &discard);
}

} // namespace izdesk::server
