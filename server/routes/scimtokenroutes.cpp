#include "routes/scimtokenroutes.h"

#include "accounts/accountroutesupport.h"
#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "scim/scimtokens.h"
#include "storage/writetransaction.h"

#include <QJsonArray>

namespace izdesk::server {

using namespace accounts;

namespace {

HttpResponse createToken(RequestContext &ctx)
{
    auto parsed = parseJsonObject(ctx.request());
    if (auto *p = std::get_if<HttpResponse>(&parsed))
        return *p;
    const QString name = std::get<QJsonObject>(parsed).value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty() || name.size() > 100)
        return Problem::validation({{QStringLiteral("name"), QStringLiteral("must be text of 1 to 100 characters")}});
    QSqlDatabase db = ctx.db();
    WriteTransaction tx(db, ctx.dialect());
    if (!tx.begun())
        return Problem::internal();
    const auto created = ScimTokens::create(db, ctx.dialect(), name, ctx.principal().userId, ctx.now());
    if (!created
        || !ctx.audit(QStringLiteral("scim_token.create"), QStringLiteral("scim_token"), QString::number(created->id))
        || !tx.commit())
        return Problem::internal();
    return HttpResponse::json(201, QJsonObject{{QStringLiteral("id"), created->id}, {QStringLiteral("name"), name},
                                               {QStringLiteral("token"), created->token}});
}

HttpResponse listTokens(RequestContext &ctx)
{
    QJsonArray items;
    if (!ScimTokens::list(ctx.db(), &items))
        return Problem::internal();
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

HttpResponse revokeToken(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such SCIM token"));
    QSqlDatabase db = ctx.db();
    WriteTransaction tx(db, ctx.dialect());
    if (!tx.begun())
        return Problem::internal();
    bool found = false;
    if (!ScimTokens::revoke(db, ctx.dialect(), *id, ctx.now(), &found))
        return Problem::internal();
    if (!found)
        return Problem::notFound(QStringLiteral("no such live SCIM token"));
    if (!ctx.audit(QStringLiteral("scim_token.revoke"), QStringLiteral("scim_token"), QString::number(*id))
        || !tx.commit())
        return Problem::internal();
    return HttpResponse::noContent();
}

} // namespace

void registerScimTokenRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/scim-tokens"), &listTokens);
    router.add("POST", QStringLiteral("/api/v1/scim-tokens"), &createToken);
    router.add("DELETE", QStringLiteral("/api/v1/scim-tokens/{id}"), &revokeToken);
}

} // namespace izdesk::server
