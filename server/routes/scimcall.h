#pragma once

#include "http/httptypes.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "scim/scimtokens.h"

#include <QJsonObject>

#include <optional>

namespace izdesk::server {

class QueryParams;

// What every SCIM route handler shares: the client behind the request, the deny-by-default
// token check, SCIM's error bodies and paging.
namespace scimapi {

// The SCIM client behind the current request (set by the auth wrapper).
struct ScimCall
{
    RequestContext &ctx;
    ScimTokens::Client client;
    QString actor() const { return QStringLiteral("scim:") + client.name; }
    bool audit(const QString &action, const QString &type, const QString &id, const QJsonObject &detail = {})
    {
        return ctx.auditAs(std::nullopt, actor(), action, type, id, detail);
    }
    QString baseUrl() const
    {
        const QByteArray host = ctx.request().header("host");
        return host.isEmpty() ? QString() : QStringLiteral("http://") + QString::fromLatin1(host);
    }
};

using ScimHandler = HttpResponse (*)(ScimCall &);

// Deny by default: no SCIM handler runs without a live SCIM client token.
Handler guarded(ScimHandler handler);
HttpResponse internalError();
// The request's JSON object body, or a SCIM error (400 invalidSyntax, 415) in *problem.
std::optional<QJsonObject> body(ScimCall &call, HttpResponse *problem);
// startIndex (1-based, < 1 is read as 1) and count (0–200, default 100), RFC 7644 §3.4.2.4.
void paging(const QueryParams &query, int *startIndex, int *count);
// The clauses of the query's `filter` (none when it is absent or blank), or nullopt with a
// SCIM error (400 invalidFilter) in *problem.
std::optional<QList<QPair<QString, QString>>> filterClauses(const QueryParams &query, HttpResponse *problem);

} // namespace scimapi

// The facilities as SCIM groups: GET /scim/v2/Groups, GET and PATCH /scim/v2/Groups/{id}.
void registerScimGroupRoutes(Router &router);

} // namespace izdesk::server
